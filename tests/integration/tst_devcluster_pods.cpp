// Pods on the devcluster's simulated Mesos with real processes: an instance is one default
// executor on one agent whose tasks are the pod's containers (ids <instanceId>.<container>),
// each container a real process in its own tasks/<taskId> sandbox, seen by the agent's /state,
// the master's /state and the files API as real Mesos shows a task group; a killed instance's
// executor becomes a completed one and a new instance takes its place.
#include "DevCluster.h"
#include "HttpFetch.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using TestEnvironment::waitUntil;

namespace {
const char* const kPod = R"({"id": "/duo", "containers": [
  {"name": "talker", "resources": {"cpus": 0.05, "mem": 16},
   "exec": {"command": {"shell": "echo talker-says-hello; exec sleep 300"}}},
  {"name": "other", "resources": {"cpus": 0.05, "mem": 16},
   "exec": {"command": {"shell": "echo other-says-hi; exec sleep 300"}}}]})";
} // namespace

class TestDevclusterPods : public QObject {
    Q_OBJECT
private slots:
    void init() {
        MESOSDESK_REQUIRE_ZK();
        m_dir = std::make_unique<QTemporaryDir>();
        DevClusterOptions options;
        options.zkHosts = TestEnvironment::zooKeeperHosts();
        options.zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        options.marathonZkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
        options.masters = 1;
        options.agents = 2;
        options.workDir = m_dir->path();
        m_cluster = std::make_unique<DevCluster>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QVERIFY2(waitUntil([this] { return m_cluster->isReady(); }, 20000), "the devcluster's ready line");
        const QJsonObject ready = m_cluster->readyInfo();
        m_marathon = ready.value(QLatin1String("marathon")).toArray().at(0).toString();
        m_master = ready.value(QLatin1String("masters")).toArray().at(0).toString();
        for (const QJsonValue& agent : ready.value(QLatin1String("agents")).toArray())
            m_agents << agent.toString();
        QVERIFY(!m_marathon.isEmpty());
    }
    void cleanup() {
        if (m_cluster)
            m_cluster->stop();
        m_cluster.reset();
        m_dir.reset();
        m_agents.clear();
    }

    void taskGroupAsMesosShowsIt() {
        QCOMPARE(HttpFetch::request("HEAD", m_marathon + QStringLiteral("/v2/pods"), QByteArray(),
                                    QByteArray(), 10000)
                     .status,
                 200);
        QCOMPARE(HttpFetch::post(m_marathon + QStringLiteral("/v2/pods"), kPod).status, 201);
        QString instanceId;
        QVERIFY2(
            waitUntil(
                [&] {
                    const QJsonObject status =
                        HttpFetch::get(m_marathon + QStringLiteral("/v2/pods/duo::status")).json().object();
                    const QJsonObject instance =
                        status.value(QLatin1String("instances")).toArray().at(0).toObject();
                    instanceId = instance.value(QLatin1String("id")).toString();
                    return instance.value(QLatin1String("status")).toString() == QLatin1String("STABLE");
                },
                20000),
            "the instance became STABLE");

        // The agent: one DEFAULT executor holding both tasks, each task's sandbox under it.
        QJsonObject executor;
        QString agentUrl;
        for (const QString& agent : m_agents) {
            const QJsonObject state = HttpFetch::get(agent + QStringLiteral("/state")).json().object();
            for (const QJsonValue& framework : state.value(QLatin1String("frameworks")).toArray()) {
                for (const QJsonValue& e : framework.toObject().value(QLatin1String("executors")).toArray()) {
                    if (e.toObject()
                            .value(QLatin1String("id"))
                            .toString()
                            .startsWith(QLatin1String("instance-duo."))) {
                        executor = e.toObject();
                        agentUrl = agent;
                    }
                }
            }
        }
        QVERIFY2(!executor.isEmpty(), "an agent runs the instance's executor");
        QCOMPARE(executor.value(QLatin1String("id")).toString(),
                 QStringLiteral("instance-duo.") + instanceId.mid(int(qstrlen("duo.instance-"))));
        QCOMPARE(executor.value(QLatin1String("type")).toString(), QStringLiteral("DEFAULT"));
        const QJsonArray tasks = executor.value(QLatin1String("tasks")).toArray();
        QCOMPARE(tasks.size(), 2);
        QStringList ids;
        for (const QJsonValue& task : tasks) {
            ids << task.toObject().value(QLatin1String("id")).toString();
            QCOMPARE(task.toObject().value(QLatin1String("executor_id")).toString(),
                     executor.value(QLatin1String("id")).toString());
        }
        QCOMPARE(ids, (QStringList{instanceId + QStringLiteral(".talker"),
                                   instanceId + QStringLiteral(".other")}));
        QCOMPARE(executor.value(QLatin1String("resources")).toObject().value(QLatin1String("mem")).toDouble(),
                 32.0);

        // Each container's stdout is its own, in tasks/<taskId> of the executor's sandbox.
        const QString directory = executor.value(QLatin1String("directory")).toString();
        for (const auto& [task, words] : {std::pair{ids.at(0), QByteArray("talker-says-hello")},
                                          std::pair{ids.at(1), QByteArray("other-says-hi")}}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("path"),
                               directory + QStringLiteral("/tasks/") + task + QStringLiteral("/stdout"));
            query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
            QByteArray data;
            QVERIFY2(waitUntil(
                         [&] {
                             data = HttpFetch::get(agentUrl + QStringLiteral("/files/read?") +
                                                   query.toString(QUrl::FullyEncoded))
                                        .json()
                                        .object()
                                        .value(QLatin1String("data"))
                                        .toString()
                                        .toUtf8();
                             return data.contains(words);
                         },
                         10000),
                     qPrintable(QStringLiteral("%1's stdout (%2)").arg(task, QString::fromUtf8(data))));
            QVERIFY2(!data.contains(words == "talker-says-hello" ? "other-says-hi" : "talker-says-hello"),
                     data.constData());
        }

