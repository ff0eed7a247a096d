// Framework teardown from the Frameworks tab of the real MainWindow against the devcluster: the
// confirmation (Cancel the default, the action enabled only by the typed name, what is killed and
// lost, Marathon's warning), the teardown of the devcluster's own framework (the tab shows it
// completed and its tasks killed by the master), the action off in read-only mode and for a
// completed framework. The Offers page: the devcluster framework's offer on each agent (its
// unused resources), its count on top of the holders, and the offers gone with the framework.
// MESOSDESK_SCREENSHOTS=DIR saves the dialogs, the tab and the Offers page at 1024x700 and
// 1600x1000 (MESOSDESK_SCREENSHOT_LANG=de for German; the checks then read English and fail).
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "FrameworkTeardown.h"
#include "FrameworksModel.h"
#include "MainWindow.h"
#include "MesosClusterPages.h"
#include "MesosDetailPane.h"
#include "MesosTablePage.h"
#include "OfferHoldersModel.h"
#include "OffersModel.h"
#include "OffersPage.h"
#include "ScreenshotLanguage.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"
#include "mesos/MesosTaskState.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

class TestTeardownGui : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;
    QString m_frameworkId; // the devcluster's own framework
    QStringList m_taskIds;

    ClusterStore* store() const { return m_window->session()->mesosStore(); }
    MesosClusterPages* pages() const { return m_window->clusterPages(); }
    QAction* action() const { return pages()->teardown()->action(); }
    OffersPage* offersPage() const {
        for (ClusterPage* page : m_window->pages())
            if (auto* offers = qobject_cast<OffersPage*>(page))
                return offers;
        return nullptr;
    }
    MesosFrameworkPtr framework(const QString& id) const { return store()->frameworks().value(id); }
    QString marathonId() const {
        for (const MesosFrameworkPtr& f : store()->frameworks())
            if (f->name == QLatin1String("marathon") && !f->completed)
                return f->id;
        return {};
    }
    bool select(const QString& id) {
        return pages()->frameworksPage()->selectSourceRow(pages()->frameworksModel()->rowOf(id));
    }
    void shots(const QString& name, QWidget* widget) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QSize before = m_window->size();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            m_window->resize(size);
            TestEnvironment::settleLayouts();
            QVERIFY(widget->grab().save(QStringLiteral("%1/teardown-%2-%3x%4.png")
                                            .arg(dir, name)
                                            .arg(size.width())
                                            .arg(size.height())));
        }
        m_window->resize(before);
    }
    // Opens the real dialog, hands it to check, which closes it.
    void withDialog(const std::function<void(ConfirmDialog*)>& check) {
        bool seen = false;
        QTimer poller;
        poller.setInterval(20);
        connect(&poller, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ConfirmDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poller.stop();
            seen = true;
            check(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        poller.start();
        action()->trigger();
        QVERIFY2(seen, "the teardown confirmation was shown");
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
                                     {{QStringLiteral("name"), QStringLiteral("victim")},
                                      {QStringLiteral("cmd"), QStringLiteral("sleep 300")},
                                      {QStringLiteral("agent"), agent}});
            QCOMPARE(launched.value(QLatin1String("_status")).toInt(), 201);
            m_frameworkId = launched.value(QLatin1String("framework_id")).toString();
            m_taskIds << launched.value(QLatin1String("id")).toString();
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->mesosSource()->isStreaming(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(framework(m_frameworkId) && framework(m_frameworkId)->activeTasks() == 2,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(store()->hasTasks() && store()->tasks().size() >= 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!marathonId().isEmpty(), 30000);
        m_window->findChild<QTabWidget*>()->setCurrentWidget(pages()->frameworksPage()->parentWidget());
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void nothingSelectedNothingToTearDown() {
        pages()->frameworksPage()->view()->setCurrentIndex({});
        QVERIFY(!action()->isEnabled());
        auto* button = pages()->frameworksPage()->detail()->findChild<QToolButton*>(
            QStringLiteral("teardownFrameworkActionButton"));
        QVERIFY2(button, "the detail pane has the teardown button");
        QVERIFY(!button->isEnabled());
    }

    void cancelIsTheDefaultAndTheNameMustBeTyped() {
        QVERIFY(select(m_frameworkId));
        QVERIFY(action()->isEnabled());
        withDialog([&](ConfirmDialog* dialog) {
            auto* cancel = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
            QVERIFY(cancel->isDefault());
            QVERIFY(!dialog->actionButton()->isEnabled());
            QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("devcluste"));
            QVERIFY(!dialog->actionButton()->isEnabled());
            QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("r"));
            QVERIFY(dialog->actionButton()->isEnabled());
            shots(QStringLiteral("dialog"), dialog);
        });
        QVERIFY2(ConfirmDialog::lastText().contains(QLatin1String("2 running task")),
                 qPrintable(ConfirmDialog::lastText()));
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("cannot register again")));
        QVERIFY(!ConfirmDialog::lastText().contains(QLatin1String("Marathon")));
        QVERIFY(framework(m_frameworkId)->active);
    }

    void marathonIsWarnedAbout() {
        QVERIFY(select(marathonId()));
        withDialog([&](ConfirmDialog* dialog) {
            shots(QStringLiteral("marathon-dialog"), dialog);
            dialog->reject();
        });
        QVERIFY2(ConfirmDialog::lastText().contains(QLatin1String("Warning: this is Marathon")),
                 qPrintable(ConfirmDialog::lastText()));
        QVERIFY(!framework(marathonId())->completed);
    }

    void readOnlyTurnsItOff() {
        QVERIFY(select(m_frameworkId));
        auto* readOnly = m_window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
        readOnly->setChecked(true);
        QVERIFY(!action()->isEnabled());
        QVERIFY(action()->toolTip().contains(QLatin1String("Read-only")));
        readOnly->setChecked(false);
        QVERIFY(action()->isEnabled());
    }

    void offersPageShowsTheOffers() {
        OffersPage* page = offersPage();
        QVERIFY2(page, "the Offers page is registered in app/ClusterPages.cpp");
        page->setPollInterval(std::chrono::milliseconds(300));
        auto* tabs = m_window->findChild<QTabWidget*>();
        tabs->setCurrentWidget(page);
        // One offer per agent, held by the devcluster framework: each agent's 4 CPUs less its task's 0.1.
        QTRY_COMPARE_WITH_TIMEOUT(page->offers()->rowCount(), 2, 15000);
        for (int row = 0; row < 2; ++row) {
            const MesosOffer* offer = page->offers()->at(row);
            QCOMPARE(offer->frameworkId, m_frameworkId);
            // host:port where the cluster view knows the agent's port, else the host the offer names.
            QVERIFY2(offer->hostname.startsWith(QLatin1String("127.0.0.1")), qPrintable(offer->hostname));
            QCOMPARE(offer->amount(QStringLiteral("cpus")), 3.9);
            QCOMPARE(page->offers()->index(row, OffersModel::Framework).data().toString(),
                     QStringLiteral("devcluster"));
            QVERIFY(offer->portCount > 0);
        }
        QVERIFY(page->holders()->rowCount() >= 1);
        const QModelIndex top = page->holdersView()->model()->index(0, OfferHoldersModel::Framework);
        QCOMPARE(top.data().toString(), QStringLiteral("devcluster"));
        QCOMPARE(page->holdersView()->model()->index(0, OfferHoldersModel::Offers).data().toInt(), 2);
        shots(QStringLiteral("offers"), m_window.get());
        tabs->setCurrentWidget(pages()->frameworksPage()->parentWidget());
    }

    void teardownShowsTheFrameworkCompletedAndItsTasksKilled() {
        QVERIFY(select(m_frameworkId));
        withDialog([&](ConfirmDialog* dialog) {
            QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("devcluster"));
            QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
        });
        QTRY_VERIFY_WITH_TIMEOUT(framework(m_frameworkId)->completed, 15000);
        for (const QString& id : std::as_const(m_taskIds)) {
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(store()->tasks().cbegin(), store()->tasks().cend(),
                                                 [&](const MesosTaskPtr& t) {
                                                     return t->id == id && t->state == MesosTaskState::Killed;
                                                 }),
                                     15000);
        }
        FrameworksModel* model = pages()->frameworksModel();
        const int row = model->rowOf(m_frameworkId);
        QCOMPARE(model->index(row, FrameworksModel::Active).data().toString(), QStringLiteral("completed"));
        QCOMPARE(model->index(row, FrameworksModel::ActiveTasks).data().toInt(), 0);
        auto* feedback =
            pages()->frameworksPage()->parentWidget()->findChild<QLabel*>(QStringLiteral("teardownFeedback"));
        QVERIFY(!feedback->isHidden());
        QVERIFY2(feedback->text().contains(QLatin1String("torn down")), qPrintable(feedback->text()));
        QVERIFY(!action()->isEnabled()); // already removed
        shots(QStringLiteral("completed"), m_window.get());
        // Its offers are rescinded with it.
        QTRY_COMPARE_WITH_TIMEOUT(offersPage()->offers()->rowCount(), 0, 15000);
        QCOMPARE(offersPage()->holders()->rowCount(), 0);
    }
};

QTEST_MAIN(TestTeardownGui)
#include "tst_teardown_gui.moc"
