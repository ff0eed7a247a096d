// The first window, offscreen: the status bar follows the leader through a failover.
#include "ConnectionDialog.h"
#include "FakeMaster.h"
#include "LeaderHistoryModel.h"
#include "LeaderStatusBar.h"
#include "MainWindow.h"
#include "NotificationCenter.h"
#include "NotificationModel.h"
#include "TestEnvironment.h"
#include "core/Clock.h"
#include "core/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { Settings::RecentConnections.reset(); }

    void statusBarFollowsFailover() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        FakeMaster m1(hosts, path), m2(hosts, path);
        m1.registerNode(QStringLiteral("json.info_"),
                        FakeMaster::masterInfoJson(QStringLiteral("alpha"), 5050, QStringLiteral("1.11.0")));
        m2.registerNode(QStringLiteral("json.info_"),
                        FakeMaster::masterInfoJson(QStringLiteral("beta"), 5050, QStringLiteral("1.11.0")));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* historyEmpty = window.findChild<QLabel*>(QStringLiteral("leaderHistoryEmpty"));
        auto* historyTable = window.findChild<QTableView*>(QStringLiteral("leaderHistoryView"));
        QVERIFY(historyEmpty && historyTable);
        QVERIFY(historyTable->isHidden()); // no empty table: it says why there is nothing
        QVERIFY2(historyEmpty->text().startsWith(QLatin1String("Not connected")),
                 qPrintable(historyEmpty->text()));
        window.connectTo(ConnectionTarget::parse(QStringLiteral("zk://") + hosts + path));
        LeaderStatusBar* status = window.leaderStatus();
        QTRY_COMPARE_WITH_TIMEOUT(status->leaderText(), QStringLiteral("Leader: alpha:5050 (Mesos 1.11.0)"),
                                  5000);
        QCOMPARE(status->zooKeeperText(), QStringLiteral("ZooKeeper: connected"));
        QTRY_COMPARE_WITH_TIMEOUT(status->mastersText(), QStringLiteral("Masters: 2"), 2000);
        // These fake masters serve no HTTP: nothing said when alpha was elected, so nothing is claimed.
        QCOMPARE(status->electedText(), QStringLiteral("Elected: unknown"));
        QCOMPARE(window.leaderHistory()->rowCount(), 0); // the first leader seen is no change
        QVERIFY2(historyEmpty->text().startsWith(QLatin1String("No leader change since ")),
                 qPrintable(historyEmpty->text()));
        QVERIFY(!historyEmpty->isHidden());

        m1.close();
        QTRY_COMPARE_WITH_TIMEOUT(status->leaderText(), QStringLiteral("Leader: beta:5050 (Mesos 1.11.0)"), 2000);
        // Told at window level, in the notification stream's bar.
        NotificationBar* bar = window.notifications()->bar();
        QTRY_COMPARE_WITH_TIMEOUT(
            bar->text(), QStringLiteral("The leading Mesos master changed: alpha:5050 → beta:5050."), 2000);
        QCOMPARE(window.leaderHistory()->index(0, LeaderHistoryModel::LeaderColumn).data().toString(),
                 QStringLiteral("beta:5050"));
        QVERIFY(!historyTable->isHidden());
        QVERIFY(historyEmpty->isHidden());
        if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/mainwindow-failover.png"));

        m2.close();
        QTRY_COMPARE_WITH_TIMEOUT(status->leaderText(), QStringLiteral("Leader: none"), 2000);
        QTRY_VERIFY2_WITH_TIMEOUT(bar->text().contains(QStringLiteral("No Mesos master is leading")),
                                  qPrintable(bar->text()), 2000);
        const NotificationModel* stream = window.notifications()->model();
        QCOMPARE(stream->at(stream->current()).severity, Notification::Severity::Error);
    }

    void connectionDialogExplainsAndKeepsInput() {
        ConnectionDialog dialog;
        dialog.show();
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("connectionInput"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("connectionError"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(combo && error && ok);
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("zk://zk1:21x81/mesos"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("port")), qPrintable(error->text()));
        QCOMPARE(combo->currentText(), QStringLiteral("zk://zk1:21x81/mesos")); // nothing typed is lost
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("zk://ops:secret@zk1:2181/mesos"));
        QVERIFY(ok->isEnabled());
        QVERIFY(error->text().isEmpty());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        ConnectionDialog::remember(dialog.target());
        // Remembered for next time, without the password.
        QCOMPARE(Settings::RecentConnections.get(), QStringList{QStringLiteral("zk://ops@zk1:2181/mesos")});
        ConnectionDialog again;
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("connectionInput"))->itemText(0),
                 QStringLiteral("zk://ops@zk1:2181/mesos"));
    }

    void germanTranslationIsEmbedded() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("mesosdesk"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        LeaderStatusBar status;
        QCOMPARE(status.leaderText(), QStringLiteral("Leader: unbekannt"));
        QCOMPARE(status.zooKeeperText(), QStringLiteral("ZooKeeper: nicht verbunden"));
        QCoreApplication::removeTranslator(&translator);
        LeaderStatusBar english;
        QCOMPARE(english.leaderText(), QStringLiteral("Leader: unknown"));
    }

    // "Elected" counts from the leader's election time by the injectable clock, says so on
    // hover, and every master is described by address, role and ZooKeeper sequence.
    void statusBarSaysElectionTimeAndEveryMaster() {
        struct FixedClock : Clock {
            QDateTime nowUtc() const override {
                return QDateTime::fromSecsSinceEpoch(1700003600, QTimeZone::utc());
            }
        };
        Clock::setInstance(new FixedClock);
        LeaderStatusBar status;
        LeaderSummary summary;
        summary.state = LeaderSummary::State::Known;
        summary.leader = MasterInfo::fromJson(
            FakeMaster::masterInfoJson(QStringLiteral("alpha"), 5050, QStringLiteral("1.11.0")));
        summary.elected = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
        summary.masterCount = 2;
        summary.masters = {
            {QStringLiteral("alpha:5050"), LeaderSummary::Master::Role::Leader, 3, QStringLiteral("1.11.0")},
            {QStringLiteral("beta:5050"), LeaderSummary::Master::Role::Standby, 7, {}}};
        status.setLeader(summary);
        QCOMPARE(status.electedText(), QStringLiteral("Elected 1 h 0 min ago"));
        QVERIFY(status.electedToolTip().startsWith(QStringLiteral("Elected ")));
        QCOMPARE(status.mastersText(), QStringLiteral("Masters: 2"));
        QCOMPARE(status.mastersToolTip(), QStringLiteral("alpha:5050 — leader (ZooKeeper #3, Mesos 1.11.0)\n"
                                                         "beta:5050 — standby (ZooKeeper #7)"));
        summary.state = LeaderSummary::State::None; // nothing about a leader while there is none
        status.setLeader(summary);
        QCOMPARE(status.electedText(), QString());
        QCOMPARE(status.leaderText(), QStringLiteral("Leader: none"));
        Clock::resetInstance();
    }

    void masterUrlNeedsNoZooKeeper() {
        MainWindow window;
        window.connectTo(ConnectionTarget::parse(QStringLiteral("http://master.example:5050")));
        // Nothing has answered yet: the master named is not claimed to lead.
        QCOMPARE(window.leaderStatus()->leaderText(), QStringLiteral("Leader: unknown"));
        QCOMPARE(window.leaderStatus()->mastersText(), QStringLiteral("Via master.example:5050"));
        QCOMPARE(window.leaderStatus()->electedText(), QString());
        QCOMPARE(window.leaderStatus()->zooKeeperText(), QStringLiteral("ZooKeeper: not used"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
