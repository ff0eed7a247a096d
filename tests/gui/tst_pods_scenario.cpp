// Pods through the real MainWindow against the devcluster (real ZooKeeper, simulated masters
// and agents running each container as a real process, the Marathon simulator's pods): New Pod
// through the JSON editor with two containers, both containers' stdout followed from the pod
// page, Scale to 2, one instance killed and relaunched, Destroy with the typed id.
#include "AppsModel.h"
#include "AppsView.h"
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "LogModel.h"
#include "LogViewerWidget.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "PodActions.h"
#include "PodEditorDialog.h"
#include "PodInstancesModel.h"
#include "PodPage.h"
#include "PodTerminationsModel.h"
#include "SandboxTab.h"
#include "ScaleDialog.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

namespace {
const QString PodId = QStringLiteral("/scenario/duo");
const char* const kPod = R"({"id": "/scenario/duo", "containers": [
  {"name": "talker", "resources": {"cpus": 0.05, "mem": 16},
   "exec": {"command": {"shell": "echo talker-says-hello; exec sleep 300"}}},
  {"name": "other", "resources": {"cpus": 0.05, "mem": 16},
   "exec": {"command": {"shell": "echo other-says-hi; exec sleep 300"}}}],
  "scaling": {"kind": "fixed", "instances": 1}})";
} // namespace

