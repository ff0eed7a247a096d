// The Agent page through the real MainWindow against the devcluster (real ZooKeeper): opened
// from the Agents table (Enter, the row action, double-click; one window per agent, raised when
// asked again), its header, resources and drain state, only its own tasks (stdout one action
// away in the Sandbox tab), its flags read from the agent and searched, the Drain tab reached
// with the agent selected, nothing clipped at 1024x700, and the page saying plainly that the
// agent went when the devcluster kills it.
// MESOSDESK_SCREENSHOTS=DIR saves the page at 1024x700 and 1600x1000 (MESOSDESK_SCREENSHOT_LANG=de).
#include "AgentDrainModel.h"
#include "AgentFlagsView.h"
#include "AgentOverviewView.h"
#include "AgentPage.h"
#include "AgentTasksModel.h"
#include "AgentsModel.h"
#include "DevClusterProcess.h"
#include "FlagsModel.h"
#include "LayoutAudit.h"
#include "MainWindow.h"
#include "MaintenancePage.h"
#include "MesosClusterPages.h"
#include "MesosTablePage.h"
#include "NoticeBar.h"
#include "ScreenshotLanguage.h"
#include "TestEnvironment.h"
#include "UrlOpener.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

class TestAgentPageDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;
    QString m_agentId;
    QString m_otherAgentId;

    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {}) {
        return m_devcluster.control(method, path, body);
    }
    ClusterStore* store() const { return m_window->session()->mesosStore(); }
    MesosClusterPages* cluster() const { return m_window->clusterPages(); }
    QTabWidget* mainTabs() const { return m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs")); }
    void shots(AgentPage* page, const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QSize before = page->size();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            page->resize(size);
            TestEnvironment::settleLayouts();
            QVERIFY(page->grab().save(
                QStringLiteral("%1/agent-%2-%3x%4.png").arg(dir, name).arg(size.width()).arg(size.height())));
        }
        page->resize(before);
    }
    int agentPagesOpen() const {
        int open = 0;
        for (QWidget* w : QApplication::topLevelWidgets())
            open += qobject_cast<AgentPage*>(w) && w->isVisible();
        return open;
    }
    void selectAgent(const QString& id) {
        MesosTablePage* agents = cluster()->agentsPage();
        mainTabs()->setCurrentWidget(agents->parentWidget());
        QVERIFY(agents->selectSourceRow(cluster()->agentsModel()->rowOf(id)));
        QCOMPARE(agents->selectedKey(), id);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installScreenshotLanguage(this);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 2));
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->mesosSource()->isStreaming() &&
                                     store()->agents().size() == 2,
                                 30000);
        const QJsonArray agents = control("GET", QStringLiteral("/state")).value(u"agents").toArray();
        m_agentId = agents.at(0).toObject().value(u"id").toString();
        m_otherAgentId = agents.at(1).toObject().value(u"id").toString();
        for (const QString& id : {QStringLiteral("agentpage-mine"), QStringLiteral("agentpage-other")})
            QCOMPARE(control("POST", QStringLiteral("/tasks"),
                             {{QStringLiteral("cmd"), QStringLiteral("echo hello-agent-page; sleep 600")},
                              {QStringLiteral("name"), id},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("agent"), id.endsWith(QLatin1String("mine")) ? 0 : 1},
                              {QStringLiteral("cpus"), 0.5},
                              {QStringLiteral("mem"), 32}})
                         .value(u"_status")
                         .toInt(),
                     201);
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(store()->tasks().cbegin(), store()->tasks().cend(),
                                               [](const MesosTaskPtr& t) {
                                                   return t->id.startsWith(QLatin1String("agentpage-")) &&
                                                          t->state == MesosTaskState::Running;
                                               }) == 2,
                                 20000);
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void opensFromTheAgentsTable() {
        selectAgent(m_agentId);
        QCOMPARE(agentPagesOpen(), 0);
        QTest::keyClick(cluster()->agentsPage()->view(), Qt::Key_Return);
        AgentPage* page = cluster()->agentPage(m_agentId);
        QVERIFY(page);
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QVERIFY(page->isWindow());
        QCOMPARE(agentPagesOpen(), 1);
        // Asked again (the row action): the same window, raised, not a second one.
        cluster()->openAgentPageAction()->trigger();
        QCOMPARE(cluster()->agentPage(m_agentId), page);
        QCOMPARE(agentPagesOpen(), 1);
        // Ctrl+C still copies from the table (the page took Enter only), and the filter still filters.
        QTableView* view = cluster()->agentsPage()->view();
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), view->currentIndex().data().toString());
        QCOMPARE(agentPagesOpen(), 1);
        QTest::keyClicks(cluster()->agentsPage()->filterEdit(), m_otherAgentId);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTest::keyClick(cluster()->agentsPage()->filterEdit(), Qt::Key_Return); // typing, not opening
        QCOMPARE(agentPagesOpen(), 1);
        cluster()->agentsPage()->filterEdit()->clear();
        QTRY_COMPARE(view->model()->rowCount(), 2);
    }

    void headerAndResources() {
        AgentPage* page = cluster()->agentPage(m_agentId);
        QVERIFY(page);
        const MesosAgentPtr agent = store()->agents().value(m_agentId);
        QVERIFY(agent);
        QVERIFY(page->windowTitle().contains(agent->hostPort()));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("agentId"))->text(), m_agentId);
        QCOMPARE(page->stateLabel()->text(), QStringLiteral("active"));
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("agentVersion"))->text().isEmpty());
        const QString registered = page->findChild<QLabel*>(QStringLiteral("agentRegistered"))->text();
        // Local time, and how long ago (the devcluster's agents registered moments ago: maybe "now").
        QVERIFY2(registered.contains(QLatin1String(" ago)")) || registered.contains(QLatin1String(" (now)")),
                 qPrintable(registered));
        QVERIFY2(registered.startsWith(QDateTime::fromMSecsSinceEpoch(qint64(agent->registeredTime * 1000))
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(registered));
        QVERIFY(!page->goneBar()->isVisible());
        // The agent's page of the Mesos web UI, served by the leader.
        QUrl opened;
        UrlOpener::setOpenFunction([&](const QUrl& url) {
            opened = url;
            return true;
        });
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("agentWebUi")), Qt::LeftButton);
        UrlOpener::setOpenFunction({});
        QCOMPARE(opened.fragment(), QStringLiteral("/agents/") + m_agentId);
        QCOMPARE(opened.authority(), m_window->session()->mesosSource()->master().authority());
        // Used of total, as the master reports them; the task's half CPU shows once it is allocated.
        QTRY_VERIFY_WITH_TIMEOUT(
            page->overview()->bar(AgentOverviewView::Cpus)->format().startsWith(QLatin1String("0.5 of")),
            20000);
        QVERIFY(page->overview()->bar(AgentOverviewView::Cpus)->value() > 0);
        QVERIFY(page->overview()->resourceText(AgentOverviewView::Mem).contains(QLatin1String("MiB")));
        // The devcluster's masters are 1.11: the Drain tab's GET_AGENTS poll gives the drain state.
        QTRY_COMPARE_WITH_TIMEOUT(page->overview()->drainStateLabel()->text(), QStringLiteral("Active"),
                                  20000);
        QCOMPARE(page->overview()->deactivatedLabel()->text(), QStringLiteral("no"));
        shots(page, QStringLiteral("overview"));
    }

    void onlyItsTasks() {
        AgentPage* page = cluster()->agentPage(m_agentId);
        page->tabs()->setCurrentIndex(1);
        AgentTasksModel* tasks = page->tasksModel();
        int here = -1;
        for (int row = 0; row < tasks->rowCount(); ++row) {
            QCOMPARE(tasks->at(row)->agentId, m_agentId);
            if (tasks->at(row)->id == QLatin1String("agentpage-mine"))
                here = row;
        }
        QVERIFY(here >= 0);
        QCOMPARE(tasks->index(here, AgentTasksModel::State).data().toString(),
                 MesosTaskStates::label(MesosTaskState::Running));
        QVERIFY(page->tabs()->tabText(1).contains(QString::number(tasks->rowCount())));
        shots(page, QStringLiteral("tasks"));
        // Its stdout in the main window's Sandbox tab, as from the Tasks tab.
        QTableView* view = page->tasksView();
        const QModelIndex proxyIndex = view->model()->index(0, 0);
        QVERIFY(proxyIndex.isValid());
        view->setCurrentIndex(proxyIndex);
        QVERIFY(page->openStdoutAction()->isEnabled());
        page->openStdoutAction()->trigger();
        QTRY_COMPARE(mainTabs()->currentWidget()->objectName(), QStringLiteral("sandboxTab"));
    }

    void flagsFromTheAgent() {
        AgentPage* page = cluster()->agentPage(m_agentId);
        page->tabs()->setCurrentWidget(page->flags());
        AgentFlagsView* flags = page->flags();
        QTRY_VERIFY_WITH_TIMEOUT(flags->hasRead(), 20000);
        QVERIFY2(flags->statusText().contains(QLatin1String("read at")), qPrintable(flags->statusText()));
        const QString workDir = flags->model()->valueOf(QStringLiteral("work_dir"));
        QVERIFY(!workDir.isEmpty());
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("agentWorkDir"))->text(), workDir);
        QCOMPARE(flags->model()->valueOf(QStringLiteral("port")), store()->agents().value(m_agentId)->port());
        const int all = flags->view()->model()->rowCount();
        QVERIFY(all > 5);
        QTest::keyClicks(flags->filterEdit(), QStringLiteral("work_dir"));
        QTRY_COMPARE(flags->view()->model()->rowCount(), 1);
        shots(page, QStringLiteral("flags"));
        flags->filterEdit()->clear();
        QSignalSpy reset(flags->model(), &QAbstractItemModel::modelReset);
        QSignalSpy read(flags, &AgentFlagsView::flagsRead);
        QTest::mouseClick(flags->refreshButton(), Qt::LeftButton);
        QVERIFY(read.wait(10000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(flags->view()->model()->rowCount(), all);
    }

    void notClippedAt1024x700() {
        AgentPage* page = cluster()->agentPage(m_agentId);
        page->resize(1024, 700);
        for (int tab = 0; tab < page->tabs()->count(); ++tab) {
            page->tabs()->setCurrentIndex(tab);
            TestEnvironment::settleLayouts();
            const QStringList problems = LayoutAudit::problems(page);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(page->tabs()->tabText(tab) + u'\n' + problems.join(u'\n')));
        }
        page->tabs()->setCurrentIndex(0);
    }

    void drainActionsInTheDrainTab() {
        AgentPage* page = cluster()->agentPage(m_agentId);
        QTest::mouseClick(page->drainTabButton(), Qt::LeftButton);
        auto* drain = qobject_cast<MaintenancePage*>(mainTabs()->currentWidget());
        QVERIFY(drain);
        const QModelIndex current = drain->view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.siblingAtColumn(AgentDrainModel::Id).data().toString(), m_agentId);
    }

    void theAgentGoes() {
        AgentPage* page = cluster()->agentPage(m_agentId);
        QSignalSpy reset(page->tasksModel(), &QAbstractItemModel::modelReset);
        QCOMPARE(control("POST", QStringLiteral("/agents/0/kill")).value(u"_status").toInt(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(page->goneBar()->isVisible(), 30000);
        const QString text = page->goneBar()->text();
        QVERIFY2(text.contains(QLatin1String("unreachable since")) ||
                     text.contains(QLatin1String("removed this agent")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("last report")), qPrintable(text));
        QVERIFY(!page->overview()->isEnabled());
        QVERIFY(page->stateLabel()->text() != QLatin1String("active"));
        QCOMPARE(reset.count(), 0);
        shots(page, QStringLiteral("gone"));
        // Cleared from the Agents tab: the page says that too, and keeps the last report.
        cluster()->clearGoneAgentsAction()->trigger();
        QTRY_VERIFY2(page->goneBar()->text().contains(QLatin1String("cleared")),
                     qPrintable(page->goneBar()->text()));
        QCOMPARE(page->stateLabel()->text(), QStringLiteral("not listed"));
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("agentId"))->text().isEmpty());
        // The other agent's page is not told anything (and opens as usual).
        selectAgent(m_otherAgentId);
        cluster()->openAgentPageAction()->trigger();
        AgentPage* other = cluster()->agentPage(m_otherAgentId);
        QVERIFY(other);
        QVERIFY(!other->goneBar()->isVisible());
        QCOMPARE(agentPagesOpen(), 2);
        // Closed: deleted, and opened anew (double-click) on request.
        other->close();
        QTRY_VERIFY(!cluster()->agentPage(m_otherAgentId));
        QTableView* view = cluster()->agentsPage()->view();
        // A cell of a shown column (some columns hide while the table is narrow).
        const QRect cell = view->visualRect(
            view->currentIndex().siblingAtColumn(view->horizontalHeader()->logicalIndexAt(10)));
        QVERIFY(cell.isValid());
        QVERIFY(cluster()->openAgentPageAction()->isEnabled());
        QSignalSpy doubleClicked(view, &QAbstractItemView::doubleClicked);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(doubleClicked.count(), 1);
        QTRY_VERIFY(cluster()->agentPage(m_otherAgentId));
    }
};

QTEST_MAIN(TestAgentPageDevcluster)
#include "tst_agentpage_devcluster.moc"
