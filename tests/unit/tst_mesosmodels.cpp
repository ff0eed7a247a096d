#include "AgentLabels.h"
#include "AgentsModel.h"
#include "ClusterHistory.h"
#include "FrameworksModel.h"
#include "MesosFilterProxy.h"
#include "MesosFormat.h"
#include "SyntheticCluster.h"
#include "TasksModel.h"
#include "TestEnvironment.h"
#include "TimeSeries.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosJsonParser.h"
#include "mesos/MesosKeys.h"
#include "mesos/RecordIoDecoder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QtTest>

// Store + models: documents and events become inserts, removals and dataChanged, never resets.
class TestMesosModels : public QObject {
    Q_OBJECT
    static QByteArray read(const QString& name) {
        QFile f(TestEnvironment::testDataDir() + QStringLiteral("/mesos/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(name));
        return f.readAll();
    }
    static bool ingest(ClusterStore& store, const QByteArray& bytes, ClusterStore::Document kind, QString* error = nullptr) {
        bool done = false;
        store.ingest(bytes, kind, [&](const QString& e) {
            done = true;
            if (error)
                *error = e;
        });
        return TestEnvironment::waitUntil([&] { return done; }, 20000);
    }

    struct Rig {
        ClusterStore store;
        AgentsModel agents;
        FrameworksModel frameworks;
        TasksModel tasks{&store};
        QAbstractItemModelTester agentsTester{&agents, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester frameworksTester{&frameworks, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester tasksTester{&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest};
        Rig() {
            QObject::connect(&store, &ClusterStore::agentsChanged, &agents, &AgentsModel::apply);
            QObject::connect(&store, &ClusterStore::frameworksChanged, &frameworks, &FrameworksModel::apply);
            QObject::connect(&store, &ClusterStore::tasksChanged, &tasks, &TasksModel::apply);
        }
    };

private slots:
    void incrementalUpdates() {
        Rig rig;
        QSignalSpy resets(&rig.tasks, &QAbstractItemModel::modelReset);
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QCOMPARE(rig.agents.rowCount(), 2);
        QCOMPARE(rig.frameworks.rowCount(), 2);
        QCOMPARE(rig.tasks.rowCount(), 3);
        const int webRow = rig.tasks.rowOf(MesosKeys::task(QStringLiteral("F-0000"), QStringLiteral("web.1")));
        QVERIFY(webRow >= 0);
        QCOMPARE(rig.tasks.index(webRow, TasksModel::Framework).data().toString(), QStringLiteral("marathon"));
        QCOMPARE(rig.tasks.index(webRow, TasksModel::Agent).data().toString(),
                 QStringLiteral("a0.example:5051"));
        QCOMPARE(rig.tasks.index(webRow, TasksModel::Health).data().toString(), QStringLiteral("healthy"));
        QCOMPARE(rig.agents.index(rig.agents.rowOf(QStringLiteral("A-S0")), AgentsModel::Cpus)
                     .data(MesosRoles::FractionRole).toDouble(), 1.5 / 8);

        QSignalSpy inserted(&rig.tasks, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&rig.tasks, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&rig.tasks, &QAbstractItemModel::dataChanged);
        QSignalSpy agentChanged(&rig.agents, &QAbstractItemModel::dataChanged);
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4-next.json")), ClusterStore::Document::State));
        QCOMPARE(rig.tasks.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);  // api.1
        QCOMPARE(removed.size(), 1);   // gpu.1
        QVERIFY(changed.size() >= 1);  // web.1 turned unhealthy (and others re-serialized)
        QVERIFY(agentChanged.size() >= 1); // A-S1 became active
        const int web = rig.tasks.rowOf(MesosKeys::task(QStringLiteral("F-0000"), QStringLiteral("web.1")));
        QCOMPARE(rig.tasks.index(web, TasksModel::Health).data().toString(), QStringLiteral("unhealthy"));
        QCOMPARE(rig.tasks.rowOf(MesosKeys::task(QStringLiteral("F-0000"), QStringLiteral("gpu.1"))), -1);

        // The same document again changes nothing.
        changed.clear();
        inserted.clear();
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4-next.json")), ClusterStore::Document::State));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void badDocumentKeepsData() {
        Rig rig;
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QString error;
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-truncated.json")), ClusterStore::Document::State, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(rig.tasks.rowCount(), 3);
        QCOMPARE(rig.store.tasks().size(), 3);
    }

    void summaryKeepsTasks() {
        Rig rig;
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-summary.json")), ClusterStore::Document::StateSummary));
        QCOMPARE(rig.tasks.rowCount(), 3);  // a summary has no tasks: they stay
        QCOMPARE(rig.agents.rowCount(), 2); // the agent it no longer lists stays, as removed
        QCOMPARE(rig.store.agents().size(), 1);
        QCOMPARE(rig.frameworks.rowCount(), 1);
    }

    // An agent the master stops listing stays a row (greyed, no bar, when and why) until the
    // operator clears it; it is no part of the totals; one that returns is a registered row again.
    void goneAgentsStayListedUntilCleared() {
        Rig rig;
        QSignalSpy gone(&rig.store, &ClusterStore::agentsGone);
        QSignalSpy back(&rig.store, &ClusterStore::agentsBack);
        QSignalSpy rowsRemoved(&rig.agents, &QAbstractItemModel::rowsRemoved);
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        const double cpusBefore = rig.store.totalResources().cpus;
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-summary.json")),
                       ClusterStore::Document::StateSummary));
        QCOMPARE(rowsRemoved.size(), 0);
        QCOMPARE(gone.size(), 1);
        const MesosAgentPtr lost = gone.at(0).at(0).value<QList<MesosAgentPtr>>().value(0);
        QVERIFY(lost);
        QCOMPARE(lost->id, QStringLiteral("A-S1"));
        QCOMPARE(lost->presence, MesosAgent::Presence::Removed); // no task, no count says unreachable
        QVERIFY(!lost->goneTimeIsMasters);
        QVERIFY(lost->goneTime > 0);
        QCOMPARE(rig.store.goneAgents().size(), 1);
        QVERIFY(rig.store.totalResources().cpus < cpusBefore);
        const int row = rig.agents.rowOf(QStringLiteral("A-S1"));
        QVERIFY(row >= 0);
        QCOMPARE(rig.agents.index(row, 0).data(MesosRoles::CategoriesRole).toStringList(),
                 QStringList{QStringLiteral("removed")});
        QVERIFY(rig.agents.index(row, AgentsModel::Active)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("removed at ")));
        QVERIFY(rig.agents.index(row, AgentsModel::Active)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no reason")));
        QVERIFY(rig.agents.index(row, AgentsModel::Hostname).data(Qt::ForegroundRole).isValid()); // greyed
        QVERIFY(!rig.agents.index(row, AgentsModel::Cpus).data(MesosRoles::FractionRole).isValid());
        MesosFilterProxy proxy;
        proxy.setSourceModel(&rig.agents);
        proxy.setCategory(QStringLiteral("removed"));
        QCOMPARE(proxy.rowCount(), 1);

        // It registers again under its id: a registered row again, announced.
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QCOMPARE(back.size(), 1);
        QVERIFY(rig.store.goneAgents().isEmpty());
        QCOMPARE(rig.agents.rowCount(), 2);
        QCOMPARE(proxy.rowCount(), 0);

        // Gone again, then cleared by the operator: only then does the row go.
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-summary.json")),
                       ClusterStore::Document::StateSummary));
        QCOMPARE(rig.agents.rowCount(), 2);
        rig.store.clearGoneAgents();
        QCOMPARE(rig.agents.rowCount(), 1);
        QCOMPARE(rowsRemoved.size(), 1);
        QVERIFY(rig.store.goneAgents().isEmpty());
    }

