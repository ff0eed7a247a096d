// The framework page (#15) through the real MainWindow against the devcluster: Marathon's page
// opened from the Frameworks table (the row action; Enter raises the same window), its
// identity (capabilities in words, failover timeout as a duration), its tasks by state (a state
// filters the list), a task killed through Marathon listed under Completed by differences, a
// task's stdout opened in the main window's Sandbox tab; the devcluster framework's page with
// its offers (one per agent, aged) and its teardown from the page (the page then says it was
// removed); nothing cut off at 1024x700. MESOSDESK_SCREENSHOTS=DIR saves the page at 1024x700
// and 1600x1000 (MESOSDESK_SCREENSHOT_LANG=de for German; the checks then read English and fail).
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "FrameworkIdentityForm.h"
#include "FrameworkPage.h"
#include "FrameworkResourcesModel.h"
#include "FrameworkTasksModel.h"
#include "FrameworkTeardown.h"
#include "FrameworksModel.h"
#include "LayoutAudit.h"
#include "MainWindow.h"
#include "MesosClusterPages.h"
#include "MesosFilterProxy.h"
#include "MesosTablePage.h"
#include "NoticeBar.h"
#include "OffersModel.h"
#include "SandboxTab.h"
#include "ScreenshotLanguage.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

class TestFrameworkPageGui : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;
    QString m_devFrameworkId;
    QNetworkAccessManager m_net;

    ClusterStore* store() const { return m_window->session()->mesosStore(); }
    MesosClusterPages* pages() const { return m_window->clusterPages(); }
    QString marathonId() const {
        for (const MesosFrameworkPtr& f : store()->frameworks())
            if (f->name == QLatin1String("marathon") && !f->completed)
                return f->id;
        return {};
    }
    QString marathonUrl() const {
        return m_devcluster.ready().value(u"marathon").toArray().first().toString();
    }
    // Marathon's REST API, answered (the test waits on the reply, not on time).
    int marathon(const QByteArray& method, const QString& path, const QJsonObject& body) {
        QNetworkRequest request(QUrl(marathonUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = m_net.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    int running(const QString& frameworkId) const {
        const MesosFrameworkPtr f = store()->frameworks().value(frameworkId);
        return f ? f->taskCounts[size_t(MesosTaskState::Running)] : 0;
    }
    FrameworkPage* openFromTable(const QString& id) {
        MesosTablePage* table = pages()->frameworksPage();
        if (!table->selectSourceRow(pages()->frameworksModel()->rowOf(id)))
            return nullptr;
        pages()->openFrameworkPageAction()->trigger();
        return pages()->frameworkPage(id);
    }
    void shots(const QString& name, QWidget* widget) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QSize before = widget->size();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            widget->resize(size);
            TestEnvironment::settleLayouts();
            QVERIFY(widget->grab().save(QStringLiteral("%1/frameworkpage-%2-%3x%4.png")
                                            .arg(dir, name)
                                            .arg(size.width())
                                            .arg(size.height())));
        }
        widget->resize(before);
    }
    void fits(QWidget* page) {
        const QSize before = page->size();
        page->resize(1024, 700);
        TestEnvironment::settleLayouts();
        const QStringList problems = LayoutAudit::problems(page);
        page->resize(before);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installScreenshotLanguage(this);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 2));
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
        for (int agent : {0, 1}) {
            const QJsonObject launched =
                m_devcluster.control("POST", QStringLiteral("/tasks"),
                                     {{QStringLiteral("name"), QStringLiteral("plain")},
                                      {QStringLiteral("cmd"), QStringLiteral("sleep 300")},
                                      {QStringLiteral("agent"), agent}});
            QCOMPARE(launched.value(QLatin1String("_status")).toInt(), 201);
            m_devFrameworkId = launched.value(QLatin1String("framework_id")).toString();
        }
        const QJsonObject app{{QStringLiteral("id"), QStringLiteral("/web")},
                              {QStringLiteral("cmd"), QStringLiteral("sleep 600")},
                              {QStringLiteral("cpus"), 0.1},
                              {QStringLiteral("mem"), 32},
                              {QStringLiteral("instances"), 2}};
        QCOMPARE(marathon("POST", QStringLiteral("/v2/apps"), app), 201);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->mesosSource()->isStreaming(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(store()->hasTasks() && !marathonId().isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(running(marathonId()), 2, 30000);
        m_window->findChild<QTabWidget*>()->setCurrentWidget(pages()->frameworksPage()->parentWidget());
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void marathonsPageShowsWhoItIsAndItsTasks() {
        const QString id = marathonId();
        FrameworkPage* page = openFromTable(id);
        QVERIFY2(page, "the row action opens the page");
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QVERIFY(page->isWindow());
        QCOMPARE(page->frameworkId(), id);
        // Enter on the row raises the same window, never a second one.
        QTest::keyClick(pages()->frameworksPage()->view(), Qt::Key_Return);
        QCOMPARE(pages()->frameworkPage(id), page);
        QCOMPARE(m_window->findChildren<FrameworkPage*>().size(), 1);

        // Before any English text is read, so that a translated run (MESOSDESK_SCREENSHOT_LANG) checks the
        // fit and saves its screens too.
        QTRY_COMPARE_WITH_TIMEOUT(page->tasksModel()->count(MesosTaskState::Running), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->details().failoverTimeout.has_value(), 15000);
        fits(page);
        shots(QStringLiteral("marathon"), page);

        FrameworkIdentityForm* identity = page->identity();
        // The first document may be a state-summary (no framework_info): the page follows the next.
        QTRY_COMPARE_WITH_TIMEOUT(identity->field(QStringLiteral("failoverTimeout"))->text(),
                                  QStringLiteral("7 d"), 15000);
        QCOMPARE(identity->field(QStringLiteral("name"))->text(), QStringLiteral("marathon"));
        QCOMPARE(identity->field(QStringLiteral("id"))->text(), id);
        QCOMPARE(identity->field(QStringLiteral("capabilities"))->text(), QStringLiteral("Partition-aware"));
        QVERIFY(identity->field(QStringLiteral("capabilities"))
                    ->toolTip()
                    .contains(QLatin1String("PARTITION_AWARE")));
        QCOMPARE(identity->field(QStringLiteral("failoverTimeout"))->text(), QStringLiteral("7 d"));
        QCOMPARE(identity->field(QStringLiteral("checkpoint"))->text(), QStringLiteral("yes"));
        QCOMPARE(identity->field(QStringLiteral("roles"))->text(), QStringLiteral("*"));
        QCOMPARE(identity->field(QStringLiteral("principal"))->text(), QStringLiteral("not reported"));
        QVERIFY2(identity->field(QStringLiteral("registered"))
                     ->text()
                     .contains(QRegularExpression(QStringLiteral("\\((now|.* ago)\\)$"))),
                 qPrintable(identity->field(QStringLiteral("registered"))->text()));
        QVERIFY(
            identity->field(QStringLiteral("webui"))->text().startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(identity->field(QStringLiteral("webui"))->textFormat(), Qt::PlainText);
        QVERIFY(identity->openWebUiButton()->isEnabled());
        QVERIFY(page->notice()->isHidden()); // active and connected: nothing to warn of
        // Its two tasks' resources against the cluster's.
        const QModelIndex cpus =
            page->resources()->index(FrameworkResourcesModel::Cpus, FrameworkResourcesModel::Used);
        QTRY_VERIFY2_WITH_TIMEOUT(cpus.data().toString().startsWith(QLatin1String("0.2 / ")),
                                  qPrintable(cpus.data().toString()), 10000);

        // Tasks by state: two running; the state filters the list.
        QTRY_COMPARE_WITH_TIMEOUT(page->tasksModel()->count(MesosTaskState::Running), 2, 10000);
        QToolButton* runningButton = page->stateButton(QStringLiteral("TASK_RUNNING"));
        QVERIFY(runningButton->isVisible());
        QCOMPARE(runningButton->text(), QStringLiteral("Running: 2"));
        QVERIFY(page->stateButton(QStringLiteral("TASK_KILLED"))->isHidden());
        QTest::mouseClick(runningButton, Qt::LeftButton);
        QCOMPARE(page->tasksProxy()->category(), QStringLiteral("TASK_RUNNING"));
        QCOMPARE(page->tasksProxy()->rowCount(), 2);
        // Marathon holds no offers in the devcluster: said once polled.
        QTRY_VERIFY2_WITH_TIMEOUT(page->offersStatus()->text().contains(QLatin1String("Holds no offers")),
                                  qPrintable(page->offersStatus()->text()), 15000);
        QCOMPARE(page->offersModel()->rowCount(), 0);

        // A task killed through Marathon: listed as completed (Marathon starts a replacement), by
        // differences.
        QSignalSpy resets(page->tasksModel(), &QAbstractItemModel::modelReset);
        const QString victim = page->tasksModel()->at(0)->id;
        QCOMPARE(marathon("POST", QStringLiteral("/v2/tasks/delete"),
                          {{QStringLiteral("ids"), QJsonArray{victim}}}),
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(page->tasksModel()->count(MesosTaskState::Killed), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(page->tasksModel()->count(MesosTaskState::Running), 2, 20000);
        QCOMPARE(page->tasksModel()->completedCount(), 1);
        QCOMPARE(resets.size(), 0);
        QToolButton* completed = page->stateButton(QStringLiteral("completed"));
        QCOMPARE(completed->text(), QStringLiteral("Completed: 1"));
        QVERIFY(page->stateButton(QStringLiteral("TASK_KILLED"))->isVisible());
        QTest::mouseClick(completed, Qt::LeftButton);
        QCOMPARE(page->tasksProxy()->rowCount(), 1);
        QCOMPARE(page->tasksProxy()->index(0, TasksModel::Id).data().toString(), victim);
        shots(QStringLiteral("marathon-completed"), page);

        // A task's stdout: the main window's Sandbox tab.
        QTest::mouseClick(page->stateButton(QStringLiteral("live")), Qt::LeftButton);
        QCOMPARE(page->tasksProxy()->rowCount(), 2);
        page->tasksView()->setCurrentIndex(page->tasksProxy()->index(0, 0));
        QVERIFY(page->openStdoutAction()->isEnabled());
        QSignalSpy logs(pages(), &MesosClusterPages::openLogsRequested);
        page->openStdoutAction()->trigger();
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.first().at(1).toString(), QStringLiteral("stdout"));
        QCOMPARE(m_window->findChild<QTabWidget*>()->currentWidget(),
                 static_cast<QWidget*>(m_window->sandboxTab()));
        // The window's read-only switch reaches the open page's teardown.
        QVERIFY(page->teardown()->action()->isEnabled());
        auto* readOnly = m_window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
        readOnly->setChecked(true);
        QVERIFY(!page->teardown()->action()->isEnabled());
        QVERIFY(page->teardown()->action()->toolTip().contains(QLatin1String("Read-only")));
        readOnly->setChecked(false);
        QVERIFY(page->teardown()->action()->isEnabled());
        page->close();
        QTRY_VERIFY(!pages()->frameworkPage(id)); // deleted on close
    }

    void devclusterFrameworkHoldsOffersAndIsTornDownFromItsPage() {
        m_window->findChild<QTabWidget*>()->setCurrentWidget(pages()->frameworksPage()->parentWidget());
        FrameworkPage* page = openFromTable(m_devFrameworkId);
        QVERIFY(page);
        QVERIFY(QTest::qWaitForWindowExposed(page));
        // One offer per agent (its unused resources), with its age.
        QTRY_COMPARE_WITH_TIMEOUT(page->offersModel()->rowCount(), 2, 15000);
        QVERIFY(page->offersStatus()->text().contains(QLatin1String("Holds 2 offer")));
        QVERIFY(!page->offersModel()->index(0, OffersModel::Age).data().toString().isEmpty());
        const QModelIndex offered =
            page->resources()->index(FrameworkResourcesModel::Cpus, FrameworkResourcesModel::Offered);
        // What the master counts as offered to it: the offers' CPUs (each agent's 4 less what runs there).
        double offeredCpus = 0;
        for (int row = 0; row < page->offersModel()->rowCount(); ++row)
            offeredCpus += page->offersModel()->at(row)->amount(QStringLiteral("cpus"));
        QTRY_COMPARE_WITH_TIMEOUT(offered.data().toString(),
                                  QStringLiteral("%1 / 8").arg(QString::number(offeredCpus, 'g', 6)), 10000);
        QCOMPARE(page->resources()
                     ->index(FrameworkResourcesModel::Cpus, FrameworkResourcesModel::Reserved)
                     .data()
                     .toString(),
                 QStringLiteral("0 / 8")); // the v1 stream's resources tell reservations: none here
        shots(QStringLiteral("devcluster"), page);

        // Torn down from its page: typed confirmation, then the page says so plainly.
        QAction* teardown = page->teardown()->action();
        QVERIFY(teardown->isEnabled());
        bool seen = false;
        QTimer poller;
        poller.setInterval(20);
        connect(&poller, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ConfirmDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poller.stop();
            seen = true;
            QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("devcluster"));
            QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
        });
        poller.start();
        teardown->trigger();
        QVERIFY(seen);
        QTRY_VERIFY_WITH_TIMEOUT(!page->notice()->isHidden(), 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(page->notice()->text().contains(QLatin1String("removed from the cluster")),
                                  qPrintable(page->notice()->text()), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(page->tasksModel()->count(MesosTaskState::Killed), 2, 15000);
        QVERIFY(!teardown->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(page->offersModel()->rowCount(), 0, 15000);
        QCOMPARE(offered.data().toString(), QStringLiteral("0 / 8")); // its last offers are not shown as held
        // Never "registered" any more; its time is known when a document (not FRAMEWORK_REMOVED) says it.
        const QString unregistered = page->identity()->field(QStringLiteral("unregistered"))->text();
        QVERIFY2(!unregistered.contains(QLatin1String("registered")), qPrintable(unregistered));
        fits(page);
        shots(QStringLiteral("torn-down"), page);
        page->close();
    }
};

QTEST_MAIN(TestFrameworkPageGui)
#include "tst_frameworkpage_gui.moc"
