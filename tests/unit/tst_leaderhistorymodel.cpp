#include "LeaderHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestLeaderHistoryModel : public QObject {
    Q_OBJECT
private slots:
    void newestFirstAndBounded() {
        LeaderHistoryModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        for (int i = 0; i < 5; ++i)
            model.record({t0.addSecs(i), QStringLiteral("Mesos"), QStringLiteral("m%1:5050").arg(i), QStringLiteral("1.11.0")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LeaderHistoryModel::LeaderColumn).data().toString(), QStringLiteral("m4:5050"));
        QCOMPARE(model.index(2, LeaderHistoryModel::LeaderColumn).data().toString(), QStringLiteral("m2:5050"));
        QCOMPARE(resets.count(), 0); // rows are inserted and trimmed, never reset
    }
    void clearRemovesRowsWithoutReset() {
        LeaderHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.clear(); // nothing to clear is no change
        model.record(
            {QDateTime::currentDateTimeUtc(), QStringLiteral("Mesos"), QStringLiteral("a:5050"), QString()});
        model.record(
            {QDateTime::currentDateTimeUtc(), QStringLiteral("Mesos"), QStringLiteral("b:5050"), QString()});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }
    void noLeaderIsSaidAndColoured() {
        LeaderHistoryModel model;
        model.record({QDateTime::currentDateTimeUtc(), QStringLiteral("Mesos"), QString(), QString()});
        const QModelIndex leader = model.index(0, LeaderHistoryModel::LeaderColumn);
        QCOMPARE(leader.data().toString(), QStringLiteral("no leader"));
        QVERIFY(leader.data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.headerData(LeaderHistoryModel::LeaderColumn, Qt::Horizontal).toString(), QStringLiteral("Leader"));
    }
};

QTEST_GUILESS_MAIN(TestLeaderHistoryModel)
#include "tst_leaderhistorymodel.moc"
