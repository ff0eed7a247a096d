// Why an app waits and how healthy it is (#16): the queue's offer statistics, health and
// readiness checks as parsed from the project's own data (tests/data/waiting) and Marathon's
// doc examples, the models under QAbstractItemModelTester, and the launch delay counting down
// on the injectable clock.
#include "ChecksView.h"
#include "HealthResultsModel.h"
#include "OfferRejectsModel.h"
#include "ReadinessResultsModel.h"
#include "TestEnvironment.h"
#include "UnusedOffersModel.h"
#include "WaitingView.h"
#include "core/Clock.h"
#include "marathon/MarathonParser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

namespace {
QByteArray data(const QString& name) {
    QFile f(TestEnvironment::testDataDir() + QStringLiteral("/waiting/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

class SteppedClock : public Clock {
public:
    static inline QDateTime now = QDateTime(QDate(2030, 5, 6), QTime(7, 8, 9), Qt::UTC);

protected:
    QDateTime nowUtc() const override { return now; }
};

QStringList column(const QAbstractItemModel& m, int col) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}
} // namespace

class TestWaiting : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Clock::resetInstance(); }

    void queueSummaryAndUnusedOffers() {
        QString error;
        const auto q = MarathonParser::parseQueue(data(QStringLiteral("queue_offers.json")), &error);
        QVERIFY2(q, qPrintable(error));
        QCOMPARE(q->size(), 3);
        const MarathonQueueEntry& big = q->at(0);
        QVERIFY(big.hasSummary && big.hasDelay && big.overdue);
        QCOMPARE(big.role, QStringLiteral("*"));
        QCOMPARE(big.processedOffers, 12);
        QVERIFY(big.lastUsedOfferAt.isEmpty()); // absent: no offer was used
        QCOMPARE(big.funnelLastOffers.size(), 4);
        QCOMPARE(big.funnelLastOffers.at(2), (MarathonQueueEntry::Reject{QStringLiteral("InsufficientCpus"), 2, 2}));
        QCOMPARE(big.funnelLaunchAttempt.at(1), (MarathonQueueEntry::Reject{QStringLiteral("UnfulfilledConstraint"), 4, 12}));
        QCOMPARE(big.rejects.first().reason, QStringLiteral("InsufficientCpus")); // most declined first
        QVERIFY(big.hasUnusedOffers);
        QCOMPARE(big.lastUnusedOffers.size(), 2);
        QCOMPARE(big.lastUnusedOffers.at(0).agentId, QStringLiteral("S0"));
        QCOMPARE(big.lastUnusedOffers.at(0).hostname, QStringLiteral("agent-a"));
        QCOMPARE(big.lastUnusedOffers.at(0).reasons, (QStringList{QStringLiteral("InsufficientCpus"), QStringLiteral("UnfulfilledConstraint")}));
        const MarathonQueueEntry& pod = q->at(1);
        QVERIFY(pod.isPod && pod.delayed());
        QCOMPARE(pod.timeLeftSeconds, 95);
        QVERIFY(!pod.hasUnusedOffers);
        const MarathonQueueEntry& old = q->at(2);
        QVERIFY(!old.hasSummary && !old.hasDelay && old.overdue);
    }

