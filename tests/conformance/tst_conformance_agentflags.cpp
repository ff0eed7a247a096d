// The devcluster agent's /flags and /slave(1)/flags against the real agent's flags (the
// dcos-ui agent /state fixture lists them): {"flags": {name: string}} and nothing else, the
// same map on both paths and in the agent's /state, every flag a real agent flag (or one the
// fixture's older agent did not have yet, each with why), read whole by OperatorParser.
#include "DevCluster.h"
#include "HttpFetch.h"
#include "SimAgentNode.h"
#include "TestEnvironment.h"
#include "operator/OperatorParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Agent flags of later Mesos releases (src/slave/flags.cpp) that the fixture's agent, a
// Mesos 0.27 of DC/OS, does not list yet.
const QSet<QString> NewerThanFixture{
    QStringLiteral("authenticate_http_readonly"), QStringLiteral("authenticate_http_readwrite"),
    QStringLiteral("launcher"), QStringLiteral("max_completed_executors_per_framework")};

QJsonObject realAgentFlags() {
    QFile file(TestEnvironment::fixturesDir() +
               QStringLiteral("/mesos/dcos-ui__1-service-with-executor-task__slave-state.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("flags")).toObject();
}
} // namespace

class ConformanceAgentFlags : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevCluster> m_cluster;
    QString m_agent;

private slots:
    void initTestCase() {
        MESOSDESK_REQUIRE_FIXTURES();
        MESOSDESK_REQUIRE_ZK();
        m_dir = std::make_unique<QTemporaryDir>();
        DevClusterOptions options;
        options.zkHosts = TestEnvironment::zooKeeperHosts();
        options.zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        options.marathonZkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
        options.masters = 1;
        options.agents = 1;
        options.workDir = m_dir->path();
        m_cluster = std::make_unique<DevCluster>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QVERIFY(TestEnvironment::waitUntil([this] { return m_cluster->isReady(); }, 20000));
        m_agent = m_cluster->agents().constFirst()->url();
    }
    void cleanupTestCase() {
        if (m_cluster)
            m_cluster->stop();
        m_cluster.reset();
    }

    void flagsAsTheRealAgent() {
        const QJsonObject real = realAgentFlags();
        QVERIFY(real.size() > 50);
        const QJsonObject state = HttpFetch::get(m_agent + QStringLiteral("/slave(1)/state"))
                                      .json()
                                      .object()
                                      .value(QStringLiteral("flags"))
                                      .toObject();
        QVERIFY(!state.isEmpty());
        for (const QString& path : {QStringLiteral("/flags"), QStringLiteral("/slave(1)/flags")}) {
            const HttpFetch reply = HttpFetch::get(m_agent + path);
            QCOMPARE(reply.status, 200);
            const QJsonObject root = reply.json().object();
            QCOMPARE(root.keys(), QStringList{QStringLiteral("flags")});
            const QJsonObject flags = root.value(QStringLiteral("flags")).toObject();
            QCOMPARE(flags, state);
            QStringList unknown;
            for (auto it = flags.constBegin(); it != flags.constEnd(); ++it) {
                QVERIFY2(it.value().isString(), qPrintable(it.key())); // as the agent prints every flag
                if (!real.contains(it.key()) && !NewerThanFixture.contains(it.key()))
                    unknown << it.key();
            }
            QVERIFY2(unknown.isEmpty(),
                     qPrintable(QStringLiteral("not an agent flag: ") + unknown.join(u' ')));
            // What the Agent page reads: every flag, by name.
            const auto parsed = OperatorParser::parseFlags(reply.body);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QCOMPARE(parsed.value.size(), flags.size());
            for (const MasterFlag& flag : parsed.value)
                QCOMPARE(flag.value, flags.value(flag.name).toString());
        }
        // The flags the page needs to find the agent's work directory are where the real agent has them.
        QVERIFY(real.contains(QStringLiteral("work_dir")) && state.contains(QStringLiteral("work_dir")));
        QCOMPARE(state.value(QStringLiteral("port")).toString(),
                 QString::number(m_cluster->agents().constFirst()->port()));
    }
};

QTEST_GUILESS_MAIN(ConformanceAgentFlags)
#include "tst_conformance_agentflags.moc"