        // The master: the tasks name their executor.
        const QJsonObject master = HttpFetch::get(m_master + QStringLiteral("/state")).json().object();
        int named = 0;
        for (const QJsonValue& framework : master.value(QLatin1String("frameworks")).toArray()) {
            for (const QJsonValue& task : framework.toObject().value(QLatin1String("tasks")).toArray())
                named += task.toObject().value(QLatin1String("executor_id")).toString() ==
                         executor.value(QLatin1String("id")).toString();
        }
        QCOMPARE(named, 2);

        // Killing the instance ends its executor; a new instance replaces it.
        QCOMPARE(HttpFetch::request("DELETE",
                                    m_marathon + QStringLiteral("/v2/pods/duo::instances/") + instanceId,
                                    QByteArray(), QByteArray(), 10000)
                     .status,
                 200);
        QVERIFY2(
            waitUntil(
                [&] {
                    const QJsonObject status =
                        HttpFetch::get(m_marathon + QStringLiteral("/v2/pods/duo::status")).json().object();
                    const QJsonObject instance =
                        status.value(QLatin1String("instances")).toArray().at(0).toObject();
                    return status.value(QLatin1String("instances")).toArray().size() == 1 &&
                           instance.value(QLatin1String("id")).toString() != instanceId &&
                           instance.value(QLatin1String("status")).toString() == QLatin1String("STABLE");
                },
                20000),
            "a new instance replaced the killed one");
        QVERIFY2(
            waitUntil(
                [&] {
                    const QJsonObject state =
                        HttpFetch::get(agentUrl + QStringLiteral("/state")).json().object();
                    for (const char* list : {"frameworks", "completed_frameworks"}) {
                        for (const QJsonValue& framework : state.value(QLatin1String(list)).toArray()) {
                            for (const QJsonValue& e :
                                 framework.toObject().value(QLatin1String("completed_executors")).toArray()) {
                                if (e.toObject().value(QLatin1String("id")) ==
                                    executor.value(QLatin1String("id")))
                                    return e.toObject()
                                               .value(QLatin1String("completed_tasks"))
                                               .toArray()
                                               .size() == 2;
                            }
                        }
                    }
                    return false;
                },
                10000),
            "the killed instance's executor is completed with both its tasks");
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevCluster> m_cluster;
    QString m_marathon;
    QString m_master;
    QStringList m_agents;
};

QTEST_GUILESS_MAIN(TestDevclusterPods)
#include "tst_devcluster_pods.moc"
