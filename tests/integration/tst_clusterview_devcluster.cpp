#include "AgentsModel.h"
#include "DevClusterProcess.h"
#include "MesosClusterPages.h"
#include "MesosTablePage.h"
#include "OverviewPanel.h"
#include "TasksModel.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosKeys.h"
#include "mesos/MesosSource.h"

#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QtTest>

// The cluster view's data path against the devcluster (real ZooKeeper, simulated masters and
// agents on 127.0.0.1): SUBSCRIBE, a task launched and lost with its agent, a master killed
// mid-stream and mid-polling, endpoint faults showing as stale data; through the cluster view's
// widgets, three agents on one host told apart and a killed agent kept listed with its tasks lost.
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
        QVERIFY(m_devcluster.start(2, 3));
    }
    void cleanupTestCase() { m_devcluster.stop(); }

    void liveStreamFailoverAgentLossAndFaults() {
        ClusterSession session(ConnectionTarget::parse(m_devcluster.zkUrl()), QStringLiteral("/none"));
        ClusterStore* store = session.mesosStore();
        MesosSource* source = session.mesosSource();
        session.start();
        QVERIFY(TestEnvironment::waitUntil(
            [&] { return source->isStreaming() && store->agents().size() == 3; }, 30000));
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

    // Three agents on 127.0.0.1, told apart as host:port; one running two tasks is killed. It stays
    // listed as unreachable with the master's time and reason, its tasks show lost on it, and the
    // Overview's counts are the table's, state by state.
    void killedAgentStaysListedAndCountsAgree() {
        for (const QJsonValue& a : control("GET", QStringLiteral("/state")).value(u"agents").toArray())
            if (!a.toObject().value(u"running").toBool())
                QCOMPARE(
                    control("POST",
                            QStringLiteral("/agents/%1/restart").arg(a.toObject().value(u"index").toInt()))
                        .value(u"_status")
                        .toInt(),
                    200);
        QVERIFY(TestEnvironment::waitUntil([&] { return leaderIndex() >= 0; }, 20000));
        const QJsonArray agents = control("GET", QStringLiteral("/state")).value(u"agents").toArray();
        QCOMPARE(agents.size(), 3);

        ClusterSession session(ConnectionTarget::parse(m_devcluster.zkUrl()), QStringLiteral("/none"));
        ClusterStore* store = session.mesosStore();
        QTabWidget tabs;
        MesosClusterPages pages(&tabs);
        tabs.insertTab(0, pages.overview(), QStringLiteral("Overview"));
        pages.attach(store, session.mesosSource());
        session.start();
        QVERIFY2(
            TestEnvironment::waitUntil(
                [&] { return session.mesosSource()->isStreaming() && store->agents().size() == 3; }, 30000),
            "streaming, with the three agents");

        // host:port for each, as the control API knows them (http://127.0.0.1:<port>).
        QSet<QString> expected, shown;
        for (const QJsonValue& a : agents)
            expected.insert(QUrl(a.toObject().value(u"url").toString()).authority());
        for (int row = 0; row < pages.agentsModel()->rowCount(); ++row)
            shown.insert(
                pages.agentsModel()->index(row, AgentsModel::Hostname).data().toString().section(u' ', 0, 0));
        QCOMPARE(shown, expected);

        const QJsonObject victim = agents.at(1).toObject();
        const QString agentId = victim.value(u"id").toString();
        const QString label = QUrl(victim.value(u"url").toString()).authority();
        QCOMPARE(launch(QStringLiteral("doomed-a"), 1), 201);
        QCOMPARE(launch(QStringLiteral("doomed-b"), 1), 201);
        QVERIFY(waitUntilRunning(*store, QStringLiteral("doomed-a")));
        QVERIFY(waitUntilRunning(*store, QStringLiteral("doomed-b")));
        QCOMPARE(taskNamed(*store, QStringLiteral("doomed-a"))->agentId, agentId);

        const double before = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        QCOMPARE(control("POST", QStringLiteral("/agents/1/kill")).value(u"_status").toInt(), 200);
        QVERIFY2(TestEnvironment::waitUntil([&] { return store->goneAgents().contains(agentId); }, 30000),
                 "the killed agent listed as gone");
        const MesosAgentPtr gone = store->goneAgents().value(agentId);
        QCOMPARE(gone->presence, MesosAgent::Presence::Unreachable);
        QCOMPARE(gone->goneReason, QStringLiteral("health check timed out")); // the master's words
        QVERIFY(gone->goneTimeIsMasters);
        QVERIFY(gone->goneTime >= before - 1 &&
                gone->goneTime <= double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 + 1);
        QCOMPARE(pages.agentsModel()->rowCount(), 3); // still listed

        // Its tasks: lost, on the agent as the Agents tab names it.
        for (const QString& name : {QStringLiteral("doomed-a"), QStringLiteral("doomed-b")}) {
            const MesosTaskPtr task = taskNamed(*store, name);
            QVERIFY(task);
            QCOMPARE(task->state, MesosTaskState::Lost);
            const int row = pages.tasksModel()->rowOf(MesosKeys::of(*task));
            QCOMPARE(pages.tasksModel()->index(row, TasksModel::State).data().toString(),
                     QStringLiteral("Lost"));
            QVERIFY(pages.tasksModel()->index(row, TasksModel::Agent).data().toString().startsWith(label));
        }

        // The Agents tab's filter finds it; the Overview counts the rows the table lists.
        MesosTablePage* page = pages.agentsPage();
        QComboBox* states = page->categoryBox();
        states->setCurrentIndex(states->findData(QStringLiteral("unreachable")));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        const QString status = page->view()->model()->index(0, AgentsModel::Active).data().toString();
        QVERIFY2(status.startsWith(QStringLiteral("unreachable since")) &&
                     status.endsWith(QStringLiteral("health check timed out")),
                 qPrintable(status));
        for (int i = 1; i < states->count(); ++i) {
            states->setCurrentIndex(i);
            QCOMPARE(pages.overview()->agentCounts().value(states->itemData(i).toString()),
                     page->view()->model()->rowCount());
        }
        // The master counts it too (and the one lost before this session, if any: the Overview says so).
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] {
                         return store->metrics().value(QStringLiteral("master/slaves_unreachable"), 0) >= 1 &&
                                pages.overview()->text().contains(QStringLiteral("Unreachable: 1"));
                     },
                     30000),
                 qPrintable(pages.overview()->text()));
        QVERIFY(pages.overview()->text().contains(QStringLiteral("Active: 2\n")));
        QCOMPARE(store->totalResources().cpus, 8.0); // two agents of 4 left

        pages.clearGoneAgentsAction()->trigger();
        QCOMPARE(pages.agentsModel()->rowCount(), 2);
        QCOMPARE(control("POST", QStringLiteral("/agents/1/restart")).value(u"_status").toInt(), 200);
    }
};

QTEST_MAIN(TestClusterViewDevcluster)
#include "tst_clusterview_devcluster.moc"
