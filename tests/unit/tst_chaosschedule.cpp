// The chaos test's schedule: a seed gives the same steps every time, the first round has every
// kind once (so a short CI run injects each fault), and agent 0 (the followed log's) is never killed.
#include "ChaosSchedule.h"

#include <QSet>
#include <QtTest>

class TestChaosSchedule : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameSteps() {
        ChaosSchedule a(1107, 3), b(1107, 3), other(1108, 3);
        bool differs = false;
        for (int i = 0; i < 50; ++i) {
            const ChaosSchedule::Step x = a.next(), y = b.next(), z = other.next();
            QCOMPARE(x.describe(), y.describe());
            differs = differs || x.describe() != z.describe();
        }
        QVERIFY(differs);
    }
    void firstRoundHasEveryKind() {
        for (quint32 seed : {1u, 1107u, 4242u}) {
            ChaosSchedule schedule(seed, 3);
            QSet<int> kinds;
            for (int i = 0; i < ChaosSchedule::KindCount; ++i)
                kinds.insert(int(schedule.next().kind));
            QCOMPARE(kinds.size(), ChaosSchedule::KindCount);
        }
    }
    void neverTheLoggersAgent() {
        ChaosSchedule schedule(7, 3);
        for (int i = 0; i < 500; ++i) {
            const ChaosSchedule::Step step = schedule.next();
            if (step.kind == ChaosSchedule::Kind::KillAgent)
                QVERIFY2(step.index >= 1 && step.index <= 2, qPrintable(step.describe()));
            QVERIFY(step.holdMs >= 1000 && step.holdMs <= 15000);
        }
    }
};

QTEST_MAIN(TestChaosSchedule)
#include "tst_chaosschedule.moc"
