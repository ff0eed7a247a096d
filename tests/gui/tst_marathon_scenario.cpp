// Steps 3, 5, 6 and 8 of the operator's scenario, walked through the real MainWindow against
// the devcluster (real ZooKeeper, simulated masters/agents with real task processes, the
// Marathon simulator): New App through the dialog until its task runs, Scale to 3 with keys,
// an agent killed and its task relaunched live, then Kill, Kill & Scale, Suspend and Destroy,
// each confirmed through ConfirmDialog's seam. A second walk finds Marathon without ZooKeeper,
// from the Mesos framework list.
#include "AppEditorDialog.h"
#include "AppPage.h"
#include "AppTasksModel.h"
#include "AppsFilterProxy.h"
#include "AppsModel.h"
#include "AppsView.h"
#include "ConfirmDialog.h"
#include "DeploymentsModel.h"
#include "DevClusterProcess.h"
#include "EventLogModel.h"
#include "GroupScaleDialog.h"
#include "LogViewerWidget.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "NotificationCenter.h"
#include "NotificationModel.h"
#include "NoticeBar.h"
#include "SandboxTab.h"
#include "ScaleDialog.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonDirectory.h"
#include "marathon/MarathonSource.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

namespace {
const QString AppId = QStringLiteral("/scenario/hello");

QString shotDir() { return qEnvironmentVariable("MESOSDESK_SCREENSHOTS", QStringLiteral("/tmp")); }
} // namespace

