// The framework page's data (#15): MesosFrameworkDetails (principal, roles, capabilities,
// failover timeout, times, offered and reserved resources) from v0 and v1 framework JSON, our
// own and every framework of the shared fixtures (the simdjson path that skips task lists
// against a plain QJsonDocument read); FrameworkTasksModel (one framework's tasks by
// differences, counts per state and group) and FrameworkResourcesModel under
// QAbstractItemModelTester; the capability names.
#include "FrameworkCapabilities.h"
#include "FrameworkResourcesModel.h"
#include "FrameworkTasksModel.h"
#include "MesosRoles.h"
#include "TestEnvironment.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosFrameworkDetails.h"
#include "mesos/MesosJsonParser.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace {
// Defined below the test class: moc reads the file up to the class and stops at raw strings.
QByteArray v0Json();
QByteArray v1Json();

QJsonObject objectOf(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

MesosTaskPtr task(const QString& framework, const QString& id, MesosTaskState state) {
    auto t = std::make_shared<MesosTask>();
    t->id = id;
    t->name = id;
    t->frameworkId = framework;
    t->state = state;
    t->key = MesosKeys::task(framework, id);
    t->rawHash = qHash(id) ^ size_t(state);
    return t;
}

// Every framework object of a fixture, wherever the answer keeps them.
void collectFrameworks(const QJsonValue& v, QList<QJsonObject>& out) {
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectFrameworks(item, out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"framework" &&
            it.value().toObject().contains(u"framework_info")) { // FRAMEWORK_ADDED...
            out << it.value().toObject();
        } else if ((it.key() == u"frameworks" || it.key() == u"completed_frameworks") &&
                   it.value().isArray()) {
            for (const QJsonValue& f : it.value().toArray())
                if (f.isObject() &&
                    (f.toObject().contains(u"id") || f.toObject().contains(u"framework_info")))
                    out << f.toObject();
        } else {
            collectFrameworks(it.value(), out);
        }
    }
}
} // namespace

