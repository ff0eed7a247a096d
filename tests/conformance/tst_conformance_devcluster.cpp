// Compares every devcluster endpoint with the real response of the same endpoint in
// ../shared/fixtures/mesos: each key the real one has must exist with the same JSON type
// (recursively; an array through its first element, matched against the closest of ours).
// Differences are listed; the only ones
// allowed are documented below, each for a field a cluster like ours does not have.
#include "DevCluster.h"
#include "HttpFetch.h"
#include "RecordIoStream.h"
#include "SimAgentNode.h"
#include "SimCluster.h"
#include "SimMaster.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Exception {
    const char* fixture; // a part of the fixture's file name, or "" for all
    const char* pathRegex;
    const char* reason;
};

// Fields of real clusters that ours cannot have. The paths are as compare() writes them.
const Exception Exceptions[] = {
    {"", "domain", "no fault domains are configured (--domain); Mesos leaves the field out then"},
    {"", "(^|\\.)external_log_file$",
     "the masters and agents log to stderr, not to a file (--external_log_file unset)"},
    {"", "^flags\\.",
     "flags are per installation; ours lists the ones a devcluster sets (the object itself is compared)"},
    {"", "reserved_resources(_full|_allocated)?\\.[^.]+",
     "no static or dynamic reservations: these objects map roles, and there are none"},
    {"", "\\.discovery$", "our frameworks give no DiscoveryInfo"},
    {"", "\\.container$", "tasks are command tasks without a ContainerInfo (no Docker/UCR image)"},
    {"", "^(slaves\\[\\]\\.)?attributes\\.[^.]+$", "agents have no attributes (--attributes unset)"},
    {"", "^orphan_tasks\\[\\]", "orphan tasks do not exist since Mesos 1.2"},
    {"", "^frameworks\\[\\]\\.executors\\[\\]$",
     "the master lists custom executors only; devcluster tasks run under the command executor"},
    {"", "drain_info$", "present only while an agent is draining (maintenance, 1.9+)"},
    {"state7", "^frameworks\\[\\]\\.reregistered_time$",
     "FullFrameworkWriter writes it once a framework re-registered (that fixture's had failed over); the "
     "torn-down framework compared never did"},
    {"doc-event-framework", "^frameworks\\[\\]\\.(allocated_resources|inverse_offers)$",
     "the docs' example writes empty repeated fields as []; a real master (stout JSON::Protobuf) leaves them "
     "out"},
    {"", "network_infos\\[\\]\\.(name|labels)$",
     "CNI networks are not simulated: tasks use the host network"},
    {"slave-state", "network_infos\\[\\]\\.ip_address$",
     "0.27's single ip_address, replaced by ip_addresses[] in 1.0"},
    {"", "^log_dir$", "no --log_dir: the devcluster logs to stderr"},
    {"", "executors\\[\\]\\.labels$", "executor labels are set by custom executors only"},
    {"getTasksMessage|pod-tasks", "(^|\\.)executor_id$",
     "command tasks have no executor id (only custom or default executors set one)"},
    {"getTasksMessage", "resources\\[\\]\\.role$",
     "older masters also wrote the deprecated role \"*\" for unreserved resources; 1.11 writes "
     "allocation_info (as the dcos-net streams show)"},
    {"", "container_id\\.parent$", "nested containers (pods, task groups) are not simulated"},
    {"mesos-operator", "^roles\\[\\]\\.(allocated|offered|reserved|resources)\\.[^.]+$",
     "maps of resource name to amount that leave zero amounts out: the devcluster makes no offers or "
     "reservations"},
    {"mesos-operator", "^roles\\[\\]\\.quota\\.(consumed|guarantee|limit)\\.[^.]+$",
     "a role's quota and consumption name only the resources set or consumed (ours: cpus and mem)"},
    {"stats.json", "^[a-z_]+$",
     "legacy unprefixed metric of Mesos 0.2x (its master/* twin is present); only in /metrics/snapshot"},
};

QString typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("undefined");
    }
}

