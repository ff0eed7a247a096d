#include "FleetModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

namespace {
Profile profile(const QString& id, const QString& name) {
    Profile p;
    p.id = id;
    p.name = name;
    p.masterUrls = {QStringLiteral("http://%1:5050").arg(name)};
    return p;
}
FleetStatus state(FleetStatus::State s, const QString& reason = {}) {
    FleetStatus status;
    status.state = s;
    status.reason = reason;
    return status;
}
} // namespace

class TestFleetModel : public QObject {
    Q_OBJECT
private slots:
    void rowsFollowProfilesByDifferences() {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setProfiles({profile(QStringLiteral("a"), QStringLiteral("alpha")),
                           profile(QStringLiteral("b"), QStringLiteral("beta"))});
        QCOMPARE(model.rowCount(), 2);
        FleetStatus up = state(FleetStatus::State::Connected);
        up.leader = QStringLiteral("m1:5050");
        up.agentsActive = 3;
        up.agentsUnreachable = 1;
        up.tasksRunning = 7;
        up.tasksFailed = 0;
        model.setStatus(QStringLiteral("b"), up);
        model.setProfiles({profile(QStringLiteral("b"), QStringLiteral("beta")),
                           profile(QStringLiteral("c"), QStringLiteral("gamma"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.profileId(0), QStringLiteral("b"));
        QCOMPARE(model.index(0, FleetModel::LeaderColumn).data().toString(), QStringLiteral("m1:5050"));
        QCOMPARE(model.index(0, FleetModel::AgentsColumn).data().toString(),
                 QStringLiteral("3 active, 1 unreachable"));
        QCOMPARE(model.index(0, FleetModel::TasksColumn).data().toString(), QStringLiteral("7 running"));
        // Not known is shown as nothing, never as 0.
        QCOMPARE(model.index(0, FleetModel::DeploymentsColumn).data().toString(), QString());
        QCOMPARE(model.index(1, FleetModel::AgentsColumn).data().toString(), QString());
        QCOMPARE(model.index(1, FleetModel::StateColumn).data().toString(), QStringLiteral("Checking…"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 3); // alpha, beta, then gamma
        QCOMPARE(removed.size(), 1);
    }

    void sortsWorstFirstAndSumsUp() {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({profile(QStringLiteral("1"), QStringLiteral("ok")),
                           profile(QStringLiteral("2"), QStringLiteral("dead")),
                           profile(QStringLiteral("3"), QStringLiteral("tls")),
                           profile(QStringLiteral("4"), QStringLiteral("idle"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(FleetModel::SortRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(FleetModel::StateColumn);
        QSignalSpy summary(&model, &FleetModel::summaryChanged);
        model.setStatus(QStringLiteral("1"), state(FleetStatus::State::Connected));
        model.setStatus(QStringLiteral("2"),
                        state(FleetStatus::State::Unreachable, QStringLiteral("connection refused")));
        model.setStatus(QStringLiteral("3"),
                        state(FleetStatus::State::TlsUntrusted, QStringLiteral("self-signed")));
        model.setStatus(QStringLiteral("4"), state(FleetStatus::State::NoLeader));
        model.setStatus(QStringLiteral("4"), state(FleetStatus::State::NoLeader)); // no change, no signal
        QCOMPARE(summary.size(), 4);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, FleetModel::NameColumn).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("tls"), QStringLiteral("dead"), QStringLiteral("idle"),
                                     QStringLiteral("ok")}));
        QCOMPARE(proxy.index(1, FleetModel::StateColumn).data().toString(),
                 QStringLiteral("Unreachable: connection refused"));
        QCOMPARE(model.worst(), FleetStatus::State::TlsUntrusted);
        QCOMPARE(model.count(FleetStatus::State::Connected), 1);
        QVERIFY2(model.summary().contains(QLatin1String("Unreachable: 1")), qPrintable(model.summary()));
        // It recovers: the order follows.
        model.setStatus(QStringLiteral("3"), state(FleetStatus::State::Connected));
        QCOMPARE(proxy.index(3, FleetModel::NameColumn).data().toString(), QStringLiteral("tls"));
        QCOMPARE(model.worst(), FleetStatus::State::Unreachable);
        // A refused password sorts above "authentication needed", and is named apart from it.
        model.setStatus(QStringLiteral("4"),
                        state(FleetStatus::State::AuthNeeded, QStringLiteral("none stored")));
        model.setStatus(QStringLiteral("2"),
                        state(FleetStatus::State::AuthFailed, QStringLiteral("refused")));
        QCOMPARE(proxy.index(0, FleetModel::NameColumn).data().toString(), QStringLiteral("dead"));
        QCOMPARE(proxy.index(0, FleetModel::StateColumn).data().toString(),
                 QStringLiteral("Authentication failed: refused"));
        QCOMPARE(proxy.index(1, FleetModel::StateColumn).data().toString(),
                 QStringLiteral("Authentication needed: none stored"));
        QCOMPARE(model.worst(), FleetStatus::State::AuthFailed);
        QVERIFY2(model.summary().contains(QLatin1String("Authentication failed: 1")),
                 qPrintable(model.summary()));
    }
};

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
