#include "AgentsModel.h"
#include "ChartsPage.h"
#include "ClusterHistory.h"
#include "FrameworksModel.h"
#include "ManualClock.h"
#include "MesosClusterPages.h"
#include "MesosDetailPane.h"
#include "MesosFilterProxy.h"
#include "MesosTablePage.h"
#include "OverviewPanel.h"
#include "SyntheticCluster.h"
#include "TasksModel.h"
#include "TestEnvironment.h"
#include "TimeSeries.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosJsonParser.h"
#include "mesos/MesosKeys.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

// The cluster view's widgets, offscreen: filter as you type, sort, selection kept across
// updates, detail pane, charts and their empty states. Screenshots go to $MESOSDESK_SCREENSHOTS.
class TestClusterView : public QObject {
    Q_OBJECT

    static bool ingest(ClusterStore& store, const QByteArray& bytes, ClusterStore::Document kind) {
        bool done = false;
        store.ingest(bytes, kind, [&](const QString&) { done = true; });
        return TestEnvironment::waitUntil([&] { return done; }, 20000);
    }
    // Three agents on 127.0.0.1 (ports 5051-5053), ids "<prefix>-S<i>", 4 cpus and 8 GiB each.
    template <typename UsedCpus>
    static QJsonArray agentsOnLoopback(const QString& idPrefix, UsedCpus usedCpus) {
        QJsonArray slaves;
        for (int i = 0; i < 3; ++i)
            slaves.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("%1-S%2").arg(idPrefix).arg(i)},
                {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                {QStringLiteral("pid"), QStringLiteral("slave(1)@127.0.0.1:%1").arg(5051 + i)},
                {QStringLiteral("resources"),
                 QJsonObject{{QStringLiteral("cpus"), 4}, {QStringLiteral("mem"), 8192}}},
                {QStringLiteral("used_resources"),
                 QJsonObject{{QStringLiteral("cpus"), usedCpus(i)}, {QStringLiteral("mem"), 1024}}},
                {QStringLiteral("active"), true}});
        return slaves;
    }
    static void shoot(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // test-mode settings outlive a run: each run starts as a first use
    }
    void cleanup() { Clock::resetInstance(); }

    void tablesFilterSortAndKeepSelection() {
        QTabWidget tabs;
        tabs.resize(1300, 800);
        ClusterStore store;
        MesosClusterPages pages(&tabs);
        tabs.insertTab(0, pages.overview(), QStringLiteral("Overview"));
        auto* clock = new ManualClock; // the charts' samples are taken apart by the clock
        Clock::setInstance(clock);
        pages.attach(&store, nullptr);
        QVERIFY(!pages.chartsPage()->placeholderText(0).isEmpty()); // empty chart says why
        pages.history()->setMinimumInterval(0);
        QVERIFY(ingest(store, SyntheticCluster::masterState(40, 400, 2), ClusterStore::Document::State));
        store.setMetrics(MesosJsonParser::parseMetrics(SyntheticCluster::metricsSnapshot(40, 400, 2)).value);
        tabs.show();

        MesosTablePage* tasks = pages.tasksPage();
        QTableView* view = tasks->view();
        QCOMPARE(view->model()->rowCount(), 400);

        // Sort by CPUs, descending.
        view->sortByColumn(TasksModel::Cpus, Qt::DescendingOrder);
        const double top = view->model()->index(0, TasksModel::Cpus).data(MesosRoles::SortRole).toDouble();
        const double bottom = view->model()->index(399, TasksModel::Cpus).data(MesosRoles::SortRole).toDouble();
        QVERIFY(top >= bottom && top > 0);

        // Filter as you type.
        QTest::keyClicks(tasks->filterEdit(), QStringLiteral("app-001"));
        QVERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < 400);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(view->model()->index(r, TasksModel::Name).data().toString().startsWith(QStringLiteral("app-001")));
        tasks->filterEdit()->clear();
        const int failedIndex = tasks->categoryBox()->findData(QStringLiteral("TASK_FAILED"));
        tasks->categoryBox()->setCurrentIndex(failedIndex);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QCOMPARE(view->model()->index(r, TasksModel::State).data().toString(), QStringLiteral("Failed"));
        tasks->categoryBox()->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 400);

        // Select a task, then update the cluster: the selection follows the task.
        const QString key = MesosKeys::task(SyntheticCluster::frameworkId(0, 2), SyntheticCluster::taskId(100, 2));
        const int sourceRow = pages.tasksModel()->rowOf(key);
        QVERIFY(sourceRow >= 0);
        const QModelIndex proxyIndex = tasks->proxy()->mapFromSource(pages.tasksModel()->index(sourceRow, 0));
        view->setCurrentIndex(proxyIndex);
        view->selectionModel()->select(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(tasks->selectedKey(), key);
        QVERIFY(tasks->detail()->rawJson().contains(SyntheticCluster::taskId(100, 2)));
        QVERIFY(ingest(store, SyntheticCluster::masterState(40, 300, 2), ClusterStore::Document::State)); // 100 fewer
        QCOMPARE(view->model()->rowCount(), 300);
        QCOMPARE(tasks->selectedKey(), key);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().data(MesosRoles::KeyRole).toString(), key);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(TasksModel::Cpus));

        // Copy the id.
        tasks->copySelectedId();
        QCOMPARE(QApplication::clipboard()->text(), SyntheticCluster::taskId(100, 2));

        // A status update from the event stream refreshes the selected task's fields and raw JSON.
        const QByteArray update = "{\"type\":\"TASK_UPDATED\",\"task_updated\":{\"framework_id\":{\"value\":\"" +
                                  SyntheticCluster::frameworkId(0, 2).toUtf8() +
                                  "\"},\"state\":\"TASK_FAILED\",\"status\":{\"task_id\":{\"value\":\"" +
                                  SyntheticCluster::taskId(100, 2).toUtf8() +
                                  "\"},\"state\":\"TASK_FAILED\",\"message\":\"oom-killed\",\"timestamp\":1700000000.5}}}";
        const auto event = MesosJsonParser::parseEvent(update);
        QVERIFY2(event.ok(), qPrintable(event.error));
        store.applyEvents({event.value});
        const QTableWidget* fields = tasks->detail()->fields();
        QString shownState;
        for (int r = 0; r < fields->rowCount(); ++r)
            if (fields->item(r, 0)->text() == QStringLiteral("State"))
                shownState = fields->item(r, 1)->text();
        QCOMPARE(shownState, QStringLiteral("Failed"));
        QVERIFY(tasks->detail()->rawJson().contains(QStringLiteral("oom-killed")));
        QVERIFY(tasks->detail()->rawJson().contains(SyntheticCluster::taskId(100, 2)));

        // Agents page: bars, filter by category.
        MesosTablePage* agents = pages.agentsPage();
        agents->categoryBox()->setCurrentIndex(agents->categoryBox()->findData(QStringLiteral("inactive")));
        QCOMPARE(agents->view()->model()->rowCount(), 0); // 40 agents: the 100th would be inactive
        agents->categoryBox()->setCurrentIndex(0);
        agents->view()->sortByColumn(AgentsModel::Cpus, Qt::DescendingOrder);
        agents->view()->selectRow(0);

        // A few more samples for the charts.
        for (int i = 0; i < 3; ++i) {
            clock->advance(5000);
            QVERIFY(ingest(store, SyntheticCluster::masterState(40, 300 + 30 * i, 2),
                           ClusterStore::Document::State));
        }
        QVERIFY(pages.history()->allocation()->size() >= 2);
        // Charts are drawn where they can be seen: samples that came while the tab was hidden
        // are drawn when it is shown.
        QVERIFY(!pages.chartsPage()->placeholderText(0).isEmpty());
        tabs.setCurrentWidget(pages.chartsPage());
        QTRY_VERIFY(pages.chartsPage()->placeholderText(0).isEmpty());
        QVERIFY(pages.chartsPage()->placeholderText(2).isEmpty());
        // A line per task state, each of its own colour (the chart theme's palette repeats after five).
        const auto* tasksChart = pages.chartsPage()->findChild<QStackedWidget*>(QStringLiteral("tasksChart"));
        QVERIFY(tasksChart);
        const QList<QAbstractSeries*> lines = tasksChart->findChild<QChartView*>()->chart()->series();
        QCOMPARE(lines.size(), 7);
        QSet<QRgb> colours;
        for (QAbstractSeries* line : lines)
            colours.insert(qobject_cast<QLineSeries*>(line)->color().rgb());
        QCOMPARE(colours.size(), lines.size());
        QVERIFY(pages.overview()->text().contains(QStringLiteral("Active: 40")));

        const QStringList names{QStringLiteral("cluster-overview"), QStringLiteral("cluster-agents"),
                                QStringLiteral("cluster-frameworks"), QStringLiteral("cluster-tasks"),
                                QStringLiteral("cluster-charts")};
        for (int i = 0; i < names.size(); ++i) {
            tabs.setCurrentIndex(i);
            TestEnvironment::settleLayouts();
            shoot(&tabs, names.at(i));
        }
    }

    // Agents that share a host (several on one machine, or the devcluster's loopback) keep a bar
    // each: the category axis would merge equal labels, bars and all.
    void agentsOnOneHostKeepTheirBars() {
        ClusterStore store;
        QTabWidget tabs;
        MesosClusterPages pages(&tabs);
        pages.attach(&store, nullptr);
        const QJsonArray slaves = agentsOnLoopback(QStringLiteral("C"), [](int i) { return i + 1; });
        const QJsonObject state{{QStringLiteral("slaves"), slaves}, {QStringLiteral("frameworks"), QJsonArray()}};
        QVERIFY(ingest(store, QJsonDocument(state).toJson(), ClusterStore::Document::State));
        pages.chartsPage()->refresh();
        QVERIFY(pages.chartsPage()->placeholderText(2).isEmpty());
        const QChart* chart = pages.chartsPage()->findChild<QStackedWidget*>(QStringLiteral("agentsChart"))
                                  ->findChild<QChartView*>()
                                  ->chart();
        auto* hosts = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(hosts);
        // Bottom to top, least allocated first.
        QCOMPARE(hosts->categories(), (QStringList{QStringLiteral("127.0.0.1:5051"), QStringLiteral("127.0.0.1:5052"),
                                                   QStringLiteral("127.0.0.1:5053")}));
        auto* bars = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().value(0)->count(), 3);
        QCOMPARE(bars->barSets().value(0)->at(2), 75.0); // 3 of 4 cpus
    }

    // Three agents on one host, two tasks on the first; it is lost. It stays listed (greyed, when and
    // why) until cleared, the filter finds it, the Overview counts what the table lists, the tasks
    // name their agent as host:port with its short id, and the tables fit 1024 and 1600 px.
    void lostAgentStaysListedAndCountsAgree() {
        QSettings().clear(); // a first use: the tables choose their columns for the width
        QTabWidget tabs;
        ClusterStore store;
        MesosClusterPages pages(&tabs);
        tabs.insertTab(0, pages.overview(), QStringLiteral("Overview"));
        pages.attach(&store, nullptr);
        const QJsonArray slaves = agentsOnLoopback(QStringLiteral("0d6b4f1e-7c3a-4b8e-9f21-5a6c7d8e9f01"),
                                                   [](int i) { return i == 0 ? 2 : 0; });
        const QString agent0 = QStringLiteral("0d6b4f1e-7c3a-4b8e-9f21-5a6c7d8e9f01-S0");
        QJsonArray tasks;
        for (int i = 0; i < 2; ++i)
            tasks.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("web.%1").arg(i)},
                            {QStringLiteral("name"), QStringLiteral("web")},
                            {QStringLiteral("framework_id"), QStringLiteral("F-1")},
                            {QStringLiteral("slave_id"), agent0},
                            {QStringLiteral("state"), QStringLiteral("TASK_RUNNING")},
                            {QStringLiteral("resources"),
                             QJsonObject{{QStringLiteral("cpus"), 1}, {QStringLiteral("mem"), 128}}},
                            {QStringLiteral("statuses"),
                             QJsonArray{QJsonObject{{QStringLiteral("state"), QStringLiteral("TASK_RUNNING")},
                                                    {QStringLiteral("timestamp"), 1700000000.0}}}}});
        const QJsonObject framework{{QStringLiteral("id"), QStringLiteral("F-1")},
                                    {QStringLiteral("name"), QStringLiteral("marathon")},
                                    {QStringLiteral("active"), true},
                                    {QStringLiteral("tasks"), tasks}};
        const QJsonObject state{{QStringLiteral("slaves"), slaves},
                                {QStringLiteral("frameworks"), QJsonArray{framework}}};
        QVERIFY(ingest(store, QJsonDocument(state).toJson(), ClusterStore::Document::State));
        QCOMPARE(pages.agentsModel()->rowCount(), 3);

        // Told apart before anything happens: host:port and the short id, as the tasks say too.
        QSet<QString> labels;
        for (int row = 0; row < 3; ++row)
            labels.insert(pages.agentsModel()->index(row, AgentsModel::Hostname).data().toString());
        QCOMPARE(labels,
                 (QSet<QString>{QStringLiteral("127.0.0.1:5051 (S0)"), QStringLiteral("127.0.0.1:5052 (S1)"),
                                QStringLiteral("127.0.0.1:5053 (S2)")}));
        const int web0 =
            pages.tasksModel()->rowOf(MesosKeys::task(QStringLiteral("F-1"), QStringLiteral("web.0")));
        QCOMPARE(pages.tasksModel()->index(web0, TasksModel::Agent).data().toString(),
                 QStringLiteral("127.0.0.1:5051 (S0)"));
        QVERIFY(pages.tasksModel()
                    ->index(web0, TasksModel::Agent)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(agent0));
        QCOMPARE(pages.agentsPage()->view()->textElideMode(), Qt::ElideMiddle);
        QCOMPARE(pages.tasksPage()->view()->textElideMode(), Qt::ElideMiddle);
        QVERIFY(!pages.clearGoneAgentsAction()->isEnabled());

        // The master loses it: its tasks lost (its reason, its time), then AGENT_REMOVED.
        QList<MesosEvent> events;
        for (int i = 0; i < 2; ++i) {
            const QByteArray lost =
                "{\"type\":\"TASK_UPDATED\",\"task_updated\":{\"framework_id\":{\"value\":\"F-1\"},"
                "\"state\":\"TASK_LOST\",\"status\":{\"task_id\":{\"value\":\"web." +
                QByteArray::number(i) +
                "\"},\"state\":\"TASK_LOST\",\"source\":\"SOURCE_MASTER\",\"reason\":\"REASON_AGENT_"
                "REMOVED\",\"message\":\"health check timed out\",\"timestamp\":1700000100.5}}}";
            events.append(MesosJsonParser::parseEvent(lost).value);
        }
        events.append(MesosJsonParser::parseEvent(
                          "{\"type\":\"AGENT_REMOVED\",\"agent_removed\":{\"agent_id\":{\"value\":\"" +
                          agent0.toUtf8() + "\"}}}")
                          .value);
        store.applyEvents(events);
        QCOMPARE(pages.agentsModel()->rowCount(), 3); // still listed
        QVERIFY(pages.clearGoneAgentsAction()->isEnabled());
        QComboBox* states = pages.agentsPage()->categoryBox();
        QVERIFY(states->findData(QStringLiteral("unreachable")) > 0 &&
                states->findData(QStringLiteral("removed")) > 0);
        states->setCurrentIndex(states->findData(QStringLiteral("unreachable")));
        QCOMPARE(pages.agentsPage()->view()->model()->rowCount(), 1);
        const QString status =
            pages.agentsPage()->view()->model()->index(0, AgentsModel::Active).data().toString();
        QVERIFY2(status.contains(QStringLiteral("unreachable since")) &&
                     status.contains(QStringLiteral("health check timed out")),
                 qPrintable(status));
        QCOMPARE(pages.tasksModel()->index(web0, TasksModel::State).data().toString(),
                 QStringLiteral("Lost"));
        QCOMPARE(pages.tasksModel()->index(web0, TasksModel::Agent).data().toString(),
                 QStringLiteral("127.0.0.1:5051 (S0)"));

        // The Overview counts what the table lists, state by state.
        auto countsAgree = [&] {
            for (int i = 1; i < states->count(); ++i) {
                states->setCurrentIndex(i);
                const int listed = pages.agentsPage()->view()->model()->rowCount();
                if (pages.overview()->agentCounts().value(states->itemData(i).toString()) != listed) {
                    qWarning() << states->itemData(i).toString() << listed << pages.overview()->agentCounts();
                    return false;
                }
            }
            states->setCurrentIndex(0);
            return true;
        };
        QVERIFY(countsAgree());
        QVERIFY2(pages.overview()->text().contains(QStringLiteral("Unreachable: 1\n")),
                 qPrintable(pages.overview()->text()));
        QVERIFY(pages.overview()->text().contains(QStringLiteral("CPUs: 0 used · 8 free · 8 total")));

        // At both sizes, the tables fit (no sideways scrolling) and read: screenshots with the lost agent.
        tabs.show();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            tabs.resize(size);
            for (int i = 0; i < tabs.count(); ++i) {
                tabs.setCurrentIndex(i);
                TestEnvironment::settleLayouts();
                shoot(&tabs, QStringLiteral("lost-agent-%1-%2x%3")
                                 .arg(tabs.tabText(i).toLower())
                                 .arg(size.width())
                                 .arg(size.height()));
            }
            for (MesosTablePage* page : {pages.agentsPage(), pages.frameworksPage(), pages.tasksPage()}) {
                tabs.setCurrentWidget(page->parentWidget());
                QTRY_COMPARE_WITH_TIMEOUT(page->view()->horizontalScrollBar()->maximum(), 0, 5000);
            }
        }

        // Cleared by the operator: only now does it go, and the counts still agree.
        pages.clearGoneAgentsAction()->trigger();
        QCOMPARE(pages.agentsModel()->rowCount(), 2);
        QVERIFY(!pages.clearGoneAgentsAction()->isEnabled());
        QVERIFY(countsAgree());
    }

    // The allocation axis fits the data: 2.5% is not a line on the floor. The range is chosen.
    void allocationAxisFitsAndRangeIsChosen() {
        QCOMPARE(ChartsPage::niceMaximum(2.5), 5.0);
        QCOMPARE(ChartsPage::niceMaximum(0.4), 0.5);
        QCOMPARE(ChartsPage::niceMaximum(40), 50.0);
        QCOMPARE(ChartsPage::niceMaximum(95), 100.0);
        QCOMPARE(ChartsPage::niceMaximum(0), 1.0);
        QTabWidget tabs;
        ClusterStore store;
        MesosClusterPages pages(&tabs);
        tabs.insertTab(0, pages.overview(), QStringLiteral("Overview"));
        auto* clock = new ManualClock; // the second sample comes later by the clock
        Clock::setInstance(clock);
        pages.attach(&store, nullptr);
        pages.history()->setMinimumInterval(0);
        tabs.setCurrentWidget(pages.chartsPage());
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QJsonArray slaves;
        for (int i = 0; i < 10; ++i)
            slaves.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("D-S%1").arg(i)},
                {QStringLiteral("hostname"), QStringLiteral("a%1.example").arg(i)},
                {QStringLiteral("resources"), QJsonObject{{QStringLiteral("cpus"), 4}}},
                {QStringLiteral("used_resources"), QJsonObject{{QStringLiteral("cpus"), i == 0 ? 1 : 0}}},
                {QStringLiteral("active"), true}});
        const QByteArray state = QJsonDocument(QJsonObject{{QStringLiteral("slaves"), slaves}}).toJson();
        QVERIFY(ingest(store, state, ClusterStore::Document::State));
        clock->advance(5000);
        store.setMetrics({}); // a second sample
        QVERIFY(pages.history()->allocation()->size() >= 2);
        QVERIFY(pages.chartsPage()->placeholderText(0).isEmpty());
        QCOMPARE(pages.chartsPage()->allocationAxisMax(), 5.0); // 1 of 40 cpus: 2.5%
        QComboBox* range = pages.chartsPage()->rangeBox();
        QCOMPARE(range->count(), 3);
        QCOMPARE(pages.chartsPage()->rangeMsecs(), qint64(15) * 60 * 1000);
        range->setCurrentIndex(2);
        QCOMPARE(pages.chartsPage()->rangeMsecs(), ClusterHistory::MaxAgeMsecs);
        QCOMPARE(pages.history()->allocation()->maxAge(), ClusterHistory::MaxAgeMsecs); // bounded
        range->setCurrentIndex(0);
        tabs.setCurrentWidget(pages.chartsPage());
        tabs.show();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            tabs.resize(size);
            TestEnvironment::settleLayouts();
            shoot(&tabs, QStringLiteral("charts-low-allocation-%1x%2").arg(size.width()).arg(size.height()));
            // Time labels are never cut ("01:11…"): as many as fit side by side in each plot. Qt
            // Charts elides a label short of its full spacing (5 labels 62 px apart were cut).
            for (const char* name : {"allocationChart", "tasksChart"}) {
                auto* view = pages.chartsPage()->findChild<QChartView*>();
                for (QChartView* candidate : pages.chartsPage()->findChildren<QChartView*>())
                    if (candidate->parentWidget()->objectName() == QLatin1String(name))
                        view = candidate;
                QVERIFY2(view->parentWidget()->objectName() == QLatin1String(name), name);
                QVERIFY2(view->isVisible(),
                         qPrintable(QStringLiteral("%1 shows data").arg(QLatin1String(name))));
                auto* axis = qobject_cast<QDateTimeAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
                QVERIFY(axis);
                const int text =
                    QFontMetrics(axis->labelsFont()).horizontalAdvance(QStringLiteral("00:00:00"));
                const qreal spacing = view->chart()->plotArea().width() / std::max(1, axis->tickCount() - 1);
                QVERIFY2(spacing >= text + 16,
                         qPrintable(QStringLiteral("%1 at %2: %3 labels %4 px apart, each %5 px")
                                        .arg(QLatin1String(name))
                                        .arg(size.width())
                                        .arg(axis->tickCount())
                                        .arg(spacing)
                                        .arg(text)));
            }
        }
    }

    void columnsAreRemembered() {
        {
            QTabWidget tabs;
            MesosClusterPages pages(&tabs);
            // Long values get room from the start: task ids, web UI addresses, host names.
            QVERIFY(pages.tasksPage()->view()->horizontalHeader()->sectionSize(TasksModel::Id) >= 300);
            QVERIFY(pages.frameworksPage()->view()->horizontalHeader()->sectionSize(FrameworksModel::WebUi) >= 240);
            QVERIFY(pages.agentsPage()->view()->horizontalHeader()->sectionSize(AgentsModel::Hostname) >= 200);
            pages.agentsPage()->view()->horizontalHeader()->setSectionHidden(AgentsModel::Version, true);
            pages.agentsPage()->view()->sortByColumn(AgentsModel::Mem, Qt::DescendingOrder);
        }
        QTabWidget tabs;
        MesosClusterPages pages(&tabs);
        QVERIFY(pages.agentsPage()->view()->horizontalHeader()->isSectionHidden(AgentsModel::Version));
        QCOMPARE(pages.agentsPage()->view()->horizontalHeader()->sortIndicatorSection(), int(AgentsModel::Mem));
    }
};

QTEST_MAIN(TestClusterView)
#include "tst_clusterview.moc"
