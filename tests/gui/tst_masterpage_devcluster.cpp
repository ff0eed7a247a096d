// The Master page through the real MainWindow against the devcluster (real ZooKeeper): the
// leader's flags (a known one shown, the search filtering), every metric of its snapshot with
// master/elected = 1 and values moving poll after poll, a charted key that gains points, and
// raising the log level: confirmed first (Cancel is the default: Enter sends nothing), the
// devcluster's level then raised, and read-only mode turning it off with the reason.
// MESOSDESK_SCREENSHOTS=DIR saves the window at 1024x700 and 1600x1000 (MESOSDESK_LANG=de...).
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "FlagsModel.h"
#include "FlagsPanel.h"
#include "LoggingPanel.h"
#include "MainWindow.h"
#include "MasterPage.h"
#include "MesosFilterProxy.h"
#include "MetricHistory.h"
#include "MetricsChart.h"
#include "MetricsModel.h"
#include "MetricsPanel.h"
#include "PageFitAudit.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "mesos/MesosSource.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

class TestMasterPageDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;
    MasterPage* m_page = nullptr;
    int m_devclusterLevel = -1;

    void shots(const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QSize before = m_window->size();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            m_window->resize(size);
            TestEnvironment::settleLayouts();
            QVERIFY(m_window->grab().save(QStringLiteral("%1/master-%2-%3x%4.png")
                                              .arg(dir, name)
                                              .arg(size.width())
                                              .arg(size.height())));
        }
        m_window->resize(before);
    }
    // The level the leading devcluster master has, asked of it directly (not through the page).
    void askDevclusterLevel() {
        QUrl url = m_window->session()->mesosSource()->master();
        url.setPath(QStringLiteral("/logging/toggle"));
        m_devclusterLevel = -1;
        m_window->session()->http()->get(url, this, [this](const HttpTransport::Response& response) {
            if (response.ok())
                m_devclusterLevel = response.body.trimmed().toInt();
        });
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(2, 1));
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (ClusterPage* page : m_window->pages())
            if (auto* master = qobject_cast<MasterPage*>(page))
                m_page = master;
        QVERIFY2(m_page, "the Master page is registered in app/ClusterPages.cpp");
        m_page->logging()->setPollInterval(std::chrono::milliseconds(300));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->mesosSource()->master().isValid(), 30000);
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(m_page);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Master"));
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void flagsShowAndFilter() {
        FlagsPanel* flags = m_page->flags();
        QTRY_COMPARE_WITH_TIMEOUT(flags->model()->valueOf(QStringLiteral("zk_session_timeout")),
                                  QStringLiteral("10secs"), 20000);
        QCOMPARE(flags->model()->valueOf(QStringLiteral("cluster")), QStringLiteral("devcluster"));
        QVERIFY(flags->statusLabel()->text().contains(QLatin1String("read at")));
        const int all = flags->proxy()->rowCount();
        QVERIFY(all > 30);
        QTest::keyClicks(flags->filterEdit(), QStringLiteral("registry_"));
        QTRY_VERIFY(flags->proxy()->rowCount() > 0 && flags->proxy()->rowCount() < all);
        for (int row = 0; row < flags->proxy()->rowCount(); ++row)
            QVERIFY(flags->proxy()
                        ->index(row, FlagsModel::Name)
                        .data()
                        .toString()
                        .contains(QLatin1String("registry_")));
        shots(QStringLiteral("flags"));
        flags->filterEdit()->clear();
        QCOMPARE(flags->proxy()->rowCount(), all);
        // On demand: the same flags again, nothing reset.
        QSignalSpy reset(flags->model(), &QAbstractItemModel::modelReset);
        const QString before = flags->statusLabel()->text();
        QTest::mouseClick(flags->refreshButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flags->statusLabel()->text().contains(QLatin1String("read at")), 10000);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(flags->model()->rowCount(), all);
        Q_UNUSED(before);
    }

    void metricsTableUpdates() {
        m_page->tabs()->setCurrentWidget(m_page->metrics());
        MetricsPanel* metrics = m_page->metrics();
        QTRY_VERIFY_WITH_TIMEOUT(metrics->model()->rowOf(QStringLiteral("master/elected")) >= 0, 20000);
        const MetricsModel* model = metrics->model();
        const int elected = model->rowOf(QStringLiteral("master/elected"));
        QCOMPARE(model->index(elected, MetricsModel::Value).data().toString(), QStringLiteral("1"));
        // Uptime moves with every snapshot: the row changes in place.
        const double uptime = model->valueOf(QStringLiteral("master/uptime_secs"));
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QTRY_VERIFY_WITH_TIMEOUT(model->valueOf(QStringLiteral("master/uptime_secs")) > uptime, 20000);
        QCOMPARE(reset.size(), 0);
        QTest::keyClicks(metrics->filterEdit(), QStringLiteral("elected"));
        QTRY_COMPARE(metrics->proxy()->rowCount(), 1);
        metrics->filterEdit()->clear();
    }

    void chartingAKeyGainsPoints() {
        MetricsPanel* metrics = m_page->metrics();
        QVERIFY(!metrics->chart()->placeholderText().isEmpty());
        QVERIFY(!metrics->chartButton()->isEnabled()); // nothing selected
        QVERIFY(metrics->selectKey(QStringLiteral("master/uptime_secs")));
        QVERIFY(metrics->selectKey(QStringLiteral("master/cpus_total"), true));
        QVERIFY(metrics->chartButton()->isEnabled());
        QTest::mouseClick(metrics->chartButton(), Qt::LeftButton);
        QCOMPARE(metrics->history()->keys().size(), 2);
        QCOMPARE(metrics->chart()->lineCount(), 2);
        QVERIFY(metrics->chart()->placeholderText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(metrics->chart()->pointCount(QStringLiteral("master/uptime_secs")) >= 3,
                                 30000);
        shots(QStringLiteral("metrics"));
        // Removable: the selected key goes, the other stays.
        QVERIFY(metrics->selectKey(QStringLiteral("master/cpus_total")));
        QVERIFY(metrics->removeButton()->isEnabled());
        QTest::mouseClick(metrics->removeButton(), Qt::LeftButton);
        QCOMPARE(metrics->chart()->lineCount(), 1);
        QCOMPARE(metrics->chart()->pointCount(QStringLiteral("master/cpus_total")), -1);
    }

    void fitsAtTheSmallestSize() {
        for (QWidget* tab :
             {static_cast<QWidget*>(m_page->flags()), static_cast<QWidget*>(m_page->metrics())}) {
            m_page->tabs()->setCurrentWidget(tab);
            const QStringList problems = pageFitProblems(m_window.get(), m_page);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }

    void enterOnTheConfirmationCancels() {
        LoggingPanel* logging = m_page->logging();
        QTRY_COMPARE_WITH_TIMEOUT(logging->currentLevel(), 0, 20000);
        QVERIFY(logging->raiseButton()->isEnabled());
        logging->levelBox()->setValue(2);
        bool sawDialog = false;
        QTimer poller;
        poller.setInterval(20);
        connect(&poller, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ConfirmDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poller.stop();
            sawDialog = true;
            QVERIFY(!dialog->actionButton()->isDefault());
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        poller.start();
        QTest::mouseClick(logging->raiseButton(), Qt::LeftButton);
        QVERIFY(sawDialog);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("to 2 for 5 minutes")));
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("puts back the level")));
        QVERIFY2(logging->actionLabel()->text().isEmpty(), "nothing was sent");
        askDevclusterLevel();
        QTRY_COMPARE_WITH_TIMEOUT(m_devclusterLevel, 0, 10000);
    }

    void confirmRaisesTheLevel() {
        LoggingPanel* logging = m_page->logging();
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(logging->raiseButton(), Qt::LeftButton);
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(logging->actionLabel()->text().contains(QLatin1String("logs at level 2")),
                                 10000);
        QCOMPARE(logging->actionLabel()->property("error").toBool(), false);
        askDevclusterLevel();
        QTRY_COMPARE_WITH_TIMEOUT(m_devclusterLevel, 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(logging->currentLevel(), 2, 10000);
        QVERIFY(logging->levelLabel()->text().endsWith(QLatin1String(": 2")));
        shots(QStringLiteral("logging"));
    }

    void readOnlyTurnsTheToggleOff() {
        auto* readOnly = m_window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
        QVERIFY(readOnly);
        readOnly->setChecked(true);
        LoggingPanel* logging = m_page->logging();
        QVERIFY(!logging->raiseButton()->isEnabled());
        QVERIFY(logging->raiseButton()->toolTip().contains(QLatin1String("Read-only")));
        QVERIFY(logging->readOnlyLabel()->isVisible());
        QVERIFY(logging->readOnlyLabel()->text().contains(QLatin1String("log level")));
        shots(QStringLiteral("readonly"));
        readOnly->setChecked(false);
        QVERIFY(logging->raiseButton()->isEnabled());
        QVERIFY(!logging->readOnlyLabel()->isVisible());
    }
};

QTEST_MAIN(TestMasterPageDevcluster)
#include "tst_masterpage_devcluster.moc"
