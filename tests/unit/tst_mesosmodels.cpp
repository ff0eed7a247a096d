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
        QCOMPARE(rig.tasks.index(webRow, TasksModel::Agent).data().toString(), QStringLiteral("a0.example"));
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
        QCOMPARE(rig.tasks.rowCount(), 3); // a summary has no tasks: they stay
        QCOMPARE(rig.agents.rowCount(), 1);
        QCOMPARE(rig.frameworks.rowCount(), 1);
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
        QCOMPARE(rig.frameworks.rowCount(), 1); // F-10 too
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
