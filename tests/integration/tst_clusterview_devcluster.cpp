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
// agents): SUBSCRIBE, a task launched and lost with its agent, a master killed mid-stream,
// endpoint faults showing as stale data.
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
        const QJsonObject launched = control("POST", QStringLiteral("/tasks"),
                                             {{QStringLiteral("cmd"), QStringLiteral("sleep 300")},
                                              {QStringLiteral("name"), QStringLiteral("sleepy")},
                                              {QStringLiteral("agent"), 0}});
        QCOMPARE(launched.value(u"_status").toInt(), 201);
        QVERIFY(TestEnvironment::waitUntil([&] {
            const auto t = taskNamed(*store, QStringLiteral("sleepy"));
            return t && t->state == MesosTaskState::Running;
        }, 20000));

        // The leader dies mid-stream: the source follows ZooKeeper to the new one, keeping the data.
        const QUrl before = source->master();
        const int leader = leaderIndex();
        QVERIFY(leader >= 0);
        QCOMPARE(control("POST", QStringLiteral("/masters/%1/kill").arg(leader)).value(u"_status").toInt(), 200);
        QVERIFY(taskNamed(*store, QStringLiteral("sleepy")));
        QVERIFY(TestEnvironment::waitUntil([&] { return source->master() != before && source->isStreaming(); }, 40000));
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
        QVERIFY2(TestEnvironment::waitUntil([&] {
            return source->status().state == MesosSource::State::Stale &&
                   source->status().message.contains(QStringLiteral("state-summary"));
        }, 40000), qPrintable(source->status().message));
        QVERIFY(!store->agents().isEmpty());
        control("DELETE", QStringLiteral("/faults"));
        QVERIFY(TestEnvironment::waitUntil([&] { return source->status().state == MesosSource::State::Live; }, 40000));
    }
};

QTEST_GUILESS_MAIN(TestClusterViewDevcluster)
#include "tst_clusterview_devcluster.moc"