    void checksOfAnApp() {
        QString error;
        const auto app = MarathonParser::parseApp(data(QStringLiteral("app_checks.json")), &error);
        QVERIFY2(app, qPrintable(error));
        QCOMPARE(app->healthChecks.size(), 2);
        const MarathonHealthCheck& http = app->healthChecks.at(0);
        QCOMPARE(http.protocol, QStringLiteral("MESOS_HTTP"));
        QCOMPARE(http.path, QStringLiteral("/health"));
        QCOMPARE(http.gracePeriodSeconds, 30);
        QCOMPARE(http.maxConsecutiveFailures, 3);
        QCOMPARE(ChecksView::describe(http),
                 QStringLiteral("MESOS_HTTP port index 0 path /health, grace period 30 s, every 10 s, "
                                "timeout 5 s, killed after 3 consecutive failures, delay 15 s"));
        const MarathonHealthCheck& command = app->healthChecks.at(1);
        QCOMPARE(command.command, QStringLiteral("test -f /tmp/ok"));
        QCOMPARE(command.intervalSeconds, -1); // not sent: not shown as a default
        QCOMPARE(ChecksView::describe(command), QStringLiteral("COMMAND command \"test -f /tmp/ok\", never killed for failing"));
        QCOMPARE(app->readinessChecks.size(), 1);
        QCOMPARE(app->readinessChecks.first().httpStatusCodesForReady, (QList<int>{200, 204}));
        QCOMPARE(ChecksView::describe(app->readinessChecks.first()),
                 QStringLiteral("warm, HTTP port http-api path /ready, every 5 s, timeout 2 s, ready on HTTP 200, 204, keeps the last response"));
        QCOMPARE(app->readinessResults.size(), 2);
        QVERIFY(app->readinessResults.at(0).hasResponse && !app->readinessResults.at(0).ready);
        QCOMPARE(app->readinessResults.at(0).status, 503);
        QVERIFY(!app->readinessResults.at(1).hasResponse && app->readinessResults.at(1).ready);
        QCOMPARE(app->tasks.at(0).healthResults.size(), 1);
        QCOMPARE(app->tasks.at(0).healthResults.first().lastFailureCause, QStringLiteral("500 Internal Server Error"));
        QCOMPARE(app->tasks.at(0).healthResults.first().consecutiveFailures, 2);
        QVERIFY(app->tasks.at(1).healthResults.isEmpty());
    }

    void offerRejectsModel() {
        OfferRejectsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto q = *MarathonParser::parseQueue(data(QStringLiteral("queue_offers.json")));
        model.setEntry(&q[0]);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(column(model, OfferRejectsModel::ReasonColumn).at(2), QStringLiteral("Not enough CPUs"));
        QCOMPARE(model.index(2, OfferRejectsModel::LastOffersColumn).data().toString(),
                 QStringLiteral("2 of 2"));
        QCOMPARE(model.index(1, OfferRejectsModel::LaunchAttemptColumn).data().toString(),
                 QStringLiteral("4 of 12"));
        QCOMPARE(model.index(1, 0).data(OfferRejectsModel::ReasonNameRole).toString(), QStringLiteral("UnfulfilledConstraint"));
        // A poll with new counts changes cells, never the rows.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        q[0].funnelLaunchAttempt[2].declined = 9;
        model.setEntry(&q[0]);
        QCOMPARE(reset.count() + removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(2, OfferRejectsModel::LaunchAttemptColumn).data().toString(),
                 QStringLiteral("9 of 8"));
        // An old server: no summary, no rows; an unknown reason is shown as sent.
        model.setEntry(&q[2]);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(OfferRejectsModel::reasonText(QStringLiteral("SomethingNew")), QStringLiteral("SomethingNew"));
        model.setEntry(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void unusedOffersModel() {
        UnusedOffersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto q = *MarathonParser::parseQueue(data(QStringLiteral("queue_offers.json")));
        model.setOffers(q.at(0).lastUnusedOffers);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, UnusedOffersModel::ReasonsColumn).data().toString(),
                 QStringLiteral("Not enough CPUs; Placement constraint not met"));
        QCOMPARE(model.index(1, UnusedOffersModel::HostColumn).data().toString(), QStringLiteral("agent-b"));
        model.setOffers({q.at(0).lastUnusedOffers.at(1)});
        QCOMPARE(column(model, UnusedOffersModel::AgentColumn), QStringList{QStringLiteral("S1")});
    }

    void healthAndReadinessModels() {
        const auto app = *MarathonParser::parseApp(data(QStringLiteral("app_checks.json")));
        HealthResultsModel health;
        QAbstractItemModelTester tester(&health, QAbstractItemModelTester::FailureReportingMode::QtTest);
        health.setTasks(app.tasks, int(app.healthChecks.size()));
        QCOMPARE(health.rowCount(), 4); // 2 tasks x 2 checks
        QCOMPARE(health.index(0, HealthResultsModel::AliveColumn).data().toString(), QStringLiteral("Failing"));
        QCOMPARE(health.index(0, HealthResultsModel::FailuresColumn).data().toInt(), 2);
        QCOMPARE(health.index(0, HealthResultsModel::CauseColumn).data().toString(), QStringLiteral("500 Internal Server Error"));
        QCOMPARE(health.index(1, HealthResultsModel::AliveColumn).data().toString(), QStringLiteral("No result yet"));
        QVERIFY(!health.index(1, HealthResultsModel::FailuresColumn).data().isValid()); // unknown: empty, not 0
        health.setTasks({app.tasks.at(0)}, 1);
        QCOMPARE(health.rowCount(), 1);

        ReadinessResultsModel readiness;
        QAbstractItemModelTester tester2(&readiness, QAbstractItemModelTester::FailureReportingMode::QtTest);
        readiness.setResults(app.readinessResults);
        QCOMPARE(readiness.rowCount(), 2);
        QCOMPARE(readiness.index(0, ReadinessResultsModel::ReadyColumn).data().toString(), QStringLiteral("Not ready"));
        QCOMPARE(readiness.index(0, ReadinessResultsModel::ResponseColumn).data().toString(),
                 QStringLiteral("HTTP 503 text/plain loading caches"));
        QCOMPARE(readiness.index(1, ReadinessResultsModel::ResponseColumn).data().toString(),
                 QStringLiteral("not kept (preserveLastResponse is off)"));
    }

