// The Agent page's parsing and model: AgentDetails on v0 and v1 agent entries of our own
// making (reservations by role, refined reservations, times in both shapes, drain, domain,
// broken input), and AgentTasksModel following a store: only its agent's tasks, by
// differences (inserts, removals, dataChanged; never a reset), checked by QAbstractItemModelTester.
#include "AgentTasksModel.h"
#include "TestEnvironment.h"
#include "mesos/AgentDetails.h"
#include "mesos/ClusterStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
QByteArray state(const QByteArray& tasks) {
    return R"({"version":"1.11.0","slaves":[
      {"id":"S1","hostname":"a1","pid":"slave(1)@10.0.0.1:5051","resources":{"cpus":4,"mem":1024}},
      {"id":"S2","hostname":"a2","pid":"slave(1)@10.0.0.2:5051","resources":{"cpus":4,"mem":1024}}],
      "frameworks":[{"id":"F1","name":"marathon","active":true,"tasks":[)" +
           tasks + R"(]}]})";
}
QByteArray task(const char* id, const char* agent, const char* taskState, const char* executor = "") {
    return QByteArray(R"({"id":")") + id + R"(","name":"n-)" + id + R"(","framework_id":"F1","slave_id":")" +
           agent + R"(","executor_id":")" + executor + R"(","state":")" + taskState +
           R"(","resources":{"cpus":0.5,"mem":64}})";
}
} // namespace

