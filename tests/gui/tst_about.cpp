// The application icon at every size, the action icons' fallbacks, and the About dialog's facts
// (version from CMake, revision from git, Qt, licence), on real widgets offscreen.
#include "AboutDialog.h"
#include "Icons.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

class TestAbout : public QObject {
    Q_OBJECT
private slots:
    void applicationIconAtEverySize() {
        const QIcon icon = Icons::application();
        QVERIFY(!icon.isNull());
        const QList<QSize> available = icon.availableSizes();
        for (int size : Icons::applicationSizes()) {
            QVERIFY2(available.contains(QSize(size, size)),
                     qPrintable(QStringLiteral("no %1 px icon").arg(size)));
            // Each size is a PNG rendered for it, not a scaled neighbour.
            const QImage image(QStringLiteral(":/icons/%1/mesosdesk.png").arg(size));
            QCOMPARE(image.size(), QSize(size, size));
            // The leader node (top centre, amber) and the tile (dark blue) are there at every size.
            const QColor leader = image.pixelColor(size / 2, size * 18 / 64);
            QVERIFY2(leader.red() > 200 && leader.green() > 120 && leader.blue() < 90,
                     qPrintable(QStringLiteral("%1 px: leader pixel %2").arg(size).arg(leader.name())));
            const QColor tile = image.pixelColor(size / 2, size * 58 / 64);
            QVERIFY2(tile.blue() > tile.red() && tile.alpha() == 255,
                     qPrintable(QStringLiteral("%1 px: tile pixel %2").arg(size).arg(tile.name())));
        }
        QVERIFY(QFile::exists(QStringLiteral(":/icons/mesosdesk.svg")));
    }

    void everyActionHasAThemeNameAndAFallback() {
        QSet<QString> names;
        for (Icons::Action action : Icons::allActions()) {
            const QString name = Icons::themeName(action);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name + QStringLiteral(" used twice")));
            names.insert(name);
            // The bundled SVG renders (Qt's SVG icon engine is there) and is not blank.
            const QString path = Icons::fallbackPath(action);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            const QImage image = QIcon(path).pixmap(24, 24).toImage();
            QVERIFY2(!image.isNull(), qPrintable(path + QStringLiteral(" does not render")));
            int painted = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    painted += image.pixelColor(x, y).alpha() > 0;
            QVERIFY2(painted > 24,
                     qPrintable(QStringLiteral("%1: %2 pixels painted").arg(path).arg(painted)));
            // Offscreen there is no icon theme, so the fallback is what shows.
            QVERIFY(!Icons::action(action).pixmap(16, 16).isNull());
        }
        QCOMPARE(names.size(), Icons::allActions().size());
    }

    void aboutTellsTheBuild() {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.versionText(), QStringLiteral(MESOSDESK_EXPECTED_VERSION));
        QVERIFY(dialog.qtText().contains(QString::fromLatin1(qVersion())));
        QVERIFY(dialog.qtText().contains(QStringLiteral(QT_VERSION_STR)));
        QVERIFY(dialog.licenceText().contains(QStringLiteral(MESOSDESK_EXPECTED_LICENSE)));
        QFile licence(QStringLiteral(MESOSDESK_SOURCE_DIR "/LICENSE"));
        QVERIFY(licence.open(QIODevice::ReadOnly));
        QVERIFY(licence.readAll().contains("Apache License"));

        // The revision is a commit of this repository (with -dirty when built with changes), or
        // says plainly that it is unknown: never a made-up value.
        const QString revision = dialog.revisionText();
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("-C"), QStringLiteral(MESOSDESK_SOURCE_DIR),
                                          QStringLiteral("rev-parse"), QStringLiteral("--git-dir")});
        const bool inGit = git.waitForFinished(30000) && git.exitCode() == 0;
        if (!inGit) {
            QCOMPARE(revision, QStringLiteral("unknown (not built from git)"));
        } else {
            const auto match =
                QRegularExpression(QStringLiteral("^([0-9a-f]{12})(-dirty)?$")).match(revision);
            QVERIFY2(match.hasMatch(), qPrintable(revision));
            git.start(QStringLiteral("git"),
                      {QStringLiteral("-C"), QStringLiteral(MESOSDESK_SOURCE_DIR), QStringLiteral("cat-file"),
                       QStringLiteral("-e"), match.captured(1) + QStringLiteral("^{commit}")});
            QVERIFY2(git.waitForFinished(30000) && git.exitCode() == 0,
                     qPrintable(revision + QStringLiteral(" is no commit here")));
        }

        // Build facts are quoted in bug reports: plain, selectable text.
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->objectName().startsWith(QLatin1String("about"))) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
            }
        }
        QVERIFY(dialog.width() <= 1024);
        if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/about.png")));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
