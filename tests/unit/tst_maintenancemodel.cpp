// MaintenanceScheduleModel under QAbstractItemModelTester: one row per scheduled machine,
// updated by differences as schedule and status arrive (never a reset), the mode blank until a
// status is known, inverse-offer answers for DRAINING machines only, and times in local time
// and relative to the injected clock reading.
#include "MaintenanceFormat.h"
#include "MaintenanceScheduleModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
constexpr qint64 Hour = 3600LL * 1000000000LL;
const MachineId A{QStringLiteral("a.example"), QStringLiteral("10.0.0.1")};
const MachineId B{QStringLiteral("b.example"), QStringLiteral("10.0.0.2")};
const MachineId C{QStringLiteral("c.example"), QStringLiteral("10.0.0.3")};
} // namespace

class TestMaintenanceModel : public QObject {
    Q_OBJECT
    static QString text(const MaintenanceScheduleModel& model, int row, int column) {
        return model.data(model.index(row, column)).toString();
    }

private slots:
    void differencesNotResets() {
        MaintenanceScheduleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 now = 1700000000000; // msecs
        model.setNow(now);
        const qint64 start = now * 1000000 + 2 * Hour;
        model.setSchedule({{{{A, B}, start, true, Hour}, {{C}, start, false, 0}}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(MaintenanceScheduleModel::ColumnCount));
        QCOMPARE(text(model, 0, MaintenanceScheduleModel::Machine), A.hostname);
        QCOMPARE(text(model, 1, MaintenanceScheduleModel::Ip), B.ip);
        QVERIFY(text(model, 0, MaintenanceScheduleModel::Start).contains(QLatin1String("in 2 h")));
        QVERIFY(text(model, 0, MaintenanceScheduleModel::Start).contains(MaintenanceFormat::localTime(start)));
        QCOMPARE(text(model, 0, MaintenanceScheduleModel::Duration), QStringLiteral("1 h"));
        QCOMPARE(text(model, 2, MaintenanceScheduleModel::Duration), QStringLiteral("no end given"));
        // No status yet: no mode is shown rather than a guess.
        QCOMPARE(text(model, 0, MaintenanceScheduleModel::Mode), QString());

        const QPersistentModelIndex keptB = model.index(1, 0);
        changed.clear();
        MaintenanceStatus status;
        status.draining = {{A, {{QStringLiteral("fw-1"), QStringLiteral("DECLINE"), 5}}}, {C, {}}};
        status.down = {B};
        model.setStatus(status);
        model.setFrameworkNames({{QStringLiteral("fw-1"), QStringLiteral("marathon")}});
        QCOMPARE(text(model, 0, MaintenanceScheduleModel::Mode), QStringLiteral("DRAINING"));
        QCOMPARE(text(model, 1, MaintenanceScheduleModel::Mode), QStringLiteral("DOWN"));
        QCOMPARE(text(model, 0, MaintenanceScheduleModel::InverseOffers), QStringLiteral("marathon: DECLINE"));
        QCOMPARE(text(model, 2, MaintenanceScheduleModel::InverseOffers), QStringLiteral("no answer yet"));
        QCOMPARE(text(model, 1, MaintenanceScheduleModel::InverseOffers), QString()); // DOWN: no offers
        QVERIFY(!changed.isEmpty());

        // A leaves the schedule (its window is edited): its row goes, the others stay.
        model.setSchedule({{{{B}, start, true, Hour}, {{C}, start, false, 0}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.size(), 1);
        QVERIFY(keptB.isValid());
        QCOMPARE(model.data(keptB).toString(), B.hostname);
        QCOMPARE(model.rowOf(A), -1);
        // A machine not in the status of a known status is UP.
        model.setSchedule({{{{B}, start, true, Hour}, {{C, A}, start, false, 0}}});
        QCOMPARE(inserted.size(), 2);
        status.draining.removeFirst();
        model.setStatus(status);
        QCOMPARE(text(model, model.rowOf(A), MaintenanceScheduleModel::Mode), QStringLiteral("UP"));
        // Time passes: only the relative wording changes.
        model.setNow(now + 3 * 3600 * 1000);
        QVERIFY(text(model, 0, MaintenanceScheduleModel::Start).contains(QLatin1String("1 h ago")));
        // The status unknown again (another cluster, a failed read): modes blank, rows kept.
        model.setStatus(std::nullopt);
        QCOMPARE(text(model, 0, MaintenanceScheduleModel::Mode), QString());
        model.setSchedule({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void formats() {
        QCOMPARE(MaintenanceFormat::duration(90 * 60 * 1000000000LL), QStringLiteral("1 h 30 min"));
        QCOMPARE(MaintenanceFormat::duration(2 * 86400LL * 1000000000LL + 4 * Hour), QStringLiteral("2 d 4 h"));
        QCOMPARE(MaintenanceFormat::duration(0), QStringLiteral("0 s"));
        QCOMPARE(MaintenanceFormat::relative(0, 0), QStringLiteral("now"));
        QCOMPARE(MaintenanceFormat::relative(5 * 60 * 1000000000LL, 0), QStringLiteral("in 5 min"));
        QCOMPARE(MaintenanceFormat::relative(30 * 1000000000LL, 0), QStringLiteral("in 30 s"));
        QCOMPARE(MaintenanceFormat::relative(3 * 3600 * 1000000000LL + 59 * 1000000000LL, 0),
                 QStringLiteral("in 3 h"));
        QCOMPARE(MaintenanceFormat::relative(0, 61 * 1000), QStringLiteral("1 min ago"));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceModel)
#include "tst_maintenancemodel.moc"
