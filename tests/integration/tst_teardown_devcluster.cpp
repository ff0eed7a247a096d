// Framework teardown on the devcluster (in-process), as the real master does it (src/master/http.cpp
// teardown/_teardown, master.cpp removeFramework): v1 TEARDOWN and POST /master/teardown answer
// 200 with no body; the framework's tasks go TASK_KILLED from the master (REASON_FRAMEWORK_REMOVED,
// "Framework <id> removed") and their processes end; the framework moves to completed_frameworks
// (state, /master/frameworks, GET_FRAMEWORKS) inactive with its unregistered time; SUBSCRIBE tells
// TASK_UPDATED for each task and then FRAMEWORK_REMOVED; an unknown id is a 400 with the master's
// text. Tearing down the simulated Marathon's framework makes it register anew and launch its
// apps again, as a real Marathon restarted after losing its framework id does. The offer holder
// (the devcluster's own framework) keeps one offer per agent with the agent's unused resources,
// in v0 state, v1 GET_FRAMEWORKS and master/outstanding_offers alike, made anew as tasks come and
// go, and rescinded by its teardown.
#include "DevCluster.h"
#include "HttpFetch.h"
#include "RecordIoStream.h"
#include "SimAgentNode.h"
#include "SimCluster.h"
#include "SimMaster.h"
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QByteArray Form = "application/x-www-form-urlencoded";

