// HTTPS against mesosdesk-devcluster --tls: a certificate nobody vouches for is refused with its
// details; pinned, exactly that certificate works (masters, agents, Marathon and its event
// stream); the devcluster's CA as the extra CA file makes it trusted without a pin; a rotated
// certificate is refused on a pinned host:port, with both fingerprints.
#include "DevClusterProcess.h"
#include "TestEnvironment.h"
#include "connections/Profile.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "fleet/ClusterProbe.h"
#include "fleet/FleetStatus.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosAgent.h"
#include "net/HttpTransport.h"
#include "sandbox/AgentState.h"
#include "tls/PinStore.h"
#include "tls/TlsPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

namespace {
class MemoryPinStore : public PinStore {
public:
    QString pinned(const QString& hostPort) const override { return pins.value(hostPort); }
    void pin(const QString& hostPort, const QString& sha256Hex) override { pins.insert(hostPort, sha256Hex); }
    QHash<QString, QString> pins;
};

HttpTransport::Response get(HttpTransport& http, const QUrl& url) {
    HttpTransport::Response response;
    bool done = false;
    http.get(url, &http, [&](const HttpTransport::Response& r) {
        response = r;
        done = true;
    });
    if (!TestEnvironment::waitUntil([&] { return done; }, 20000))
        qWarning("no answer from %s within 20 s", qPrintable(url.toString()));
    return response;
}

QString hostPort(const QString& url) {
    return TlsFailure::hostPortOf(QUrl(url));
}
} // namespace

class TestTlsDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    QString m_master, m_agent, m_marathon;

