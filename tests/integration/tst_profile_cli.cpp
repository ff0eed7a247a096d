// mesosdesk --profile NAME: the real binary with its own settings folder, holding a profile store
// written by ProfileStore. An unknown name is refused before any window opens and the known names
// are listed; a known one opens its cluster window; --profile with a URL is refused.
#include "TestEnvironment.h"
#include "connections/ProfileStore.h"
#include "core/Settings.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

    QProcess* run(const QStringList& args) {
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(env);
        process->start(TestEnvironment::binDir() + QStringLiteral("/mesosdesk"), args);
        return process;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        // The store the binary reads: its settings file, written the way MesosDesk writes it.
        QCoreApplication::setOrganizationName(QStringLiteral("MesosDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("mesosdesk"));
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("dev cluster");
        p.masterUrls = {QStringLiteral("http://127.0.0.1:1")};
        QVERIFY(store.save(p));
        QSettings().sync();
        QVERIFY2(QFile::exists(m_config.path() + QStringLiteral("/MesosDesk/mesosdesk.conf")),
                 qPrintable(m_config.path()));
    }

    void unknownProfileIsRefusedWithTheKnownNames() {
        QProcess* p = run({QStringLiteral("--profile"), QStringLiteral("prod")});
        QVERIFY2(p->waitForFinished(30000), "mesosdesk refusing an unknown profile");
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("\"prod\"")) && err.contains(QLatin1String("dev cluster")),
                 qPrintable(err));
    }

    void profileAndUrlTogetherAreRefused() {
        QProcess* p = run({QStringLiteral("--profile"), QStringLiteral("dev cluster"),
                           QStringLiteral("--master"), QStringLiteral("http://m:5050")});
        QVERIFY2(p->waitForFinished(30000), "mesosdesk refusing --profile with a URL");
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(QString::fromUtf8(p->readAllStandardError()).contains(QLatin1String("--profile")));
    }

    void knownProfileOpensItsWindow() {
        const QString shot = m_config.path() + QStringLiteral("/window.png");
        QProcess* p =
            run({QStringLiteral("--profile"), QStringLiteral("dev cluster"), QStringLiteral("--screenshot"),
                 shot, QStringLiteral("--screenshot-delay"), QStringLiteral("500")});
        QVERIFY2(p->waitForFinished(60000), "mesosdesk opening the profile and taking its screenshot");
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QVERIFY(QFile::exists(shot));
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profile_cli.moc"