QString excused(const QString& fixture, const QString& path) {
    for (const Exception& exception : Exceptions) {
        if (QRegularExpression(QString::fromLatin1(exception.fixture)).match(fixture).hasMatch() && QRegularExpression(QString::fromLatin1(exception.pathRegex)).match(path).hasMatch())
            return QString::fromLatin1(exception.reason);
    }
    return {};
}

// Walks the real value; every key it has must be in ours with the same type.
void compare(const QString& fixture, const QJsonValue& real, const QJsonValue& ours, const QString& path,
             QStringList* diffs, QStringList* excusedDiffs) {
    auto report = [&](const QString& at, const QString& what) {
        const QString reason = excused(fixture, at);
        if (reason.isEmpty())
            diffs->append(at + QStringLiteral(": ") + what);
        else
            excusedDiffs->append(at + QStringLiteral(": ") + what + QStringLiteral(" (") + reason + u')');
    };
    if (real.type() != ours.type()) {
        if (!real.isNull())
            report(path, QStringLiteral("real %1, ours %2").arg(typeName(real), typeName(ours)));
        return;
    }
    if (real.isObject()) {
        const QJsonObject realObject = real.toObject();
        const QJsonObject ourObject = ours.toObject();
        for (auto it = realObject.begin(); it != realObject.end(); ++it) {
            const QString at = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!ourObject.contains(it.key()))
                report(at, QStringLiteral("missing (real %1)").arg(typeName(it.value())));
            else
                compare(fixture, it.value(), ourObject.value(it.key()), at, diffs, excusedDiffs);
        }
    } else if (real.isArray()) {
        const QJsonArray realArray = real.toArray();
        const QJsonArray ourArray = ours.toArray();
        if (realArray.isEmpty())
            return;
        if (ourArray.isEmpty()) {
            report(path + QStringLiteral("[]"), QStringLiteral("real has elements, ours is empty"));
            return;
        }
        // Our element that matches the real first element best (ours may list, say, a framework
        // without tasks first): its differences are the ones reported.
        QStringList bestDiffs;
        QStringList bestExcused;
        for (qsizetype i = 0; i < std::min<qsizetype>(ourArray.size(), 20); ++i) {
            QStringList candidateDiffs;
            QStringList candidateExcused;
            compare(fixture, realArray.first(), ourArray.at(i), path + QStringLiteral("[]"), &candidateDiffs, &candidateExcused);
            if (i == 0 || candidateDiffs.size() < bestDiffs.size()) {
                bestDiffs = candidateDiffs;
                bestExcused = candidateExcused;
            }
        }
        *diffs += bestDiffs;
        *excusedDiffs += bestExcused;
    }
}

QJsonValue loadFixture(const QString& name) {
    // "mesos-operator/x.json" names a file of that folder; a bare name one of ../fixtures/mesos.
    QFile file(TestEnvironment::fixturesDir() + (name.contains(u'/') ? QStringLiteral("/") : QStringLiteral("/mesos/")) +
               name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonValue toValue(const QByteArray& body) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}
} // namespace

class ConformanceDevcluster : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void endpoint_data();
    void endpoint();
    void subscribeEvents_data();
    void subscribeEvents();
    void frameworkRemovedEvent();
    void completedFrameworks_data();
    void completedFrameworks();
    void frameworkFieldsAsFullFrameworkWriter(); // last: it registers frameworks of its own

private:
    void check(const QString& fixture, const QJsonValue& ours);
    QJsonObject v1(const QString& type);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevCluster> m_cluster;
    QString m_leader;
    QString m_agent;
    QString m_sandbox;
    QList<QJsonObject> m_events;
};

