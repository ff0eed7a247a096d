// The Marathon tab's Leader tab through the real MainWindow against the devcluster (two Marathons on
// a real ZooKeeper): the leader named by ZooKeeper and by /v2/leader is the devcluster's own, the
// configuration is the leader's real one (its --zk and --master, not placeholders), Abdicate is
// confirmed first (Cancel answers "no": nothing is sent), then the other instance takes over and
// the page and the Marathon tab follow it without losing the app the operator had selected.
// Read-only mode turns Abdicate off and says why.
// MESOSDESK_SCREENSHOTS=DIR saves the page at 1024x700 and 1600x1000.
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "MainWindow.h"
#include "MarathonConfigModel.h"
#include "MarathonLeaderPage.h"
#include "MarathonPanel.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonLeaderDetector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUrl>
#include <QtTest>

class TestMarathonLeaderGui : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;
    MarathonLeaderPage* m_page = nullptr;

    // The devcluster's own truth: "127.0.0.1:PORT" of the Marathon that leads, empty when none.
    QString trueLeader() {
        for (const QJsonValue& node : m_devcluster.control("GET", QStringLiteral("/state"))
                                          .value(QLatin1String("marathon"))
                                          .toArray()) {
            const QJsonObject o = node.toObject();
            if (o.value(QLatin1String("leading")).toBool()) {
                const QUrl url(o.value(QLatin1String("url")).toString());
                return QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
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
            QVERIFY(m_window->grab().save(QStringLiteral("%1/marathonleader-%2-%3x%4.png")
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
        QVERIFY2(m_devcluster.start(2, 1), "the devcluster with two masters (and two Marathons) starting");
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        MarathonPanel* panel = m_window->marathonPanel();
        QVERIFY2(panel, "the Marathon tab exists once connected");
        m_page = panel->leaderPage();
        QVERIFY2(m_page, "the Marathon tab has its Leader tab");
        new QAbstractItemModelTester(m_page->configModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
        m_page->setPollInterval(std::chrono::milliseconds(300));
        m_window->tabs()->setCurrentWidget(panel);
        panel->tabs()->setCurrentWidget(m_page);
        QCOMPARE(panel->tabs()->tabText(panel->tabs()->currentIndex()), QStringLiteral("Leader"));
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void showsTheTrueLeaderAndItsConfiguration() {
        QTRY_VERIFY2_WITH_TIMEOUT(!trueLeader().isEmpty(), "a Marathon leads in the devcluster", 30000);
        const QString leader = trueLeader();
        QTRY_VERIFY2_WITH_TIMEOUT(m_page->leaderLabel()->text().contains(leader),
                                  qPrintable(QStringLiteral("ZooKeeper's leader %1 named; shown: %2")
                                                 .arg(leader, m_page->leaderLabel()->text())),
                                  30000);
        QVERIFY2(m_page->leaderLabel()->text().contains(QLatin1String("2 instance")),
                 qPrintable(m_page->leaderLabel()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->apiLeaderLabel()->text(),
                                  QStringLiteral("Marathon's /v2/leader: ") + leader, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->configModel()->rowCount() > 20, 20000);
        // The real flags: ZooKeeper's URL names the test's ZooKeeper and Marathon's own path.
        const QString zk =
            m_page->configModel()->value(QStringLiteral("zookeeper_config"), QStringLiteral("zk"));
        QVERIFY2(zk.startsWith(QLatin1String("zk://")) && zk.contains(m_devcluster.marathonZkPath()),
                 qPrintable(zk));
        const QString master =
            m_page->configModel()->value(QStringLiteral("marathon_config"), QStringLiteral("master"));
        QVERIFY2(!master.isEmpty(), "--master is reported");
        QVERIFY2(m_page->versionLabel()->text().startsWith(QLatin1String("Marathon 1.")),
                 qPrintable(m_page->versionLabel()->text()));
        QVERIFY(m_page->abdicateButton()->isEnabled());
        shots(QStringLiteral("leader"));
    }

    void cancelSendsNothing() {
        const QString leader = trueLeader();
        ConfirmDialog::setNextAnswer(false);
        m_page->abdicateButton()->click();
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        QVERIFY2(ConfirmDialog::lastText().contains(leader), qPrintable(ConfirmDialog::lastText()));
        QVERIFY(m_page->statusLabel()->isHidden());
        QCOMPARE(trueLeader(), leader);
    }

    void abdicateHandsOverAndTheMarathonTabFollows() {
        MarathonPanel* panel = m_window->marathonPanel();
        QVERIFY(panel);
        const QString before = trueLeader();
        ConfirmDialog::setNextAnswer(true);
        m_page->abdicateButton()->click();
        // The other instance is elected; the page says so once ZooKeeper names it.
        QTRY_VERIFY2_WITH_TIMEOUT(!trueLeader().isEmpty() && trueLeader() != before,
                                  "the other Marathon leads", 30000);
        const QString after = trueLeader();
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_page->statusLabel()->text().contains(after + QStringLiteral(" leads now")),
            qPrintable(m_page->statusLabel()->text()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->leaderLabel()->text().contains(after), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->apiLeaderLabel()->text(),
                                  QStringLiteral("Marathon's /v2/leader: ") + after, 20000);
        QVERIFY(m_page->abdicateButton()->isEnabled());
        // The Marathon tab is the same panel, following the new leader (no new session).
        QCOMPARE(m_window->marathonPanel(), panel);
        shots(QStringLiteral("after-abdicate"));
    }

    void readOnlyTurnsItOff() {
        QAction* readOnly = m_window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
        QVERIFY2(readOnly, "File > Read-only");
        readOnly->setChecked(true);
        QVERIFY(!m_page->abdicateButton()->isEnabled());
        QVERIFY(m_page->abdicateButton()->toolTip().contains(QLatin1String("Read-only")));
        readOnly->setChecked(false);
        QVERIFY(m_page->abdicateButton()->isEnabled());
    }
};

QTEST_MAIN(TestMarathonLeaderGui)
#include "tst_marathonleader_gui.moc"