QByteArray teardownCall(const QString& frameworkId) {
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("TEARDOWN")},
                                     {QStringLiteral("teardown"),
                                      QJsonObject{{QStringLiteral("framework_id"),
                                                   QJsonObject{{QStringLiteral("value"), frameworkId}}}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject findById(const QJsonArray& list, const QString& id) {
    for (const QJsonValue& value : list) {
        const QJsonObject object = value.toObject();
        const QJsonValue key = object.value(QStringLiteral("id"));
        const QString text =
            key.isObject() ? key.toObject().value(QStringLiteral("value")).toString() : key.toString();
        if (text == id)
            return object;
        // v1: {framework_info:{id:{value}}}
        if (object.value(QStringLiteral("framework_info"))
                .toObject()
                .value(QStringLiteral("id"))
                .toObject()
                .value(QStringLiteral("value"))
                .toString() == id)
            return object;
    }
    return {};
}
} // namespace

class TestTeardownDevcluster : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevCluster> m_cluster;

    QString api() const { return m_cluster->leader()->url() + QStringLiteral("/api/v1"); }
    QString url(const QString& path) const { return m_cluster->leader()->url() + path; }

    QString registerFramework(const QString& name) {
        return m_cluster->cluster()->registerFramework(
            {{QStringLiteral("name"), name}, {QStringLiteral("user"), QStringLiteral("root")}});
    }
    // A task whose shell writes its pid into the sandbox and then sleeps.
    bool launch(const QString& frameworkId, const QString& taskId, int agent) {
        SimTaskSpec spec;
        spec.taskId = taskId;
        spec.name = taskId;
        spec.command = QStringLiteral("echo $$ > pid; exec sleep 300");
        QString error;
        const bool ok = m_cluster->cluster()->launchTask(
            frameworkId, m_cluster->agents().at(agent)->agentId(), spec, &error);
        if (!ok)
            qWarning("launch %s: %s", qPrintable(taskId), qPrintable(error));
        return ok;
    }
    qint64 pidOf(const QString& taskId) {
        const SimTaskRecord* task = m_cluster->cluster()->task(taskId);
        if (!task)
            return 0;
        QFile file(task->directory + QStringLiteral("/pid"));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }
    bool running(const QString& taskId) {
        const SimTaskRecord* task = m_cluster->cluster()->task(taskId);
        return task && task->state == QLatin1String("TASK_RUNNING") && pidOf(taskId) > 0;
    }
    QJsonObject v1(const QByteArray& type) {
        return HttpFetch::post(api(), "{\"type\":\"" + type + "\"}").json().object();
    }
    // The last status of a completed task in v1 GET_TASKS.
    QJsonObject lastStatus(const QString& taskId) {
        const QJsonArray completed = v1("GET_TASKS")
                                         .value(QStringLiteral("get_tasks"))
                                         .toObject()
                                         .value(QStringLiteral("completed_tasks"))
                                         .toArray();
        for (const QJsonValue& value : completed) {
            const QJsonObject task = value.toObject();
            if (task.value(QStringLiteral("task_id")).toObject().value(QStringLiteral("value")).toString() ==
                taskId)
                return task.value(QStringLiteral("statuses")).toArray().last().toObject();
        }
        return {};
    }

private slots:
    void initTestCase() {
        MESOSDESK_REQUIRE_ZK();
        m_dir = std::make_unique<QTemporaryDir>();
        DevClusterOptions options;
        options.zkHosts = TestEnvironment::zooKeeperHosts();
        options.zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        options.marathonZkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
        options.masters = 1;
        options.agents = 2;
        options.workDir = m_dir->path();
        options.heartbeatSeconds = 1;
        m_cluster = std::make_unique<DevCluster>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QVERIFY2(TestEnvironment::waitUntil([this] { return m_cluster->isReady(); }, 30000),
                 "the devcluster to be ready within 30 s");
    }
    void cleanupTestCase() {
        if (m_cluster)
            m_cluster->stop();
        m_cluster.reset();
        m_dir.reset();
    }

    void v1TeardownKillsTasksAndCompletesTheFramework() {
        const QString id = registerFramework(QStringLiteral("doomed"));
        QVERIFY(launch(id, QStringLiteral("doomed.1"), 0));
        QVERIFY(launch(id, QStringLiteral("doomed.2"), 1));
        QVERIFY2(
            TestEnvironment::waitUntil(
                [&] { return running(QStringLiteral("doomed.1")) && running(QStringLiteral("doomed.2")); },
                20000),
            "both tasks running with their pids written, within 20 s");
        const QList<qint64> pids{pidOf(QStringLiteral("doomed.1")), pidOf(QStringLiteral("doomed.2"))};
        RecordIoStream stream;
        stream.open(api());
        QVERIFY2(TestEnvironment::waitUntil([&] { return !stream.events().isEmpty(); }, 10000),
                 "SUBSCRIBED within 10 s");

        const HttpFetch answer = HttpFetch::post(api(), teardownCall(id));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.isEmpty());

        // The master's own kill, not the executor's.
        for (const QString& taskId : {QStringLiteral("doomed.1"), QStringLiteral("doomed.2")}) {
            QVERIFY(!m_cluster->cluster()->task(taskId));
            const QJsonObject status = lastStatus(taskId);
            QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("TASK_KILLED"));
            QCOMPARE(status.value(QStringLiteral("source")).toString(), QStringLiteral("SOURCE_MASTER"));
            QCOMPARE(status.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("REASON_FRAMEWORK_REMOVED"));
            QCOMPARE(status.value(QStringLiteral("message")).toString(),
                     QStringLiteral("Framework %1 removed").arg(id));
        }
        for (qint64 pid : pids)
            QVERIFY2(TestEnvironment::waitUntil([&] { return !TestEnvironment::processAlive(pid); }, 10000),
                     qPrintable(QStringLiteral("the task process %1 to end within 10 s").arg(pid)));

        // completed_frameworks everywhere, and no longer among the frameworks.
        const QJsonObject state = HttpFetch::get(url(QStringLiteral("/master/state"))).json().object();
        QVERIFY(findById(state.value(QStringLiteral("frameworks")).toArray(), id).isEmpty());
        const QJsonObject completed =
            findById(state.value(QStringLiteral("completed_frameworks")).toArray(), id);
        QCOMPARE(completed.value(QStringLiteral("name")).toString(), QStringLiteral("doomed"));
        QCOMPARE(completed.value(QStringLiteral("active")).toBool(true), false);
        QVERIFY(completed.value(QStringLiteral("unregistered_time")).toDouble() > 0);
        QVERIFY(completed.value(QStringLiteral("tasks")).toArray().isEmpty());
        QCOMPARE(completed.value(QStringLiteral("completed_tasks")).toArray().size(), 2);
        const QJsonObject frameworks =
            HttpFetch::get(url(QStringLiteral("/master/frameworks"))).json().object();
        QVERIFY(findById(frameworks.value(QStringLiteral("frameworks")).toArray(), id).isEmpty());
        QVERIFY(!findById(frameworks.value(QStringLiteral("completed_frameworks")).toArray(), id).isEmpty());
        const QJsonObject v1Frameworks =
            v1("GET_FRAMEWORKS").value(QStringLiteral("get_frameworks")).toObject();
        QVERIFY(findById(v1Frameworks.value(QStringLiteral("frameworks")).toArray(), id).isEmpty());
        const QJsonObject v1Completed =
            findById(v1Frameworks.value(QStringLiteral("completed_frameworks")).toArray(), id);
        QCOMPARE(v1Completed.value(QStringLiteral("active")).toBool(true), false);
        QVERIFY(v1Completed.value(QStringLiteral("unregistered_time"))
                    .toObject()
                    .value(QStringLiteral("nanoseconds"))
                    .toDouble() > 0);

        // The stream: each task's update, then the framework's removal with its FrameworkInfo.
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return stream.types().contains(QStringLiteral("FRAMEWORK_REMOVED")); }, 10000),
                 "FRAMEWORK_REMOVED on the stream within 10 s");
        int killed = 0;
        QJsonObject removed;
        for (const QJsonObject& event : stream.events()) {
            const QString type = event.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("TASK_UPDATED")) {
                const QJsonObject update = event.value(QStringLiteral("task_updated")).toObject();
                if (update.value(QStringLiteral("state")).toString() == QLatin1String("TASK_KILLED")) {
                    QVERIFY2(removed.isEmpty(), "TASK_UPDATED comes before FRAMEWORK_REMOVED");
                    QCOMPARE(update.value(QStringLiteral("status"))
                                 .toObject()
                                 .value(QStringLiteral("reason"))
                                 .toString(),
                             QStringLiteral("REASON_FRAMEWORK_REMOVED"));
                    ++killed;
                }
            } else if (type == QLatin1String("FRAMEWORK_REMOVED")) {
                removed = event.value(QStringLiteral("framework_removed"))
                              .toObject()
                              .value(QStringLiteral("framework_info"))
                              .toObject();
            }
        }
        QCOMPARE(killed, 2);
        QCOMPARE(removed.value(QStringLiteral("id")).toObject().value(QStringLiteral("value")).toString(),
                 id);
        QCOMPARE(removed.value(QStringLiteral("name")).toString(), QStringLiteral("doomed"));
        QVERIFY(!stream.framingError());

        // Gone for good: a second teardown and a re-registration are refused.
        const HttpFetch again = HttpFetch::post(api(), teardownCall(id));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.body, QByteArray("No framework found with specified ID"));
        QVERIFY(m_cluster->cluster()
                    ->registerFramework({{QStringLiteral("name"), QStringLiteral("doomed")},
                                         {QStringLiteral("id"), QJsonObject{{QStringLiteral("value"), id}}}})
                    .isEmpty());
        const QJsonObject metrics = HttpFetch::get(url(QStringLiteral("/metrics/snapshot"))).json().object();
        QVERIFY(metrics.value(QStringLiteral("master/tasks_killed")).toInt() >= 2);
    }

    void v0EndpointTakesAForm() {
        const QString id = registerFramework(QStringLiteral("old-style"));
        QVERIFY(launch(id, QStringLiteral("old-style.1"), 0));
        QVERIFY2(TestEnvironment::waitUntil([&] { return running(QStringLiteral("old-style.1")); }, 20000),
                 "the task running within 20 s");
        const HttpFetch get = HttpFetch::get(url(QStringLiteral("/master/teardown")));
        QCOMPARE(get.status, 405);
        const HttpFetch missing =
            HttpFetch::post(url(QStringLiteral("/master/teardown")), "framework=x", Form);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.body, QByteArray("Missing 'frameworkId' query parameter in the request body"));
        const HttpFetch unknown =
            HttpFetch::post(url(QStringLiteral("/master/teardown")), "frameworkId=nope", Form);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.body, QByteArray("No framework found with specified ID"));

        const HttpFetch answer = HttpFetch::post(url(QStringLiteral("/master/teardown")),
                                                 "frameworkId=" + QUrl::toPercentEncoding(id), Form);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.isEmpty());
        QVERIFY(!m_cluster->cluster()->task(QStringLiteral("old-style.1")));
        QCOMPARE(lastStatus(QStringLiteral("old-style.1")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("TASK_KILLED"));
        QVERIFY(m_cluster->cluster()->framework(id)->completed);
    }

    void v1Refusals() {
        const HttpFetch unknown = HttpFetch::post(api(), teardownCall(QStringLiteral("no-such-framework")));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.body, QByteArray("No framework found with specified ID"));
        const HttpFetch noBody = HttpFetch::post(api(), R"({"type":"TEARDOWN"})");
        QCOMPARE(noBody.status, 400);
        QCOMPARE(noBody.body,
                 QByteArray("Failed to validate master::Call: Expecting 'teardown' to be present"));
        const HttpFetch noId = HttpFetch::post(api(), R"({"type":"TEARDOWN","teardown":{}})");
        QCOMPARE(noId.status, 400);
        QCOMPARE(
            noId.body,
            QByteArray(
                "Failed to convert JSON into Call protobuf: Missing required fields: teardown.framework_id"));
    }

    void offersFollowTheAgentsUse() {
        SimCluster* cluster = m_cluster->cluster();
        const QString id = registerFramework(QStringLiteral("hoarder"));
        cluster->setOfferHolder(id);
        QCOMPARE(cluster->offers().size(), 2);
        auto stateOffers = [&] {
            const QJsonObject state = HttpFetch::get(url(QStringLiteral("/master/state"))).json().object();
            return findById(state.value(QStringLiteral("frameworks")).toArray(), id)
                .value(QStringLiteral("offers"))
                .toArray();
        };
        auto outstanding = [&] {
            return HttpFetch::get(url(QStringLiteral("/metrics/snapshot")))
                .json()
                .object()
                .value(QStringLiteral("master/outstanding_offers"))
                .toInt();
        };
        QJsonArray offers = stateOffers();
        QCOMPARE(offers.size(), 2);
        QCOMPARE(outstanding(), 2);
        // common/http.cpp json(Offer): these five fields, flat ids, v0 resources.
        const QJsonObject first = offers.first().toObject();
        const QStringList keys = first.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{QStringLiteral("id"), QStringLiteral("framework_id"),
                                QStringLiteral("allocation_info"), QStringLiteral("slave_id"),
                                QStringLiteral("resources")}));
        QCOMPARE(first.value(QStringLiteral("framework_id")).toString(), id);
        const QString agent0 = m_cluster->agents().at(0)->agentId();
        const SimCluster::Usage used = cluster->usage(agent0);
        const QJsonObject onAgent0 = [&] {
            for (const QJsonValue& offer : offers)
                if (offer.toObject().value(QStringLiteral("slave_id")).toString() == agent0)
                    return offer.toObject();
            return QJsonObject();
        }();
        QCOMPARE(
            onAgent0.value(QStringLiteral("resources")).toObject().value(QStringLiteral("cpus")).toDouble(),
            4 - used.cpus);
        const QString before = onAgent0.value(QStringLiteral("id")).toString();
        // v1: the Offer message with the agent's hostname, under GET_FRAMEWORKS.
        const QJsonObject v1Framework = findById(v1("GET_FRAMEWORKS")
                                                     .value(QStringLiteral("get_frameworks"))
                                                     .toObject()
                                                     .value(QStringLiteral("frameworks"))
                                                     .toArray(),
                                                 id);
        const QJsonArray v1Offers = v1Framework.value(QStringLiteral("offers")).toArray();
        QCOMPARE(v1Offers.size(), 2);
        QCOMPARE(v1Offers.first().toObject().value(QStringLiteral("hostname")).toString(),
                 QStringLiteral("127.0.0.1"));
        QVERIFY(v1Offers.first()
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toObject()
                    .contains(QStringLiteral("value")));

        // A task on agent 0: its offer is rescinded and made anew with less; agent 1's stays.
        const QString otherBefore = cluster->offerOn(m_cluster->agents().at(1)->agentId())->id;
        QVERIFY(launch(id, QStringLiteral("hoarder.1"), 0));
        const SimOfferRecord* after = cluster->offerOn(agent0);
        QVERIFY(after);
        QVERIFY(after->id != before);
        QCOMPARE(after->cpus, 4 - cluster->usage(agent0).cpus);
        QCOMPARE(cluster->offerOn(m_cluster->agents().at(1)->agentId())->id, otherBefore);
        QCOMPARE(outstanding(), 2);

        // Torn down, it holds none: nothing outstanding.
        QCOMPARE(HttpFetch::post(api(), teardownCall(id)).status, 200);
        QVERIFY(cluster->offers().isEmpty());
        QCOMPARE(outstanding(), 0);
    }

    // Real Marathon, its framework removed, exits and (restarted) registers anew and relaunches;
    // the simulated one must not keep reporting the killed tasks as running.
    void marathonRegistersAnewAndRelaunches() {
        const QString marathon =
            m_cluster->readyInfo().value(QStringLiteral("marathon")).toArray().first().toString();
        QVERIFY(!marathon.isEmpty());
        const HttpFetch created =
            HttpFetch::post(marathon + QStringLiteral("/v2/apps"),
                            R"({"id":"/teardown-app","cmd":"sleep 300","cpus":0.1,"mem":16,"instances":1})");
        QCOMPARE(created.status, 201);
        auto appTasks = [&] {
            return HttpFetch::get(marathon + QStringLiteral("/v2/apps/teardown-app/tasks"))
                .json()
                .object()
                .value(QStringLiteral("tasks"))
                .toArray();
        };
        auto runningTask = [&]() -> QString {
            const QJsonArray tasks = appTasks();
            for (const QJsonValue& task : tasks)
                if (task.toObject().value(QStringLiteral("state")).toString() ==
                    QLatin1String("TASK_RUNNING"))
                    return task.toObject().value(QStringLiteral("id")).toString();
            return {};
        };
        QVERIFY2(TestEnvironment::waitUntil([&] { return !runningTask().isEmpty(); }, 30000),
                 "Marathon's app running within 30 s");
        const QString oldTask = runningTask();
        const QString oldFramework = m_cluster->cluster()->task(oldTask)->frameworkId;
        QCOMPARE(m_cluster->cluster()->framework(oldFramework)->name(), QStringLiteral("marathon"));

        QCOMPARE(HttpFetch::post(api(), teardownCall(oldFramework)).status, 200);
        QCOMPARE(lastStatus(oldTask).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("REASON_FRAMEWORK_REMOVED"));
        QString newFramework;
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] {
                         for (const QString& id : m_cluster->cluster()->frameworkIds())
                             if (m_cluster->cluster()->framework(id)->name() == QLatin1String("marathon"))
                                 newFramework = id;
                         return !newFramework.isEmpty();
                     },
                     10000),
                 "Marathon registered as a new framework within 10 s");
        QVERIFY(newFramework != oldFramework);
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] {
                         const QString now = runningTask();
                         return !now.isEmpty() && now != oldTask;
                     },
                     30000),
                 "Marathon relaunched its app's instance within 30 s");
        const QJsonArray tasks = appTasks();
        for (const QJsonValue& task : tasks)
            QVERIFY2(task.toObject().value(QStringLiteral("id")).toString() != oldTask,
                     "Marathon no longer lists the killed task");
        QCOMPARE(m_cluster->cluster()->task(runningTask())->frameworkId, newFramework);
    }
};

QTEST_GUILESS_MAIN(TestTeardownDevcluster)
#include "tst_teardown_devcluster.moc"
