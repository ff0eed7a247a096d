// The fleet prober signs in as each profile would (#13): against a devcluster with --auth and
// --auth-token and the real keychain (the private gnome-keyring of scripts/lib/private-session.sh),
// a profile with its secret stored is connected, one without says "authentication needed", one with
// a wrong password "authentication failed" with the realm, a 403 to a read is said as read-only
// credentials, and a leader the profile does not name gets no credential. Against a --tls
// devcluster: an unknown certificate is "TLS not trusted" with its fingerprint, a pinned one or the
// profile's CA file is trusted, and a changed pin says both fingerprints.
#include "DevClusterProcess.h"
#include "DigestZnode.h"
#include "TestEnvironment.h"
#include "TestKeychain.h"
#include "TestSecrets.h"
#include "UnavailableKeychain.h"
#include "connections/ProfileStore.h"
#include "core/Clock.h"
#include "credentials/KeychainCredentialStore.h"
#include "fleet/ClusterProbe.h"
#include "fleet/FleetProber.h"
#include "tls/TlsFailure.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

namespace {
constexpr Profile::Endpoint AllEndpoints[] = {Profile::Endpoint::Masters, Profile::Endpoint::Agents,
                                              Profile::Endpoint::Marathon, Profile::Endpoint::ZooKeeper};

// A keychain whose prompt nobody answers: no call ever comes back.
class SilentKeychain : public CredentialStore {
public:
    void read(const QString&, ReadCallback) override {}
    void write(const QString&, const QString&, WriteCallback) override {}
    void remove(const QString&, WriteCallback) override {}
};

// The real keychain, counting what it is asked.
class CountingKeychain : public CredentialStore {
public:
    explicit CountingKeychain(CredentialStore* real) : m_real(real) {}
    int reads = 0;
    void read(const QString& key, ReadCallback done) override {
        ++reads;
        m_real->read(key, std::move(done));
    }
    void write(const QString& key, const QString& secret, WriteCallback done) override {
        m_real->write(key, secret, std::move(done));
    }
    void remove(const QString& key, WriteCallback done) override { m_real->remove(key, std::move(done)); }

private:
    CredentialStore* m_real;
};

// The injectable clock, so that each look's "last good answer" tells one round from the next.
class SteppedClock : public Clock {
public:
    static inline QDateTime now = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC);

protected:
    QDateTime nowUtc() const override { return now; }
};

QString describe(const FleetStatus& s) {
    return QStringLiteral("state %1: %2").arg(int(s.state)).arg(s.reason);
}
} // namespace

class TestFleetAuthDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    KeychainCredentialStore m_keychain;
    QList<Profile> m_saved; // their keychain entries go at the end

    Profile profile(const QString& name, Profile::Auth auth) {
        Profile p;
        p.id = ProfileStore::newId();
        p.name = name;
        p.zkUrl = m_devcluster.zkUrl();
        p.marathonZkPath = m_devcluster.marathonZkPath();
        p.mesosPollMs = 2000;
        p.masters = p.marathon = auth;
        m_saved << p;
        return p;
    }
    bool store(const Profile& p, const QString& secret) {
        return TestKeychain::keep(p.secretKey(Profile::Endpoint::Masters), secret) &&
               TestKeychain::keep(p.secretKey(Profile::Endpoint::Marathon), secret);
    }
    // Probes the profiles, signed in from the real keychain, until none is checking any more.
    bool lookAt(FleetProber& prober, const QList<Profile>& profiles) {
        prober.setCredentialStore(&m_keychain);
        prober.setTimeout(std::chrono::seconds(5));
        prober.setProfiles(profiles);
        prober.start();
        return TestEnvironment::waitUntil(
            [&] {
                return std::all_of(profiles.cbegin(), profiles.cend(), [&](const Profile& p) {
                    return prober.status(p.id).state != FleetStatus::State::Checking;
                });
            },
            30000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY2(m_devcluster.start(2, 1, TestSecrets::devclusterArguments()), "the devcluster with --auth");
    }
    void cleanupTestCase() {
        for (const Profile& p : std::as_const(m_saved)) {
            for (Profile::Endpoint e : AllEndpoints)
                TestKeychain::keep(p.secretKey(e), {});
        }
    }

    void eachRowSignsInWithItsProfile() {
        const Profile::Auth basic{Profile::Auth::Kind::Basic, TestSecrets::User};
        const Profile stored = profile(QStringLiteral("stored"), basic);
        Profile token = profile(QStringLiteral("token"), {Profile::Auth::Kind::Token, {}});
        const Profile missing = profile(QStringLiteral("nothing stored"), basic);
        const Profile none = profile(QStringLiteral("no auth"), {});
        const Profile wrong = profile(QStringLiteral("wrong password"), basic);
        QVERIFY(store(stored, TestSecrets::Password));
        QVERIFY(store(token, TestSecrets::Token));
        QVERIFY(store(wrong, TestSecrets::WrongPassword));
        const QList<Profile> profiles{stored, token, missing, none, wrong};

        FleetProber prober;
        QVERIFY2(lookAt(prober, profiles), "every profile looked at");

        for (const Profile& p : {stored, token}) {
            const FleetStatus s = prober.status(p.id);
            QVERIFY2(s.state == FleetStatus::State::Connected, qPrintable(p.name + u' ' + describe(s)));
            QCOMPARE(s.agentsActive, 1);
            QVERIFY2(s.deployments >= 0,
                     qPrintable(p.name + u' ' + s.marathonProblem)); // Marathon signed in too
        }
        const FleetStatus notStored = prober.status(missing.id);
        QVERIFY2(notStored.state == FleetStatus::State::AuthNeeded, qPrintable(describe(notStored)));
        QVERIFY2(notStored.reason.contains(QLatin1String("nothing is stored")), qPrintable(notStored.reason));
        QVERIFY2(notStored.reason.contains(QLatin1String("mesos-master-readonly")),
                 qPrintable(notStored.reason));
        const FleetStatus noAuth = prober.status(none.id);
        QVERIFY2(noAuth.state == FleetStatus::State::AuthNeeded, qPrintable(describe(noAuth)));
        QVERIFY2(noAuth.reason.contains(QLatin1String("has none")), qPrintable(noAuth.reason));
        const FleetStatus refused = prober.status(wrong.id);
        QVERIFY2(refused.state == FleetStatus::State::AuthFailed, qPrintable(describe(refused)));
        QVERIFY2(refused.reason.contains(QStringLiteral("refused \"%1\"").arg(TestSecrets::User)) &&
                     refused.reason.contains(QLatin1String("realm \"mesos-master-readonly\"")),
                 qPrintable(refused.reason));
        for (const Profile& p : profiles)
            QVERIFY(!prober.status(p.id).reason.contains(TestSecrets::WrongPassword));

        // The secret stored later (as the profiles dialog does) is used once the fleet is told.
        QVERIFY(store(missing, TestSecrets::Password));
        prober.refreshSecrets(missing.id);
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return prober.status(missing.id).state == FleetStatus::State::Connected; }, 20000),
                 qPrintable(QStringLiteral("the profile connected with the secret stored since: ") +
                            describe(prober.status(missing.id))));
        // A wrong password put right is read again without being told: a refused look reads again.
        QVERIFY(store(wrong, TestSecrets::Password));
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return prober.status(wrong.id).state == FleetStatus::State::Connected; }, 20000),
                 qPrintable(QStringLiteral("the corrected password read at the next look: ") +
                            describe(prober.status(wrong.id))));
        QVERIFY(prober.peakInFlight() <= 4);
    }

    // The keychain is read once per profile for the session, not at every look.
    void secretsAreReadOncePerSession() {
        const Profile p = profile(QStringLiteral("cached"), {Profile::Auth::Kind::Basic, TestSecrets::User});
        QVERIFY(store(p, TestSecrets::Password));
        Clock::setInstance(new SteppedClock);
        const auto systemClock = qScopeGuard([] { Clock::resetInstance(); });
        CountingKeychain counting(&m_keychain);
        FleetProber prober;
        prober.setCredentialStore(&counting);
        prober.setTimeout(std::chrono::seconds(5));
        prober.setProfiles({p});
        prober.start();
        const int rounds = 3;
        for (int round = 0; round < rounds; ++round) {
            SteppedClock::now = SteppedClock::now.addSecs(60);
            QVERIFY2(TestEnvironment::waitUntil(
                         [&] { return prober.status(p.id).lastGood == SteppedClock::now; }, 20000),
                     qPrintable(QStringLiteral("look %1 connected: ").arg(round + 1) +
                                describe(prober.status(p.id))));
        }
        qInfo("keychain reads for %d looks at a profile with 2 secrets: %d", rounds, counting.reads);
        QCOMPARE(counting.reads, 2); // masters and Marathon, once
    }

    void forbiddenReadIsReadOnlyCredentials() {
        const Profile reader =
            profile(QStringLiteral("reader"), {Profile::Auth::Kind::Basic, TestSecrets::ReadOnlyUser});
        QVERIFY(store(reader, TestSecrets::ReadOnlyPassword));
        // A master's ACLs that let this user in but not read the metrics.
        const QJsonObject rule =
            m_devcluster.control("POST", QStringLiteral("/faults"),
                                 {{QStringLiteral("kind"), QStringLiteral("master")},
                                  {QStringLiteral("path"), QStringLiteral("^/metrics/snapshot$")},
                                  {QStringLiteral("mode"), QStringLiteral("status")},
                                  {QStringLiteral("status"), 403}});
        QCOMPARE(rule.value(QLatin1String("_status")).toInt(), 201);
        FleetProber prober;
        QVERIFY2(lookAt(prober, {reader}), "the reader's profile looked at");
        m_devcluster.control("DELETE", QStringLiteral("/faults"));
        const FleetStatus s = prober.status(reader.id);
        QVERIFY2(s.state == FleetStatus::State::AuthFailed, qPrintable(describe(s)));
        QVERIFY2(s.reason.contains(QLatin1String("403")) && s.reason.contains(QLatin1String("read-only")) &&
                     s.reason.contains(TestSecrets::ReadOnlyUser),
                 qPrintable(s.reason));
    }

    void leaderTheProfileDoesNotNameGetsNoCredential() {
        // Only the standby is named: it says who leads, and that master is not the profile's.
        QString standby;
        for (const QJsonValue& m :
             m_devcluster.control("GET", QStringLiteral("/state")).value(u"masters").toArray())
            if (!m[u"leading"].toBool())
                standby = m[u"url"].toString();
        QVERIFY(!standby.isEmpty());
        Profile p = profile(QStringLiteral("standby only"), {Profile::Auth::Kind::Basic, TestSecrets::User});
        p.zkUrl.clear();
        p.masterUrls = {standby};
        QVERIFY(store(p, TestSecrets::Password));
        FleetProber prober;
        QVERIFY2(lookAt(prober, {p}), "the standby's profile looked at");
        const FleetStatus s = prober.status(p.id);
        QVERIFY2(s.state == FleetStatus::State::AuthNeeded, qPrintable(describe(s)));
        QVERIFY2(s.reason.contains(QLatin1String("does not name it")), qPrintable(s.reason));
    }

    // A keychain that fails, or never answers, is a state of its own with the reason: no hang.
    void keychainFailureIsAClearState() {
        const Profile p =
            profile(QStringLiteral("keychain down"), {Profile::Auth::Kind::Basic, TestSecrets::User});
        UnavailableKeychain unavailable;
        FleetProber prober;
        prober.setCredentialStore(&unavailable);
        prober.setTimeout(std::chrono::seconds(5));
        prober.setProfiles({p});
        prober.start();
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return prober.status(p.id).state != FleetStatus::State::Checking; }, 20000),
                 "the look with the keychain failing");
        const FleetStatus failed = prober.status(p.id);
        QVERIFY2(failed.state == FleetStatus::State::AuthNeeded &&
                     failed.reason.contains(QLatin1String("No Secret Service")),
                 qPrintable(describe(failed)));

        SilentKeychain silent;
        ClusterProbe probe(p, std::chrono::seconds(2));
        probe.setCredentialStore(&silent);
        QSignalSpy finished(&probe, &ClusterProbe::finished);
        probe.start();
        QVERIFY2(finished.wait(20000), "the look ending though the keychain never answers");
        QVERIFY2(probe.status().state == FleetStatus::State::AuthNeeded &&
                     probe.status().reason.contains(QLatin1String("keychain did not answer")),
                 qPrintable(describe(probe.status())));
    }

    // The profile's ZooKeeper digest goes with the session: a path only that digest may list is listed.
    void zooKeeperDigestIsSent() {
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString node = TestEnvironment::uniqueZnodePath(QStringLiteral("fleetdigest"));
        QString error;
        QVERIFY2(DigestZnode::create(hosts, TestSecrets::User, TestSecrets::ZkPassword, node, "closed", {},
                                     &error),
                 qPrintable(error));
        Profile p = profile(QStringLiteral("digest"), {});
        p.zkUrl = QStringLiteral("zk://%1%2").arg(hosts, node);
        p.zooKeeper = {Profile::Auth::Kind::Basic, TestSecrets::User};
        QVERIFY(TestKeychain::keep(p.secretKey(Profile::Endpoint::ZooKeeper), TestSecrets::ZkPassword));
        auto look = [&](const Profile& profile, QString* zooKeeperStep) {
            ClusterProbe probe(profile, std::chrono::seconds(5));
            probe.setCredentialStore(&m_keychain);
            connect(&probe, &ClusterProbe::stepDone, this,
                    [zooKeeperStep](ClusterProbe::Step step, ClusterProbe::Outcome, const QString& detail) {
                        if (step == ClusterProbe::Step::ZooKeeper)
                            *zooKeeperStep = detail;
                    });
            QSignalSpy finished(&probe, &ClusterProbe::finished);
            probe.start();
            finished.wait(20000);
            return probe.status();
        };
        QString withStep, withoutStep;
        const FleetStatus with = look(p, &withStep);
        QVERIFY2(withStep.contains(QStringLiteral("digest of %1").arg(TestSecrets::User)),
                 qPrintable(withStep));
        QVERIFY2(with.state == FleetStatus::State::NoLeader &&
                     with.reason.contains(QLatin1String("no master leads")),
                 qPrintable(describe(with))); // listed: the digest was taken
        Profile without = p;
        without.id = ProfileStore::newId(); // nothing stored under its keys
        m_saved << without;
        const FleetStatus closed = look(without, &withoutStep);
        QVERIFY2(!withoutStep.contains(QLatin1String("digest")), qPrintable(withoutStep));
        QVERIFY2(closed.state == FleetStatus::State::AuthNeeded &&
                     closed.reason.contains(QLatin1String("cannot list")),
                 qPrintable(describe(closed)));
    }

    void tlsTrustIsTheProfiles() {
        DevClusterProcess tls;
        QVERIFY2(tls.start(1, 1, QStringList{QStringLiteral("--tls")} + TestSecrets::devclusterArguments()),
                 "the devcluster with --tls and --auth");
        const QString master = tls.ready().value(u"masters").toArray().first().toString();
        const QString hostPort = TlsFailure::hostPortOf(QUrl(master));
        auto https = [&](const QString& name) {
            Profile p = profile(name, {Profile::Auth::Kind::Basic, TestSecrets::User});
            p.zkUrl.clear();
            p.masterUrls = {master};
            return p;
        };
        const Profile unknown = https(QStringLiteral("not trusted"));
        Profile pinned = https(QStringLiteral("pinned"));
        pinned.tls.pinned.insert(hostPort, tls.fingerprint());
        Profile ca = https(QStringLiteral("CA file"));
        ca.tls.caFile = tls.caFile();
        Profile changed = https(QStringLiteral("pin changed"));
        const QString oldPin(64, u'a');
        changed.tls.pinned.insert(hostPort, oldPin);
        const QList<Profile> profiles{unknown, pinned, ca, changed};
        for (const Profile& p : profiles)
            QVERIFY(store(p, TestSecrets::Password));

        FleetProber prober;
        QVERIFY2(lookAt(prober, profiles), "every https profile looked at");
        const FleetStatus untrusted = prober.status(unknown.id);
        QVERIFY2(untrusted.state == FleetStatus::State::TlsUntrusted, qPrintable(describe(untrusted)));
        QVERIFY2(untrusted.reason.contains(TlsFailure::formatFingerprint(tls.fingerprint())),
                 qPrintable(untrusted.reason));
        for (const Profile& p : {pinned, ca}) {
            const FleetStatus s = prober.status(p.id);
            QVERIFY2(s.state == FleetStatus::State::Connected, qPrintable(p.name + u' ' + describe(s)));
            QCOMPARE(s.agentsActive, 1);
        }
        const FleetStatus other = prober.status(changed.id);
        QVERIFY2(other.state == FleetStatus::State::TlsUntrusted, qPrintable(describe(other)));
        QVERIFY2(other.reason.contains(QLatin1String("changed")) &&
                     other.reason.contains(TlsFailure::formatFingerprint(oldPin)) &&
                     other.reason.contains(TlsFailure::formatFingerprint(tls.fingerprint())),
                 qPrintable(other.reason));
    }
};

QTEST_GUILESS_MAIN(TestFleetAuthDevcluster)
#include "tst_fleet_auth_devcluster.moc"