class TestAgentPage : public QObject {
    Q_OBJECT
    static bool ingest(ClusterStore& store, const QByteArray& bytes) {
        bool done = false;
        QString error;
        store.ingest(bytes, ClusterStore::Document::State, [&](const QString& e) {
            done = true;
            error = e;
        });
        return TestEnvironment::waitUntil([&] { return done; }, 20000) && error.isEmpty();
    }

private slots:
    void v0Reservations() {
        const AgentDetails d = AgentDetails::parse(R"({"id":"S1","registered_time":1500000000.5,
            "reregistered_time":1500000100.25,
            "reserved_resources":{"web":{"cpus":1,"mem":512,"ports":"[31000-31001]"},
                                  "db":{"cpus":0.5,"disk":2048,"gpus":1,"ports":"[32000-32000]"}},
            "offered_resources":{"cpus":0.25,"mem":0},
            "capabilities":["MULTI_ROLE","AGENT_DRAINING"],
            "domain":{"fault_domain":{"region":{"name":"eu"},"zone":{"name":"eu-1a"}}},
            "deactivated":true,"drain_info":{"state":"DRAINING","config":{"mark_gone":true,
            "max_grace_period":{"nanoseconds":30000000000}}}})");
        QCOMPARE(d.registeredTime, 1500000000.5);
        QCOMPARE(d.reregisteredTime, 1500000100.25);
        QVERIFY(d.hasReserved);
        QCOMPARE(d.reservedByRole.size(), 2);
        QCOMPARE(d.reservedByRole.at(0).first, QStringLiteral("db")); // by name
        QCOMPARE(d.reservedByRole.at(1).second.mem, 512.0);
        QCOMPARE(d.reserved.cpus, 1.5);
        QCOMPARE(d.reserved.mem, 512.0);
        QCOMPARE(d.reserved.disk, 2048.0);
        QCOMPARE(d.reserved.gpus, 1.0);
        QCOMPARE(d.reserved.ports, QStringLiteral("[32000-32000, 31000-31001]"));
        QVERIFY(d.hasOffered);
        QCOMPARE(d.offered.cpus, 0.25);
        QCOMPARE(d.capabilities,
                 (QStringList{QStringLiteral("MULTI_ROLE"), QStringLiteral("AGENT_DRAINING")}));
        QCOMPARE(d.region, QStringLiteral("eu"));
        QCOMPARE(d.zone, QStringLiteral("eu-1a"));
        QVERIFY(d.hasDeactivated && d.deactivated);
        QCOMPARE(d.drainState, QStringLiteral("DRAINING"));
        QVERIFY(d.drainMarkGone);
        QCOMPARE(d.drainMaxGraceSeconds, 30.0);
    }

    void v1Reservations() {
        // Unreserved ("*"), a pre-1.4 role, and a refined reservation (the last one counts).
        const AgentDetails d = AgentDetails::parse(R"({"agent_info":{"id":{"value":"S1"},"hostname":"h",
            "domain":{"fault_domain":{"region":{"name":"r"},"zone":{"name":"z"}}}},
            "registered_time":{"nanoseconds":1500993262264135000},
            "total_resources":[
              {"name":"cpus","type":"SCALAR","scalar":{"value":4},"role":"*"},
              {"name":"mem","type":"SCALAR","scalar":{"value":256},"role":"old"},
              {"name":"cpus","type":"SCALAR","scalar":{"value":2},
               "reservations":[{"type":"STATIC","role":"eng"},{"type":"DYNAMIC","role":"eng/web"}]},
              {"name":"ports","type":"RANGES","ranges":{"range":[{"begin":1,"end":3},{"begin":7,"end":7}]},
               "reservations":[{"type":"STATIC","role":"eng"}]}],
            "offered_resources":[],"capabilities":[{"type":"MULTI_ROLE"}]})");
        QCOMPARE(qRound64(d.registeredTime), qint64(1500993262));
        QCOMPARE(d.reregisteredTime, 0.0); // never re-registered: not a time
        QVERIFY(d.hasReserved);
        QCOMPARE(d.reservedByRole.size(), 3);
        QCOMPARE(d.reservedByRole.at(0).first, QStringLiteral("eng"));
        QCOMPARE(d.reservedByRole.at(0).second.ports, QStringLiteral("[1-3, 7-7]"));
        QCOMPARE(d.reservedByRole.at(1).first, QStringLiteral("eng/web"));
        QCOMPARE(d.reservedByRole.at(1).second.cpus, 2.0);
        QCOMPARE(d.reservedByRole.at(2).first, QStringLiteral("old"));
        QCOMPARE(d.reserved.cpus, 2.0);
        QCOMPARE(d.reserved.mem, 256.0);
        QVERIFY(d.hasOffered);
        QCOMPARE(d.offered, MesosResources());
        QCOMPARE(d.capabilities, QStringList{QStringLiteral("MULTI_ROLE")});
        QCOMPARE(d.region, QStringLiteral("r"));
        QVERIFY(!d.hasDeactivated);
        QCOMPARE(d.drainMaxGraceSeconds, -1.0);
    }

    void notReported() {
        const AgentDetails d =
            AgentDetails::parse(R"({"id":"S1","registered_time":-3,"reregistered_time":"x"})");
        QCOMPARE(d.registeredTime, 0.0);
        QCOMPARE(d.reregisteredTime, 0.0);
        QVERIFY(!d.hasReserved && !d.hasOffered && !d.hasDeactivated);
        QVERIFY(d.drainState.isEmpty());
        QString error;
        const AgentDetails broken = AgentDetails::parse(R"({"id":"S1",)", &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(!broken.hasReserved);
        error.clear();
        AgentDetails::parse("[1,2]", &error);
        QVERIFY(!error.isEmpty());
    }

    void tasksOfOneAgent() {
        ClusterStore store;
        QVERIFY(
            ingest(store, state(task("t1", "S1", "TASK_RUNNING") + ',' + task("t2", "S2", "TASK_RUNNING") +
                                ',' + task("t3", "S1", "TASK_STAGING", "e3"))));
        AgentTasksModel model(QStringLiteral("S1"), &store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&store, &ClusterStore::tasksChanged, &model, &AgentTasksModel::applyChanges);
        model.loadFrom(store.tasks());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.frameworkCount(), 1);
        QCOMPARE(model.executorCount(), 2);
        const int t3 = model.rowOf(QStringLiteral("F1/t3"));
        QVERIFY(t3 >= 0);
        QCOMPARE(model.index(t3, AgentTasksModel::Framework).data().toString(), QStringLiteral("marathon"));
        QCOMPARE(model.index(t3, AgentTasksModel::Executor).data().toString(), QStringLiteral("e3"));
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("F1/t1")), AgentTasksModel::Executor).data().toString(),
            QStringLiteral("command executor"));
        QCOMPARE(model.index(t3, AgentTasksModel::Started).data().toString(), QStringLiteral("not reported"));

        // t3 runs, t1 goes, t4 arrives here and t5 on the other agent: differences only.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(ingest(
            store, state(task("t2", "S2", "TASK_RUNNING") + ',' + task("t3", "S1", "TASK_RUNNING", "e3") +
                         ',' + task("t4", "S1", "TASK_RUNNING") + ',' + task("t5", "S2", "TASK_RUNNING"))));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOf(QStringLiteral("F1/t1")) < 0);
        QVERIFY(model.rowOf(QStringLiteral("F1/t5")) < 0);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("F1/t3")), AgentTasksModel::State).data().toString(),
                 MesosTaskStates::label(MesosTaskState::Running));

        // A document with nothing new for this agent changes nothing here.
        changed.clear();
        inserted.clear();
        QVERIFY(ingest(
            store, state(task("t2", "S2", "TASK_FINISHED") + ',' + task("t3", "S1", "TASK_RUNNING", "e3") +
                         ',' + task("t4", "S1", "TASK_RUNNING") + ',' + task("t5", "S2", "TASK_RUNNING"))));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgentPage)
#include "tst_agentpage.moc"
