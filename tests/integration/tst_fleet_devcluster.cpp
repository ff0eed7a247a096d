// The fleet home's prober against the devcluster: ten profiles, three of them dead (a port that
// accepts and never answers, a refused port, a ZooKeeper path where no master leads). The live
// ones show within their poll interval, the dead ones say why, and the GUI thread never stalls.
#include "FleetModel.h"
#include "FleetScenario.h"
#include "GuiStallMeter.h"
#include "TestEnvironment.h"
#include "core/Clock.h"
#include "fleet/FleetProber.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QtTest>

namespace {
// The injectable clock: "the last good answer" is the time this says, not the machine's.
class FixedClock : public Clock {
public:
    static inline QDateTime now = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);

protected:
    QDateTime nowUtc() const override { return now; }
};
} // namespace

class TestFleetDevCluster : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Clock::setInstance(new FixedClock);
    }
    void cleanupTestCase() { Clock::resetInstance(); }

    void tenProfilesThreeDead() {
        MESOSDESK_REQUIRE_DEVCLUSTER();
        const int pollMs = 4000;
        FleetScenario scenario;
        QVERIFY2(scenario.start(pollMs), "the devcluster, a silent port and a refused port");
        const QList<Profile>& profiles = scenario.profiles;

        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FleetProber prober;
        prober.setMaxInFlight(4);
        prober.setTimeout(std::chrono::milliseconds(3000));
        connect(&prober, &FleetProber::statusChanged, &model, &FleetModel::setStatus);
        model.setProfiles(profiles);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        GuiStallMeter stalls;
        QElapsedTimer since;
        since.start();
        prober.setProfiles(profiles);
        prober.start();
        auto stateOf = [&](int i) { return prober.status(profiles.at(i).id).state; };
        auto liveShown = [&] {
            for (int i = 0; i < FleetScenario::LiveCount; ++i) {
                if (stateOf(i) != FleetStatus::State::Connected)
                    return false;
            }
            return true;
        };
        QVERIFY2(TestEnvironment::waitUntil(liveShown, pollMs * 3), "every live profile connected");
        QVERIFY2(since.elapsed() <= pollMs,
                 qPrintable(QStringLiteral("the live profiles took %1 ms, more than their "
                                           "poll interval of %2 ms")
                                .arg(since.elapsed())
                                .arg(pollMs)));
        QVERIFY2(
            TestEnvironment::waitUntil([&] { return stateOf(7) != FleetStatus::State::Checking; }, 10000),
            "the silent port's probe timing out");

        for (int i = 0; i < FleetScenario::LiveCount; ++i) {
            const FleetStatus s = prober.status(profiles.at(i).id);
            const QString name = profiles.at(i).name;
            QVERIFY2(s.reason.isEmpty(), qPrintable(name + QStringLiteral(": ") + s.reason));
            QCOMPARE(s.leader, QUrl(scenario.leaderUrl).authority());
            QCOMPARE(s.version, QStringLiteral("1.11.0"));
            QCOMPARE(s.agentsActive, 2);
            QCOMPARE(s.agentsUnreachable, 0);
            QVERIFY(s.tasksRunning >= 0);
            QCOMPARE(s.lastGood, FixedClock::now);
            // Marathon is named, or found in ZooKeeper; a standby's URL names neither.
            if (name == QLatin1String("live standby url") || name == QLatin1String("live leader url 2"))
                QCOMPARE(s.deployments, -1);
            else
                QVERIFY2(s.deployments >= 0, qPrintable(name + QStringLiteral(": ") + s.marathonProblem));
        }
        const FleetStatus silent = prober.status(profiles.at(7).id);
        QCOMPARE(silent.state, FleetStatus::State::Unreachable);
        QVERIFY2(silent.reason.contains(QLatin1String("no answer")), qPrintable(silent.reason));
        QVERIFY(!silent.lastGood.isValid());
        QCOMPARE(silent.agentsActive, -1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(8), FleetStatus::State::Unreachable, 10000);
        QVERIFY2(
            prober.status(profiles.at(8).id).reason.contains(QLatin1String("refused"), Qt::CaseInsensitive),
            qPrintable(prober.status(profiles.at(8).id).reason));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(9), FleetStatus::State::NoLeader, 10000);

        // Worst first in the model's terms; and the sum for the tray.
        QCOMPARE(model.count(FleetStatus::State::Connected), FleetScenario::LiveCount);
        QCOMPARE(model.count(FleetStatus::State::Unreachable), 2);
        QCOMPARE(model.worst(), FleetStatus::State::Unreachable);

        // The live ones keep answering while the dead ones keep timing out.
        FixedClock::now = FixedClock::now.addSecs(60);
        QVERIFY2(
            TestEnvironment::waitUntil(
                [&] { return prober.status(profiles.at(0).id).lastGood == FixedClock::now; }, pollMs * 3),
            "a second good answer from the first live profile, at the clock's new time");
        // A dead one has no time of a good answer.
        QVERIFY(!prober.status(profiles.at(8).id).lastGood.isValid());
        QVERIFY(prober.peakInFlight() <= 4);
        QCOMPARE(resets.size(), 0);
        QVERIFY2(stalls.maxStallMs() < 100,
                 qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(stalls.maxStallMs())));
        qInfo("largest GUI stall: %.1f ms", stalls.maxStallMs());
    }
};

QTEST_GUILESS_MAIN(TestFleetDevCluster)
#include "tst_fleet_devcluster.moc"
