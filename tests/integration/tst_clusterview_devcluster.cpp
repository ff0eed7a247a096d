#include "DevClusterProcess.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The cluster view's data path against the devcluster (real ZooKeeper, simulated masters and
// agents): SUBSCRIBE, a task launched and lost with its agent, a master killed mid-stream and
// mid-polling, endpoint faults showing as stale data.
class TestClusterViewDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;

    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {}) {
        return m_devcluster.control(method, path, body);
    }
    int leaderIndex() {
        for (const QJsonValue& m : control("GET", QStringLiteral("/state")).value(u"masters").toArray())
            if (m.toObject().value(u"leading").toBool())
                return m.toObject().value(u"index").toInt();
        return -1;
    }
    static MesosTaskPtr taskNamed(const ClusterStore& store, const QString& name) {
        for (const MesosTaskPtr& t : store.tasks())
            if (t->name == name)
                return t;
        return {};
    }
    // A long-running task through the devcluster's own framework; the control API's status.
    int launch(const QString& name, int agent) {
        return control("POST", QStringLiteral("/tasks"),
                       {{QStringLiteral("cmd"), QStringLiteral("sleep 300")}, {QStringLiteral("name"), name},
                        {QStringLiteral("agent"), agent}})
            .value(u"_status")
            .toInt();
    }
    static bool waitUntilRunning(const ClusterStore& store, const QString& name) {
        return TestEnvironment::waitUntil([&] {
            const auto t = taskNamed(store, name);
            return t && t->state == MesosTaskState::Running;
        }, 20000);
    }
    // Kills the leading master and waits until the source has moved to the next one.
    bool killLeaderAndFollow(const MesosSource& source) {
        const QUrl before = source.master();
        const int leader = leaderIndex();
        return leader >= 0 && control("POST", QStringLiteral("/masters/%1/kill").arg(leader)).value(u"_status").toInt() == 200 &&
               TestEnvironment::waitUntil([&] { return source.master() != before && !source.master().isEmpty(); }, 40000);
    }