class TestPodsScenario : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;

    static QSet<QString> instanceIds(PodPage* page, const QString& status = QStringLiteral("STABLE")) {
        QSet<QString> ids;
        const PodInstancesModel* m = page->instancesModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->itemAt(r).status == status)
                ids.insert(m->itemAt(r).id);
        return ids;
    }
    static int rowOf(PodPage* page, const QString& container) {
        const PodInstancesModel* m = page->instancesModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(PodInstancesModel::ContainerNameRole).toString() == container &&
                !m->index(r, 0).data(PodInstancesModel::ContainerIdRole).toString().isEmpty())
                return r;
        return -1;
    }
    static bool logHas(LogViewerWidget* log, const QString& text) {
        for (int r = 0; r < log->model()->rowCount(); ++r)
            if (log->model()->lineText(r).contains(text))
                return true;
        return false;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 2));
    }
    void cleanupTestCase() { m_devcluster.stop(); }
    void cleanup() {
        while (ConfirmDialog::pendingAnswers() > 0) // an unused answer is a test bug
            ConfirmDialog::ask(nullptr, {});
    }

    void podWalk() {
        Settings::MarathonReadOnly.reset();
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        MarathonPanel* panel = window.marathonPanel();
        auto* mainTabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        mainTabs->setCurrentWidget(panel);
        MarathonSource* source = window.session()->marathonSource();
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(source->podSupport() == MarathonSource::PodSupport::Supported,
                                  "HEAD /v2/pods answered 200", 20000);
        QVERIFY(panel->newPodAction()->isEnabled());

        // New Pod: a typo first (a name Marathon refuses), marked at its path; then the real one.
        panel->newPodAction()->trigger();
        PodEditorDialog* editor = panel->podActions()->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->jsonEdit()->setPlainText(
            QString::fromUtf8(kPod).replace(QStringLiteral("\"talker\""), QStringLiteral("\"Talker\"")));
        QVERIFY2(editor->shownProblems().contains(QStringLiteral("/containers/0/name")),
                 qPrintable(QStringList(editor->shownProblems().keys()).join(u',')));
        QVERIFY(!editor->submitButton()->isEnabled());
        editor->jsonEdit()->setPlainText(QString::fromUtf8(kPod));
        QVERIFY(editor->shownProblems().isEmpty());
        QVERIFY(editor->submitButton()->isEnabled());
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!panel->podActions()->editor(),
                                  "the editor closes once Marathon took the pod", 20000);

        // Listed in the tree as a pod under its group, running once its instance is stable.
        QTRY_VERIFY2_WITH_TIMEOUT(panel->appsModel()->pod(PodId), "the pod in the apps tree", 20000);
        QCOMPARE(panel->appsModel()->indexOfId(PodId, AppsModel::KindColumn).data().toString(),
                 QStringLiteral("pod"));
        QVERIFY(
            panel->appsModel()->indexOfId(QStringLiteral("/scenario")).data(AppsModel::IsGroupRole).toBool());
        QVERIFY(panel->appsView()->selectApp(PodId));
        PodPage* page = panel->podPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->podId(), PodId, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(instanceIds(page).size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            panel->appsModel()->indexOfId(PodId, AppsModel::StatusColumn).data().toString(),
            QStringLiteral("Running"), 20000);
        QVERIFY(page->headerText().contains(PodId));

        // Both containers' logs, one click each from the pod page.
        SandboxTab* sandbox = window.sandboxTab();
        const QList<std::pair<QString, QString>> containers{
            {QStringLiteral("talker"), QStringLiteral("talker-says-hello")},
            {QStringLiteral("other"), QStringLiteral("other-says-hi")}};
        for (const auto& [container, line] : containers) {
            mainTabs->setCurrentWidget(panel);
            QTRY_VERIFY_WITH_TIMEOUT(rowOf(page, container) >= 0, 20000);
            page->instancesView()->clearSelection();
            page->instancesView()->selectRow(rowOf(page, container));
            QVERIFY(page->openStdoutAction()->isEnabled());
            const int before = sandbox->logTabs()->count();
            page->openStdoutAction()->trigger();
            QTRY_VERIFY2_WITH_TIMEOUT(sandbox->logTabs()->count() > before, "a log tab for the container",
                                      10000);
            auto* log = qobject_cast<LogViewerWidget*>(sandbox->logTabs()->currentWidget());
            QVERIFY(log);
            QTRY_VERIFY2_WITH_TIMEOUT(logHas(log, line), qPrintable(container + QStringLiteral("'s stdout")),
                                      20000);
        }
        mainTabs->setCurrentWidget(panel);

        // Scale to 2 with the app's scale dialog.
        QVERIFY(panel->appsView()->selectApp(PodId));
        QTRY_VERIFY_WITH_TIMEOUT(panel->scaleAction()->isEnabled(), 5000);
        panel->scaleAction()->trigger();
        ScaleDialog* scale = panel->podActions()->scaleDialog();
        QVERIFY(scale);
        QVERIFY(QTest::qWaitForWindowExposed(scale));
        QCOMPARE(scale->targetBox()->value(), 1);
        scale->targetBox()->setValue(2);
        QTest::mouseClick(scale->scaleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->appsModel()->pod(PodId)->desiredInstances(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(instanceIds(page).size(), 2, 30000);

        // Kill one instance: it goes, and Marathon relaunches one in its place.
        const QSet<QString> two = instanceIds(page);
        const QString victim = *two.begin();
        page->instancesView()->clearSelection();
        for (int r = 0; r < page->instancesModel()->rowCount(); ++r)
            if (page->instancesModel()->itemAt(r).id == victim)
                page->instancesView()->selectionModel()->select(page->instancesModel()->index(r, 0),
                                                                QItemSelectionModel::Select |
                                                                    QItemSelectionModel::Rows);
        QCOMPARE(page->selectedInstanceIds(), QStringList{victim});
        QVERIFY(page->killButton()->isEnabled());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(page->killButton(), Qt::LeftButton);
        QVERIFY(ConfirmDialog::lastText().contains(victim));
        QTRY_VERIFY2_WITH_TIMEOUT(instanceIds(page).size() == 2 && !instanceIds(page).contains(victim),
                                  "two stable instances again, the killed one replaced", 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(page->terminationsModel()->rowOf(victim) >= 0,
                                  "the killed instance in the termination history", 20000);

        // Read-only: every pod action is off, and says why.
        panel->setReadOnly(true);
        for (QPushButton* b :
             {page->scaleButton(), page->killButton(), page->editButton(), page->destroyButton()})
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        QVERIFY(!panel->newPodAction()->isEnabled());
        panel->setReadOnly(false);

        // Destroy: the typed id, then it is gone from the tree and nothing else is selected.
        ConfirmDialog::setNextAnswer(true);
        panel->destroyAction()->trigger();
        QVERIFY(ConfirmDialog::lastText().contains(PodId));
        QTRY_VERIFY2_WITH_TIMEOUT(!panel->appsModel()->pod(PodId), "the destroyed pod leaves the tree",
                                  30000);
        QVERIFY(panel->appsView()->currentAppId().isEmpty());
    }
};

QTEST_MAIN(TestPodsScenario)
#include "tst_pods_scenario.moc"
