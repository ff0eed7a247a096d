// Why is it waiting, and is it healthy (#16), through the real MainWindow against the
// devcluster: an app larger than any agent shows each reason with its counts and which agents
// refused; an app that keeps failing shows its launch delay counting down; an app whose health
// check fails shows the failure's cause on its Health tab. Screenshots at 1024x700 and 1600x1000.
#include "AppPage.h"
#include "AppsModel.h"
#include "AppsView.h"
#include "ChecksView.h"
#include "DevClusterProcess.h"
#include "HealthResultsModel.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "OfferRejectsModel.h"
#include "ScreenshotLanguage.h"
#include "TestEnvironment.h"
#include "UnusedOffersModel.h"
#include "WaitingView.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonClient.h"
#include "marathon/MarathonSource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

namespace {
QString shotDir() {
    return qEnvironmentVariable("MESOSDESK_SCREENSHOTS", QStringLiteral("/tmp"));
}

QJsonObject app(const QString& id, const QString& cmd, double cpus = 0.1) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("cmd"), cmd},
            {QStringLiteral("instances"), 1},
            {QStringLiteral("cpus"), cpus},
            {QStringLiteral("mem"), 32}};
}

int secondsIn(const QString& delayText) {
    const auto m = QRegularExpression(QStringLiteral("in (?:(\\d+) min )?(\\d+) s")).match(delayText);
    return m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
}
} // namespace