class TestMarathonScenario : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;

    QJsonObject control(const QByteArray& method, const QString& path) { return m_devcluster.control(method, path); }
    int agentIndex(const QString& agentId) {
        for (const QJsonValue& a : control("GET", QStringLiteral("/state")).value(u"agents").toArray())
            if (a.toObject().value(u"id").toString() == agentId)
                return a.toObject().value(u"index").toInt();
        return -1;
    }

    // The app page's tasks in a given state, with their agents.
    static QStringList taskIds(AppPage* page, const QString& state = QStringLiteral("TASK_RUNNING")) {
        QStringList ids;
        const AppTasksModel* m = page->tasksModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (state.isEmpty() || m->index(r, AppTasksModel::StateColumn).data().toString() == state)
                ids << m->index(r, AppTasksModel::IdColumn).data().toString();
        return ids;
    }
    static QSet<QString> runningAgents(AppPage* page) {
        QSet<QString> agents;
        const AppTasksModel* m = page->tasksModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, AppTasksModel::StateColumn).data().toString() == QLatin1String("TASK_RUNNING"))
                agents.insert(m->index(r, AppTasksModel::AgentColumn).data().toString());
        return agents;
    }
    static void selectTaskRows(AppPage* page, int count) {
        QTableView* view = page->tasksView();
        view->clearSelection();
        for (int r = 0; r < count; ++r)
            view->selectionModel()->select(view->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    static void typeInto(QAbstractSpinBox* box, const QString& text) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Tab);
    }
    void shot(QWidget* w, const QString& name) {
        QVERIFY(w->grab().save(shotDir() + QStringLiteral("/marathon_scenario_") + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(2, 3));
        QVERIFY(!m_devcluster.ready().value(u"marathon").toArray().isEmpty());
    }
    void cleanupTestCase() { m_devcluster.stop(); }
    void init() {
        Settings::MarathonNewAppDraft.reset();
        Settings::MarathonEditDraft.reset();
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
    }
    void cleanup() {
        while (ConfirmDialog::pendingAnswers() > 0) // an unused answer is a test bug
            ConfirmDialog::ask(nullptr, {});
    }

    void operatorWalk() {
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        MarathonPanel* panel = window.marathonPanel();
        QVERIFY(panel);
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(panel);
        MarathonSource* source = window.session()->marathonSource();
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 20000);
        AppPage* page = panel->appPage();

        // Step 3: New App through the dialog, typed like an operator does.
        QTest::keyClick(panel, Qt::Key_N, Qt::ControlModifier);
        AppEditorDialog* editor = panel->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        // Nothing is said before the operator acts; a request larger than every agent is a
        // warning at its field, from the cluster's own agents.
        QVERIFY2(editor->shownErrors().isEmpty(), qPrintable(editor->shownErrors().keys().join(u',')));
        QVERIFY(editor->bannerText().isEmpty());
        editor->idEdit()->clear();
        QTest::keyClicks(editor->idEdit(), AppId);
        typeInto(editor->cpusBox(), QStringLiteral("500"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            editor->shownWarnings().value(QStringLiteral("/cpus")).contains(QStringLiteral("never starts")),
            qPrintable(editor->shownWarnings().value(QStringLiteral("/cpus"))), 10000);
        shot(editor, QStringLiteral("1_newapp_warning"));
        typeInto(editor->cpusBox(), QStringLiteral("0.1"));
        QVERIFY(editor->shownWarnings().isEmpty());
        typeInto(editor->memBox(), QStringLiteral("32"));
        typeInto(editor->instancesBox(), QStringLiteral("1"));
        QTest::keyClicks(editor->cmdEdit(), QStringLiteral("echo hello from $MESOS_TASK_ID; exec sleep 600"));
        QCOMPARE(editor->definition().value(u"cpus").toDouble(), 0.1);
        QCOMPARE(editor->definition().value(u"mem").toDouble(), 32.0);
        QCOMPARE(editor->definition().value(u"instances").toInt(), 1);
        QVERIFY(editor->submitButton()->isEnabled());
        shot(editor, QStringLiteral("1_newapp"));
        QSignalSpy finished(panel, &MarathonPanel::actionFinished);
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->editor(), 10000);
        QCOMPARE(finished.count(), 1);
        const MarathonResult created = finished.first().first().value<MarathonResult>();
        // The deployment is told at window level (ClusterEventFeed), from start to end.
        const NotificationModel* notices = window.notifications()->model();
        auto noticed = [&](const QString& a, const QString& b) {
            for (int r = 0; r < notices->rowCount(); ++r)
                if (notices->at(r).message.contains(a) && notices->at(r).message.contains(b))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(noticed(AppId, QStringLiteral("started")), 10000);
        // The deployment is shown (in the app's row or the Deployments tab) until the task runs.
        QTRY_VERIFY_WITH_TIMEOUT(panel->appsModel()->app(AppId), 10000);
        QVERIFY(panel->appsView()->selectApp(AppId));
        QTRY_COMPARE_WITH_TIMEOUT(taskIds(page).size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->appsModel()->app(AppId)->deploymentIds.isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->appsModel()->indexOfId(AppId, AppsModel::StatusColumn).data().toString(),
                                  QStringLiteral("Running"), 10000);
        // The deployment was followed from start to success (the event log keeps both).
        QVERIFY(!created.deploymentId.isEmpty());
        auto logged = [&](EventLogModel::Kind kind, const QString& text) {
            for (int r = 0; r < panel->eventLog()->rowCount(); ++r)
                if (panel->eventLog()->entry(r).kind == kind && panel->eventLog()->entry(r).message.contains(text))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged(EventLogModel::Kind::DeploymentStarted, created.deploymentId), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(logged(EventLogModel::Kind::DeploymentSucceeded, created.deploymentId), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(page->headerText().contains(QStringLiteral("1 of 1 running, no health checks")), 5000);
        shot(&window, QStringLiteral("2_running"));

        // Step 5: Scale to 3 with the keyboard; the new tasks land on the other agents.
        panel->scaleAction()->trigger();
        ScaleDialog* scale = panel->scaleDialog();
        QVERIFY(scale);
        QVERIFY(QTest::qWaitForWindowExposed(scale));
        QTest::keyClick(scale->targetBox(), Qt::Key_Plus);
        QTest::keyClick(scale->targetBox(), Qt::Key_Up);
        QCOMPARE(scale->targetBox()->value(), 3);
        QTest::mouseClick(scale->scaleButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->scaleDialog(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(taskIds(page).size(), 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(runningAgents(page).size(), 3, 10000);
        shot(&window, QStringLiteral("3_scaled"));

        // Step 6: an agent dies; Marathon relaunches its task elsewhere, live, and says so.
        const QString lostTask = taskIds(page).first();
        const QString lostAgent =
            page->tasksModel()->index(0, AppTasksModel::AgentColumn).data().toString();
        const int index = agentIndex(lostAgent);
        QVERIFY2(index >= 0, qPrintable(lostAgent));
        const int eventsBefore = panel->eventLog()->rowCount();
        QCOMPARE(control("POST", QStringLiteral("/agents/%1/kill").arg(index)).value(u"_status").toInt(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!taskIds(page, {}).contains(lostTask) && taskIds(page).size() == 3, 20000);
        QVERIFY(!runningAgents(page).contains(lostAgent));
        QTRY_VERIFY_WITH_TIMEOUT(panel->eventLog()->rowCount() > eventsBefore, 5000);
        QVERIFY(logged(EventLogModel::Kind::TaskLost, lostTask));
        QTRY_VERIFY_WITH_TIMEOUT(noticed(lostTask, QStringLiteral("lost")), 10000);
        shot(&window, QStringLiteral("4_agent_lost"));

        // Step 8: kill one task, Marathon starts a replacement.
        selectTaskRows(page, 1);
        const QString victim = page->selectedTaskIds().value(0);
        QVERIFY(!victim.isEmpty());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(page->killButton(), Qt::LeftButton);
        QVERIFY(ConfirmDialog::lastText().contains(victim));
        QTRY_VERIFY_WITH_TIMEOUT(!taskIds(page, {}).contains(victim) && taskIds(page).size() == 3, 20000);
        QCOMPARE(panel->appsModel()->app(AppId)->instances, 3);

        // Kill & Scale: one task fewer, and no replacement.
        selectTaskRows(page, 1);
        const QString scaledAway = page->selectedTaskIds().value(0);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(page->killScaleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->appsModel()->app(AppId)->instances, 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!taskIds(page, {}).contains(scaledAway) && taskIds(page).size() == 2, 20000);

        // The group scales all of its apps: ×1.5 on 2 instances is 3 (Marathon rounds up).
        QVERIFY(panel->appsView()->tree()->model());
        const QModelIndex group = panel->appsView()->proxy()->mapFromSource(panel->appsModel()->indexOfId(QStringLiteral("/scenario")));
        QVERIFY(group.isValid());
        panel->appsView()->tree()->setCurrentIndex(group);
        QVERIFY(panel->scaleAction()->isEnabled());
        panel->scaleAction()->trigger();
        GroupScaleDialog* groupScale = panel->groupScaleDialog();
        QVERIFY(groupScale);
        QVERIFY(QTest::qWaitForWindowExposed(groupScale));
        typeInto(groupScale->factorBox(), QStringLiteral("1.5"));
        QVERIFY2(groupScale->previewText().contains(AppId + QStringLiteral(": 2 → 3")), qPrintable(groupScale->previewText()));
        shot(groupScale, QStringLiteral("5_groupscale"));
        QTest::mouseClick(groupScale->scaleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->appsModel()->app(AppId)->instances, 3, 10000);
        QVERIFY(panel->appsView()->selectApp(AppId));
        QTRY_COMPARE_WITH_TIMEOUT(taskIds(page).size(), 3, 20000);

        // Follow every instance's log, then suspend: the followed log says its tasks ended.
        QTRY_VERIFY_WITH_TIMEOUT(page->followAllAction()->isEnabled(), 5000);
        page->followAllAction()->trigger();
        SandboxTab* sandbox = window.sandboxTab();
        QTRY_VERIFY_WITH_TIMEOUT(sandbox->logTabs()->count() > 0, 10000);
        auto* followed = qobject_cast<LogViewerWidget*>(sandbox->logTabs()->currentWidget());
        QVERIFY(followed);
        QTRY_COMPARE_WITH_TIMEOUT(followed->fileCount(), 3, 20000);
        QVERIFY2(followed->statusText().startsWith(QStringLiteral("Following.")),
                 qPrintable(followed->statusText()));
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(panel);

        // Suspend: 0 instances, "Suspended"; suspending or restarting it again makes no sense.
        ConfirmDialog::setNextAnswer(true);
        panel->suspendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(panel->appsModel()->indexOfId(AppId, AppsModel::StatusColumn).data().toString(),
                                  QStringLiteral("Suspended"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(taskIds(page, {}).size(), 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->suspendAction()->isEnabled(), 5000);
        QVERIFY(!panel->restartAction()->isEnabled());
        QVERIFY(panel->scaleAction()->isEnabled());
        shot(&window, QStringLiteral("6_suspended"));
        QTRY_VERIFY2_WITH_TIMEOUT(followed->statusText().contains(QStringLiteral("All 3 task(s) ended")),
                                  qPrintable(followed->statusText()), 30000);
        for (int file = 0; file < 3; ++file)
            QVERIFY(followed->isTaskEnded(file));
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(sandbox);
        shot(&window, QStringLiteral("6_logs_ended"));
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(panel);

        // Destroy: the confirmation names the app; it disappears, and nothing else is selected.
        ConfirmDialog::setNextAnswer(true);
        panel->destroyAction()->trigger();
        QVERIFY(ConfirmDialog::lastText().contains(AppId));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->appsModel()->app(AppId), 20000);
        QVERIFY(panel->appsView()->currentAppId().isEmpty());
        QVERIFY(!panel->appsView()->tree()->currentIndex().isValid());
        for (QAction* a : {panel->editAction(), panel->scaleAction(), panel->restartAction(),
                           panel->suspendAction(), panel->destroyAction(), panel->resetDelayAction()})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QCOMPARE(control("POST", QStringLiteral("/agents/%1/restart").arg(index)).value(u"_status").toInt(), 200);
    }

    // No Marathon under the ZooKeeper path the connection names: the Mesos framework list
    // finds it (webui_url of the framework /v2/info calls its own) and follows its failover.
    void marathonFoundInTheFrameworkList() {
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath() + QStringLiteral("-nothing-here"));
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        MarathonSource* source = window.session()->marathonSource();
        auto leadingMarathon = [&](int* index = nullptr) {
            for (const QJsonValue& m : control("GET", QStringLiteral("/state")).value(u"marathon").toArray())
                if (m.toObject().value(u"leading").toBool()) {
                    if (index)
                        *index = m.toObject().value(u"index").toInt();
                    return QUrl(m.toObject().value(u"url").toString());
                }
            return QUrl();
        };
        int leader = -1;
        const QUrl first = leadingMarathon(&leader);
        QVERIFY(first.isValid() && leader >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(source->marathonUrl(), first, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->marathonDirectory()->entries().isEmpty() &&
                                     window.session()->marathonDirectory()->entries().first().confirmed, 10000);
        QCOMPARE(window.session()->marathonDirectory()->entries().first().name, QStringLiteral("marathon"));
        QCOMPARE(window.session()->marathonDirectory()->entries().first().frameworkId, source->info().frameworkId);
        QVERIFY(!window.marathonPanel()->marathonPicker()->isVisibleTo(window.marathonPanel())); // one: no choice

        // The leading Marathon dies; the next one re-registers with its webui_url, and we follow.
        QCOMPARE(control("POST", QStringLiteral("/marathon/%1/kill").arg(leader)).value(u"_status").toInt(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(leadingMarathon().isValid() && leadingMarathon() != first, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(source->marathonUrl(), leadingMarathon(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 10000);
        QCOMPARE(control("POST", QStringLiteral("/marathon/%1/restart").arg(leader)).value(u"_status").toInt(), 200);
    }
};

QTEST_MAIN(TestMarathonScenario)
#include "tst_marathon_scenario.moc"
