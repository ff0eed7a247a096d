// mesosdesk --profile NAME: the real binary with its own settings folder, holding a profile store
// written by ProfileStore. An unknown name is refused before any window opens and the known names
// are listed; a known one opens its cluster window; --profile with a URL is refused.
// --resolve --profile NAME (and a zk://user@ URL of a known profile) reads the ZooKeeper digest
// password from the real keychain, against a leader node only that digest may read; a password
// on the command line is refused, and a keychain that cannot be reached is said, exit 3.
#include "DigestZnode.h"
#include "FakeMaster.h"
#include "TestEnvironment.h"
#include "TestSecrets.h"
#include "connections/ProfileStore.h"
#include "core/Settings.h"
#include "credentials/KeychainCredentialStore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

    QProcess* run(const QStringList& args, const QHash<QString, QString>& extraEnv = {}) {
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
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

    void httpsGoesWithZooKeeperOnly() {
        // A master URL names its scheme; --https there would be a second, conflicting answer.
        QProcess* p =
            run({QStringLiteral("--master"), QStringLiteral("http://m:5050"), QStringLiteral("--https")});
        QVERIFY2(p->waitForFinished(30000), "mesosdesk refusing --https with --master");
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("--https goes with --zk")), qPrintable(err));
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

    void resolveReadsTheDigestFromTheKeychain() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        QString error;
        QVERIFY2(DigestZnode::create(hosts, TestSecrets::User, TestSecrets::ZkPassword, path, {},
                                     {{QStringLiteral("json.info_0000000001"),
                                       FakeMaster::masterInfoJson(QStringLiteral("leader.example"), 5050)}},
                                     &error),
                 qPrintable(error));
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("digest zk");
        p.zkUrl = QStringLiteral("zk://%1%2").arg(hosts, path);
        p.zooKeeper = {Profile::Auth::Kind::Basic, TestSecrets::User};
        QVERIFY(store.save(p));
        QSettings().sync();
        KeychainCredentialStore keychain;
        QString written = QStringLiteral("pending");
        keychain.write(p.secretKey(Profile::Endpoint::ZooKeeper), TestSecrets::ZkPassword,
                       [&](const QString& e) { written = e; });
        QTRY_VERIFY2_WITH_TIMEOUT(written != QLatin1String("pending"), "the keychain taking the password",
                                  15000);
        QCOMPARE(written, QString());
        auto finish = [](QProcess* process, const char* what) {
            if (!process->waitForFinished(60000))
                qWarning("%s did not finish", what);
            return process->exitCode();
        };

        QProcess* byName = run({QStringLiteral("--resolve"), QStringLiteral("--profile"), p.name});
        QCOMPARE(finish(byName, "--resolve --profile"), 0);
        QCOMPARE(QString::fromUtf8(byName->readAllStandardOutput()).trimmed(),
                 QStringLiteral("leader.example:5050"));
        // The profile's URL with its digest user: the same keychain entry.
        QProcess* byUrl = run({QStringLiteral("--resolve"),
                               QStringLiteral("zk://%1@%2%3").arg(TestSecrets::User, hosts, path)});
        QCOMPARE(finish(byUrl, "--resolve zk://user@"), 0);
        QCOMPARE(QString::fromUtf8(byUrl->readAllStandardOutput()).trimmed(),
                 QStringLiteral("leader.example:5050"));
        // Without the digest the node cannot be read: the password really came from the keychain.
        QProcess* open = run({QStringLiteral("--resolve"), QStringLiteral("zk://%1%2").arg(hosts, path),
                              QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(finish(open, "--resolve without a digest"), 1);
        // On the command line a password is refused, and not echoed.
        QProcess* typed = run(
            {QStringLiteral("--resolve"),
             QStringLiteral("zk://%1:%2@%3%4").arg(TestSecrets::User, TestSecrets::ZkPassword, hosts, path)});
        QCOMPARE(finish(typed, "--resolve with a password"), 2);
        const QString typedErr = QString::fromUtf8(typed->readAllStandardError());
        QVERIFY2(typedErr.contains(QLatin1String("command line")), qPrintable(typedErr));
        QVERIFY(!typedErr.contains(TestSecrets::ZkPassword));
        // No keychain to ask: said on stderr, exit 3, nothing connects.
        QProcess* noKeychain = run({QStringLiteral("--resolve"), QStringLiteral("--profile"), p.name,
                                    QStringLiteral("--timeout"), QStringLiteral("5")},
                                   {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                     QStringLiteral("unix:path=/nonexistent/mesosdesk-bus")}});
        QCOMPARE(finish(noKeychain, "--resolve without a keychain"), 3);
        const QString noKeychainErr = QString::fromUtf8(noKeychain->readAllStandardError());
        QVERIFY2(noKeychainErr.contains(QLatin1String("keychain")), qPrintable(noKeychainErr));
        QVERIFY(QString::fromUtf8(noKeychain->readAllStandardOutput()).isEmpty());
        // --zk-status with the profile: its servers (four-letter words take no digest).
        QProcess* status = run({QStringLiteral("--zk-status"), QStringLiteral("--profile"), p.name});
        QCOMPARE(finish(status, "--zk-status --profile"), 0);
        QVERIFY(QString::fromUtf8(status->readAllStandardOutput()).contains(hosts.section(u',', 0, 0)));

        bool removed = false;
        keychain.remove(p.secretKey(Profile::Endpoint::ZooKeeper), [&](const QString&) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profile_cli.moc"
