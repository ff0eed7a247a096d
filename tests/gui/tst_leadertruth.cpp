// What the window says of the leader is true, through the real MainWindow against the
// devcluster (real ZooKeeper, three simulated masters): a standby's URL is called a standby
// and its leader followed; "Elected" is the leader's own election time; a reconnect records
// no leader change and keeps the tab; another cluster leaves nothing of the previous one;
// the title tells "no leader"; a malformed URL is refused with the reason.
#include "ConnectionDialog.h"
#include "DevClusterProcess.h"
#include "LeaderHistoryModel.h"
#include "LeaderStatusBar.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "TestEnvironment.h"
#include "core/ClusterLeader.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"
#include "mesos/MesosSource.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeZone>
#include <QtTest>

class TestLeaderTruth : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    HttpTransport m_http;

    QJsonArray masters() {
        return m_devcluster.control("GET", QStringLiteral("/state")).value(u"masters").toArray();
    }
    QJsonObject masterWhere(bool leading) {
        for (const QJsonValue& m : masters())
            if (m.toObject().value(u"running").toBool() && m.toObject().value(u"leading").toBool() == leading)
                return m.toObject();
        return {};
    }
    static QString authority(const QJsonObject& master) {
        return QUrl(master.value(u"url").toString()).authority();
    }
    // GET_MASTER straight from the leader: what it says of its election.
    QDateTime electedTimeOf(const QString& url) {
        QDateTime elected;
        bool done = false;
        m_http.send("POST", QUrl(url + QStringLiteral("/api/v1")), R"({"type":"GET_MASTER"})",
                    "application/json", &m_http, [&](const HttpTransport::Response& r) {
                        const double t =
                            QJsonDocument::fromJson(r.body)[u"get_master"][u"elected_time"].toDouble();
                        elected = QDateTime::fromMSecsSinceEpoch(qint64(t * 1000), QTimeZone::utc());
                        done = true;
                    });
        TestEnvironment::waitUntil([&] { return done; }, 10000);
        return elected;
    }
    static void screenshot(MainWindow& window, const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            window.resize(size);
            QCoreApplication::processEvents();
            window.grab().save(
                QStringLiteral("%1/%2-%3x%4.png").arg(dir, name).arg(size.width()).arg(size.height()));
        }
    }
    static QString known(const MainWindow& window) {
        if (!window.session() || window.session()->leader()->summary().state != LeaderSummary::State::Known)
            return {};
        return window.session()->leader()->summary().leader.hostPort();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(3, 1));
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
    }
    void cleanupTestCase() {
        m_devcluster.stop();
        Settings::MarathonZkPath.reset();
    }

    void standbyUrlIsCalledStandbyAndItsLeaderFollowed() {
        const QJsonObject standby = masterWhere(false);
        const QJsonObject leader = masterWhere(true);
        QVERIFY(!standby.isEmpty() && !leader.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(standby.value(u"url").toString()));
        LeaderStatusBar* status = window.leaderStatus();
        QTRY_COMPARE_WITH_TIMEOUT(status->leaderText(),
                                  QStringLiteral("Leader: %1 (Mesos 1.11.0)").arg(authority(leader)), 20000);
        QCOMPARE(status->mastersText(), QStringLiteral("Via standby %1").arg(authority(standby)));
        QVERIFY2(status->mastersToolTip().contains(QStringLiteral("%1 — standby").arg(authority(standby))),
                 qPrintable(status->mastersToolTip()));
        QVERIFY(status->mastersToolTip().contains(QStringLiteral("%1 — leader").arg(authority(leader))));
        auto* card = window.findChild<QLabel*>(QStringLiteral("leaderCard"));
        QVERIFY(card->text().contains(QStringLiteral("Leading master: %1").arg(authority(leader))));
        QVERIFY2(card->text().contains(QStringLiteral("standby %1").arg(authority(standby))),
                 qPrintable(card->text()));
        // The data comes from the leader, not from the standby that was named.
        QCOMPARE(window.session()->mesosSource()->master().authority(), authority(leader));
        QVERIFY2(!window.windowTitle().contains(QStringLiteral("no leader")),
                 qPrintable(window.windowTitle()));
        screenshot(window, QStringLiteral("leader-standby-url"));
    }

    void electedIsTheLeadersElectionTime() {
        const QJsonObject leader = masterWhere(true);
        const QDateTime elected = electedTimeOf(leader.value(u"url").toString());
        QVERIFY(elected.isValid());
        MainWindow window;
        window.show();
        const QDateTime connected = QDateTime::currentDateTimeUtc();
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->leader()->summary().elected.isValid(), 20000);
        QCOMPARE(window.session()->leader()->summary().elected.toMSecsSinceEpoch(),
                 elected.toMSecsSinceEpoch());
        QVERIFY(elected < connected); // the devcluster elected it before this test connected
        LeaderStatusBar* status = window.leaderStatus();
        QVERIFY2(status->electedText().startsWith(QStringLiteral("Elected ")),
                 qPrintable(status->electedText()));
        QVERIFY(status->electedToolTip().contains(
            QLocale().toString(elected.toLocalTime(), QLocale::LongFormat)));
        // Every master by address and role, with its ZooKeeper sequence.
        QTRY_COMPARE_WITH_TIMEOUT(status->mastersText(), QStringLiteral("Masters: 3"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(status->mastersToolTip().count(QStringLiteral("ZooKeeper #")), 3, 10000);
        QCOMPARE(status->mastersToolTip().count(QStringLiteral(" — standby")), 2);
        QVERIFY(status->mastersToolTip().startsWith(authority(leader) + QStringLiteral(" — leader")));
        screenshot(window, QStringLiteral("leader-zookeeper"));
    }

    void reconnectRecordsNoChangeAndKeepsTheTab() {
        MainWindow window;
        window.show();
        const ConnectionTarget target = ConnectionTarget::parse(m_devcluster.zkUrl());
        window.connectTo(target);
        QTRY_VERIFY_WITH_TIMEOUT(!known(window).isEmpty(), 20000);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(window.marathonPanel());
        const int rows = window.leaderHistory()->rowCount();
        window.connectTo(target); // File → Connect to the same cluster
        QCOMPARE(tabs->currentWidget(), window.marathonPanel());
        QTRY_VERIFY_WITH_TIMEOUT(!known(window).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->marathonSource()->marathonUrl().isEmpty(), 20000);
        QCoreApplication::processEvents();
        QCOMPARE(window.leaderHistory()->rowCount(), rows);
        QCOMPARE(tabs->currentWidget(), window.marathonPanel());
    }

    void anotherClusterLeavesNothingOfThePrevious() {
        MainWindow window;
        window.show();
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        LeaderStatusBar* status = window.leaderStatus();
        QTRY_VERIFY_WITH_TIMEOUT(status->marathonText() != QStringLiteral("Marathon: none"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!known(window).isEmpty(), 20000);
        // Nothing listens on port 1: a cluster of which nothing is known.
        window.connectTo(ConnectionTarget::parse(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(status->marathonText(), QStringLiteral("Marathon: none"));
        QCOMPARE(status->leaderText(), QStringLiteral("Leader: unknown"));
        QCOMPARE(status->electedText(), QString());
        QCOMPARE(window.leaderHistory()->rowCount(), 0);
        QVERIFY(window.windowTitle().contains(QStringLiteral("127.0.0.1:1")));
    }

    void malformedUrlIsRefusedWithTheReason() {
        ConnectionDialog dialog;
        dialog.show();
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("connectionInput"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("connectionError"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("http//master:5050"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("did you mean \"http://master:5050\"")),
                 qPrintable(error->text()));
        if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/connect-dialog-error.png"));

        // The command line refuses it too, before any window opens.
        for (const QStringList& args :
             {QStringList{QStringLiteral("--master"), QStringLiteral("http//master:5050")},
              QStringList{QStringLiteral("--zk"), QStringLiteral("http://master:5050")}}) {
            QProcess app;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            app.setProcessEnvironment(env);
            app.start(TestEnvironment::binDir() + QStringLiteral("/mesosdesk"), args);
            QVERIFY2(app.waitForFinished(30000), "mesosdesk did not exit within 30 s on a malformed URL");
            QCOMPARE(app.exitCode(), 2);
            const QString err = QString::fromUtf8(app.readAllStandardError());
            QVERIFY2(err.contains(QStringLiteral("cannot connect to")) &&
                         (err.contains(QStringLiteral("did you mean")) ||
                          err.contains(QStringLiteral("--zk takes"))),
                     qPrintable(err));
        }
    }

    // Last: it kills masters.
    void titleSaysNoLeaderWhenTheMastersAreGone() {
        MainWindow window;
        window.show();
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(!known(window).isEmpty(), 20000);
        QCOMPARE(window.leaderHistory()->rowCount(), 0); // seeing the leader is no change
        const QString first = known(window);
        const QJsonObject leader = masterWhere(true);
        QCOMPARE(m_devcluster
                     .control("POST", QStringLiteral("/masters/%1/kill").arg(leader.value(u"index").toInt()))
                     .value(u"_status")
                     .toInt(),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(!known(window).isEmpty() && known(window) != first, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window.leaderHistory()->rowCount(), 1, 5000);
        QCOMPARE(window.leaderHistory()->index(0, LeaderHistoryModel::LeaderColumn).data().toString(),
                 known(window));
        for (const QJsonValue& m : masters())
            if (m.toObject().value(u"running").toBool())
                m_devcluster.control(
                    "POST", QStringLiteral("/masters/%1/kill").arg(m.toObject().value(u"index").toInt()));
        QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(QStringLiteral("no leader")), 30000);
        LeaderStatusBar* status = window.leaderStatus();
        QCOMPARE(status->leaderText(), QStringLiteral("Leader: none"));
        QCOMPARE(status->electedText(), QString()); // nothing about a leader while there is none
        QCOMPARE(window.leaderHistory()->index(0, LeaderHistoryModel::LeaderColumn).data().toString(),
                 QStringLiteral("no leader"));
        screenshot(window, QStringLiteral("leader-none"));
    }
};

QTEST_MAIN(TestLeaderTruth)
#include "tst_leadertruth.moc"
