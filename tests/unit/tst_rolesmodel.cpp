// RolesModel under QAbstractItemModelTester: nested roles as a tree (ancestors added when the
// master leaves them out), updates by differences (rows inserted, removed, changed; never a
// reset, so persistent indexes and selections survive), and what the cells say when a master
// reports less (no quota, no breakdown, no limit).
#include "AgentDrainModel.h"
#include "AgentDrainReader.h"
#include "MesosRoles.h"
#include "RolesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
MesosRole role(const QString& name, double weight = 1.0) {
    MesosRole r;
    r.name = name;
    r.weight = weight;
    r.hasBreakdown = true;
    r.hasQuota = true;
    r.hasConsumed = true;
    return r;
}
} // namespace

class TestRolesModel : public QObject {
    Q_OBJECT
private slots:
    void treeAndDifferences() {
        RolesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        MesosRole web = role(QStringLiteral("eng/web"));
        model.apply({role(QStringLiteral("*")), role(QStringLiteral("eng")), web});
        QCOMPARE(model.rowCount(), 2); // "*" and "eng"; "eng/web" under "eng"
        const QModelIndex eng = model.indexOf(QStringLiteral("eng"));
        QCOMPARE(model.rowCount(eng), 1);
        QCOMPARE(model.indexOf(QStringLiteral("eng/web")).parent(), eng);
        QCOMPARE(model.indexOf(QStringLiteral("eng/web")).data().toString(), QStringLiteral("web"));
        QCOMPARE(model.roleCount(), 3);

        // The same list again: nothing happens.
        const QPersistentModelIndex kept = model.indexOf(QStringLiteral("eng/web"));
        inserted.clear();
        changed.clear();
        model.apply({role(QStringLiteral("*")), role(QStringLiteral("eng")), web});
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 0);

        // A weight changes: one row's dataChanged, the index stays valid.
        web.weight = 4;
        model.apply({role(QStringLiteral("*")), role(QStringLiteral("eng")), web});
        QCOMPARE(changed.count(), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.sibling(kept.row(), RolesModel::Weight).data().toString(), QStringLiteral("4"));

