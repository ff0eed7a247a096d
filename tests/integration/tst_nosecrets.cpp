// Runs after every other test of the suite (ctest FIXTURES_CLEANUP, tests/cmake/auth.cmake): no
// test secret (tests/support/TestSecrets.h) may be found in the test-mode settings files, the
// captured test logs (build/Testing), the devcluster ready lines the tests saw, or the
// screenshots (docs/images, $MESOSDESK_SCREENSHOTS, $MESOSDESK_SCREENSHOT_DIR). Screenshots are searched as
// bytes (their text chunks, an embedded file name); the pixels are the GUI tests' business: they check that
// password fields echo nothing and that titles and labels carry no secret.
#include "DevClusterProcess.h"
#include "TestSecrets.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QtTest>

namespace {
// Files under dir whose name matches one of filters, recursively.
QStringList filesUnder(const QString& dir, const QStringList& filters) {
    QStringList files;
    QDirIterator it(dir, filters, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

class TestNoSecrets : public QObject {
    Q_OBJECT
private slots:
    void nothingLeaked() {
        QStandardPaths::setTestModeEnabled(true);
        QStringList files;
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        files += filesUnder(config, {QStringLiteral("*")});
        files += filesUnder(QStringLiteral(MESOSDESK_BINARY_DIR "/Testing"), {QStringLiteral("*.log*")});
        files += filesUnder(QStringLiteral(MESOSDESK_SOURCE_DIR "/docs"), {QStringLiteral("*.png")});
        // The profiles and TLS tests shoot into their own folder (the profiles dialog with secrets typed).
        for (const char* variable : {"MESOSDESK_SCREENSHOTS", "MESOSDESK_SCREENSHOT_DIR"}) {
            if (const QString shots = qEnvironmentVariable(variable); !shots.isEmpty())
                files += filesUnder(shots, {QStringLiteral("*.png")});
        }
        // What the authentication tests leave behind must be among what is searched.
        QVERIFY2(files.contains(DevClusterProcess::readyLinesLog()) ||
                     !QFile::exists(DevClusterProcess::readyLinesLog()),
                 "the ready lines log is not searched");
        QStringList found;
        for (const QString& path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QString& secret : TestSecrets::all()) {
                if (bytes.contains(secret.toUtf8()) || bytes.contains(secret.toUtf8().toBase64()))
                    found << path;
            }
        }
        qInfo("searched %d files for %d test secrets", int(files.size()), int(TestSecrets::all().size()));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("a test secret in: ") + found.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"