    // The delay shown is the server's timeLeftSeconds counted down on the injectable clock;
    // a later poll that says a little more (Marathon truncates) does not make it jump up.
    void delayCountsDown() {
        Clock::setInstance(new SteppedClock);
        auto q = *MarathonParser::parseQueue(data(QStringLiteral("queue_offers.json")));
        WaitingView view(nullptr);
        view.resize(900, 600);
        view.setEntry(QStringLiteral("/pods/late"), &q[1]);
        QVERIFY(view.statusText().contains(QStringLiteral("Pod /pods/late is delayed")));
        QCOMPARE(view.delayText(), QStringLiteral("Next launch attempt in 1 min 35 s (launch delay after failures)."));
        SteppedClock::now = SteppedClock::now.addSecs(30);
        QTRY_COMPARE_WITH_TIMEOUT(view.delayText(), QStringLiteral("Next launch attempt in 1 min 5 s (launch delay after failures)."), 3000);
        q[1].timeLeftSeconds = 65; // the next poll agrees
        view.setEntry(QStringLiteral("/pods/late"), &q[1]);
        QCOMPARE(view.delayText(), QStringLiteral("Next launch attempt in 1 min 5 s (launch delay after failures)."));
        SteppedClock::now = SteppedClock::now.addSecs(70);
        QTRY_COMPARE_WITH_TIMEOUT(view.delayText(), QStringLiteral("The launch delay has run out; waiting for Marathon to start the next attempt."), 3000);
        QVERIFY(view.resetDelayButton()->isVisibleTo(&view));
        // Waiting for offers: no delay line, no Reset Delay; the funnel is shown.
        view.setEntry(QStringLiteral("/big/solver"), &q[0]);
        QVERIFY(view.delayText().isEmpty());
        QVERIFY(!view.resetDelayButton()->isVisibleTo(&view));
        QCOMPARE(view.rejectsModel()->rowCount(), 4);
        QCOMPARE(view.unusedOffersModel()->rowCount(), 2);
        QVERIFY2(view.summaryText().startsWith(QStringLiteral("12 offer")) && view.summaryText().contains(QStringLiteral("processed in this launch attempt; 12 unused")),
                 qPrintable(view.summaryText()));
        view.setEntry(QStringLiteral("/big/solver"), nullptr); // it left the queue: so does what was said
        QVERIFY(view.statusText().contains(QStringLiteral("not in the launch queue")));
        QCOMPARE(view.rejectsModel()->rowCount(), 0);
        QVERIFY(view.delayText().isEmpty());
    }

    // Marathon's own doc example: a deployment waiting on a readiness check.
    void conformanceDeploymentReadiness() {
        MESOSDESK_REQUIRE_FIXTURES();
        QFile f(TestEnvironment::fixturesDir() + QStringLiteral("/marathon/examples/deployments.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto deployments = MarathonParser::parseDeployments(f.readAll());
        QVERIFY(deployments);
        const auto& readiness = deployments->first().currentActions.first().readiness;
        QCOMPARE(readiness.size(), 1);
        QCOMPARE(readiness.first().name, QStringLiteral("myReadyCheck"));
        QCOMPARE(readiness.first().taskId, QStringLiteral("foo.instance-c9de6033"));
        QVERIFY(!readiness.first().ready);
        QCOMPARE(readiness.first().status, 500);
        QCOMPARE(readiness.first().body, QStringLiteral("{}"));
    }
};

QTEST_MAIN(TestWaiting)
#include "tst_waiting.moc"