private slots:
    void initTestCase() {
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(2, 2));
    }
    void cleanupTestCase() { m_devcluster.stop(); }

    void liveStreamFailoverAgentLossAndFaults() {
        ClusterSession session(ConnectionTarget::parse(m_devcluster.zkUrl()), QStringLiteral("/none"));
        ClusterStore* store = session.mesosStore();
        MesosSource* source = session.mesosSource();
        session.start();
        QVERIFY(TestEnvironment::waitUntil([&] { return source->isStreaming() && store->agents().size() == 2; }, 30000));
        // The overview's version, though neither state-summary nor the stream carries one.
        QVERIFY(TestEnvironment::waitUntil([&] { return store->master().version == u"1.11.0"; }, 10000));
        QCOMPARE(store->master().leader, source->master().authority()); // with its port

        // A task launched on agent 0 arrives through the stream.
        QCOMPARE(launch(QStringLiteral("sleepy"), 0), 201);
        QVERIFY(waitUntilRunning(*store, QStringLiteral("sleepy")));

        // The leader dies mid-stream: the source follows ZooKeeper to the new one, keeping the data.
        QVERIFY(killLeaderAndFollow(*source));
        QVERIFY(taskNamed(*store, QStringLiteral("sleepy")));
        QVERIFY(TestEnvironment::waitUntil([&] { return source->isStreaming(); }, 40000));
        QCOMPARE(store->master().leader, source->master().authority());
        QVERIFY(TestEnvironment::waitUntil([&] {
            return source->status().state == MesosSource::State::Live && taskNamed(*store, QStringLiteral("sleepy"));
        }, 30000));

        // An agent lost: its task turns LOST (or disappears from the active list, by Mesos version).
        const QString agentId = taskNamed(*store, QStringLiteral("sleepy"))->agentId;
        QVERIFY(control("POST", QStringLiteral("/agents/0/kill")).value(u"_status").toInt() < 300);
        QVERIFY(TestEnvironment::waitUntil([&] {
            const auto t = taskNamed(*store, QStringLiteral("sleepy"));
            return (!t || t->state == MesosTaskState::Lost || MesosTaskStates::isTerminal(t->state)) &&
                   !store->agents().contains(agentId);
        }, 30000));

        // Endpoint faults: malformed summaries make the data stale, with the reason.
        control("POST", QStringLiteral("/faults"),
                {{QStringLiteral("kind"), QStringLiteral("master")}, {QStringLiteral("path"), QStringLiteral("^/master/state-summary$")},
                 {QStringLiteral("mode"), QStringLiteral("malformed")}});
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] {
                         return source->status().state == MesosSource::State::Stale &&
                                source->status().details.contains(QStringLiteral("state-summary"));
                     },
                     40000),
                 qPrintable(source->status().message));
        QVERIFY(!store->agents().isEmpty());
        control("DELETE", QStringLiteral("/faults"));
        QVERIFY(TestEnvironment::waitUntil([&] { return source->status().state == MesosSource::State::Live; }, 40000));
    }

    // A master that does not stream (before Mesos 1.1, SUBSCRIBE answers 404) is polled for
    // /master/state. Its leader dies between two polls: the source follows ZooKeeper to the new one
    // and polls there, without losing what the store holds.
    void pollingFailover() {
        // Both masters up (the test above killed one), and a live agent to launch on.
        const QJsonObject state = control("GET", QStringLiteral("/state"));
        for (const QJsonValue& m : state.value(u"masters").toArray())
            if (!m.toObject().value(u"running").toBool())
                QCOMPARE(control("POST", QStringLiteral("/masters/%1/restart").arg(m.toObject().value(u"index").toInt()))
                             .value(u"_status").toInt(), 200);
        int agent = -1;
        for (const QJsonValue& a : state.value(u"agents").toArray())
            if (a.toObject().value(u"running").toBool())
                agent = a.toObject().value(u"index").toInt();
        QVERIFY(agent >= 0);
        QVERIFY(TestEnvironment::waitUntil([&] { return leaderIndex() >= 0; }, 20000));
        control("POST", QStringLiteral("/faults"),
                {{QStringLiteral("kind"), QStringLiteral("master")}, {QStringLiteral("path"), QStringLiteral("^/api/v1$")},
                 {QStringLiteral("mode"), QStringLiteral("status")}, {QStringLiteral("status"), 404}});

        ClusterSession session(ConnectionTarget::parse(m_devcluster.zkUrl()), QStringLiteral("/none"));
        ClusterStore* store = session.mesosStore();
        MesosSource* source = session.mesosSource();
        source->setPollInterval(std::chrono::milliseconds(300));
        session.start();
        QVERIFY(TestEnvironment::waitUntil([&] {
            return source->streamUnsupported() && store->hasTasks() && source->status().state == MesosSource::State::Live;
        }, 30000));
        QVERIFY(!source->isStreaming());
        QCOMPARE(launch(QStringLiteral("polled"), agent), 201);
        QVERIFY(waitUntilRunning(*store, QStringLiteral("polled")));

        QVERIFY(killLeaderAndFollow(*source));
        QCOMPARE(store->master().leader, source->master().authority());
        QVERIFY(taskNamed(*store, QStringLiteral("polled"))); // kept across the switch
        // Polling goes on against the new leader: a task launched now shows up, still without a stream.
        QCOMPARE(launch(QStringLiteral("after-failover"), agent), 201);
        QVERIFY2(TestEnvironment::waitUntil([&] {
            const auto t = taskNamed(*store, QStringLiteral("after-failover"));
            return t && t->state == MesosTaskState::Running && source->status().state == MesosSource::State::Live;
        }, 30000), qPrintable(source->status().message));
        QVERIFY(!source->isStreaming() && source->streamUnsupported());
        QVERIFY(taskNamed(*store, QStringLiteral("polled")));
        control("DELETE", QStringLiteral("/faults"));
    }
};

QTEST_GUILESS_MAIN(TestClusterViewDevcluster)
#include "tst_clusterview_devcluster.moc"