class TestFrameworkPage : public QObject {
    Q_OBJECT
private slots:
    void v0Framework() {
        QString error;
        const MesosFrameworkDetails d = MesosFrameworkDetails::fromBytes(v0Json(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(d.principal, QStringLiteral("dcos_marathon"));
        QCOMPARE(d.roles, (QStringList{QStringLiteral("web"), QStringLiteral("batch")}));
        QCOMPARE(d.capabilities,
                 (QStringList{QStringLiteral("TASK_KILLING_STATE"), QStringLiteral("PARTITION_AWARE"),
                              QStringLiteral("MULTI_ROLE")}));
        QVERIFY(d.capabilitiesReported);
        QCOMPARE(d.failoverTimeout, std::optional<double>(604800));
        QCOMPARE(d.checkpoint, std::optional<bool>(true));
        QCOMPARE(d.recovered, std::optional<bool>(false));
        QCOMPARE(d.pid, QStringLiteral("scheduler-1@10.0.0.1:4000"));
        QCOMPARE(d.registeredTime, 1482947621.25);
        QCOMPARE(d.reregisteredTime, 1482949823.5);
        QCOMPARE(d.unregisteredTime, 0.0);
        QVERIFY(d.offered);
        QCOMPARE(d.offered->cpus, 4.0);
        QCOMPARE(d.offered->mem, 1024.0);
        QVERIFY2(!d.reserved, "v0 maps say nothing of reservations");
        QCOMPARE(d.offers, 1);
        QCOMPARE(d, MesosFrameworkDetails::fromJson(objectOf(v0Json())));
    }

    void v1Framework() {
        const MesosFrameworkDetails d = MesosFrameworkDetails::fromBytes(v1Json());
        QCOMPARE(d.principal, QStringLiteral("kafka-principal"));
        QCOMPARE(d.roles, QStringList{QStringLiteral("kafka-role")});
        QCOMPARE(d.capabilities,
                 (QStringList{QStringLiteral("GPU_RESOURCES"), QStringLiteral("SOMETHING_NEW")}));
        QCOMPARE(d.failoverTimeout, std::optional<double>(1209600));
        QCOMPARE(d.checkpoint, std::optional<bool>(false));
        QCOMPARE(d.recovered, std::optional<bool>(true));
        QVERIFY(d.pid.isEmpty());
        QCOMPARE(qint64(d.registeredTime), qint64(1540517305));
        QCOMPARE(qint64(d.unregisteredTime), qint64(1540517400));
        QCOMPARE(d.reregisteredTime, 0.0);
        QVERIFY(d.offered && d.reserved);
        QCOMPARE(d.offered->cpus, 0.5);
        QCOMPARE(d.reserved->cpus, 0.0);  // role "*": unreserved
        QCOMPARE(d.reserved->mem, 512.0); // on a reservation
        QCOMPARE(d.reserved->disk, 10.0); // the pre-1.9 reserved role
        QCOMPARE(d.offers, -1);
        // v1 leaves empty lists out: none offered, nothing allocated.
        const MesosFrameworkDetails idle =
            MesosFrameworkDetails::fromBytes(R"({"framework_info":{"id":{"value":"f"}},"active":true})");
        QCOMPARE(idle.offered, std::optional<MesosResources>(MesosResources()));
        QCOMPARE(idle.reserved, std::optional<MesosResources>(MesosResources()));
    }

    // The Framework page's offers poll (GET_FRAMEWORKS) names the framework in full.
    void oneFrameworkOfGetFrameworks() {
        const QJsonObject other{{QStringLiteral("framework_info"),
                                 QJsonObject{{QStringLiteral("id"),
                                              QJsonObject{{QStringLiteral("value"), QStringLiteral("f-1")}}},
                                             {QStringLiteral("principal"), QStringLiteral("someone else")}}}};
        const QByteArray answer =
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("GET_FRAMEWORKS")},
                                      {QStringLiteral("get_frameworks"),
                                       QJsonObject{{QStringLiteral("frameworks"),
                                                    QJsonArray{other, objectOf(v1Json())}}}}})
                .toJson(QJsonDocument::Compact);
        const auto found = MesosFrameworkDetails::fromGetFrameworks(answer, QStringLiteral("f-2"));
        QVERIFY(found);
        QCOMPARE(*found, MesosFrameworkDetails::fromBytes(v1Json()));
        QVERIFY(!MesosFrameworkDetails::fromGetFrameworks(answer, QStringLiteral("f-9")));   // not listed
        QVERIFY(!MesosFrameworkDetails::fromGetFrameworks(v0Json(), QStringLiteral("f-1"))); // not the answer
        QVERIFY(!MesosFrameworkDetails::fromGetFrameworks("{broken", QStringLiteral("f-2")));
    }

    void absentIsAbsent() {
        const MesosFrameworkDetails d =
            MesosFrameworkDetails::fromBytes(R"({"id":"f","name":"x","TASK_RUNNING":2})");
        QVERIFY(d.principal.isEmpty() && d.roles.isEmpty() && !d.capabilitiesReported);
        QVERIFY(!d.failoverTimeout && !d.checkpoint && !d.offered && !d.reserved);
        QCOMPARE(d.registeredTime, 0.0);
        QCOMPARE(d.offers, -1);
        QVERIFY(MesosFrameworkDetails::fromBytes(R"({"capabilities":[]})").capabilitiesReported);
    }

    // The store's copy alternates between state-summary and the stream: who it is stays known.
    void summaryKeepsWhatTheStreamSaid() {
        const MesosFrameworkDetails full = MesosFrameworkDetails::fromBytes(v0Json());
        MesosFrameworkDetails summary = MesosFrameworkDetails::fromBytes(
            R"({"id":"f-1","name":"marathon","pid":"scheduler-2@10.0.0.1:4000","offered_resources":{"cpus":1},
            "capabilities":["TASK_KILLING_STATE","PARTITION_AWARE","MULTI_ROLE"],"TASK_RUNNING":1})");
        summary.keepFrom(full);
        QCOMPARE(summary.principal, full.principal);
        QCOMPARE(summary.roles, full.roles);
        QCOMPARE(summary.failoverTimeout, full.failoverTimeout);
        QCOMPARE(summary.checkpoint, full.checkpoint);
        QCOMPARE(summary.registeredTime, full.registeredTime);
        QCOMPARE(summary.reregisteredTime, full.reregisteredTime);
        QCOMPARE(summary.pid, QStringLiteral("scheduler-2@10.0.0.1:4000")); // its own word first
        QCOMPARE(summary.offered->cpus, 1.0);
        QCOMPARE(summary.offers, full.offers);
        MesosFrameworkDetails again = full;
        again.keepFrom(summary);
        QCOMPARE(again, full); // a full answer takes nothing from a poorer one
    }

    void brokenJsonIsAnError() {
        for (const QByteArray& bad :
             {QByteArray("{\"principal\":"), QByteArray("[1,2]"), QByteArray("{\"a\":1} x"), QByteArray(),
              QByteArray("{\"tasks\":[{]}")}) {
            QString error;
            const MesosFrameworkDetails d = MesosFrameworkDetails::fromBytes(bad, &error);
            QVERIFY2(!error.isEmpty(), bad.constData());
            QCOMPARE(d, MesosFrameworkDetails());
        }
    }

    // Inside a document the object is read in place; at its very end it is copied with padding.
    void insideADocument() {
        const QByteArray document = "{\"frameworks\":[" + v0Json() + "]}" + QByteArray(100, ' ');
        const qsizetype at = document.indexOf(v0Json());
        const MesosFrameworkDetails inPlace =
            MesosFrameworkDetails::fromRaw(RawJson{document, at, v0Json().size()});
        const QByteArray tail = "[" + v0Json();
        const MesosFrameworkDetails copied =
            MesosFrameworkDetails::fromRaw(RawJson{tail, 1, v0Json().size()});
        QCOMPARE(inPlace, MesosFrameworkDetails::fromBytes(v0Json()));
        QCOMPARE(copied, inPlace);
        QString error;
        MesosFrameworkDetails::fromRaw(RawJson{tail, 5, v0Json().size()}, &error);
        QVERIFY2(!error.isEmpty(), "a span past the document's end is refused");
    }

    // What the store keeps (the parser's raw spans) reads as the fixture's own text does.
    void everyFixtureFramework() {
        MESOSDESK_REQUIRE_FIXTURES();
        int frameworks = 0, withCapabilities = 0, withPrincipal = 0, withFailover = 0;
        QStringList files;
        for (const QString& sub : {QStringLiteral("/mesos"), QStringLiteral("/mesos-operator")}) {
            const QDir dir(TestEnvironment::fixturesDir() + sub);
            for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
                files << dir.filePath(name);
        }
        for (const QString& name : std::as_const(files)) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QList<QJsonObject> found;
            collectFrameworks(QJsonDocument::fromJson(bytes).object(), found);
            for (const QJsonObject& f : found) {
                ++frameworks;
                const MesosFrameworkDetails d = MesosFrameworkDetails::fromJson(f);
                const QJsonObject info = f.value(QLatin1String("framework_info")).toObject();
                const QJsonValue principal =
                    f.contains(u"principal") ? f.value(u"principal") : info.value(u"principal");
                QCOMPARE(d.principal, principal.toString());
                withPrincipal += principal.isString() ? 1 : 0;
                const QJsonValue caps =
                    f.contains(u"capabilities") ? f.value(u"capabilities") : info.value(u"capabilities");
                QCOMPARE(d.capabilitiesReported, caps.isArray());
                QCOMPARE(d.capabilities.size(), caps.toArray().size());
                withCapabilities += d.capabilities.isEmpty() ? 0 : 1;
                const QJsonValue failover = f.contains(u"failover_timeout") ? f.value(u"failover_timeout")
                                                                            : info.value(u"failover_timeout");
                QCOMPARE(d.failoverTimeout.has_value(), failover.isDouble());
                if (failover.isDouble())
                    QCOMPARE(*d.failoverTimeout, failover.toDouble());
                withFailover += failover.isDouble() ? 1 : 0;
                if (f.contains(u"offers"))
                    QCOMPARE(d.offers, int(f.value(u"offers").toArray().size()));
                const QJsonValue role = f.contains(u"role") ? f.value(u"role") : info.value(u"role");
                if (role.isString())
                    QCOMPARE(d.roles, QStringList{role.toString()});
                if (d.registeredTime > 0)
                    QVERIFY2(d.registeredTime > 1e9 && d.registeredTime < 4e9,
                             qPrintable(name)); // seconds, 2001..2096
            }
            // The store's objects: their raw span, task lists skipped, says the same.
            auto parsed = MesosJsonParser::parseState(bytes);
            if (!parsed.ok())
                parsed = MesosJsonParser::parseV1Response(bytes);
            if (!parsed.ok())
                continue;
            for (const MesosFrameworkPtr& f : std::as_const(parsed.value->frameworks)) {
                QString error;
                const MesosFrameworkDetails fromStore = MesosFrameworkDetails::fromRaw(f->raw, &error);
                QVERIFY2(error.isEmpty(), qPrintable(name + u": " + error));
                const MesosFrameworkDetails whole =
                    MesosFrameworkDetails::fromJson(QJsonDocument::fromJson(f->raw.bytes()).object());
                QCOMPARE(fromStore, whole);
            }
        }
        QVERIFY2(frameworks >= 23, "the fixtures list frameworks (state, summary, v1 answers and events)");
        QVERIFY(withCapabilities >= 3 && withPrincipal >= 5 && withFailover >= 10);
    }

    // Marathon with 50,000 tasks: its details come from its own fields, the task lists skipped unread.
    void bigFrameworkIsReadWithoutItsTasks() {
        QByteArray tasks;
        tasks.reserve(50000 * 120);
        for (int i = 0; i < 50000; ++i)
            tasks += (i ? "," : "") +
                     QStringLiteral(R"({"id":"app.%1","state":"TASK_RUNNING","resources":{"cpus":0.1}})")
                         .arg(i)
                         .toUtf8();
        QByteArray json = v0Json();
        json.replace("\"tasks\":[", QByteArray("\"tasks\":[" + tasks + ","));
        QElapsedTimer timer;
        timer.start();
        const MesosFrameworkDetails d = MesosFrameworkDetails::fromBytes(json);
        qInfo("%lld KiB of framework JSON read in %lld ms", qint64(json.size() / 1024), timer.elapsed());
        QCOMPARE(d, MesosFrameworkDetails::fromBytes(v0Json()));

        // Its page's task list from a store of 60,000 tasks, 50,000 of them its own.
        QHash<QString, MesosTaskPtr> all;
        for (int i = 0; i < 60000; ++i) {
            const MesosTaskPtr t = task(i < 50000 ? QStringLiteral("f-1") : QStringLiteral("f-2"),
                                        QStringLiteral("app.%1").arg(i), MesosTaskState::Running);
            all.insert(t->key, t);
        }
        FrameworkTasksModel model(QStringLiteral("f-1"));
        timer.restart();
        model.loadFrom(all);
        qInfo("50,000 of 60,000 tasks taken in %lld ms (%lld rows inserted at once)", timer.elapsed(),
              qint64(model.rowCount()));
        QCOMPARE(model.count(MesosTaskState::Running), 50000);
        QTRY_COMPARE(model.rowCount(), 50000); // the rest in slices, across event-loop turns
    }

    void capabilityNames() {
        QCOMPARE(FrameworkCapabilities::label(QStringLiteral("PARTITION_AWARE")),
                 QStringLiteral("Partition-aware"));
        QCOMPARE(FrameworkCapabilities::label(QStringLiteral("NEW_ONE")), QStringLiteral("NEW_ONE"));
        QVERIFY(FrameworkCapabilities::description(QStringLiteral("NEW_ONE")).isEmpty());
        QVERIFY(!FrameworkCapabilities::description(QStringLiteral("MULTI_ROLE")).isEmpty());
        QCOMPARE(FrameworkCapabilities::labels({}), QStringLiteral("none"));
        QCOMPARE(
            FrameworkCapabilities::labels({QStringLiteral("GPU_RESOURCES"), QStringLiteral("REGION_AWARE")}),
            QStringLiteral("GPU resources, Region-aware"));
    }

    void tasksOfOneFramework() {
        FrameworkTasksModel model(QStringLiteral("f-1"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &FrameworkTasksModel::countsChanged);
        QHash<QString, MesosTaskPtr> all;
        for (const MesosTaskPtr& t :
             {task(QStringLiteral("f-1"), QStringLiteral("a"), MesosTaskState::Running),
              task(QStringLiteral("f-1"), QStringLiteral("b"), MesosTaskState::Running),
              task(QStringLiteral("f-1"), QStringLiteral("c"), MesosTaskState::Finished),
              task(QStringLiteral("f-1"), QStringLiteral("d"), MesosTaskState::Unreachable),
              task(QStringLiteral("f-10"), QStringLiteral("x"), MesosTaskState::Running)})
            all.insert(t->key, t);
        model.loadFrom(all);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.count(MesosTaskState::Running), 2);
        QCOMPARE(model.liveCount(), 2);
        QCOMPARE(model.unreachableCount(), 1);
        QCOMPARE(model.completedCount(), 1);
        const int row = model.rowOf(MesosKeys::task(QStringLiteral("f-1"), QStringLiteral("d")));
        QVERIFY(model.index(row, 0)
                    .data(MesosRoles::CategoriesRole)
                    .toStringList()
                    .contains(QStringLiteral("unreachable")));

        // Killed, gone, added: rows by differences (the tester watches), the other framework ignored.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        MesosTaskChanges changes;
        changes.changed << task(QStringLiteral("f-1"), QStringLiteral("a"), MesosTaskState::Killed);
        changes.removed << MesosKeys::task(QStringLiteral("f-1"), QStringLiteral("c"))
                        << MesosKeys::task(QStringLiteral("f-10"), QStringLiteral("x"));
        changes.added << task(QStringLiteral("f-1"), QStringLiteral("e"), MesosTaskState::Staging)
                      << task(QStringLiteral("f-10"), QStringLiteral("y"), MesosTaskState::Running);
        model.applyFrom(changes);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.count(MesosTaskState::Killed), 1);
        QCOMPARE(model.count(MesosTaskState::Finished), 0);
        QCOMPARE(model.count(MesosTaskState::Staging), 1);
        QCOMPARE(model.liveCount(), 2); // b running, e staging
        QCOMPARE(model.completedCount(), 1);
        QCOMPARE(model.total(), 4);
        QCOMPARE(counts.size(), 2);
        const int killed = model.rowOf(MesosKeys::task(QStringLiteral("f-1"), QStringLiteral("a")));
        QCOMPARE(model.index(killed, TasksModel::State).data().toString(),
                 MesosTaskStates::label(MesosTaskState::Killed));
        QVERIFY(model.index(killed, 0)
                    .data(MesosRoles::CategoriesRole)
                    .toStringList()
                    .contains(QStringLiteral("completed")));

        MesosTaskChanges others; // nothing of ours: no recount
        others.changed << task(QStringLiteral("f-10"), QStringLiteral("y"), MesosTaskState::Failed);
        model.applyFrom(others);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(model.rowCount(), 4);
    }

    void resources() {
        FrameworkResourcesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex usedCpus =
            model.index(FrameworkResourcesModel::Cpus, FrameworkResourcesModel::Used);
        QCOMPARE(usedCpus.data().toString(), QStringLiteral("not reported"));
        QVERIFY(!usedCpus.data(MesosRoles::FractionRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        MesosResources used{1.5, 2048, 0, 0, {}};
        MesosResources total{6, 8192, 1000, 0, {}};
        model.setResources(used, std::nullopt, std::nullopt, total);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(usedCpus.data().toString(), QStringLiteral("1.5 / 6"));
        QCOMPARE(usedCpus.data(MesosRoles::FractionRole).toDouble(), 0.25);
        const QModelIndex usedMem = model.index(FrameworkResourcesModel::Mem, FrameworkResourcesModel::Used);
        QCOMPARE(usedMem.data().toString(), QStringLiteral("2 GiB / 8 GiB"));
        QCOMPARE(
            model.index(FrameworkResourcesModel::Cpus, FrameworkResourcesModel::Reserved).data().toString(),
            QStringLiteral("not reported"));
        QVERIFY2(!model.index(FrameworkResourcesModel::Gpus, FrameworkResourcesModel::Used)
                      .data(MesosRoles::FractionRole)
                      .isValid(),
                 "no GPUs in the cluster: no bar");
        model.setResources(used, std::nullopt, std::nullopt, total);
        QCOMPARE(changed.size(), 1); // the same values: no signal
        model.setResources(used, std::nullopt, std::nullopt, std::nullopt);
        QCOMPARE(usedCpus.data().toString(), QStringLiteral("1.5")); // the total not known: the amount alone
    }
};

namespace {
QByteArray v0Json() {
    return R"({"id":"f-1","name":"marathon","pid":"scheduler-1@10.0.0.1:4000",
 "used_resources":{"cpus":1.5,"mem":256,"disk":0,"gpus":0,"ports":"[31000-31001]"},
 "offered_resources":{"cpus":4,"mem":1024,"disk":100,"gpus":0},
 "capabilities":["TASK_KILLING_STATE","PARTITION_AWARE","MULTI_ROLE"],
 "hostname":"sched.example","webui_url":"http://sched.example:8080","active":true,"connected":true,
 "recovered":false,"user":"root","failover_timeout":604800,"checkpoint":true,
 "registered_time":1482947621.25,"unregistered_time":0,"principal":"dcos_marathon",
 "resources":{"cpus":5.5},"reregistered_time":1482949823.5,"roles":["web","batch"],
 "tasks":[{"id":"t1","name":"a","framework_id":"f-1","slave_id":"s1","state":"TASK_RUNNING","resources":{}}],
 "unreachable_tasks":[],"completed_tasks":[{"id":"t0","state":"TASK_KILLED","nested":[[{"x":[1,2,{"y":"]"}]}]]}],
 "offers":[{"id":"o1","framework_id":"f-1","slave_id":"s1","resources":{"cpus":4}}],
 "executors":[]})";
}

QByteArray v1Json() {
    return R"({"framework_info":{"user":"root","name":"kafka","id":{"value":"f-2"},
 "failover_timeout":1209600.0,"checkpoint":false,"role":"kafka-role","hostname":"10.0.0.2",
 "principal":"kafka-principal","capabilities":[{"type":"GPU_RESOURCES"},{"type":"SOMETHING_NEW"}]},
 "active":true,"connected":false,"recovered":true,
 "registered_time":{"nanoseconds":1540517305926539008},
 "unregistered_time":{"nanoseconds":"1540517400000000000"},
 "allocated_resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":2},"role":"*","allocation_info":{"role":"kafka-role"}},
  {"name":"mem","type":"SCALAR","scalar":{"value":512},"reservations":[{"type":"DYNAMIC","role":"kafka-role"}],
   "allocation_info":{"role":"kafka-role"}},
  {"name":"disk","type":"SCALAR","scalar":{"value":10},"role":"kafka-role"}],
 "offered_resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":0.5}}]})";
}
} // namespace

QTEST_GUILESS_MAIN(TestFrameworkPage)
#include "tst_frameworkpage.moc"
