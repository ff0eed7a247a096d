#include "auth/AuthBroker.h"
#include "connections/ProfileJson.h"
#include "connections/ProfilePinStore.h"
#include "connections/ProfileSecrets.h"
#include "connections/ProfileStore.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "credentials/MemoryCredentialStore.h"

#include <QJsonDocument>
#include <QJsonObject>
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
        p.tls.discoveredHttps = true;
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
        // A profile saved before the https switch existed reads as plain http, as it connected then.
        QJsonObject older = ProfileJson::toJson(p);
        QJsonObject tls = older.value(QLatin1String("tls")).toObject();
        tls.remove(QLatin1String("discoveredHttps"));
        older.insert(QLatin1String("tls"), tls);
        QVERIFY(!ProfileJson::fromJson(older).tls.discoveredHttps);
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

    // A secret typed into a URL leaves it for the endpoint's auth; the store refuses one that stays.
    void urlSecretsMoveToTheirEndpoint() {
        Profile p;
        p.name = QStringLiteral("typed");
        p.zkUrl = QStringLiteral("zk://ops:zk-pw@zk1:2181,zk2:2181/mesos");
        p.masterUrls = {QStringLiteral("https://alice:m-pw@m1:5050"), QStringLiteral("https://m2:5050")};
        p.marathonUrl = QStringLiteral("https://deployer:mt-pw@marathon:8443");
        ProfileStore store;
        QVERIFY(ProfileSecrets::hasUrlPassword(p));
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
        QVERIFY(store.profiles().isEmpty());

        const QHash<Profile::Endpoint, QString> secrets = ProfileSecrets::takeUrlSecrets(p);
        QCOMPARE(p.zkUrl, QStringLiteral("zk://zk1:2181,zk2:2181/mesos"));
        QCOMPARE(p.masterUrls,
                 (QStringList{QStringLiteral("https://m1:5050"), QStringLiteral("https://m2:5050")}));
        QCOMPARE(p.marathonUrl, QStringLiteral("https://marathon:8443"));
        QCOMPARE(p.zooKeeper, (Profile::Auth{Profile::Auth::Kind::Basic, QStringLiteral("ops")}));
        QCOMPARE(p.masters, (Profile::Auth{Profile::Auth::Kind::Basic, QStringLiteral("alice")}));
        QCOMPARE(p.marathon, (Profile::Auth{Profile::Auth::Kind::Basic, QStringLiteral("deployer")}));
        QCOMPARE(p.agents.kind, Profile::Auth::Kind::None);
        QCOMPARE(secrets.value(Profile::Endpoint::ZooKeeper), QStringLiteral("zk-pw"));
        QCOMPARE(secrets.value(Profile::Endpoint::Masters), QStringLiteral("m-pw"));
        QCOMPARE(secrets.value(Profile::Endpoint::Marathon), QStringLiteral("mt-pw"));
        QVERIFY(!ProfileSecrets::hasUrlPassword(p));
        QVERIFY(store.save(p, &error));
        QVERIFY(!Settings::Profiles.get().contains("-pw"));
        // A user without a password moves too, and nothing is returned for it.
        Profile userOnly;
        userOnly.zkUrl = QStringLiteral("zk://ops@zk1:2181/mesos");
        QVERIFY(ProfileSecrets::takeUrlSecrets(userOnly).isEmpty());
        QCOMPARE(userOnly.zkUrl, QStringLiteral("zk://zk1:2181/mesos"));
        QCOMPARE(userOnly.zooKeeper.user, QStringLiteral("ops"));
    }

    // What a session gets: each endpoint's credential of its kind, the digest in the target, and
    // the hosts the profile names trusted with them.
    void secretsGoToTheSession() {
        Profile p;
        p.id = QStringLiteral("p1");
        p.zkUrl = QStringLiteral("zk://zk1:2181/mesos");
        p.masterUrls = {QStringLiteral("https://m1:5050"), QStringLiteral("https://m2:5050")};
        p.marathonUrl = QStringLiteral("https://marathon:8443");
        p.masters = {Profile::Auth::Kind::Basic, QStringLiteral("alice")};
        p.marathon = {Profile::Auth::Kind::Token, {}};
        p.zooKeeper = {Profile::Auth::Kind::Basic, QStringLiteral("ops")};
        ProfileSecrets::Loaded loaded;
        loaded.secrets = {{Profile::Endpoint::Masters, QStringLiteral("m")},
                          {Profile::Endpoint::Marathon, QStringLiteral("t")},
                          {Profile::Endpoint::ZooKeeper, QStringLiteral("z")}};
        const ConnectionTarget target = ProfileSecrets::target(p, loaded);
        QCOMPARE(target.zk.user, QStringLiteral("ops"));
        QCOMPARE(target.zk.password, QStringLiteral("z"));
        QCOMPARE(target.toDisplayString(), QStringLiteral("zk://ops@zk1:2181/mesos")); // shown without it
        QCOMPARE(
            ProfileSecrets::credential(p, Profile::Endpoint::Marathon, QStringLiteral("t"))->authorization(),
            QByteArray("token=t"));
        QVERIFY(!ProfileSecrets::credential(p, Profile::Endpoint::Agents, QStringLiteral("x")));
        AuthBroker broker;
        ProfileSecrets::apply(&broker, p, loaded);
        QVERIFY(broker.hasCredential(QUrl(QStringLiteral("https://m2:5050/master/state"))));
        QVERIFY(broker.hasCredential(QUrl(QStringLiteral("https://marathon:8443/v2/apps"))));
        QVERIFY(!broker.hasCredential(QUrl(QStringLiteral("https://elsewhere:5050/master/state"))));
        // No password stored: no digest at all rather than an empty one.
        QVERIFY(ProfileSecrets::target(p, {}).zk.user.isEmpty());
    }

    // Read from the store before the session starts; a migrated profile's digest password is
    // found where the window filed the recent URL's.
    void secretsAreLoadedFromTheStore() {
        MemoryCredentialStore keychain;
        Profile p;
        p.id = QStringLiteral("p2");
        p.zkUrl = QStringLiteral("zk://zk1:2181/mesos");
        p.masters = {Profile::Auth::Kind::Basic, QStringLiteral("alice")};
        p.zooKeeper = {Profile::Auth::Kind::Basic, QStringLiteral("ops")};
        QVERIFY(ProfileSecrets::needsKeychain(p));
        QVERIFY(!ProfileSecrets::needsKeychain(Profile{}));
        bool written = false;
        keychain.write(p.secretKey(Profile::Endpoint::Masters), QStringLiteral("m"), [&](const QString&) {});
        keychain.write(CredentialStore::keyFor(QStringLiteral("zk://ops@zk1:2181/mesos")),
                       QStringLiteral("z"), [&](const QString&) { written = true; });
        QTRY_VERIFY(written);
        QCOMPARE(ProfileSecrets::recentUrlKey(p),
                 CredentialStore::keyFor(QStringLiteral("zk://ops@zk1:2181/mesos")));
        std::optional<ProfileSecrets::Loaded> loaded;
        QObject context;
        ProfileSecrets::load(&keychain, p, &context, [&](const ProfileSecrets::Loaded& l) { loaded = l; });
        QVERIFY(!loaded); // never synchronously
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 5000);
        QCOMPARE(loaded->secrets.value(Profile::Endpoint::Masters), QStringLiteral("m"));
        QCOMPARE(loaded->secrets.value(Profile::Endpoint::ZooKeeper), QStringLiteral("z"));
        QVERIFY(!loaded->secrets.contains(Profile::Endpoint::Agents));
        QCOMPARE(loaded->error, QString());
    }

    // Pins live in the profile: trusting pins there, and a pin removed from the profile stops counting.
    void pinsAreTheProfiles() {
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("pinned");
        p.masterUrls = {QStringLiteral("https://m1:5050")};
        QVERIFY(store.save(p));
        ProfilePinStore pins(&store, p);
        pins.pin(QStringLiteral("m1:5050"), QStringLiteral("ABCD"));
        QCOMPARE(ProfileStore().byId(p.id)->tls.pinned.value(QStringLiteral("m1:5050")),
                 QStringLiteral("abcd"));
        QCOMPARE(pins.pinned(QStringLiteral("m1:5050")), QStringLiteral("abcd"));
        Profile edited = *store.byId(p.id);
        edited.tls.pinned.clear();
        QVERIFY(store.save(edited));
        QVERIFY(pins.pinned(QStringLiteral("m1:5050")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