    // After a failover the new master lists the agents it recovered from its registry apart
    // (recovered_slaves) until they re-register: not gone, so neither a gone row nor a notice.
    void recoveredAgentsAreNotGone() {
        Rig rig;
        const QByteArray before = read(QStringLiteral("state-1.4.json"));
        QVERIFY(ingest(rig.store, before, ClusterStore::Document::State));
        QJsonObject state = QJsonDocument::fromJson(before).object();
        QJsonArray slaves = state.value(QStringLiteral("slaves")).toArray();
        const QJsonObject recovered = slaves.takeAt(1).toObject();
        state.insert(QStringLiteral("slaves"), slaves);
        state.insert(QStringLiteral("recovered_slaves"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("id"), recovered.value(QStringLiteral("id"))},
                         {QStringLiteral("hostname"), recovered.value(QStringLiteral("hostname"))}}});
        QSignalSpy gone(&rig.store, &ClusterStore::agentsGone);
        QVERIFY(ingest(rig.store, QJsonDocument(state).toJson(), ClusterStore::Document::State));
        QCOMPARE(gone.size(), 0);
        QVERIFY(rig.store.goneAgents().isEmpty());
        QVERIFY(rig.store.agents().contains(recovered.value(QStringLiteral("id")).toString()));
        QCOMPARE(rig.agents.rowCount(), 2);
        // Once it is no longer recovered either (not re-registered in time), it is gone.
        state.remove(QStringLiteral("recovered_slaves"));
        QVERIFY(ingest(rig.store, QJsonDocument(state).toJson(), ClusterStore::Document::State));
        QCOMPARE(gone.size(), 1);
        QCOMPARE(rig.agents.rowCount(), 2);
    }

    // Through the event stream: the master reports the agent's tasks lost (with its reason and
    // time), then AGENT_REMOVED; the gone row says unreachable, since when, and why.
    void agentLostThroughEvents() {
        Rig rig;
        QVERIFY(
            ingest(rig.store, read(QStringLiteral("v1-get-state.json")), ClusterStore::Document::V1State));
        QVERIFY(rig.store.agents().contains(QStringLiteral("A-9")));
        const QByteArray lost = R"({"type":"TASK_UPDATED","task_updated":{"framework_id":{"value":"F-9"},
            "state":"TASK_LOST","status":{"task_id":{"value":"v1task.1"},"state":"TASK_LOST","source":"SOURCE_MASTER",
            "reason":"REASON_AGENT_REMOVED","message":"health check timed out","agent_id":{"value":"A-9"},
            "timestamp":1600009000.25}}})";
        const QByteArray removed = R"({"type":"AGENT_REMOVED","agent_removed":{"agent_id":{"value":"A-9"}}})";
        QSignalSpy gone(&rig.store, &ClusterStore::agentsGone);
        rig.store.applyEvents(
            {MesosJsonParser::parseEvent(lost).value, MesosJsonParser::parseEvent(removed).value});
        QCOMPARE(gone.size(), 1);
        const MesosAgentPtr agent = rig.store.goneAgents().value(QStringLiteral("A-9"));
        QVERIFY(agent);
        QCOMPARE(agent->presence, MesosAgent::Presence::Unreachable);
        QCOMPARE(agent->goneReason, QStringLiteral("health check timed out"));
        QVERIFY(agent->goneTimeIsMasters);
        QCOMPARE(agent->goneTime, 1600009000.25);
        QCOMPARE(rig.agents.rowCount(), 1);
        const QString status = rig.agents.index(0, AgentsModel::Active).data().toString();
        QVERIFY2(status.startsWith(QStringLiteral("unreachable since ")) &&
                     status.endsWith(QStringLiteral("health check timed out")),
                 qPrintable(status));
        const int task = rig.tasks.rowOf(MesosKeys::task(QStringLiteral("F-9"), QStringLiteral("v1task.1")));
        QCOMPARE(rig.tasks.index(task, TasksModel::State).data().toString(), QStringLiteral("Lost"));
        QCOMPARE(rig.tasks.index(task, TasksModel::Agent).data().toString(),
                 QStringLiteral("v1agent:5051")); // still named
    }

    // /master/state and the event stream give no per-agent count: the Agents view counts the
    // running tasks itself, following every change, and a loss or a finish takes them off.
    void runningTasksCountedFromTasks() {
        Rig rig;
        QObject::connect(&rig.store, &ClusterStore::tasksChanged, &rig.agents, &AgentsModel::applyTasks);
        QObject::connect(&rig.store, &ClusterStore::updated, &rig.agents,
                         [&rig] { rig.agents.setTasksKnown(rig.store.hasTasks()); });
        auto running = [&rig](const QString& agent) {
            return rig.agents.index(rig.agents.rowOf(agent), AgentsModel::Tasks).data();
        };
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QCOMPARE(running(QStringLiteral("A-S0")), QVariant(1)); // web.1
        QCOMPARE(running(QStringLiteral("A-S1")), QVariant(0)); // gpu.1 only stages: 0, not blank
        QSignalSpy changed(&rig.agents, &QAbstractItemModel::dataChanged);
        QVERIFY(
            ingest(rig.store, read(QStringLiteral("state-1.4-next.json")), ClusterStore::Document::State));
        QCOMPARE(running(QStringLiteral("A-S1")), QVariant(1)); // api.1 runs there now
        QCOMPARE(running(QStringLiteral("A-S0")), QVariant(1));
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&rig](const QList<QVariant>& args) {
            const auto from = args.at(0).toModelIndex();
            return from.column() <= AgentsModel::Tasks &&
                   args.at(1).toModelIndex().column() >= AgentsModel::Tasks &&
                   from.row() == rig.agents.rowOf(QStringLiteral("A-S1"));
        }));

        Rig events;
        QObject::connect(&events.store, &ClusterStore::tasksChanged, &events.agents,
                         &AgentsModel::applyTasks);
        QObject::connect(&events.store, &ClusterStore::updated, &events.agents,
                         [&events] { events.agents.setTasksKnown(events.store.hasTasks()); });
        QVERIFY(
            ingest(events.store, read(QStringLiteral("v1-get-state.json")), ClusterStore::Document::V1State));
        const QModelIndex cell =
            events.agents.index(events.agents.rowOf(QStringLiteral("A-9")), AgentsModel::Tasks);
        const int before = cell.data().toInt();
        QVERIFY2(before >= 1, "v1-get-state.json runs v1task.1 on A-9");
        const QByteArray lost = R"({"type":"TASK_UPDATED","task_updated":{"framework_id":{"value":"F-9"},
            "state":"TASK_LOST","status":{"task_id":{"value":"v1task.1"},"state":"TASK_LOST","source":"SOURCE_MASTER",
            "agent_id":{"value":"A-9"},"timestamp":1600009000.25}}})";
        events.store.applyEvents({MesosJsonParser::parseEvent(lost).value});
        QCOMPARE(cell.data().toInt(), before - 1);
    }

    // AGENT_REMOVED alone does not say unreachable; the master's count of unreachable agents does.
    void unreachableCountNamesTheKind() {
        Rig rig;
        QVERIFY(
            ingest(rig.store, read(QStringLiteral("v1-get-state.json")), ClusterStore::Document::V1State));
        rig.store.applyEvents({MesosJsonParser::parseEvent(
                                   R"({"type":"AGENT_REMOVED","agent_removed":{"agent_id":{"value":"A-9"}}})")
                                   .value});
        QCOMPARE(rig.store.goneAgents().value(QStringLiteral("A-9"))->presence,
                 MesosAgent::Presence::Removed);
        QSignalSpy changed(&rig.agents, &QAbstractItemModel::dataChanged);
        MesosMetrics metrics;
        metrics.values.insert(QStringLiteral("master/slaves_unreachable"), 1);
        rig.store.setMetrics(metrics);
        QCOMPARE(rig.store.goneAgents().value(QStringLiteral("A-9"))->presence,
                 MesosAgent::Presence::Unreachable);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rig.agents.index(0, 0).data(MesosRoles::CategoriesRole).toStringList(),
                 QStringList{QStringLiteral("unreachable")});
    }

    // Agents on one host are told apart: host:port, and the short id where the host repeats
    // (a restarted agent gets a new id on the same port); tasks name their agent the same way.
    void agentLabelsTellAgentsApart() {
        QHash<QString, MesosAgentPtr> agents;
        for (int i = 0; i < 3; ++i) {
            auto a = std::make_shared<MesosAgent>();
            a->id = QStringLiteral("4f2c9a7e-1b2d-4e5f-9a8b-7c6d5e4f3a2b-S%1").arg(i);
            a->hostname = QStringLiteral("127.0.0.1");
            a->pid = QStringLiteral("slave(1)@127.0.0.1:%1").arg(5051 + i);
            agents.insert(a->id, a);
        }
        auto other = std::make_shared<MesosAgent>();
        other->id = QStringLiteral("X-S9");
        other->hostname = QStringLiteral("a9.example");
        other->pid = QStringLiteral("slave(1)@10.0.0.9:5051");
        agents.insert(other->id, other);
        AgentLabels labels;
        QVERIFY(labels.rebuild(agents));
        QCOMPARE(labels.label(QStringLiteral("4f2c9a7e-1b2d-4e5f-9a8b-7c6d5e4f3a2b-S1")),
                 QStringLiteral("127.0.0.1:5052 (S1)"));
        QCOMPARE(labels.label(QStringLiteral("X-S9")), QStringLiteral("a9.example:5051"));
        QVERIFY(!labels.rebuild(agents)); // nothing changed
        AgentsModel model(&labels);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(agents);
        QSet<QString> shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            shown.insert(model.index(row, AgentsModel::Hostname).data().toString());
            // Every id readable whole, however the view elides it.
            QCOMPARE(model.index(row, AgentsModel::Id).data(Qt::ToolTipRole).toString(), model.at(row)->id);
            QVERIFY(model.index(row, AgentsModel::Hostname)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(model.at(row)->id));
            QCOMPARE(model.index(row, AgentsModel::Gpus).data().toString(),
                     QStringLiteral("0")); // zero, not blank
        }
        QCOMPARE(shown.size(), 4);
    }

    void events() {
        Rig rig;
        QVERIFY(ingest(rig.store, read(QStringLiteral("v1-get-state.json")), ClusterStore::Document::V1State));
        QCOMPARE(rig.tasks.rowCount(), 1);
        const QByteArray stream = read(QStringLiteral("subscribe.recordio"));
        RecordIoDecoder decoder;
        QList<MesosEvent> events;
        const QList<QByteArray> records = decoder.feed(stream);
        for (qsizetype i = 1; i < records.size(); ++i)
            events.append(MesosJsonParser::parseEvent(records.at(i)).value);
        QSignalSpy frameworksChanged(&rig.frameworks, &QAbstractItemModel::dataChanged);
        rig.store.applyEvents(events.mid(0, 2)); // heartbeat + TASK_ADDED
        QCOMPARE(rig.tasks.rowCount(), 2);
        rig.store.applyEvents(events.mid(2)); // updates, agent added+removed, framework added+removed
        QCOMPARE(rig.tasks.rowCount(), 2);
        const int row = rig.tasks.rowOf(MesosKeys::task(QStringLiteral("F-9"), QStringLiteral("new.1")));
        QCOMPARE(rig.tasks.index(row, TasksModel::State).data(MesosRoles::SortRole).toInt(), int(MesosTaskState::Running));
        const int killed = rig.tasks.rowOf(MesosKeys::task(QStringLiteral("F-9"), QStringLiteral("v1task.1")));
        QCOMPARE(rig.tasks.index(killed, TasksModel::State).data().toString(), QStringLiteral("Killed"));
        QCOMPARE(rig.agents.rowCount(), 1);     // A-10 came and went within the batch
        // F-10 came and was removed: listed as completed, as GET_STATE lists it from then on.
        QCOMPARE(rig.frameworks.rowCount(), 2);
        QVERIFY(rig.store.frameworks().value(QStringLiteral("F-10"))->completed);
        QVERIFY(!rig.store.frameworks().value(QStringLiteral("F-10"))->active);
        const int removed = rig.frameworks.rowOf(QStringLiteral("F-10"));
        QCOMPARE(rig.frameworks.index(removed, FrameworksModel::Active).data().toString(),
                 QStringLiteral("completed"));
        QVERIFY(rig.frameworks.index(removed, FrameworksModel::Active)
                    .data(MesosRoles::CategoriesRole)
                    .toStringList()
                    .contains(QStringLiteral("completed")));
        const MesosFrameworkPtr fw = rig.store.frameworks().value(QStringLiteral("F-9"));
        QCOMPARE(fw->taskCounts[size_t(MesosTaskState::Killed)], 1);
        QCOMPARE(fw->taskCounts[size_t(MesosTaskState::Running)], 1);
        QVERIFY(frameworksChanged.size() >= 1);
    }

    void proxyFilterAndSort() {
        Rig rig;
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        MesosFilterProxy proxy;
        proxy.setSourceModel(&rig.tasks);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(TasksModel::Cpus, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TasksModel::Name).data().toString(), QStringLiteral("web"));
        proxy.setFilterText(QStringLiteral("GPU"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("a0.example web"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText({});
        proxy.setCategory(QStringLiteral("terminal"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCategory(QStringLiteral("TASK_STAGING"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCategory({});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void syntheticScale() {
        Rig rig;
        QVERIFY(ingest(rig.store, SyntheticCluster::masterState(50, 2000, 5), ClusterStore::Document::State));
        QCOMPARE(rig.agents.rowCount(), 50);
        QCOMPARE(rig.tasks.rowCount(), 2000);
        QSignalSpy removed(&rig.tasks, &QAbstractItemModel::rowsRemoved);
        QVERIFY(ingest(rig.store, SyntheticCluster::masterState(50, 1900, 5), ClusterStore::Document::State));
        QCOMPARE(rig.tasks.rowCount(), 1900);
        QVERIFY(removed.size() >= 1);
        // Events from the generator apply to the rows they name.
        QList<MesosEvent> events;
        for (const QByteArray& e : SyntheticCluster::taskUpdatedEvents(50, 1900, 200, 5))
            events.append(MesosJsonParser::parseEvent(e).value);
        QSignalSpy changed(&rig.tasks, &QAbstractItemModel::dataChanged);
        rig.store.applyEvents(events);
        QVERIFY(changed.size() >= 1);
    }

    // A big fill arrives in slices across event-loop turns; a second identical document moves
    // the rows to its objects (so the first document can be freed) without any row signal;
    // removals keep every remaining key pointing at its row.
    void bigFillSlicesAndGenerations() {
        Rig rig;
        const int tasks = int(TasksModel::SliceRows) + 100;
        const QByteArray first = SyntheticCluster::masterState(10, tasks, 9);
        QSignalSpy inserted(&rig.tasks, &QAbstractItemModel::rowsInserted);
        QVERIFY(ingest(rig.store, first, ClusterStore::Document::State));
        QVERIFY(rig.tasks.pendingRows() > 0); // not all in the same turn
        QVERIFY(TestEnvironment::waitUntil([&] { return rig.tasks.pendingRows() == 0; }, 10000));
        QCOMPARE(rig.tasks.rowCount(), tasks);
        QVERIFY(inserted.size() >= 2);

        const MesosTaskPtr before = rig.tasks.at(0);
        QSignalSpy changed(&rig.tasks, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&rig.tasks, &QAbstractItemModel::rowsRemoved);
        QVERIFY(ingest(rig.store, first, ClusterStore::Document::State)); // same content, new objects
        QVERIFY(TestEnvironment::waitUntil([&] { return rig.tasks.at(0) != before; }, 10000));
        QCOMPARE(rig.tasks.at(0).get(), rig.store.tasks().value(MesosKeys::of(*before)).get());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(removed.size(), 0);

        QVERIFY(ingest(rig.store, SyntheticCluster::masterState(10, tasks - 50, 9), ClusterStore::Document::State));
        QCOMPARE(rig.tasks.rowCount(), tasks - 50);
        for (int row = 0; row < rig.tasks.rowCount(); ++row)
            QCOMPARE(rig.tasks.rowOf(MesosKeys::of(*rig.tasks.at(row))), row);
    }

    // Amounts read in the interface's language: French and German write a decimal comma.
    void scalarsFollowTheLocale() {
        const QLocale before;
        QCOMPARE(MesosFormat::scalar(1.9), QStringLiteral("1.9"));
        QCOMPARE(MesosFormat::scalar(12.0), QStringLiteral("12"));
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
        QCOMPARE(MesosFormat::scalar(1.9), QStringLiteral("1,9"));
        QCOMPARE(MesosFormat::scalar(10.0), QStringLiteral("10"));
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        QCOMPARE(MesosFormat::scalar(0.25), QStringLiteral("0,25"));
        QCOMPARE(MesosFormat::memory(23.3 * 1024), QStringLiteral("23,3 GiB"));
        QLocale::setDefault(before);
    }

    void agentPorts() {
        QCOMPARE(MesosFormat::portCount(QStringLiteral("[31000-31009, 32000-32000]")), 11);
        QCOMPARE(MesosFormat::portCount(QStringLiteral("[]")), 0);
        QCOMPARE(MesosFormat::portCount(QStringLiteral("[5-1, x-y]")), 0); // nonsense counts nothing
        Rig rig;
        QVERIFY(ingest(rig.store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        const int row = rig.agents.rowOf(QStringLiteral("A-S0"));
        QVERIFY(row >= 0);
        const QModelIndex ports = rig.agents.index(row, AgentsModel::Ports);
        QCOMPARE(ports.data().toString(), QStringLiteral("0 / 1001"));
        QCOMPARE(ports.data(MesosRoles::FractionRole).toDouble(), 0.0);
        QVERIFY(ports.data(Qt::ToolTipRole).toString().contains(QStringLiteral("[31000-32000]")));
    }

    void timeSeriesIsBoundedByAge() {
        TimeSeries series({QStringLiteral("a")}, 1000);
        series.setMaxAge(100);
        for (int i = 0; i <= 500; i += 10)
            series.append(i, {double(i)});
        QCOMPARE(series.samples().first().msecsSinceEpoch, 400);
        QCOMPARE(series.firstAtOrAfter(455), series.size() - 5);
        QCOMPARE(series.firstAtOrAfter(501), series.size());
    }

    // The history belongs to the cluster: the store of a reconnect to the same cluster keeps it,
    // another cluster's starts it over; clear() forgets it.
    void historyKeptForTheSameCluster() {
        ClusterHistory history;
        history.setMinimumInterval(0);
        auto first = std::make_unique<ClusterStore>();
        first->setClusterKey(QStringLiteral("zk://zk1:2181/mesos"));
        history.setStore(first.get());
        QVERIFY(ingest(*first, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QVERIFY(ingest(*first, read(QStringLiteral("state-1.4-next.json")), ClusterStore::Document::State));
        const int samples = history.allocation()->size();
        QVERIFY(samples >= 2);
        history.setStore(nullptr);
        first.reset(); // the old session is gone
        ClusterStore again;
        again.setClusterKey(QStringLiteral("zk://zk1:2181/mesos"));
        history.setStore(&again);
        QCOMPARE(history.allocation()->size(), samples);
        QVERIFY(ingest(again, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QCOMPARE(history.allocation()->size(), samples + 1);
        ClusterStore elsewhere;
        elsewhere.setClusterKey(QStringLiteral("http://other:5050"));
        history.setStore(&elsewhere);
        QCOMPARE(history.allocation()->size(), 0);
        QVERIFY(ingest(elsewhere, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QCOMPARE(history.allocation()->size(), 1);
        history.clear();
        QVERIFY(history.allocation()->isEmpty() && history.tasks()->isEmpty());
    }

    void timeSeriesIsBounded() {
        TimeSeries series({QStringLiteral("a"), QStringLiteral("b")}, 3);
        for (int i = 0; i < 10; ++i)
            series.append(i, {double(i)});
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.samples().first().msecsSinceEpoch, 7);
        QVERIFY(std::isnan(series.samples().last().values.at(1)));
    }

    void historyRecordsAndExplains() {
        ClusterStore store;
        ClusterHistory history(&store, 10);
        history.setMinimumInterval(0);
        QVERIFY(history.emptyReason(history.allocation()).contains(QStringLiteral("not available")));
        QVERIFY(ingest(store, read(QStringLiteral("state-1.4.json")), ClusterStore::Document::State));
        QVERIFY(history.allocation()->size() >= 1);
        QVERIFY(history.emptyReason(history.allocation()).contains(QStringLiteral("Collecting")));
        store.setMetrics(MesosJsonParser::parseMetrics(read(QStringLiteral("metrics.json"))).value);
        QVERIFY(history.emptyReason(history.allocation()).isEmpty());
        QCOMPARE(history.tasks()->samples().last().values.at(ClusterHistory::Running), 1.0); // from the metrics
        history.setSourceProblem(QStringLiteral("HTTP 500"));
        QVERIFY(history.emptyReason(history.allocation()).isEmpty()); // data is data, even if stale
    }
};

QTEST_GUILESS_MAIN(TestMesosModels)
#include "tst_mesosmodels.moc"
