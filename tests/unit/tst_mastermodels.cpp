// The Master page's models under QAbstractItemModelTester: flags and metrics keyed by name and
// updated by differences (an unchanged answer changes nothing, a changed value one row), the
// metrics' numbers in the locale, and the charted history bounded by age.
#include "FlagsModel.h"
#include "MesosRoles.h"
#include "MetricHistory.h"
#include "MetricsModel.h"
#include "TimeSeries.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QtTest>

class TestMasterModels : public QObject {
    Q_OBJECT
private slots:
    void flagsByDifferences() {
        FlagsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<MasterFlag> first{{QStringLiteral("port"), QStringLiteral("5050")},
                                      {QStringLiteral("quorum"), QStringLiteral("2")}};
        model.apply(first);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FlagsModel::Value).data().toString(), QStringLiteral("5050"));
        QCOMPARE(model.valueOf(QStringLiteral("quorum")), QStringLiteral("2"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.apply(first);
        QCOMPARE(changed.size(), 0);
        model.apply({{QStringLiteral("port"), QStringLiteral("5051")}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, FlagsModel::Name).data(MesosRoles::FilterTextRole).toString(),
                 QStringLiteral("port 5051"));
        QCOMPARE(model.headerData(FlagsModel::Name, Qt::Horizontal).toString(), QStringLiteral("Flag"));
    }

    void metricsByDifferences() {
        MetricsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MesosMetrics metrics;
        metrics.values = {{QStringLiteral("master/elected"), 1},
                          {QStringLiteral("master/uptime_secs"), 12.5},
                          {QStringLiteral("allocator/event_queue_dispatches"), 0}};
        model.apply(metrics);
        QCOMPARE(model.rowCount(), 3);
        // A first snapshot is listed by name.
        QCOMPARE(model.index(0, MetricsModel::Key).data().toString(),
                 QStringLiteral("allocator/event_queue_dispatches"));
        const int elected = model.rowOf(QStringLiteral("master/elected"));
        QCOMPARE(model.index(elected, MetricsModel::Value).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(elected, MetricsModel::Value).data(MesosRoles::SortRole).toDouble(), 1.0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.apply(metrics);
        QCOMPARE(changed.size(), 0);
        metrics.values[QStringLiteral("master/uptime_secs")] = 13.5;
        metrics.values[QStringLiteral("master/tasks_running")] = 4;
        model.apply(metrics);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.valueOf(QStringLiteral("master/uptime_secs")), 13.5);
        QVERIFY(std::isnan(model.valueOf(QStringLiteral("nope"))));
        model.apply({});
        QCOMPARE(model.rowCount(), 0);
    }

    void metricsInTheLocale() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(MetricsModel::formatted(513798144), QStringLiteral("513.798.144"));
        QCOMPARE(MetricsModel::formatted(0.25), QStringLiteral("0,25"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(MetricsModel::formatted(1234.5), QStringLiteral("1,234.5"));
        QCOMPARE(MetricsModel::formatted(-3), QStringLiteral("-3"));
        // Six significant digits on screen, every digit in the tooltip.
        QCOMPARE(MetricsModel::formatted(0.15416666666666667), QStringLiteral("0.154167"));
        QCOMPARE(MetricsModel::exact(0.15416666666666667), QStringLiteral("0.15416666666666667"));
        QCOMPARE(MetricsModel::formatted(61440.75), QStringLiteral("61,440.8"));
        QCOMPARE(MetricsModel::formatted(0.5), QStringLiteral("0.5"));
        QCOMPARE(MetricsModel::formatted(0.00001234), QStringLiteral("1.23E-05"));
        QLocale::setDefault(before);
    }

    void historyBoundedByAge() {
        MetricHistory history;
        QSignalSpy keys(&history, &MetricHistory::keysChanged);
        QVERIFY(history.add(QStringLiteral("master/tasks_running")));
        QVERIFY(!history.add(QStringLiteral("master/tasks_running")));
        QVERIFY(history.add(QStringLiteral("master/gone")));
        QCOMPARE(keys.size(), 2);
        MesosMetrics metrics;
        metrics.values = {{QStringLiteral("master/tasks_running"), 3}};
        const qint64 start = 1'700'000'000'000;
        for (int i = 0; i <= 40; ++i) // a sample a minute for 40 minutes
            history.record(metrics, start + qint64(i) * 60 * 1000);
        const TimeSeries* running = history.series(QStringLiteral("master/tasks_running"));
        QVERIFY(running);
        // The last half hour only (30 minutes back from the last sample, both ends in).
        QCOMPARE(running->size(), 31);
        QCOMPARE(running->samples().first().msecsSinceEpoch, start + 10 * 60 * 1000);
        QCOMPARE(running->samples().last().values.value(0), 3.0);
        // A key the snapshot lacks is a gap, not a zero.
        QVERIFY(std::isnan(history.series(QStringLiteral("master/gone"))->samples().last().values.value(0)));
        history.remove(QStringLiteral("master/gone"));
        QCOMPARE(history.keys(), QStringList{QStringLiteral("master/tasks_running")});
        history.clear();
        QVERIFY(history.keys().isEmpty());
        QCOMPARE(keys.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMasterModels)
#include "tst_mastermodels.moc"