        // "*" goes, "eng/api" comes: one removal, one insertion under "eng".
        inserted.clear();
        model.apply({role(QStringLiteral("eng")), web, role(QStringLiteral("eng/api"))});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), model.indexOf(QStringLiteral("eng")));
        QVERIFY(kept.isValid());
        QCOMPARE(model.rowCount(), 1);

        // Everything goes.
        model.apply({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void ancestorNotListed() {
        RolesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply({role(QStringLiteral("a/b/c"))});
        const QModelIndex a = model.indexOf(QStringLiteral("a"));
        const QModelIndex b = model.indexOf(QStringLiteral("a/b"));
        QVERIFY(a.isValid() && b.isValid());
        QCOMPARE(b.parent(), a);
        QVERIFY(!model.roleAt(a)); // shown, but not a role the master listed: no values
        QVERIFY(!a.siblingAtColumn(RolesModel::Weight).data().isValid());
        QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QLatin1String("did not list")));
        QCOMPARE(model.roleCount(), 1);
        // The master lists the parent later: the same row now has values.
        const QPersistentModelIndex kept = b;
        model.apply({role(QStringLiteral("a/b"), 2), role(QStringLiteral("a/b/c"))});
        QVERIFY(kept.isValid());
        QVERIFY(model.roleAt(kept));
        QCOMPARE(kept.sibling(kept.row(), RolesModel::Weight).data().toString(), QStringLiteral("2"));
        // And drops it and the child: every row goes, deepest first.
        model.apply({});
        QCOMPARE(model.rowCount(), 0);
    }

    void agentDrainRows() {
        AgentDrainModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        AgentDrain a, b;
        a.id = QStringLiteral("S0");
        a.hostname = QStringLiteral("10.0.0.1");
        a.port = 5051;
        b.id = QStringLiteral("S1");
        b.hostname = QStringLiteral("10.0.0.2");
        b.port = 5051;
        model.apply({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AgentDrainModel::Agent).data().toString(), QStringLiteral("10.0.0.1:5051"));
        QCOMPARE(model.index(0, AgentDrainModel::State).data().toString(), QStringLiteral("Active"));
        QVERIFY(!model.index(0, AgentDrainModel::MaxGrace).data().isValid()); // not draining: nothing to say
        const QPersistentModelIndex kept = model.index(1, 0);
        a.deactivated = true;
        a.drainState = QStringLiteral("DRAINING");
        a.maxGraceSeconds = 5;
        model.apply({a, b});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, AgentDrainModel::State).data().toString(), QStringLiteral("Draining"));
        QCOMPARE(model.index(0, AgentDrainModel::MaxGrace).data().toString(), QStringLiteral("5 s"));
        model.apply({b}); // S0 went
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("S1")), 0);
        QCOMPARE(resets.count(), 0);
    }

    void agentDrainReaderKeepsTheNewestAnswer() {
        AgentDrainModel model;
        AgentDrainReader reader(&model);
        QSignalSpy read(&reader, &AgentDrainReader::read);
        // moc reads this file: plain string literals, not raw ones.
        auto agents = [](const char* id) -> QByteArray { // not a QStringBuilder of temporaries
            return QByteArray("{\"type\":\"GET_AGENTS\",\"get_agents\":{\"agents\":[{\"active\":true,"
                              "\"agent_info\":{\"hostname\":\"h\",\"id\":{\"value\":\"") +
                   id + "\"},\"port\":5051}}]}}";
        };
        reader.take(agents("old"));
        reader.take(agents("new")); // taken before the first was applied: the first is dropped
        QVERIFY2(read.wait(10000), "the newest answer, parsed on the pool");
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(0).toString(), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.at(0)->id, QStringLiteral("new"));

        reader.take("{not json");
        QVERIFY(read.wait(10000));
        QVERIFY(!read.last().at(0).toString().isEmpty()); // why, for the page's notice
        QCOMPARE(model.rowCount(), 1);                    // nothing lost

        reader.take(agents("other cluster"));
        reader.forget(); // the session changed meanwhile
        reader.take(agents("this cluster"));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.size(), 3); // the forgotten answer, finished before or after, was never applied
        QCOMPARE(model.at(0)->id, QStringLiteral("this cluster"));
    }

    void quotaCells() {
        RolesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MesosRole limited = role(QStringLiteral("dev"));
        limited.limit = {{QStringLiteral("cpus"), 4}};
        limited.consumed = {{QStringLiteral("cpus"), 1}, {QStringLiteral("mem"), 512}};
        limited.guarantee = {{QStringLiteral("cpus"), 2}};
        MesosRole old = role(QStringLiteral("old"));
        old.hasBreakdown = old.hasQuota = old.hasConsumed = false;
        model.apply({limited, old});
        const QModelIndex dev = model.indexOf(QStringLiteral("dev"));
        QCOMPARE(dev.siblingAtColumn(RolesModel::QuotaCpus).data().toString(), QStringLiteral("1 / 4"));
        QCOMPARE(dev.siblingAtColumn(RolesModel::QuotaCpus).data(MesosRoles::FractionRole).toDouble(), 0.25);
        // No memory limit: the consumption, no bar.
        QVERIFY(
            dev.siblingAtColumn(RolesModel::QuotaMem).data().toString().contains(QLatin1String("no limit")));
        QVERIFY(!dev.siblingAtColumn(RolesModel::QuotaMem).data(MesosRoles::FractionRole).isValid());
        QCOMPARE(dev.siblingAtColumn(RolesModel::Guarantee).data().toString(), QStringLiteral("CPUs 2"));
        QCOMPARE(dev.siblingAtColumn(RolesModel::Allocated).data().toString(), QStringLiteral("none"));
        // A master that reports neither: blank cells (not zeros) that say why.
        const QModelIndex o = model.indexOf(QStringLiteral("old"));
        QVERIFY(!o.siblingAtColumn(RolesModel::Allocated).data().isValid());
        QVERIFY(!o.siblingAtColumn(RolesModel::QuotaCpus).data().isValid());
        QVERIFY(o.siblingAtColumn(RolesModel::QuotaCpus)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("1.3")));
    }
};

QTEST_MAIN(TestRolesModel)
#include "tst_rolesmodel.moc"
