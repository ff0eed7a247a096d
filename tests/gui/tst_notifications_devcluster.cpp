// Cluster events told at window level, through the real MainWindow against the devcluster
// (real ZooKeeper, simulated masters and agents with real task processes, the Marathon
// simulator): an agent killed with two tasks is one notification naming both; a Marathon
// event stream interrupted and resumed takes its bar with it, and the bar never contradicts
// the "live" indicator; a New App deployment is followed to its end and the app selected.
// MESOSDESK_SCREENSHOTS=DIR saves the window with notifications at 1024x700 and 1600x1000.
#include "AppEditorDialog.h"
#include "AppsView.h"
#include "DevClusterProcess.h"
#include "EventLogModel.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "MesosEventFeed.h"
#include "NotificationBar.h"
#include "NotificationCenter.h"
#include "NotificationModel.h"
#include "NotificationPanel.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"

#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

class TestNotificationsDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;

    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {}) {
        return m_devcluster.control(method, path, body);
    }
    NotificationModel* model() const { return m_window->notifications()->model(); }
    NotificationBar* bar() const { return m_window->notifications()->bar(); }
    // Rows whose message contains every one of the texts.
    QList<int> rowsWith(const QStringList& texts) const {
        QList<int> rows;
        for (int r = 0; r < model()->rowCount(); ++r)
            if (std::all_of(texts.cbegin(), texts.cend(),
                            [&](const QString& t) { return model()->at(r).message.contains(t); }))
                rows << r;
        return rows;
    }
    QString dump() const {
        QStringList lines;
        for (int r = 0; r < model()->rowCount(); ++r)
            lines << model()->at(r).message;
        return lines.join(u'\n');
    }
    void shots(const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QSize before = m_window->size();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            m_window->resize(size);
            TestEnvironment::settleLayouts();
            QVERIFY(m_window->grab().save(QStringLiteral("%1/notifications-%2-%3x%4.png")
                                              .arg(dir, name)
                                              .arg(size.width())
                                              .arg(size.height())));
        }
        m_window->resize(before);
    }
    static void typeInto(QAbstractSpinBox* box, const QString& text) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Tab);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(2, 3));
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
        Settings::MarathonNewAppDraft.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        ClusterSession* session = m_window->session();
        QTRY_VERIFY_WITH_TIMEOUT(
            session->mesosSource()->isStreaming() && session->mesosStore()->agents().size() == 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(session->marathonSource()->isLive(), 20000);
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void agentKilledWithTwoTasksIsOneNotification() {
        ClusterStore* store = m_window->session()->mesosStore();
        const QStringList ids{QStringLiteral("notify-first"), QStringLiteral("notify-second")};
        for (const QString& id : ids)
            QCOMPARE(control("POST", QStringLiteral("/tasks"),
                             {{QStringLiteral("cmd"), QStringLiteral("sleep 600")},
                              {QStringLiteral("name"), id},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("agent"), 0},
                              {QStringLiteral("cpus"), 0.1},
                              {QStringLiteral("mem"), 16}})
                         .value(u"_status")
                         .toInt(),
                     201);
        auto running = [&] {
            return std::count_if(store->tasks().cbegin(), store->tasks().cend(), [&](const MesosTaskPtr& t) {
                       return ids.contains(t->id) && t->state == MesosTaskState::Running;
                   }) == 2;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(running(), "both tasks running on agent 0", 20000);
        const QString agentId = control("GET", QStringLiteral("/state"))
                                    .value(u"agents")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"id")
                                    .toString();
        const QString address = MesosEventFeed::agentAddress(*store->agents().value(agentId));
        QVERIFY(!rowsWith({address}).size());

        QCOMPARE(control("POST", QStringLiteral("/agents/0/kill")).value(u"_status").toInt(), 200);
        // One notification names the agent and both tasks, counted; the bar shows it.
        QTRY_VERIFY2_WITH_TIMEOUT(rowsWith({address, ids.at(0), ids.at(1)}).size() == 1, qPrintable(dump()),
                                  20000);
        const int row = rowsWith({address}).value(0);
        QCOMPARE(rowsWith({address}).size(), 1);
        QVERIFY2(model()->at(row).message.contains(QStringLiteral("2 tasks lost")),
                 qPrintable(model()->at(row).message));
        // The same word as the Agents table and the Overview: the master counts it unreachable.
        QVERIFY2(model()->at(row).message.startsWith(QStringLiteral("Agent %1 is unreachable;").arg(address)),
                 qPrintable(model()->at(row).message));
        QVERIFY2(bar()->isVisible() && bar()->text().contains(ids.at(0)) && bar()->text().contains(ids.at(1)),
                 qPrintable(bar()->text()));
        // Nothing else about them comes later (the gathered updates are told once). A later summary
        // poll would bring the removal again; two of them (5 s apart) let the first one's gathering
        // (1.5 s) be told before the second arrives.
        QSignalSpy polls(store, &ClusterStore::metricsChanged);
        QTRY_VERIFY2_WITH_TIMEOUT(polls.count() >= 2, "two summary polls after the notification", 30000);
        QCOMPARE(rowsWith({ids.at(0)}).size(), 1);
        shots(QStringLiteral("agent-lost"));

        // It registers again: the removal is over and the bar says so.
        QCOMPARE(control("POST", QStringLiteral("/agents/0/restart")).value(u"_status").toInt(), 200);
        QTRY_VERIFY2_WITH_TIMEOUT(!rowsWith({address, QStringLiteral("registered again")}).isEmpty(),
                                  qPrintable(dump()), 20000);
        QCOMPARE(model()->at(row + 1).state, Notification::State::Ended);
    }

    void deploymentFollowedToItsEnd() {
        MarathonPanel* panel = m_window->marathonPanel();
        m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(panel);
        const QString appId = QStringLiteral("/notify/web");
        panel->newApp();
        AppEditorDialog* editor = panel->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->idEdit()->clear();
        QTest::keyClicks(editor->idEdit(), appId);
        typeInto(editor->cpusBox(), QStringLiteral("0.1"));
        typeInto(editor->memBox(), QStringLiteral("16"));
        typeInto(editor->instancesBox(), QStringLiteral("2"));
        QTest::keyClicks(editor->cmdEdit(), QStringLiteral("exec sleep 600"));
        QSignalSpy finished(panel, &MarathonPanel::actionFinished);
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const QString deployment = finished.first().first().value<MarathonResult>().deploymentId;
        QVERIFY(!deployment.isEmpty());
        const QString cause = QStringLiteral("deployment:") + deployment;
        auto rowsOf = [&](const QString& text) {
            QList<int> rows;
            for (int r = 0; r < model()->rowCount(); ++r)
                if (model()->at(r).cause == cause && model()->at(r).message.contains(text))
                    rows << r;
            return rows;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(rowsOf(QStringLiteral("finished")).size() == 1, qPrintable(dump()), 30000);
        // Started once (two steps, the poll and the stream all said it), before it finished.
        QCOMPARE(rowsOf(QStringLiteral("started")).size(), 1);
        QVERIFY(rowsOf(QStringLiteral("started")).first() >
                rowsOf(QStringLiteral("finished")).first()); // newest first
        QCOMPARE(model()->at(rowsOf(QStringLiteral("started")).first()).message,
                 QStringLiteral("Deployment of %1 started.").arg(appId));
        QCOMPARE(model()->at(rowsOf(QStringLiteral("started")).first()).state, Notification::State::Ended);
        QCOMPARE(model()->at(rowsOf(QStringLiteral("finished")).first()).message,
                 QStringLiteral("Deployment of %1 finished.").arg(appId));
        QTRY_COMPARE_WITH_TIMEOUT(bar()->text(), QStringLiteral("Deployment of %1 finished.").arg(appId),
                                  5000);
        // The app New App created is selected once it is deployed.
        QTRY_COMPARE_WITH_TIMEOUT(panel->appsView()->currentAppId(), appId, 10000);

        // The Events view logged the deployment's start once, and the tasks' status changes.
        EventLogModel* log = panel->eventLog();
        int starts = 0, statuses = 0;
        for (int r = 0; r < log->rowCount(); ++r) {
            starts += log->entry(r).kind == EventLogModel::Kind::DeploymentStarted &&
                      log->entry(r).message.contains(deployment);
            statuses += log->entry(r).kind == EventLogModel::Kind::TaskStatus &&
                        log->entry(r).subject == appId &&
                        log->entry(r).message.contains(QStringLiteral("TASK_RUNNING"));
        }
        QCOMPARE(starts, 1);
        QCOMPARE(statuses, 2);
        shots(QStringLiteral("deployment"));
        panel->tabs()->setCurrentIndex(2); // Events
        shots(QStringLiteral("events"));
        panel->tabs()->setCurrentIndex(0);
    }

    void marathonStreamResumesAndItsBarGoes() {
        MarathonSource* source = m_window->session()->marathonSource();
        QLabel* indicator = m_window->marathonPanel()->findChild<QLabel*>(QStringLiteral("marathonLive"));
        QVERIFY(indicator);
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 20000);
        // Whatever happens, the bar never says "interrupted" beside a "live" indicator.
        int contradictions = 0;
        int looks = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] {
            ++looks;
            if (indicator->text().startsWith(QStringLiteral("● live")) &&
                bar()->text().contains(QStringLiteral("interrupted")))
                ++contradictions;
        });
        probe.start(10);
        // The next reconnects are refused for a while, so the interruption lasts long enough to see.
        QCOMPARE(control("POST", QStringLiteral("/faults"),
                         {{QStringLiteral("kind"), QStringLiteral("marathon")},
                          {QStringLiteral("path"), QStringLiteral("^/v2/events$")},
                          {QStringLiteral("mode"), QStringLiteral("status")},
                          {QStringLiteral("status"), 503},
                          {QStringLiteral("count"), 2}})
                     .value(u"_status")
                     .toInt(),
                 201);
        QVERIFY(control("POST", QStringLiteral("/streams/drop?kind=marathon")).value(u"dropped").toInt() >=
                1);
        QTRY_VERIFY2_WITH_TIMEOUT(bar()->text().contains(QStringLiteral("Marathon live updates interrupted")),
                                  qPrintable(bar()->text()), 10000);
        QVERIFY(indicator->text().startsWith(QStringLiteral("○ polling")));
        shots(QStringLiteral("stream-interrupted"));
        // Back by itself: the bar goes with its cause, at once.
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 30000);
        QVERIFY2(!bar()->text().contains(QStringLiteral("interrupted")), qPrintable(bar()->text()));
        QVERIFY(indicator->text().startsWith(QStringLiteral("● live")));
        QCOMPARE(rowsWith({QStringLiteral("Marathon live updates resumed")}).size(), 1);
        QCOMPARE(model()->at(rowsWith({QStringLiteral("Marathon live updates interrupted")}).first()).state,
                 Notification::State::Ended);
        // The probe looks on for a while after the resume (its later looks, not a span of time).
        const int looksAtResume = looks;
        QTRY_VERIFY2_WITH_TIMEOUT(looks >= looksAtResume + 20, "twenty more looks of the probe", 20000);
        QCOMPARE(contradictions, 0);
        control("DELETE", QStringLiteral("/faults"));
    }

    // How the window reads with a long notification and the list open.
    void longMessageReadsWell() {
        Notification n;
        n.severity = Notification::Severity::Warning;
        n.area = Notification::Area::Tasks;
        n.message = QStringLiteral(
            "7 tasks lost on agent very-long-hostname-of-an-agent.datacenter-west.example.com:5051: "
            "production_payments-frontend.0f6d2a7e-9c1b-11ee-8c90-0242ac120002, "
            "production_payments-frontend.1a2b3c4d-9c1b-11ee-8c90-0242ac120002, "
            "production_payments-backend.5e6f7a8b-9c1b-11ee-8c90-0242ac120002, "
            "production_payments-backend.9c0d1e2f-9c1b-11ee-8c90-0242ac120002, "
            "production_ledger.3a4b5c6d-9c1b-11ee-8c90-0242ac120002 and 2 more");
        Notification running;
        running.kind = Notification::Kind::Condition;
        running.area = Notification::Area::Deployments;
        running.message =
            QStringLiteral("Deployment of /production/payments/frontend-with-a-long-name started.");
        running.cause = QStringLiteral("deployment:long");
        model()->post(running);
        model()->post(n); // newer and more severe: shown; the running deployment stays open beside it
        m_window->notifications()->panel()->show();
        QVERIFY(bar()->text().startsWith(QStringLiteral("7 tasks lost")));
        QVERIFY(bar()->moreButton()->isVisible());
        QCOMPARE(bar()->moreButton()->text(), QStringLiteral("+1 more…"));
        shots(QStringLiteral("long"));
        m_window->resize(1024, 700);
        QCoreApplication::processEvents();
        // The bar keeps to two lines (the whole text is its tooltip), so even with the list open
        // the window fits 1024x700.
        QVERIFY2(bar()->shownText().size() < bar()->text().size(), qPrintable(bar()->shownText()));
        QVERIFY2(bar()->shownText().endsWith(QStringLiteral("…")), qPrintable(bar()->shownText()));
        QVERIFY2(m_window->minimumSizeHint().width() <= 1024 && m_window->minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->minimumSizeHint().height())));
        QCOMPARE(m_window->size(), QSize(1024, 700));
        // × dismisses what the bar shows; the next open one takes its place; the list keeps both.
        const int rows = model()->rowCount();
        QTest::mouseClick(bar()->findChild<QToolButton*>(QStringLiteral("notificationDismiss")),
                          Qt::LeftButton);
        QCOMPARE(model()->at(0).state, Notification::State::Dismissed);
        QCOMPARE(bar()->text(), running.message);
        QVERIFY(!bar()->moreButton()->isVisible());
        QCOMPARE(model()->rowCount(), rows);
        m_window->notifications()->panel()->hide();
    }
};

QTEST_MAIN(TestNotificationsDevcluster)
#include "tst_notifications_devcluster.moc"