void ConformanceDevcluster::initTestCase() {
    MESOSDESK_REQUIRE_FIXTURES();
    MESOSDESK_REQUIRE_ZK();
    m_dir = std::make_unique<QTemporaryDir>();
    DevClusterOptions options;
    options.zkHosts = TestEnvironment::zooKeeperHosts();
    options.zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
    options.marathonZkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
    options.masters = 2;
    options.agents = 2;
    options.workDir = m_dir->path();
    options.heartbeatSeconds = 1;
    m_cluster = std::make_unique<DevCluster>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QVERIFY(TestEnvironment::waitUntil([this] { return m_cluster->isReady(); }, 20000));
    SimCluster* cluster = m_cluster->cluster();
    // A FrameworkInfo as Marathon gives it.
    const QJsonObject frameworkInfo{
        {QStringLiteral("name"), QStringLiteral("conformance")},
        {QStringLiteral("user"), QStringLiteral("root")},
        {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("webui_url"), QStringLiteral("http://127.0.0.1:1")},
        {QStringLiteral("failover_timeout"), 604800},
        {QStringLiteral("checkpoint"), true},
        {QStringLiteral("role"), QStringLiteral("*")},
        {QStringLiteral("principal"), QStringLiteral("conformance")},
        {QStringLiteral("capabilities"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TASK_KILLING_STATE")}}}}};
    const QString frameworkId = cluster->registerFramework(frameworkInfo);

    // A master failover first: agents and frameworks then carry their re-registration times.
    const int firstLeader = int(m_cluster->masters().indexOf(m_cluster->leader()));
    QVERIFY(m_cluster->killMaster(firstLeader));
    QVERIFY(TestEnvironment::waitUntil([this] { return m_cluster->leader() != nullptr; }, 20000));
    QVERIFY(m_cluster->restartMaster(firstLeader));
    m_leader = m_cluster->leader()->url();
    m_agent = m_cluster->agents().first()->url();

    RecordIoStream stream;
    stream.open(m_leader + QStringLiteral("/api/v1"));
    QVERIFY(TestEnvironment::waitUntil([&] { return !stream.events().isEmpty(); }, 5000));
    QJsonObject second = frameworkInfo;
    second.insert(QStringLiteral("name"), QStringLiteral("conformance-2"));
    cluster->registerFramework(second); // FRAMEWORK_ADDED
    QJsonObject again = frameworkInfo;
    again.insert(QStringLiteral("id"), QJsonObject{{QStringLiteral("value"), frameworkId}});
    cluster->registerFramework(again); // FRAMEWORK_UPDATED
    const QString agentId = m_cluster->agents().first()->agentId();
    SimTaskSpec running;
    running.taskId = QStringLiteral("web.1");
    running.name = QStringLiteral("web");
    running.command = QStringLiteral("echo started; sleep 60");
    running.portCount = 2;
    running.labels = QJsonObject{{QStringLiteral("tier"), QStringLiteral("frontend")}};
    QString why;
    QVERIFY2(cluster->launchTask(frameworkId, agentId, running, &why), qPrintable(why));
    SimTaskSpec finished = running;
    finished.taskId = QStringLiteral("batch.1");
    finished.name = QStringLiteral("batch");
    finished.command = QStringLiteral("echo done");
    finished.portCount = 0;
    QVERIFY2(cluster->launchTask(frameworkId, agentId, finished, &why), qPrintable(why));
    QVERIFY(TestEnvironment::waitUntil([&] {
        const SimTaskRecord* task = cluster->task(QStringLiteral("web.1"));
        return task && task->state == QLatin1String("TASK_RUNNING") && !cluster->task(QStringLiteral("batch.1"));
    }, 10000));
    m_sandbox = cluster->task(QStringLiteral("web.1"))->directory;
    // A framework torn down by the operator, for FRAMEWORK_REMOVED and completed_frameworks.
    QJsonObject doomed = frameworkInfo;
    doomed.insert(QStringLiteral("name"), QStringLiteral("conformance-doomed"));
    const QString doomedId = cluster->registerFramework(doomed);
    SimTaskSpec doomedTask = finished;
    doomedTask.taskId = QStringLiteral("doomed.1");
    doomedTask.command = QStringLiteral("sleep 60");
    QVERIFY2(cluster->launchTask(doomedId, agentId, doomedTask, &why), qPrintable(why));
    const HttpFetch teardown =
        HttpFetch::post(m_leader + QStringLiteral("/api/v1"),
                        QStringLiteral(R"({"type":"TEARDOWN","teardown":{"framework_id":{"value":"%1"}}})")
                            .arg(doomedId)
                            .toUtf8());
    QCOMPARE(teardown.status, 200);
    // One more agent comes and goes for AGENT_ADDED / AGENT_REMOVED.
    QVERIFY(m_cluster->restartAgent(1));
    QVERIFY(TestEnvironment::waitUntil([&] { return stream.types().contains(QStringLiteral("HEARTBEAT")); }, 5000));
    m_events = stream.events();
    // A quota and a weight, for the roles, quota and weights answers (set as an operator would).
    const HttpFetch quota = HttpFetch::post(
        m_leader + QStringLiteral("/api/v1"),
        R"({"type":"UPDATE_QUOTA","update_quota":{"quota_configs":[{"role":"dev","guarantees":{"cpus":{"value":1},)"
        R"("mem":{"value":64}},"limits":{"cpus":{"value":2},"mem":{"value":128}}}]}})");
    QCOMPARE(quota.status, 200);
    const HttpFetch weight = HttpFetch::post(
        m_leader + QStringLiteral("/api/v1"),
        R"({"type":"UPDATE_WEIGHTS","update_weights":{"weight_infos":[{"role":"dev","weight":2.0}]}})");
    QCOMPARE(weight.status, 200);
    // A maintenance window (for machines without agents, so nothing else changes): the schedule
    // and status answers then have what the fixtures show, and a machine answered for.
    const HttpFetch schedule = HttpFetch::post(
        m_leader + QStringLiteral("/master/maintenance/schedule"),
        R"({"windows":[{"machine_ids":[{"hostname":"myhost","ip":"0.0.0.2"},{"hostname":"other","ip":"0.0.0.3"}],)"
        R"("unavailability":{"start":{"nanoseconds":1443830400000000000},"duration":{"nanoseconds":3600000000000}}}]})");
    QCOMPARE(schedule.status, 200);
}

void ConformanceDevcluster::cleanupTestCase() {
    if (m_cluster)
        m_cluster->stop();
    m_cluster.reset();
}

QJsonObject ConformanceDevcluster::v1(const QString& type) {
    const HttpFetch reply = HttpFetch::post(m_leader + QStringLiteral("/api/v1"),
                                            QJsonDocument(QJsonObject{{QStringLiteral("type"), type}}).toJson());
    return reply.json().object();
}

void ConformanceDevcluster::check(const QString& fixture, const QJsonValue& ours) {
    const QJsonValue real = loadFixture(fixture);
    QVERIFY2(!real.isUndefined() && !(real.isObject() && real.toObject().isEmpty()), qPrintable(fixture));
    QVERIFY2(!ours.isUndefined() && !(ours.isObject() && ours.toObject().isEmpty()), "the devcluster answered nothing");
    QStringList diffs;
    QStringList excusedDiffs;
    compare(fixture, real, ours, {}, &diffs, &excusedDiffs);
    if (!excusedDiffs.isEmpty())
        qInfo().noquote() << fixture << QStringLiteral("documented exceptions:\n  ") + excusedDiffs.join(QStringLiteral("\n  "));
    QVERIFY2(diffs.isEmpty(), qPrintable(fixture + QStringLiteral(" differs:\n  ") + diffs.join(QStringLiteral("\n  "))));
}

void ConformanceDevcluster::endpoint_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("what");
    // Mesos 1.x master state (older 0.19-0.27 state fixtures have pre-1.0 shapes and are left out).
    QTest::newRow("state 1.2 dcos-ui") << "dcos-ui__healthy-tasks-in-mesos-and-marathon__state.json" << "master" << "/master/state";
    QTest::newRow("state 1.2 dcos-net") << "dcos-net__dcos_dns__state7.json" << "master" << "/master/state";
    QTest::newRow("state 1.2 dcos-metrics") << "dcos-metrics__master-state.json" << "master" << "/state";
    QTest::newRow("summary executor") << "dcos-ui__1-service-with-executor-task__summary.json" << "master" << "/master/state-summary";
    QTest::newRow("summary health") << "dcos-ui__1-app-for-each-health__summary.json" << "master" << "/master/state-summary";
    QTest::newRow("summary 1 task") << "dcos-ui__marathon-1-task__summary.json" << "master" << "/master/state-summary";
    QTest::newRow("metrics") << "datadog-integrations-core__mesos_master__stats.json" << "master" << "/metrics/snapshot";
    QTest::newRow("agent state 1.5") << "dcos-net__dcos_l4lb__state6.json" << "agent" << "/slave(1)/state";
    QTest::newRow("agent state 1.4") << "dcos-net__ucr-bridge-mode-net-info.json" << "agent" << "/slave(1)/state";
    QTest::newRow("agent state 0.27") << "dcos-ui__1-service-with-executor-task__slave-state.json" << "agent" << "/state";
    QTest::newRow("agent state dcos-metrics") << "dcos-metrics__agent-state.json" << "agent" << "/state";
    QTest::newRow("browse") << "dcos-ui__1-service-with-executor-task__browse.json" << "agent" << "browse";
    QTest::newRow("browse twisted") << "mesos-cli__browse_twisted.json" << "agent" << "browse";
    QTest::newRow("read") << "dcos-ui__1-service-with-executor-task__files-read.json" << "agent" << "read";
    QTest::newRow("GET_MASTER executor") << "dcos-ui__1-service-with-executor-task__mesos-get-master.json" << "v1" << "GET_MASTER";
    QTest::newRow("GET_MASTER 1 task") << "dcos-ui__marathon-1-task__mesos-get-master.json" << "v1" << "GET_MASTER";
    QTest::newRow("GET_TASKS") << "dcos-ui__getTasksMessage.json" << "v1" << "GET_TASKS";
    // The operator console's answers (../fixtures/mesos-operator).
    QTest::newRow("roles quota.md") << "mesos-operator/apache-mesos__quota-md-roles-response.json" << "master"
                                    << "/master/roles";
    QTest::newRow("roles whitelist") << "mesos-operator/apache-mesos__role-tests-roles-whitelist-weights.json"
                                     << "master" << "/roles";
    QTest::newRow("roles after quota") << "mesos-operator/apache-mesos__quota-tests-roles-after-update-quota.json"
                                       << "master" << "/master/roles";
    QTest::newRow("GET_ROLES") << "mesos-operator/apache-mesos__doc-get-roles-response.json" << "v1" << "GET_ROLES";
    QTest::newRow("GET_QUOTA") << "mesos-operator/apache-mesos__quota-tests-get-quota-response.json" << "v1"
                               << "GET_QUOTA";
    QTest::newRow("GET_WEIGHTS") << "mesos-operator/apache-mesos__doc-get-weights-response.json" << "v1"
                                 << "GET_WEIGHTS";
    QTest::newRow("weights v0") << "mesos-operator/apache-mesos__weights-md-get-response.json" << "master"
                                << "/master/weights";
    QTest::newRow("GET_MAINTENANCE_SCHEDULE")
        << "mesos-operator/apache-mesos__doc-get-maintenance-schedule-response.json"
        << "v1"
        << "GET_MAINTENANCE_SCHEDULE";
    QTest::newRow("GET_MAINTENANCE_STATUS")
        << "mesos-operator/apache-mesos__doc-get-maintenance-status-response.json"
        << "v1"
        << "GET_MAINTENANCE_STATUS";
    QTest::newRow("maintenance schedule v0") << "mesos-operator/apache-mesos__maintenance-md-schedule.json"
                                             << "master"
                                             << "/master/maintenance/schedule";
}

void ConformanceDevcluster::endpoint() {
    QFETCH(QString, fixture);
    QFETCH(QString, kind);
    QFETCH(QString, what);
    QJsonValue ours;
    if (kind == QLatin1String("master")) {
        const HttpFetch reply = HttpFetch::get(m_leader + what);
        QCOMPARE(reply.status, 200);
        ours = toValue(reply.body);
    } else if (kind == QLatin1String("agent") && what.startsWith(u'/')) {
        const HttpFetch reply = HttpFetch::get(m_agent + what);
        QCOMPARE(reply.status, 200);
        ours = toValue(reply.body);
    } else if (what == QLatin1String("browse")) {
        const HttpFetch reply = HttpFetch::get(m_agent + QStringLiteral("/files/browse?path=") + m_sandbox);
        QCOMPARE(reply.status, 200);
        ours = toValue(reply.body);
    } else if (what == QLatin1String("read")) {
        const HttpFetch reply = HttpFetch::get(m_agent + QStringLiteral("/files/read?path=%1/stdout&offset=0").arg(m_sandbox));
        QCOMPARE(reply.status, 200);
        ours = toValue(reply.body);
    } else {
        ours = v1(what);
    }
    check(fixture, ours);
}

void ConformanceDevcluster::subscribeEvents_data() {
    QTest::addColumn<QString>("fixture");
    QTest::newRow("operator-api") << "dcos-net__operator-api.json";
    QTest::newRow("hello-overlay") << "dcos-net__hello-overlay.json";
    QTest::newRow("pod-tasks") << "dcos-net__pod-tasks.json";
}

void ConformanceDevcluster::subscribeEvents() {
    QFETCH(QString, fixture);
    QFile file(TestEnvironment::fixturesDir() + QStringLiteral("/mesos/") + fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // The fixtures are the stream's records with the RecordIO prefixes stripped, one per line.
    QSet<QString> seen;
    QStringList diffs;
    QStringList excusedDiffs;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QJsonObject real = QJsonDocument::fromJson(line).object();
        const QString type = real.value(QStringLiteral("type")).toString();
        if (type.isEmpty() || seen.contains(type))
            continue;
        seen.insert(type);
        auto ours = std::find_if(m_events.begin(), m_events.end(), [&](const QJsonObject& event) {
            return event.value(QStringLiteral("type")).toString() == type;
        });
        QVERIFY2(ours != m_events.end(), qPrintable(QStringLiteral("no %1 event from the devcluster").arg(type)));
        QStringList eventDiffs;
        compare(fixture, real, *ours, {}, &eventDiffs, &excusedDiffs);
        for (const QString& diff : std::as_const(eventDiffs))
            diffs << type + QStringLiteral(": ") + diff;
    }
    QVERIFY(!seen.isEmpty());
    if (!excusedDiffs.isEmpty())
        qInfo().noquote() << fixture << QStringLiteral("documented exceptions:\n  ") + excusedDiffs.join(QStringLiteral("\n  "));
    QVERIFY2(diffs.isEmpty(), qPrintable(fixture + QStringLiteral(" differs:\n  ") + diffs.join(QStringLiteral("\n  "))));
}

void ConformanceDevcluster::frameworkRemovedEvent() {
    // The docs' FRAMEWORK_REMOVED (master.proto Event.FrameworkRemoved: the FrameworkInfo only).
    auto ours = std::find_if(m_events.begin(), m_events.end(), [](const QJsonObject& event) {
        return event.value(QStringLiteral("type")).toString() == QLatin1String("FRAMEWORK_REMOVED");
    });
    QVERIFY2(ours != m_events.end(), "no FRAMEWORK_REMOVED event from the devcluster");
    check(QStringLiteral("mesos-operator/apache-mesos__doc-event-framework-removed.json"), *ours);
}

void ConformanceDevcluster::completedFrameworks_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("what");
    // No fixture lists a completed framework; Mesos writes one as it writes any framework
    // (FullFrameworkWriter; v1 the Framework message), so the fixtures' frameworks stand for it
    // (and their exceptions apply), less what only a framework with running tasks has.
    QTest::newRow("state 1.2 dcos-ui") << "dcos-ui__healthy-tasks-in-mesos-and-marathon__state.json"
                                       << "/master/state";
    QTest::newRow("state 1.2 dcos-net") << "dcos-net__dcos_dns__state7.json"
                                        << "/master/state";
    QTest::newRow("frameworks 1.2 dcos-ui") << "dcos-ui__healthy-tasks-in-mesos-and-marathon__state.json"
                                            << "/master/frameworks";
    QTest::newRow("GET_FRAMEWORKS v1 Framework")
        << "mesos-operator/apache-mesos__doc-event-framework-added.json"
        << "GET_FRAMEWORKS";
}

void ConformanceDevcluster::completedFrameworks() {
    QFETCH(QString, fixture);
    QFETCH(QString, what);
    const QJsonObject document = loadFixture(fixture).toObject();
    QJsonObject real;
    QJsonArray completed;
    if (what.startsWith(u'/')) {
        real = document.value(QStringLiteral("frameworks")).toArray().first().toObject();
        completed = HttpFetch::get(m_leader + what)
                        .json()
                        .object()
                        .value(QStringLiteral("completed_frameworks"))
                        .toArray();
    } else {
        real = document.value(QStringLiteral("framework_added"))
                   .toObject()
                   .value(QStringLiteral("framework"))
                   .toObject();
        completed = v1(what)
                        .value(QStringLiteral("get_frameworks"))
                        .toObject()
                        .value(QStringLiteral("completed_frameworks"))
                        .toArray();
    }
    QVERIFY2(!completed.isEmpty(), "the torn-down framework among the completed frameworks");
    // A completed framework runs nothing: no live tasks, nor their ports in its resources.
    real.remove(QStringLiteral("tasks"));
    for (const QString& key : {QStringLiteral("resources"), QStringLiteral("used_resources")}) {
        QJsonObject resources = real.value(key).toObject();
        resources.remove(QStringLiteral("ports"));
        if (real.contains(key) && real.value(key).isObject())
            real.insert(key, resources);
    }
    QStringList diffs;
    QStringList excusedDiffs;
    compare(fixture, real, completed.first(), QStringLiteral("frameworks[]"), &diffs, &excusedDiffs);
    QVERIFY2(diffs.isEmpty(),
             qPrintable(fixture + QStringLiteral(" differs:\n  ") + diffs.join(QStringLiteral("\n  "))));
}

// FullFrameworkWriter (master/readonly_handler.cpp) writes "principal" only when the framework has
// one, "reregistered_time" only when it differs from "registered_time", and "roles" instead of
// "role" for a MULTI_ROLE framework; the fixtures show single-role frameworks with principals and
// failovers (dcos-net state7 has both times), so these cases are checked on their own.
void ConformanceDevcluster::frameworkFieldsAsFullFrameworkWriter() {
    SimCluster* cluster = m_cluster->cluster();
    const QString multiId = cluster->registerFramework(
        {{QStringLiteral("name"), QStringLiteral("conformance-multi")},
         {QStringLiteral("user"), QStringLiteral("root")},
         {QStringLiteral("roles"), QJsonArray{QStringLiteral("web"), QStringLiteral("batch")}},
         {QStringLiteral("capabilities"),
          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("MULTI_ROLE")}}}}});
    for (const QString& path : {QStringLiteral("/master/state"), QStringLiteral("/master/frameworks")}) {
        const QJsonObject state = HttpFetch::get(m_leader + path).json().object();
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& f : state.value(QStringLiteral("frameworks")).toArray())
            byName.insert(f.toObject().value(QStringLiteral("name")).toString(), f.toObject());
        const QJsonObject multi = byName.value(QStringLiteral("conformance-multi"));
        QCOMPARE(multi.value(QStringLiteral("id")).toString(), multiId);
        QVERIFY2(!multi.contains(QStringLiteral("role")), qPrintable(path));
        QCOMPARE(multi.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("web"), QStringLiteral("batch")}));
        QVERIFY2(!multi.contains(QStringLiteral("principal")), "no principal given, none written");
        QVERIFY2(!multi.contains(QStringLiteral("reregistered_time")),
                 "registered once: no re-registration time");
        QVERIFY(multi.value(QStringLiteral("registered_time")).toDouble() > 0);
        // Registered before the master failover of initTestCase: re-registered since, with a principal.
        const QJsonObject failedOver = byName.value(QStringLiteral("conformance"));
        QCOMPARE(failedOver.value(QStringLiteral("principal")).toString(), QStringLiteral("conformance"));
        QCOMPARE(failedOver.value(QStringLiteral("role")).toString(), QStringLiteral("*"));
        QVERIFY(failedOver.value(QStringLiteral("reregistered_time")).toDouble() >
                failedOver.value(QStringLiteral("registered_time")).toDouble());
        QCOMPARE(failedOver.value(QStringLiteral("capabilities")).toArray(),
                 QJsonArray{QStringLiteral("TASK_KILLING_STATE")}); // v0 writes the names
    }
}

QTEST_GUILESS_MAIN(ConformanceDevcluster)
#include "tst_conformance_devcluster.moc"