private slots:
    void initTestCase() {
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY2(m_devcluster.start(1, 1, {QStringLiteral("--tls")}),
                 "the devcluster with --tls did not get ready");
        m_master = m_devcluster.ready().value(QLatin1String("masters")).toArray().at(0).toString();
        m_agent = m_devcluster.ready().value(QLatin1String("agents")).toArray().at(0).toString();
        m_marathon = m_devcluster.ready().value(QLatin1String("marathon")).toArray().at(0).toString();
    }

    void readyLineNamesTheCaAndFingerprint() {
        QVERIFY2(m_master.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(m_master));
        QVERIFY2(m_agent.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(m_agent));
        QVERIFY2(m_marathon.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(m_marathon));
        // The control API is the harness and stays plain (docs/devcluster.md).
        QVERIFY(m_devcluster.ready()
                    .value(QLatin1String("control"))
                    .toString()
                    .startsWith(QLatin1String("http://")));
        QVERIFY2(QFile::exists(m_devcluster.caFile()), qPrintable(m_devcluster.caFile()));
        QCOMPARE(m_devcluster.fingerprint().size(), 64);
    }

    void untrustedIsRefusedWithDetails() {
        HttpTransport http;
        QSignalSpy refused(&http, &HttpTransport::tlsErrors);
        const HttpTransport::Response r = get(http, QUrl(m_master + QStringLiteral("/version")));
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY(r.error.tls);
        QCOMPARE(r.error.tls->hostPort, hostPort(m_master));
        QCOMPARE(r.error.tls->fingerprint(), m_devcluster.fingerprint());
        QVERIFY(!r.error.tls->errors.isEmpty());
        QVERIFY(!r.error.tls->pinChanged());
        const QSslCertificate certificate = r.error.tls->certificate();
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("MesosDesk devcluster CA")});
        QVERIFY(certificate.subjectAlternativeNames()
                    .values(QSsl::IpAddressEntry)
                    .contains(QStringLiteral("127.0.0.1")));
        QVERIFY(certificate.subjectAlternativeNames()
                    .values(QSsl::DnsEntry)
                    .contains(QStringLiteral("localhost")));
        QVERIFY2(r.error.summary().contains(hostPort(m_master)), qPrintable(r.error.summary()));
        // The signal carries the certificate too: the window's dialog is built from it.
        QVERIFY(refused.count() >= 1);
        const TlsFailure told = refused.first().first().value<TlsFailure>();
        QCOMPARE(told.fingerprint(), m_devcluster.fingerprint());
    }

    void pinnedCertificateWorksEverywhere() {
        HttpTransport http;
        auto pins = std::make_shared<MemoryPinStore>();
        http.tlsPolicy()->setPinStore(pins);
        for (const QString& server : {m_master, m_agent, m_marathon})
            pins->pin(hostPort(server), m_devcluster.fingerprint());
        QCOMPARE(get(http, QUrl(m_master + QStringLiteral("/version"))).status, 200);
        // Sandbox logs: the agent's state and Files API over https.
        const HttpTransport::Response agentState =
            get(http, QUrl(m_agent + QStringLiteral("/slave(1)/state")));
        QVERIFY2(agentState.ok(), qPrintable(agentState.error.summary()));
        const HttpTransport::Response browse =
            get(http, QUrl(m_agent + QStringLiteral("/files/browse?path=/nonexistent")));
        QCOMPARE(browse.status, 404); // an answer from the agent, over TLS
        QVERIFY2(get(http, QUrl(m_marathon + QStringLiteral("/v2/info"))).ok(), "Marathon over https");
        // Marathon's event stream (SSE) over https.
        int streamStatus = 0;
        QObject context;
        http.openStream(
            "GET", QUrl(m_marathon + QStringLiteral("/v2/events")), {}, {{"Accept", "text/event-stream"}},
            &context, [&](int status, const QUrl&) { streamStatus = status; }, [](const QByteArray&) {},
            [](const HttpTransport::Response&) {});
        QVERIFY2(TestEnvironment::waitUntil([&] { return streamStatus != 0; }, 20000),
                 "the SSE stream's headers");
        QCOMPARE(streamStatus, 200);
        // A pin is for one host:port: another server with the same certificate is still refused.
        HttpTransport masterOnly;
        auto masterPin = std::make_shared<MemoryPinStore>();
        masterPin->pin(hostPort(m_master), m_devcluster.fingerprint());
        masterOnly.tlsPolicy()->setPinStore(masterPin);
        QCOMPARE(get(masterOnly, QUrl(m_master + QStringLiteral("/version"))).status, 200);
        QCOMPARE(get(masterOnly, QUrl(m_agent + QStringLiteral("/slave(1)/state"))).error.kind,
                 ApiError::Kind::Tls);
    }

    void caFileTrustsWithoutAPin() {
        HttpTransport http;
        QString error;
        QVERIFY2(http.tlsPolicy()->setCaFile(m_devcluster.caFile(), &error), qPrintable(error));
        QCOMPARE(get(http, QUrl(m_master + QStringLiteral("/version"))).status, 200);
        QCOMPARE(get(http, QUrl(m_agent + QStringLiteral("/slave(1)/state"))).status, 200);
        QCOMPARE(get(http, QUrl(m_marathon + QStringLiteral("/v2/info"))).status, 200);
        HttpTransport bad;
        QVERIFY(!bad.tlsPolicy()->setCaFile(QStringLiteral("/nonexistent/ca.pem"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/ca.pem")), qPrintable(error));
    }

    void sessionOverHttps() {
        // A whole session on an https master URL: the store fills, agents are reached over
        // https, Marathon is found through the framework list's https webui_url.
        ClusterSession session(ConnectionTarget::parse(m_master), QStringLiteral("/marathon"));
        QVERIFY(session.http()->tlsPolicy()->setCaFile(m_devcluster.caFile()));
        session.start();
        QVERIFY2(TestEnvironment::waitUntil([&] { return !session.mesosStore()->agents().isEmpty(); }, 30000),
                 "the agents in the store, over https");
        QCOMPARE(session.mesosStore()->masterScheme(), QStringLiteral("https"));
        const MesosAgentPtr agent = *session.mesosStore()->agents().cbegin();
        const QUrl agentUrl =
            AgentState::agentUrl(agent->hostname, agent->pid, session.mesosStore()->masterScheme());
        QCOMPARE(agentUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(get(*session.http(), agentUrl.resolved(QUrl(QStringLiteral("/slave(1)/state")))).status,
                 200);
        QVERIFY2(
            TestEnvironment::waitUntil([&] { return !session.marathonSource()->info().isNull(); }, 30000),
            "Marathon's /v2/info, over https");
        QCOMPARE(session.marathonSource()->marathonUrl().scheme(), QStringLiteral("https"));
    }

    void zooKeeperSessionWithHttpsDiscovery() {
        // ZooKeeper names the leaders by host:port only: the session is told the cluster's scheme.
        ClusterSession session(ConnectionTarget::parse(m_devcluster.zkUrl()), m_devcluster.marathonZkPath());
        session.setDiscoveredScheme(QStringLiteral("https"));
        QVERIFY(session.http()->tlsPolicy()->setCaFile(m_devcluster.caFile()));
        session.start();
        QVERIFY2(TestEnvironment::waitUntil([&] { return !session.mesosStore()->agents().isEmpty(); }, 30000),
                 "the agents in the store, the leader found in ZooKeeper and reached over https");
        QCOMPARE(session.mesosStore()->masterScheme(), QStringLiteral("https"));
        QVERIFY2(
            TestEnvironment::waitUntil([&] { return !session.marathonSource()->info().isNull(); }, 30000),
            "Marathon's /v2/info, its leader found in ZooKeeper");
        QCOMPARE(session.marathonSource()->marathonUrl().scheme(), QStringLiteral("https"));
    }

    void fleetProbeFollowsTheProfilesScheme() {
        // The fleet home's look at a ZooKeeper profile: https when the profile says so, and no
        // silent fallback to http when it does not (the leader's port speaks only TLS).
        Profile profile;
        profile.name = QStringLiteral("tls");
        profile.zkUrl = m_devcluster.zkUrl();
        profile.marathonZkPath = m_devcluster.marathonZkPath();
        profile.tls.caFile = m_devcluster.caFile();
        profile.tls.discoveredHttps = true;
        auto probe = [](const Profile& p) {
            ClusterProbe look(p, std::chrono::seconds(20));
            QSignalSpy finished(&look, &ClusterProbe::finished);
            look.start();
            if (!finished.wait(30000))
                qWarning("the probe did not finish within 30 s");
            return look.status();
        };
        const FleetStatus https = probe(profile);
        QVERIFY2(https.state == FleetStatus::State::Connected, qPrintable(https.reason));
        QVERIFY(!https.leader.isEmpty());
        profile.tls.discoveredHttps = false;
        const FleetStatus http = probe(profile);
        QVERIFY2(http.state != FleetStatus::State::Connected, "plain http to a TLS-only leader");
        QVERIFY(!http.reason.isEmpty());
    }

    // Last: it changes the devcluster's certificate.
    void rotatedCertificateIsRefusedWithBothFingerprints() {
        const QString before = m_devcluster.fingerprint();
        HttpTransport pinned;
        auto pins = std::make_shared<MemoryPinStore>();
        pins->pin(hostPort(m_master), before);
        pinned.tlsPolicy()->setPinStore(pins);
        QCOMPARE(get(pinned, QUrl(m_master + QStringLiteral("/version"))).status, 200);
        // The same pin with the CA trusted too: a CA-valid new certificate must still be refused.
        HttpTransport pinnedAndCa;
        pinnedAndCa.tlsPolicy()->setPinStore(pins);
        QVERIFY(pinnedAndCa.tlsPolicy()->setCaFile(m_devcluster.caFile()));
        QCOMPARE(get(pinnedAndCa, QUrl(m_master + QStringLiteral("/version"))).status, 200);

        const QJsonObject rotated = m_devcluster.control("POST", QStringLiteral("/tls/rotate"));
        QCOMPARE(rotated.value(QLatin1String("_status")).toInt(), 200);
        const QString after = rotated.value(QLatin1String("fingerprint")).toString();
        QCOMPARE(after.size(), 64);
        QVERIFY(after != before);

        for (HttpTransport* http : {&pinned, &pinnedAndCa}) {
            QSignalSpy refused(http, &HttpTransport::tlsErrors);
            const HttpTransport::Response r = get(*http, QUrl(m_master + QStringLiteral("/version")));
            QCOMPARE(r.error.kind, ApiError::Kind::Tls);
            QVERIFY(r.error.tls);
            QVERIFY(r.error.tls->pinChanged());
            QCOMPARE(r.error.tls->pinnedFingerprint, before);
            QCOMPARE(r.error.tls->fingerprint(), after);
            QVERIFY2(r.error.summary().contains(TlsFailure::formatFingerprint(before)),
                     qPrintable(r.error.summary()));
            QVERIFY2(r.error.summary().contains(TlsFailure::formatFingerprint(after)),
                     qPrintable(r.error.summary()));
            QVERIFY(refused.count() >= 1);
        }
        // Trusting the CA without a pin, the renewed certificate is simply valid.
        HttpTransport ca;
        QVERIFY(ca.tlsPolicy()->setCaFile(m_devcluster.caFile()));
        QCOMPARE(get(ca, QUrl(m_master + QStringLiteral("/version"))).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTlsDevcluster)
#include "tst_tls_devcluster.moc"
