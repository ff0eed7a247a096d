#include "connections/ProfileJson.h"
#include "connections/ProfileStore.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

class TestProfileStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void emptyStoreHasNoProfilesAndIsCurrent() {
        ProfileStore store;
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(Settings::ProfilesLayoutVersion.get(), ProfileStore::LayoutVersion);
    }

    void everyFieldRoundTrips() {
        Profile p;
        p.name = QStringLiteral("prod eu");
        p.zkUrl = QStringLiteral("zk://zk1:2181,zk2:2181/mesos");
        p.masterUrls = {QStringLiteral("https://m1:5050"), QStringLiteral("https://m2:5050")};
        p.marathonUrl = QStringLiteral("https://marathon:8443");
        p.marathonZkPath = QStringLiteral("/marathon-eu");
        p.masters = {Profile::Auth::Kind::Basic, QStringLiteral("ops")};
        p.agents = {Profile::Auth::Kind::Token, {}};
        p.marathon = {Profile::Auth::Kind::Basic, QStringLiteral("deployer")};
        p.zooKeeper = {Profile::Auth::Kind::Basic, QStringLiteral("zkuser")};
        p.tls.caFile = QStringLiteral("/etc/ssl/eu-ca.pem");
        p.tls.pinned.insert(QStringLiteral("m1:5050"), QStringLiteral("ab12"));
        p.mesosPollMs = 3000;
        p.marathonPollMs = 7000;
        p.readOnly = true;
        {
            ProfileStore store;
            QString error;
            QVERIFY2(store.save(p, &error), qPrintable(error));
            QVERIFY(!p.id.isEmpty());
        }
        ProfileStore reread; // a new run reads what the last one wrote
        QCOMPARE(reread.profiles().size(), 1);
        QCOMPARE(reread.profiles().first(), p);
        QCOMPARE(ProfileJson::fromJson(ProfileJson::toJson(p)), p);
    }

    void addEditDeleteDuplicate() {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::changed);
        Profile a;
        a.name = QStringLiteral("staging");
        a.masterUrls = {QStringLiteral("http://m:5050")};
        QVERIFY(store.save(a));
        QCOMPARE(changed.size(), 1);

        a.masterUrls = {QStringLiteral("http://other:5050")};
        a.readOnly = true;
        QVERIFY(store.save(a)); // same id: an edit, not a second profile
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(ProfileStore().byId(a.id)->masterUrls, QStringList{QStringLiteral("http://other:5050")});

        const auto copy = store.duplicate(a.id);
        QVERIFY(copy);
        QVERIFY(copy->id != a.id);
        QCOMPARE(copy->name, QStringLiteral("staging (copy)"));
        QCOMPARE(copy->masterUrls, a.masterUrls);
        QVERIFY(copy->readOnly);
        QCOMPARE(store.duplicate(a.id)->name, QStringLiteral("staging (copy 2)"));
        QCOMPARE(ProfileStore().profiles().size(), 3);

        QVERIFY(store.remove(copy->id));
        QVERIFY(!store.remove(copy->id));
        ProfileStore reread;
        QCOMPARE(reread.profiles().size(), 2);
        QVERIFY(!reread.byId(copy->id));
        QVERIFY(reread.byName(QStringLiteral("staging")));
    }

    void refusesWhatCannotConnectAndKeepsTheStore() {
        ProfileStore store;
        Profile a;
        a.name = QStringLiteral("prod");
        a.zkUrl = QStringLiteral("zk://zk:2181/mesos");
        QVERIFY(store.save(a));
        Profile b;
        b.name = QStringLiteral(" PROD ");
        b.zkUrl = a.zkUrl;
        QString error;
        QVERIFY(!store.save(b, &error));
        QVERIFY2(error.contains(QLatin1String("prod")), qPrintable(error));
        b.name = QStringLiteral("other");
        b.zkUrl = QStringLiteral("http//m:5050");
        QVERIFY(!store.save(b, &error));
        QVERIFY(!error.isEmpty());
        b.zkUrl.clear();
        QVERIFY(!store.save(b, &error));
        QVERIFY(error.contains(QLatin1String("neither")));
        b.zkUrl = QStringLiteral("zk://zk:2181/other");
        b.mesosPollMs = 10;
        QVERIFY(!store.save(b, &error));
        QCOMPARE(ProfileStore().profiles().size(), 1);
    }

    // What MesosDesk 0.x stored: recent URLs and one set of Marathon settings, no version.
    void olderLayoutMigrates() {
        QSettings settings;
        settings.setValue(QStringLiteral("connection/recent"),
                          QStringList{QStringLiteral("zk://ops@zk1:2181/mesos"),
                                      QStringLiteral("http://m1:5050"), QStringLiteral("not a url"),
                                      QStringLiteral("zk://zk1:2181/other")});
        settings.setValue(QStringLiteral("connection/marathonZkPath"), QStringLiteral("/marathon-prod"));
        settings.setValue(QStringLiteral("marathon/url"), QStringLiteral("http://marathon:8080"));
        settings.setValue(QStringLiteral("marathon/readOnly"), true);
        settings.sync();

        ProfileStore store;
        QCOMPARE(store.profiles().size(), 3); // the unreadable entry is dropped, not guessed at
        const Profile& zk = store.profiles().at(0);
        QCOMPARE(zk.name, QStringLiteral("zk://ops@zk1:2181/mesos"));
        QCOMPARE(ProfileJson::target(zk).kind, ConnectionTarget::Kind::ZooKeeper);
        QCOMPARE(zk.zkUrl, QStringLiteral("zk://zk1:2181/mesos")); // the user is no part of the URL
        QCOMPARE(zk.zooKeeper.user, QStringLiteral("ops"));
        QCOMPARE(zk.zooKeeper.kind, Profile::Auth::Kind::Basic);
        QCOMPARE(zk.marathonZkPath, QStringLiteral("/marathon-prod"));
        QCOMPARE(zk.marathonUrl, QStringLiteral("http://marathon:8080"));
        QVERIFY(zk.readOnly);
        QVERIFY(!zk.id.isEmpty());
        const Profile& master = store.profiles().at(1);
        QCOMPARE(master.masterUrls, QStringList{QStringLiteral("http://m1:5050")});
        QVERIFY(master.zkUrl.isEmpty());
        QCOMPARE(ProfileJson::target(master).kind, ConnectionTarget::Kind::Master);
        QCOMPARE(Settings::ProfilesLayoutVersion.get(), ProfileStore::LayoutVersion);
        // The quick "open a URL" path keeps its list.
        QCOMPARE(Settings::RecentConnections.get().size(), 4);

        // Migrated once: a second start, or a profile deleted after it, does not bring them back.
        QVERIFY(store.remove(master.id));
        QCOMPARE(ProfileStore().profiles().size(), 2);
        const QByteArray stored = Settings::Profiles.get();
        QVERIFY(QJsonDocument::fromJson(stored).isArray());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