class TestWaitingGui : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;

    void create(MarathonClient* client, const QJsonObject& definition) {
        bool done = false;
        QString error;
        client->createApp(definition, this, [&](const MarathonResult& r) {
            done = true;
            error = r.error.isError() ? r.error.summary() : QString();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void shots(QWidget* window, const QString& name) {
        for (const QSize& size : {QSize(1024, 700), QSize(1600, 1000)}) {
            window->resize(size);
            QCoreApplication::processEvents();
            const QString lang = qEnvironmentVariable("MESOSDESK_SCREENSHOT_LANG");
            QVERIFY(window->grab().save(QStringLiteral("%1/waiting_%2%3_%4x%5.png")
                                            .arg(shotDir(), name, lang.isEmpty() ? QString() : u'_' + lang)
                                            .arg(size.width())
                                            .arg(size.height())));
        }
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installScreenshotLanguage(this);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 3));
    }
    void cleanupTestCase() { m_devcluster.stop(); }

    void whyWaitingDelayAndHealth() {
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        MarathonPanel* panel = window.marathonPanel();
        QVERIFY(panel);
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(panel);
        MarathonSource* source = window.session()->marathonSource();
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 20000);
        AppPage* page = panel->appPage();
        WaitingView* waiting = page->waitingView();
        auto select = [&](const QString& id) {
            QTRY_VERIFY_WITH_TIMEOUT(panel->appsModel()->app(id), 15000);
            QVERIFY(panel->appsView()->selectApp(id));
            QTRY_COMPARE_WITH_TIMEOUT(page->appId(), id, 5000);
        };

        // 100 CPUs: no agent has them. Every agent's last offer is declined for CPUs.
        const QString huge = QStringLiteral("/waiting/huge");
        create(source->client(), app(huge, QStringLiteral("sleep 600"), 100));
        select(huge);
        page->tabs()->setCurrentWidget(page->findChild<QWidget*>(QStringLiteral("debugScroll")));
        const OfferRejectsModel* rejects = waiting->rejectsModel();
        auto rowOf = [rejects](const QString& reason) {
            for (int r = 0; r < rejects->rowCount(); ++r)
                if (rejects->index(r, 0).data(OfferRejectsModel::ReasonNameRole).toString() == reason)
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("InsufficientCpus")) >= 0, 15000);
        const int cpus = rowOf(QStringLiteral("InsufficientCpus"));
        QCOMPARE(rejects->index(cpus, OfferRejectsModel::ReasonColumn).data().toString(),
                 QStringLiteral("Not enough CPUs"));
        QTRY_COMPARE_WITH_TIMEOUT(rejects->index(cpus, OfferRejectsModel::LastOffersColumn).data().toString(),
                                  QStringLiteral("3 of 3"), 10000);
        QVERIFY(rejects->index(cpus, OfferRejectsModel::LaunchAttemptColumn)
                    .data(OfferRejectsModel::DeclinedRole)
                    .toInt() >= 3);
        QCOMPARE(
            rejects->index(rowOf(QStringLiteral("InsufficientMemory")), OfferRejectsModel::LastOffersColumn)
                .data()
                .toString(),
            QStringLiteral("0 of 0"));
        QTRY_COMPARE_WITH_TIMEOUT(waiting->unusedOffersModel()->rowCount(), 3, 10000);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(
                waiting->unusedOffersModel()->index(r, UnusedOffersModel::ReasonsColumn).data().toString(),
                QStringLiteral("Not enough CPUs"));
        QVERIFY(waiting->statusText().contains(QStringLiteral("waits for offers")));
        QVERIFY(waiting->delayText().isEmpty());
        QVERIFY(!waiting->resetDelayButton()->isVisible());
        shots(&window, QStringLiteral("1_cannot_place"));

        // A task that fails at once: Marathon backs off for backoffSeconds, and the view counts down.
        const QString crash = QStringLiteral("/waiting/crash");
        QJsonObject crashing = app(crash, QStringLiteral("exit 1"));
        crashing.insert(QStringLiteral("backoffSeconds"), 40);
        crashing.insert(QStringLiteral("backoffFactor"), 1);
        create(source->client(), crashing);
        select(crash);
        QTRY_VERIFY_WITH_TIMEOUT(secondsIn(waiting->delayText()) > 0, 30000);
        const int first = secondsIn(waiting->delayText());
        QVERIFY2(first <= 40, qPrintable(waiting->delayText()));
        QVERIFY(waiting->statusText().contains(QStringLiteral("delayed after failed launches")));
        QVERIFY(waiting->resetDelayButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            secondsIn(waiting->delayText()) > 0 && secondsIn(waiting->delayText()) < first, 5000);
        shots(&window, QStringLiteral("2_delayed"));

        // A health check that always fails: the cause shows per task on the Health tab.
        const QString sick = QStringLiteral("/waiting/sick");
        QJsonObject failing = app(sick, QStringLiteral("exec sleep 600"));
        failing.insert(
            QStringLiteral("healthChecks"),
            QJsonArray{QJsonObject{
                {QStringLiteral("protocol"), QStringLiteral("COMMAND")},
                {QStringLiteral("command"), QJsonObject{{QStringLiteral("value"), QStringLiteral("exit 3")}}},
                {QStringLiteral("gracePeriodSeconds"), 0},
                {QStringLiteral("intervalSeconds"), 1},
                {QStringLiteral("timeoutSeconds"), 1},
                {QStringLiteral("maxConsecutiveFailures"), 0}}});
        create(source->client(), failing);
        select(sick);
        ChecksView* checks = page->checksView();
        page->tabs()->setCurrentWidget(checks);
        QTRY_VERIFY_WITH_TIMEOUT(
            checks->healthDefinitionsText().contains(QStringLiteral("COMMAND command \"exit 3\"")), 15000);
        QVERIFY(checks->healthDefinitionsText().contains(QStringLiteral("never killed for failing")));
        const HealthResultsModel* health = checks->healthModel();
        QTRY_VERIFY_WITH_TIMEOUT(health->rowCount() == 1 &&
                                     health->index(0, HealthResultsModel::CauseColumn).data().toString() ==
                                         QLatin1String("Command exited with status 3"),
                                 20000);
        QCOMPARE(health->index(0, HealthResultsModel::AliveColumn).data().toString(),
                 QStringLiteral("Failing"));
        QTRY_VERIFY_WITH_TIMEOUT(health->index(0, HealthResultsModel::FailuresColumn).data().toInt() >= 2,
                                 10000);
        QCOMPARE(health->index(0, HealthResultsModel::LastSuccessColumn).data().toString(),
                 QStringLiteral("never"));
        shots(&window, QStringLiteral("3_unhealthy"));
    }
};

QTEST_MAIN(TestWaitingGui)
#include "tst_waiting_gui.moc"
