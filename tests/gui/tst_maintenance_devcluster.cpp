// The Maintenance page through the real MainWindow against the devcluster (real ZooKeeper,
// task processes, the Marathon simulator): an agent running a Marathon task is drained; the
// page shows DRAINING, then the task is killed, Marathon relaunches it on another agent and
// the page shows DRAINED (by polling: Mesos emits no event for it); Reactivate is refused
// while draining and offered once drained. Deactivate and reactivate go through their
// confirmations; a refusal shows the master's text; read-only mode turns every action off.
// MESOSDESK_SCREENSHOTS=DIR saves the window at 1024x700 and 1600x1000.
#include "AgentDrainModel.h"
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "MainWindow.h"
#include "MaintenancePage.h"
#include "PageFitAudit.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"
#include "mesos/MesosTaskState.h"
#include "net/HttpTransport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

class TestMaintenanceDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;
    MaintenancePage* m_page = nullptr;
    HttpTransport m_http;

    ClusterStore* store() const { return m_window->session()->mesosStore(); }
    AgentDrain::State stateOf(const QString& agentId) const {
        const AgentDrain* agent = m_page->model()->at(m_page->model()->rowOf(agentId));
        return agent ? agent->state() : AgentDrain::State::Active;
    }
    // The agent of the running task of a Marathon app (empty while there is none).
    QString runningAgentOf(const QString& appName, QString* taskId = nullptr) const {
        for (const MesosTaskPtr& task : store()->tasks()) {
            if (task->name == appName && task->state == MesosTaskState::Running) {
                if (taskId)
                    *taskId = task->id;
                return task->agentId;
            }
        }
        return {};
    }
    void shots(const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QSize before = m_window->size();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            m_window->resize(size);
            TestEnvironment::settleLayouts();
            QVERIFY(m_window->grab().save(QStringLiteral("%1/maintenance-%2-%3x%4.png")
                                              .arg(dir, name)
                                              .arg(size.width())
                                              .arg(size.height())));
        }
        m_window->resize(before);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 3));
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (ClusterPage* page : m_window->pages())
            if (auto* maintenance = qobject_cast<MaintenancePage*>(page))
                m_page = maintenance;
        QVERIFY2(m_page, "the Maintenance page is registered in app/ClusterPages.cpp");
        m_page->setPollInterval(std::chrono::milliseconds(200));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->session()->mesosSource()->isStreaming() && store()->agents().size() == 3, 30000);
        auto* tabs = m_window->findChild<QTabWidget*>();
        tabs->setCurrentWidget(m_page);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!store()->master().version.isEmpty(), 20000);
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void drainAgentRunningAMarathonTask() {
        // A Marathon app whose task ignores SIGTERM: it lives the kill's grace, so DRAINING lasts.
        const QUrl marathon(
            m_devcluster.ready().value(QLatin1String("marathon")).toArray().first().toString());
        const QJsonObject app{{QStringLiteral("id"), QStringLiteral("/drain-web")},
                              {QStringLiteral("cmd"), QStringLiteral("trap '' TERM; sleep 600")},
                              {QStringLiteral("cpus"), 0.1},
                              {QStringLiteral("mem"), 32},
                              {QStringLiteral("instances"), 1}};
        int status = 0;
        m_http.send("POST", marathon.resolved(QUrl(QStringLiteral("/v2/apps"))), QJsonDocument(app).toJson(),
                    "application/json", this, [&](const HttpTransport::Response& r) { status = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(status != 0, 10000);
        QCOMPARE(status, 201);
        QString firstTask;
        QTRY_VERIFY_WITH_TIMEOUT(!runningAgentOf(QStringLiteral("drain-web"), &firstTask).isEmpty(), 30000);
        const QString agentId = runningAgentOf(QStringLiteral("drain-web"));

        QList<AgentDrain::State> seen;
        QObject watching; // the recorder goes with this test function
        connect(m_page->model(), &QAbstractItemModel::dataChanged, &watching, [&] {
            if (seen.isEmpty() || seen.last() != stateOf(agentId))
                seen << stateOf(agentId);
        });
        QVERIFY(m_page->selectAgent(agentId));
        QVERIFY(m_page->drainButton()->isEnabled());
        QVERIFY(!m_page->reactivateButton()->isEnabled());
        m_page->graceBox()->setValue(5);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_page->drainButton(), Qt::LeftButton);
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("1 running task are killed")) ||
                ConfirmDialog::lastText().contains(QLatin1String("1 running task(s) are killed")));
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("at most 5")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(agentId), AgentDrain::State::Draining, 10000);
        // While draining Mesos refuses REACTIVATE: the button says so.
        QVERIFY(!m_page->reactivateButton()->isEnabled());
        QVERIFY(m_page->reactivateButton()->toolTip().contains(QLatin1String("draining")));
        shots(QStringLiteral("draining"));
        // The task is killed and Marathon launches a new one on another agent.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QString task;
                const QString where = runningAgentOf(QStringLiteral("drain-web"), &task);
                return !where.isEmpty() && where != agentId && task != firstTask;
            }(),
            30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(agentId), AgentDrain::State::Drained, 20000);
        QVERIFY(seen.contains(AgentDrain::State::Draining));
        QCOMPARE(seen.last(), AgentDrain::State::Drained);
        QVERIFY(m_page->reactivateButton()->isEnabled());
        QVERIFY(!m_page->drainButton()->isEnabled());
        shots(QStringLiteral("drained"));

        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_page->reactivateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(agentId), AgentDrain::State::Active, 10000);
    }

    void deactivateAndReactivate() {
        const QString agentId = m_page->model()->at(0)->id;
        QVERIFY(m_page->selectAgent(agentId));
        // Cancelled: nothing is sent.
        ConfirmDialog::setNextAnswer(false);
        QTest::mouseClick(m_page->deactivateButton(), Qt::LeftButton);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("keep running")));
        QVERIFY(m_page->actionLabel()->text().isEmpty() ||
                !m_page->actionLabel()->text().contains(QLatin1String("Sending")));
        QCOMPARE(stateOf(agentId), AgentDrain::State::Active);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_page->deactivateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(agentId), AgentDrain::State::Deactivated, 10000);
        QVERIFY(m_page->reactivateButton()->isEnabled());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_page->reactivateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(agentId), AgentDrain::State::Active, 10000);
        QVERIFY(m_page->actionLabel()->text().contains(QLatin1String("reactivated")));
    }

    void markGoneNeedsTheTypedId() {
        const QString agentId = m_page->model()->at(1)->id;
        QVERIFY(m_page->selectAgent(agentId));
        m_page->markGoneBox()->setChecked(true);
        // A real dialog: the action stays disabled until the id is typed; Cancel it.
        bool checked = false;
        QTimer poller;
        poller.setInterval(20);
        connect(&poller, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ConfirmDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poller.stop();
            QVERIFY(dialog->confirmEdit());
            QVERIFY(!dialog->actionButton()->isEnabled());
            QTest::keyClicks(dialog->confirmEdit(), agentId.left(agentId.size() - 1));
            QVERIFY(!dialog->actionButton()->isEnabled());
            QTest::keyClicks(dialog->confirmEdit(), agentId.right(1));
            QVERIFY(dialog->actionButton()->isEnabled());
            checked = true;
            dialog->reject();
        });
        poller.start();
        QTest::mouseClick(m_page->drainButton(), Qt::LeftButton);
        QVERIFY(checked);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("cannot be undone")));
        m_page->markGoneBox()->setChecked(false);
        QCOMPARE(stateOf(agentId), AgentDrain::State::Active);
    }

    void refusalShowsTheMastersText() {
        // Another console reactivates the agent between two of our polls: our Reactivate is
        // still offered, and the master's refusal is shown in its words.
        const QString agentId = m_page->model()->at(0)->id;
        QVERIFY(m_page->selectAgent(agentId));
        m_page->setPollInterval(std::chrono::hours(1));
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_page->deactivateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(agentId), AgentDrain::State::Deactivated, 10000);
        int status = 0;
        const QUrl master = m_window->session()->mesosSource()->master();
        m_http.send(
            "POST", master.resolved(QUrl(QStringLiteral("/api/v1"))),
            QStringLiteral(R"({"type":"REACTIVATE_AGENT","reactivate_agent":{"agent_id":{"value":"%1"}}})")
                .arg(agentId)
                .toUtf8(),
            "application/json", this, [&](const HttpTransport::Response& r) { status = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(status != 0, 10000);
        QCOMPARE(status, 200);
        QVERIFY(m_page->reactivateButton()->isEnabled());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_page->reactivateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->actionLabel()->property("error").toBool(), 10000);
        QVERIFY2(m_page->actionLabel()->text().contains(QLatin1String("HTTP 400: Agent is not deactivated")),
                 qPrintable(m_page->actionLabel()->text()));
        QCOMPARE(m_page->actionLabel()->textFormat(), Qt::PlainText);
        m_page->setPollInterval(std::chrono::milliseconds(200));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(agentId), AgentDrain::State::Active, 10000);
    }

    void fitsAtTheSmallestSize() {
        const QStringList problems = pageFitProblems(m_window.get(), m_page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void readOnlyTurnsActionsOff() {
        QVERIFY(m_page->selectAgent(m_page->model()->at(0)->id));
        QVERIFY(m_page->drainButton()->isEnabled());
        auto* readOnly = m_window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
        readOnly->setChecked(true);
        for (QPushButton* button :
             {m_page->drainButton(), m_page->deactivateButton(), m_page->reactivateButton()}) {
            QVERIFY(!button->isEnabled());
            QVERIFY(button->toolTip().contains(QLatin1String("Read-only")));
        }
        shots(QStringLiteral("readonly"));
        readOnly->setChecked(false);
        QVERIFY(m_page->drainButton()->isEnabled());
    }
};

QTEST_MAIN(TestMaintenanceDevcluster)
#include "tst_maintenance_devcluster.moc"
