// The devcluster against a real ZooKeeper: leader election and redirects, the files API, task
// processes and their sandboxes, resource accounting, the SUBSCRIBE stream, master and agent
// failures, faults, and a clean stop with no process left behind.
#include "DevCluster.h"
#include "FakeMaster.h"
#include "FaultInjector.h"
#include "HttpFetch.h"
#include "RecordIoStream.h"
#include "SimAgentNode.h"
#include "SimCluster.h"
#include "SimMaster.h"
#include "SyntheticCluster.h"
#include "TestEnvironment.h"
#include "marathon/MarathonLeaderDetector.h"
#include "mesos/MesosLeaderDetector.h"
#include "zookeeper/ZkSession.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {
QJsonObject frameworkInfo(const QString& name) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("user"), QStringLiteral("root")},
            {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("failover_timeout"), 604800},
            {QStringLiteral("checkpoint"), true}};
}

SimTaskSpec spec(const QString& id, const QString& command, double cpus = 0.1, int ports = 0) {
    SimTaskSpec task;
    task.taskId = id;
    task.name = id.section(u'.', 0, 0);
    task.command = command;
    task.cpus = cpus;
    task.portCount = ports;
    return task;
}

QJsonObject frameworkNamed(const QJsonObject& state, const QString& name) {
    for (const QJsonValue& framework : state.value(QStringLiteral("frameworks")).toArray()) {
        if (framework.toObject().value(QStringLiteral("name")).toString() == name)
            return framework.toObject();
    }
    return {};
}

} // namespace

class TestDevcluster : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void leaderElectionAndRedirects();
    void noLeaderAnswers503();
    void masterKillElectsNewLeader();
    void taskProcessWritesSandbox();
    void failedAndKilledTasks();
    void filesApiSemantics();
    void resourceAccounting();
    void subscribeStream();
    void agentKillLosesTasks();
    void faults();
    void controlApi();
    void scaleMode();
    void stopLeavesNoProcess();
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    void marathonAppRunsOnMesos();
#endif

private:
    void startCluster(int masters = 3, int agents = 2, int simulateAgents = 0, int simulateTasks = 0);
    QString leaderUrl() const { return m_cluster->leader() ? m_cluster->leader()->url() : QString(); }
    QString launch(const SimTaskSpec& task, int agent = 0);
    bool waitForState(const QString& taskId, const QString& state, int timeoutMs = 10000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevCluster> m_cluster;
    QString m_zkPath;
    QString m_marathonPath;
    QString m_frameworkId;
    QList<SimTaskStatus> m_updates;
};

void TestDevcluster::init() {
    MESOSDESK_REQUIRE_ZK();
    m_dir = std::make_unique<QTemporaryDir>();
    m_updates.clear();
    m_frameworkId.clear();
}

void TestDevcluster::cleanup() {
    if (m_cluster)
        m_cluster->stop();
    m_cluster.reset();
    m_dir.reset();
}

void TestDevcluster::startCluster(int masters, int agents, int simulateAgents, int simulateTasks) {
    DevClusterOptions options;
    options.zkHosts = TestEnvironment::zooKeeperHosts();
    m_zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
    options.zkPath = m_zkPath;
    m_marathonPath = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
    options.marathonZkPath = m_marathonPath;
    options.masters = masters;
    options.agents = agents;
    options.workDir = m_dir->path();
    options.heartbeatSeconds = 1;
    options.simulateAgents = simulateAgents;
    options.simulateTasks = simulateTasks;
    m_cluster = std::make_unique<DevCluster>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QVERIFY(TestEnvironment::waitUntil([this] { return m_cluster->isReady(); }, 20000));
    connect(m_cluster->cluster(), &SimCluster::statusUpdate, this, [this](const SimTaskStatus& status) {
        if (status.frameworkId == m_frameworkId)
            m_updates.append(status);
    });
}

QString TestDevcluster::launch(const SimTaskSpec& task, int agent) {
    SimCluster* cluster = m_cluster->cluster();
    if (m_frameworkId.isEmpty()) {
        QJsonObject info = frameworkInfo(QStringLiteral("tests"));
        info.insert(QStringLiteral("capabilities"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TASK_KILLING_STATE")}}});
        m_frameworkId = cluster->registerFramework(info);
    }
    QString error;
    if (!cluster->launchTask(m_frameworkId, m_cluster->agents().at(agent)->agentId(), task, &error))
        return error;
    return {};
}

bool TestDevcluster::waitForState(const QString& taskId, const QString& state, int timeoutMs) {
    return TestEnvironment::waitUntil([&] {
        return std::any_of(m_updates.begin(), m_updates.end(),
                           [&](const SimTaskStatus& s) { return s.taskId == taskId && s.state == state; });
    }, timeoutMs);
}

void TestDevcluster::leaderElectionAndRedirects() {
    startCluster();
    SimMaster* leader = m_cluster->leader();
    QVERIFY(leader);
    int leading = 0;
    for (SimMaster* master : m_cluster->masters())
        leading += master->isLeading() ? 1 : 0;
    QCOMPARE(leading, 1);

    // ZooKeeper holds three json.info_ members; the one a detector finds is the one that serves.
    ZkSession session;
    session.open(TestEnvironment::zooKeeperHosts());
    MesosLeaderDetector detector(&session, m_zkPath);
    detector.start();
    QVERIFY(TestEnvironment::waitUntil([&] { return !detector.leader().isNull() && detector.masterCount() == 3; }, 10000));
    QCOMPARE(detector.leader().port, int(leader->port()));
    QCOMPARE(detector.leader().ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(detector.leader().version, QStringLiteral("1.11.0"));
    QCOMPARE(detector.leader().pid, QStringLiteral("master@127.0.0.1:%1").arg(leader->port()));
    QCOMPARE(leader->masterInfo().value(QStringLiteral("ip")).toInteger(), qint64(16777343));

    const QByteArray leaderAuthority = "//127.0.0.1:" + QByteArray::number(leader->port());
    for (SimMaster* master : m_cluster->masters()) {
        if (master == leader)
            continue;
        const HttpFetch state = HttpFetch::get(master->url() + QStringLiteral("/master/state?jsonp=x&a=1"));
        QCOMPARE(state.status, 307);
        QCOMPARE(state.header("Location"), leaderAuthority + "/master/state?jsonp=x&a=1");
        const HttpFetch api = HttpFetch::post(master->url() + QStringLiteral("/api/v1"), R"({"type":"GET_MASTER"})");
        QCOMPARE(api.status, 307);
        QCOMPARE(api.header("Location"), leaderAuthority + "/api/v1");
        const HttpFetch redirect = HttpFetch::get(master->url() + QStringLiteral("/master/redirect"));
        QCOMPARE(redirect.status, 307);
        QCOMPARE(redirect.header("Location"), leaderAuthority);
        QCOMPARE(HttpFetch::get(master->url() + QStringLiteral("/master/redirect/x")).status, 404);
        const HttpFetch metrics = HttpFetch::get(master->url() + QStringLiteral("/metrics/snapshot"));
        QCOMPARE(metrics.status, 200);
        QCOMPARE(metrics.json().object().value(QStringLiteral("master/elected")).toInt(), 0);
    }
    const HttpFetch redirect = HttpFetch::get(leader->url() + QStringLiteral("/master/redirect"));
    QCOMPARE(redirect.status, 307);
    QCOMPARE(redirect.header("Location"), leaderAuthority);
    const HttpFetch state = HttpFetch::get(leader->url() + QStringLiteral("/master/state"));
    QCOMPARE(state.status, 200);
    const QJsonObject json = state.json().object();
    QCOMPARE(json.value(QStringLiteral("leader")).toString(), QStringLiteral("master@127.0.0.1:%1").arg(leader->port()));
    QCOMPARE(json.value(QStringLiteral("slaves")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("leader_info")).toObject().value(QStringLiteral("id")).toString(), leader->masterId());
    // Agents are registered by the elected master and named after it.
    QVERIFY(json.value(QStringLiteral("slaves")).toArray().first().toObject().value(QStringLiteral("id")).toString()
                .startsWith(leader->masterId() + QStringLiteral("-S")));
    const HttpFetch jsonp = HttpFetch::get(leader->url() + QStringLiteral("/master/state-summary?jsonp=cb"));
    QVERIFY(jsonp.body.startsWith("cb({"));
    QVERIFY(jsonp.body.endsWith(");"));
    QCOMPARE(HttpFetch::get(leader->url() + QStringLiteral("/version")).json().object().value(QStringLiteral("version")).toString(),
             QStringLiteral("1.11.0"));
    QCOMPARE(HttpFetch::get(leader->url() + QStringLiteral("/master/nothing")).status, 404);
}

void TestDevcluster::noLeaderAnswers503() {
    // A member with the lowest sequence whose data cannot be decoded: nobody is known to lead.
    const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
    FakeMaster blocker(TestEnvironment::zooKeeperHosts(), path);
    QVERIFY(!blocker.registerNode(QStringLiteral("json.info_"), "{not json").isEmpty());
    DevClusterOptions options;
    options.zkHosts = TestEnvironment::zooKeeperHosts();
    options.zkPath = path;
    options.masters = 2;
    options.agents = 0;
    options.workDir = m_dir->path();
    m_cluster = std::make_unique<DevCluster>(options);
    QString error;
    QVERIFY(m_cluster->start(&error));
    // Each master has listed all three members (the blocker lowest): none of them leads, for good.
    QVERIFY2(TestEnvironment::waitUntil(
                 [&] {
                     return std::all_of(
                         m_cluster->masters().begin(), m_cluster->masters().end(),
                         [](SimMaster* m) { return m->isRegistered() && m->membersSeen() == 3; });
                 },
                 10000),
             "both masters registered and seeing three members, within 10 s");
    for (SimMaster* master : m_cluster->masters()) {
        const HttpFetch reply = HttpFetch::get(master->url() + QStringLiteral("/master/state"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.body, QByteArray("No leader elected"));
        QCOMPARE(HttpFetch::get(master->url() + QStringLiteral("/master/redirect")).status, 503);
    }
    QVERIFY(!m_cluster->isReady());
    blocker.close(); // its member goes; the lowest devcluster master takes over
    QVERIFY(TestEnvironment::waitUntil([&] { return m_cluster->isReady(); }, 10000));
    QCOMPARE(HttpFetch::get(m_cluster->leader()->url() + QStringLiteral("/master/state")).status, 200);
}

void TestDevcluster::masterKillElectsNewLeader() {
    startCluster();
    QCOMPARE(launch(spec(QStringLiteral("keep.1"), QStringLiteral("sleep 60"))), QString());
    QVERIFY(waitForState(QStringLiteral("keep.1"), QStringLiteral("TASK_RUNNING")));
    SimMaster* old = m_cluster->leader();
    const QString oldUrl = old->url();
    const int index = int(m_cluster->masters().indexOf(old));
    QVERIFY(m_cluster->killMaster(index));
    QVERIFY(TestEnvironment::waitUntil([&] { return m_cluster->leader() && m_cluster->leader() != old; }, 15000));
    const QString newUrl = m_cluster->leader()->url();
    QVERIFY(newUrl != oldUrl);
    QCOMPARE(HttpFetch::get(oldUrl + QStringLiteral("/master/state")).status, 0); // connection refused
    const HttpFetch state = HttpFetch::get(newUrl + QStringLiteral("/master/state"));
    QCOMPARE(state.status, 200);
    const QJsonObject json = state.json().object();
    QCOMPARE(json.value(QStringLiteral("id")).toString(), m_cluster->leader()->masterId());
    // The cluster survives the failover: agents re-registered, the task still runs.
    const QJsonObject agent = json.value(QStringLiteral("slaves")).toArray().first().toObject();
    QVERIFY(agent.value(QStringLiteral("reregistered_time")).toDouble() > 0);
    QCOMPARE(frameworkNamed(json, QStringLiteral("tests")).value(QStringLiteral("tasks")).toArray().size(), 1);
    // The old master comes back on its port as a standby and redirects to the new leader.
    QVERIFY(m_cluster->restartMaster(index));
    QVERIFY(TestEnvironment::waitUntil([&] { return old->isRegistered() && !old->leader().isNull(); }, 10000));
    QVERIFY(!old->isLeading());
    const HttpFetch redirect = HttpFetch::get(oldUrl + QStringLiteral("/master/state"));
    QCOMPARE(redirect.status, 307);
    QCOMPARE(QString::fromLatin1(redirect.header("Location")), newUrl.mid(5) + QStringLiteral("/master/state"));
}

void TestDevcluster::taskProcessWritesSandbox() {
    startCluster(1, 2);
    const QString command = QStringLiteral("echo \"$MESOS_SANDBOX $HOST $PORT0 $PORTS\" > env.txt; pwd >> env.txt; "
                                           "echo out; echo err >&2");
    QCOMPARE(launch(spec(QStringLiteral("writer.1"), command, 0.2, 2)), QString());
    QVERIFY(waitForState(QStringLiteral("writer.1"), QStringLiteral("TASK_FINISHED")));
    QStringList states;
    for (const SimTaskStatus& status : std::as_const(m_updates))
        states << status.state;
    QCOMPARE(states, (QStringList{QStringLiteral("TASK_STARTING"), QStringLiteral("TASK_RUNNING"), QStringLiteral("TASK_FINISHED")}));
    const SimTaskStatus finished = m_updates.last();
    QCOMPARE(finished.message, QStringLiteral("Command exited with status 0"));
    QCOMPARE(finished.ports.size(), 2);
    const QString sandbox = finished.sandboxDirectory;
    QVERIFY(sandbox.startsWith(m_dir->path()));
    QVERIFY(sandbox.contains(QStringLiteral("/slaves/%1/frameworks/%2/executors/writer.1/runs/").arg(finished.agentId, m_frameworkId)));
    QFile env(sandbox + QStringLiteral("/env.txt"));
    QVERIFY(env.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(env.readAll());
    QVERIFY2(written.startsWith(QStringLiteral("%1 127.0.0.1 %2 %2,%3\n%1\n").arg(sandbox).arg(finished.ports.at(0)).arg(finished.ports.at(1))),
             qPrintable(written));
    QFile stdoutFile(sandbox + QStringLiteral("/stdout"));
    QVERIFY(stdoutFile.open(QIODevice::ReadOnly));
    QCOMPARE(stdoutFile.readAll(), QByteArray("out\n"));
    QFile stderrFile(sandbox + QStringLiteral("/stderr"));
    QVERIFY(stderrFile.open(QIODevice::ReadOnly));
    QCOMPARE(stderrFile.readAll(), QByteArray("err\n"));
    QVERIFY(QFileInfo(QFileInfo(sandbox).path() + QStringLiteral("/latest")).isSymLink());

    // The master lists it among the framework's completed tasks, with timestamped statuses.
    const QJsonObject state = HttpFetch::get(leaderUrl() + QStringLiteral("/master/state")).json().object();
    const QJsonObject framework = frameworkNamed(state, QStringLiteral("tests"));
    QCOMPARE(framework.value(QStringLiteral("tasks")).toArray().size(), 0);
    const QJsonObject task = framework.value(QStringLiteral("completed_tasks")).toArray().first().toObject();
    QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("TASK_FINISHED"));
    const QJsonArray statuses = task.value(QStringLiteral("statuses")).toArray();
    QCOMPARE(statuses.size(), 3);
    double last = 0;
    for (const QJsonValue& status : statuses) {
        const double at = status.toObject().value(QStringLiteral("timestamp")).toDouble();
        QVERIFY(at >= last && at > 1e9);
        last = at;
    }
    // The agent lists the finished executor with its sandbox directory.
    const QString agentUrl = m_cluster->agents().first()->url();
    const QJsonObject agentState = HttpFetch::get(agentUrl + QStringLiteral("/slave(1)/state")).json().object();
    const QJsonObject completedFramework = agentState.value(QStringLiteral("completed_frameworks")).toArray().first().toObject();
    const QJsonObject executor = completedFramework.value(QStringLiteral("completed_executors")).toArray().first().toObject();
    QCOMPARE(executor.value(QStringLiteral("directory")).toString(), sandbox);
    QCOMPARE(executor.value(QStringLiteral("completed_tasks")).toArray().size(), 1);
}

void TestDevcluster::failedAndKilledTasks() {
    startCluster(1, 1);
    QCOMPARE(launch(spec(QStringLiteral("fail.1"), QStringLiteral("exit 3"))), QString());
    QVERIFY(waitForState(QStringLiteral("fail.1"), QStringLiteral("TASK_FAILED")));
    QCOMPARE(m_updates.last().message, QStringLiteral("Command exited with status 3"));
    QCOMPARE(m_updates.last().reason, QStringLiteral("REASON_COMMAND_EXECUTOR_FAILED"));

    QCOMPARE(launch(spec(QStringLiteral("long.1"), QStringLiteral("sleep 60"))), QString());
    QVERIFY(waitForState(QStringLiteral("long.1"), QStringLiteral("TASK_RUNNING")));
    m_cluster->cluster()->killTask(m_frameworkId, QStringLiteral("long.1"));
    QVERIFY(waitForState(QStringLiteral("long.1"), QStringLiteral("TASK_KILLING")));
    QVERIFY(waitForState(QStringLiteral("long.1"), QStringLiteral("TASK_KILLED")));
    QCOMPARE(m_updates.last().message, QStringLiteral("Command terminated with signal Terminated"));
    QCOMPARE(m_cluster->cluster()->liveTaskCount(), 0);
}

void TestDevcluster::filesApiSemantics() {
    startCluster(1, 1);
    // 100,000 bytes of 'a' then "end\n".
    QCOMPARE(launch(spec(QStringLiteral("big.1"), QStringLiteral(R"(head -c 100000 /dev/zero | tr '\0' a; echo end; mkdir sub)"))),
             QString());
    QVERIFY(waitForState(QStringLiteral("big.1"), QStringLiteral("TASK_FINISHED")));
    const QString sandbox = m_updates.last().sandboxDirectory;
    const QString agent = m_cluster->agents().first()->url();
    auto read = [&](const QString& query) { return HttpFetch::get(agent + QStringLiteral("/files/read?") + query); };
    const QString stdoutPath = sandbox + QStringLiteral("/stdout");

    QJsonObject size = read(QStringLiteral("path=%1&offset=-1").arg(stdoutPath)).json().object();
    QCOMPARE(size.value(QStringLiteral("offset")).toInteger(), 100004);
    QCOMPARE(size.value(QStringLiteral("data")).toString(), QString());
    // No offset at all means -1, the size.
    QCOMPARE(read(QStringLiteral("path=%1").arg(stdoutPath)).json().object().value(QStringLiteral("offset")).toInteger(), 100004);
    const QJsonObject capped = read(QStringLiteral("path=%1&offset=0&length=200000").arg(stdoutPath)).json().object();
    QCOMPARE(capped.value(QStringLiteral("data")).toString().size(), 65536);
    QCOMPARE(capped.value(QStringLiteral("offset")).toInteger(), 0);
    const QJsonObject tail = read(QStringLiteral("path=%1&offset=99996&length=100").arg(stdoutPath)).json().object();
    QCOMPARE(tail.value(QStringLiteral("data")).toString(), QStringLiteral("aaaaend\n"));
    QCOMPARE(tail.value(QStringLiteral("offset")).toInteger(), 99996);
    const QJsonObject past = read(QStringLiteral("path=%1&offset=500000&length=10").arg(stdoutPath)).json().object();
    QCOMPARE(past.value(QStringLiteral("offset")).toInteger(), 500000); // the requested offset, not the size
    QCOMPARE(past.value(QStringLiteral("data")).toString(), QString());
    const QJsonObject atEnd = read(QStringLiteral("path=%1&offset=100004").arg(stdoutPath)).json().object();
    QCOMPARE(atEnd.value(QStringLiteral("offset")).toInteger(), 100004);

    QCOMPARE(read(QStringLiteral("offset=0")).status, 400);
    QCOMPARE(read(QStringLiteral("path=%1&offset=-2").arg(stdoutPath)).status, 400);
    QCOMPARE(read(QStringLiteral("path=%1&offset=0&length=-5").arg(stdoutPath)).status, 400);
    QCOMPARE(read(QStringLiteral("path=%1&offset=abc").arg(stdoutPath)).status, 400);
    QCOMPARE(read(QStringLiteral("path=%1/nope&offset=0").arg(sandbox)).status, 404);
    QCOMPARE(read(QStringLiteral("path=/etc/passwd&offset=0")).status, 404);              // not attached
    QCOMPARE(read(QStringLiteral("path=%1/../../../../../../etc/passwd").arg(sandbox)).status, 404); // no escape
    QCOMPARE(read(QStringLiteral("path=%1&offset=0").arg(sandbox)).status, 400);           // a directory

    // The virtual path of the executor's latest run names the same files.
    const QString virtualPath = QStringLiteral("/frameworks/%1/executors/big.1/runs/latest").arg(m_frameworkId);
    const HttpFetch browse = HttpFetch::get(agent + QStringLiteral("/files/browse?path=") + virtualPath);
    QCOMPARE(browse.status, 200);
    QStringList names;
    for (const QJsonValue& entry : browse.json().array()) {
        const QJsonObject file = entry.toObject();
        names << file.value(QStringLiteral("path")).toString();
        if (file.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/stdout"))) {
            QCOMPARE(file.value(QStringLiteral("size")).toInteger(), 100004);
            QCOMPARE(file.value(QStringLiteral("mode")).toString(), QStringLiteral("-rw-r--r--"));
        }
        if (file.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/sub")))
            QVERIFY(file.value(QStringLiteral("mode")).toString().startsWith(u'd'));
    }
    QVERIFY(names.contains(virtualPath + QStringLiteral("/stdout")));
    QVERIFY(names.contains(virtualPath + QStringLiteral("/stderr")));
    QCOMPARE(HttpFetch::get(agent + QStringLiteral("/files/browse")).status, 400);
    QCOMPARE(HttpFetch::get(agent + QStringLiteral("/files/browse?path=/nowhere")).status, 404);

    const HttpFetch download = HttpFetch::get(agent + QStringLiteral("/files/download?path=%1/stdout").arg(virtualPath));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body.size(), 100004);
    QVERIFY(download.header("Content-Disposition").contains("stdout"));
    QCOMPARE(HttpFetch::get(agent + QStringLiteral("/files/download?path=") + virtualPath).status, 400);
    QCOMPARE(HttpFetch::get(agent + QStringLiteral("/files/download")).status, 400);
    QCOMPARE(HttpFetch::get(agent + QStringLiteral("/files/download?path=/nowhere")).status, 404);
}

void TestDevcluster::resourceAccounting() {
    startCluster(1, 2);
    // Each agent has 4 cpus: two tasks of 1.5 fit, a third does not.
    QCOMPARE(launch(spec(QStringLiteral("a.1"), QStringLiteral("sleep 60"), 1.5, 3)), QString());
    QCOMPARE(launch(spec(QStringLiteral("a.2"), QStringLiteral("sleep 60"), 1.5, 1)), QString());
    QVERIFY(launch(spec(QStringLiteral("a.3"), QStringLiteral("sleep 60"), 1.5)).contains(QStringLiteral("Insufficient")));
    QCOMPARE(launch(spec(QStringLiteral("b.1"), QStringLiteral("sleep 60"), 1.0, 1), 1), QString());
    // Each process starts on its own: a.1 and a.2 need not run before b.1 does (under load they did not).
    for (const QString& id : {QStringLiteral("a.1"), QStringLiteral("a.2"), QStringLiteral("b.1")})
        QVERIFY2(waitForState(id, QStringLiteral("TASK_RUNNING")), qPrintable(id + QStringLiteral(" to run")));
    const QString agentId = m_cluster->agents().first()->agentId();
    const QJsonObject slaves = HttpFetch::get(leaderUrl() + QStringLiteral("/master/slaves?slave_id=") + agentId).json().object();
    QCOMPARE(slaves.value(QStringLiteral("slaves")).toArray().size(), 1);
    const QJsonObject slave = slaves.value(QStringLiteral("slaves")).toArray().first().toObject();
    const QJsonObject used = slave.value(QStringLiteral("used_resources")).toObject();
    QCOMPARE(used.value(QStringLiteral("cpus")).toDouble(), 3.0);
    QCOMPARE(used.value(QStringLiteral("mem")).toDouble(), 64.0);
    QCOMPARE(used.value(QStringLiteral("ports")).toString(), QStringLiteral("[31000-31003]"));
    QCOMPARE(slave.value(QStringLiteral("resources")).toObject().value(QStringLiteral("ports")).toString(),
             QStringLiteral("[31000-32000]"));
    // Agents share 127.0.0.1, so the second agent's task got a port nobody else holds.
    QCOMPARE(m_cluster->cluster()->task(QStringLiteral("b.1"))->ports, QList<int>{31004});
    const QJsonObject metrics = HttpFetch::get(leaderUrl() + QStringLiteral("/metrics/snapshot")).json().object();
    QCOMPARE(metrics.value(QStringLiteral("master/cpus_total")).toDouble(), 8.0);
    QCOMPARE(metrics.value(QStringLiteral("master/cpus_used")).toDouble(), 4.0);
    QCOMPARE(metrics.value(QStringLiteral("master/cpus_percent")).toDouble(), 0.5);
    QCOMPARE(metrics.value(QStringLiteral("master/tasks_running")).toInt(), 3);
    QCOMPARE(metrics.value(QStringLiteral("master/elected")).toInt(), 1);
    QCOMPARE(metrics.value(QStringLiteral("master/slaves_active")).toInt(), 2);
    const QJsonObject summary = HttpFetch::get(leaderUrl() + QStringLiteral("/master/state-summary")).json().object();
    const QJsonObject framework = frameworkNamed(summary, QStringLiteral("tests"));
    QCOMPARE(framework.value(QStringLiteral("TASK_RUNNING")).toInt(), 3);
    QCOMPARE(framework.value(QStringLiteral("slave_ids")).toArray().size(), 2);
    // /master/tasks pages through every task, newest first unless order=asc. "First" is the time
    // of a task's first status update, so the order is read from those times: under load b.1's
    // process may start before a.1's, as on a real cluster.
    auto tasksPage = [this](const QString& query) {
        return HttpFetch::get(leaderUrl() + QStringLiteral("/master/tasks?") + query)
            .json()
            .object()
            .value(QStringLiteral("tasks"))
            .toArray();
    };
    auto idsOf = [](const QJsonArray& tasks) {
        QStringList ids;
        for (const QJsonValue& task : tasks)
            ids << task.toObject().value(QStringLiteral("id")).toString();
        return ids;
    };
    auto firstUpdate = [](const QJsonValue& task) {
        return task.toObject()
            .value(QStringLiteral("statuses"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("timestamp"))
            .toDouble();
    };
    const QJsonArray ascending = tasksPage(QStringLiteral("limit=10&order=asc"));
    QCOMPARE(ascending.size(), 3);
    for (qsizetype i = 1; i < ascending.size(); ++i)
        QVERIFY2(firstUpdate(ascending.at(i - 1)) <= firstUpdate(ascending.at(i)), "order=asc: oldest first");
    const QStringList order = idsOf(ascending);
    QCOMPARE(idsOf(tasksPage(QStringLiteral("limit=2&offset=0&order=asc"))), order.mid(0, 2));
    QCOMPARE(idsOf(tasksPage(QStringLiteral("limit=2&offset=2&order=asc"))), order.mid(2));
    const QJsonArray descending = tasksPage(QStringLiteral("limit=10"));
    QCOMPARE(descending.size(), 3);
    for (qsizetype i = 1; i < descending.size(); ++i)
        QVERIFY2(firstUpdate(descending.at(i - 1)) >= firstUpdate(descending.at(i)), "default: newest first");
    QCOMPARE(HttpFetch::get(leaderUrl() + QStringLiteral("/master/tasks?limit=x")).status, 400);
    // Freed resources can be used again.
    m_cluster->cluster()->killTask(m_frameworkId, QStringLiteral("a.1"));
    QVERIFY(waitForState(QStringLiteral("a.1"), QStringLiteral("TASK_KILLED")));
    QCOMPARE(launch(spec(QStringLiteral("a.3"), QStringLiteral("sleep 60"), 1.5)), QString());
}

void TestDevcluster::subscribeStream() {
    startCluster(2, 1);
    // Non-POST and bad bodies are refused like Mesos refuses them.
    QCOMPARE(HttpFetch::get(leaderUrl() + QStringLiteral("/api/v1")).status, 405);
    QCOMPARE(HttpFetch::post(leaderUrl() + QStringLiteral("/api/v1"), "{nope").status, 400);
    const QJsonObject master = HttpFetch::post(leaderUrl() + QStringLiteral("/api/v1"), R"({"type":"GET_MASTER"})").json().object();
    QCOMPARE(master.value(QStringLiteral("type")).toString(), QStringLiteral("GET_MASTER"));
    QCOMPARE(master.value(QStringLiteral("get_master")).toObject().value(QStringLiteral("master_info")).toObject()
                 .value(QStringLiteral("port")).toInt(), int(m_cluster->leader()->port()));
    const QJsonObject agents = HttpFetch::post(leaderUrl() + QStringLiteral("/api/v1"), R"({"type":"GET_AGENTS"})").json().object();
    const QJsonArray resources = agents.value(QStringLiteral("get_agents")).toObject().value(QStringLiteral("agents")).toArray()
                                     .first().toObject().value(QStringLiteral("total_resources")).toArray();
    QVERIFY(resources.size() >= 4);
    QCOMPARE(resources.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("RANGES"));

    RecordIoStream stream;
    stream.open(leaderUrl() + QStringLiteral("/api/v1"));
    QVERIFY(TestEnvironment::waitUntil([&] { return !stream.events().isEmpty(); }, 5000));
    QCOMPARE(stream.statusCode(), 200);
    const QJsonObject subscribed = stream.events().first();
    QCOMPARE(subscribed.value(QStringLiteral("type")).toString(), QStringLiteral("SUBSCRIBED"));
    QCOMPARE(subscribed.value(QStringLiteral("subscribed")).toObject().value(QStringLiteral("heartbeat_interval_seconds")).toInt(), 1);
    QVERIFY(subscribed.value(QStringLiteral("subscribed")).toObject().value(QStringLiteral("get_state")).toObject()
                .contains(QStringLiteral("get_agents")));

    QCOMPARE(launch(spec(QStringLiteral("s.1"), QStringLiteral("sleep 60"))), QString());
    QVERIFY(waitForState(QStringLiteral("s.1"), QStringLiteral("TASK_RUNNING")));
    QVERIFY(TestEnvironment::waitUntil([&] { return stream.types().count(QStringLiteral("TASK_UPDATED")) >= 2; }, 5000));
    QVERIFY(TestEnvironment::waitUntil([&] { return stream.types().contains(QStringLiteral("HEARTBEAT")); }, 10000));
    QStringList updates;
    for (const QJsonObject& event : stream.events()) {
        if (event.value(QStringLiteral("type")).toString() == QLatin1String("TASK_UPDATED"))
            updates << event.value(QStringLiteral("task_updated")).toObject().value(QStringLiteral("state")).toString();
    }
    QCOMPARE(updates, (QStringList{QStringLiteral("TASK_STARTING"), QStringLiteral("TASK_RUNNING")}));
    const QStringList types = stream.types();
    QVERIFY(types.indexOf(QStringLiteral("FRAMEWORK_ADDED")) > 0);
    QVERIFY(types.indexOf(QStringLiteral("TASK_ADDED")) < types.indexOf(QStringLiteral("TASK_UPDATED")));

    QVERIFY(m_cluster->killAgent(0));
    QVERIFY(TestEnvironment::waitUntil([&] { return stream.types().contains(QStringLiteral("AGENT_REMOVED")); }, 5000));
    QCOMPARE(updates.size() + 1, int(stream.types().count(QStringLiteral("TASK_UPDATED"))));
    QVERIFY(m_cluster->restartAgent(0));
    QVERIFY(TestEnvironment::waitUntil([&] { return stream.types().contains(QStringLiteral("AGENT_ADDED")); }, 5000));
    QVERIFY(!stream.framingError());

    // A standby redirects SUBSCRIBE too; the leader's death ends the stream.
    for (SimMaster* other : m_cluster->masters()) {
        if (other != m_cluster->leader())
            QCOMPARE(HttpFetch::post(other->url() + QStringLiteral("/api/v1"), R"({"type":"SUBSCRIBE"})").status, 307);
    }
    QVERIFY(m_cluster->killMaster(int(m_cluster->masters().indexOf(m_cluster->leader()))));
    QVERIFY(TestEnvironment::waitUntil([&] { return stream.isFinished(); }, 5000));
}

void TestDevcluster::agentKillLosesTasks() {
    startCluster(1, 2);
    QCOMPARE(launch(spec(QStringLiteral("lost.1"), QStringLiteral("echo $$ > pid; exec sleep 60"))), QString());
    QCOMPARE(launch(spec(QStringLiteral("safe.1"), QStringLiteral("sleep 60")), 1), QString());
    QVERIFY(waitForState(QStringLiteral("lost.1"), QStringLiteral("TASK_RUNNING")));
    QVERIFY(waitForState(QStringLiteral("safe.1"), QStringLiteral("TASK_RUNNING")));
    const QString sandbox = m_cluster->cluster()->task(QStringLiteral("lost.1"))->directory;
    QVERIFY(TestEnvironment::waitUntil([&] { return QFile::exists(sandbox + QStringLiteral("/pid")); }, 10000));
    QFile pidFile(sandbox + QStringLiteral("/pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    QVERIFY(TestEnvironment::processAlive(pid));
    const QString agentId = m_cluster->agents().first()->agentId();
    const QString agentUrl = m_cluster->agents().first()->url();
    bool agentsChanged = false;
    QObject context;
    connect(m_cluster->cluster(), &SimCluster::agentRemoved, &context, [&] { agentsChanged = true; });

    QVERIFY(m_cluster->killAgent(0));
    QVERIFY(waitForState(QStringLiteral("lost.1"), QStringLiteral("TASK_LOST")));
    QVERIFY(agentsChanged);
    const SimTaskStatus lost = m_updates.last();
    QCOMPARE(lost.reason, QStringLiteral("REASON_AGENT_REMOVED"));
    QVERIFY(TestEnvironment::waitUntil([&] { return !TestEnvironment::processAlive(pid); }, 10000));
    QCOMPARE(HttpFetch::get(agentUrl + QStringLiteral("/state")).status, 0);
    const QJsonObject state = HttpFetch::get(leaderUrl() + QStringLiteral("/master/state")).json().object();
    QCOMPARE(state.value(QStringLiteral("slaves")).toArray().size(), 1);
    QVERIFY(state.value(QStringLiteral("slaves")).toArray().first().toObject().value(QStringLiteral("id")).toString() != agentId);
    const QJsonObject framework = frameworkNamed(state, QStringLiteral("tests"));
    QCOMPARE(framework.value(QStringLiteral("tasks")).toArray().size(), 1); // safe.1
    const QJsonObject gone = framework.value(QStringLiteral("completed_tasks")).toArray().first().toObject();
    QCOMPARE(gone.value(QStringLiteral("state")).toString(), QStringLiteral("TASK_LOST"));
    QVERIFY(!m_cluster->cluster()->agents().isEmpty());

    // Restarted, it is a new agent (new id) on the same port.
    QVERIFY(m_cluster->restartAgent(0));
    QVERIFY(m_cluster->agents().first()->agentId() != agentId);
    QCOMPARE(m_cluster->agents().first()->url(), agentUrl);
    QCOMPARE(HttpFetch::get(agentUrl + QStringLiteral("/state")).status, 200);
}

void TestDevcluster::faults() {
    startCluster(1, 1);
    FaultInjector* faults = m_cluster->faults();
    QString error;
    const QString leader = leaderUrl();
    const QString agent = m_cluster->agents().first()->url();

    const int slow = faults->addRule(QJsonObject{{QStringLiteral("kind"), QStringLiteral("master")},
                                                 {QStringLiteral("path"), QStringLiteral("^/master/state-summary$")},
                                                 {QStringLiteral("mode"), QStringLiteral("slow")},
                                                 {QStringLiteral("delay_ms"), 3000}}, &error);
    QVERIFY2(slow > 0, qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(HttpFetch::get(leader + QStringLiteral("/master/state-summary")).status, 200);
    QVERIFY(timer.elapsed() >= 2900);
    timer.restart();
    QCOMPARE(HttpFetch::get(leader + QStringLiteral("/master/state")).status, 200); // other paths are untouched
    QVERIFY(timer.elapsed() < 2900); // not held back by the 3 s fault
    QVERIFY(faults->removeRule(slow));

    QVERIFY(faults->addRule(QJsonObject{{QStringLiteral("kind"), QStringLiteral("agent")},
                                        {QStringLiteral("path"), QStringLiteral("state")},
                                        {QStringLiteral("mode"), QStringLiteral("status")},
                                        {QStringLiteral("status"), 503},
                                        {QStringLiteral("count"), 1}}, &error) > 0);
    QCOMPARE(HttpFetch::get(agent + QStringLiteral("/slave(1)/state")).status, 503);
    QCOMPARE(HttpFetch::get(agent + QStringLiteral("/slave(1)/state")).status, 200); // count 1: used up
    QCOMPARE(HttpFetch::get(leader + QStringLiteral("/master/state")).status, 200);  // another kind

    QVERIFY(faults->addRule(QJsonObject{{QStringLiteral("kind"), QStringLiteral("master")},
                                        {QStringLiteral("path"), QStringLiteral("^/master/state$")},
                                        {QStringLiteral("mode"), QStringLiteral("truncate")},
                                        {QStringLiteral("count"), 1}}, &error) > 0);
    const HttpFetch truncated = HttpFetch::get(leader + QStringLiteral("/master/state"));
    QVERIFY(!truncated.error.isEmpty() || truncated.json().isNull());
    QVERIFY(truncated.json().isNull());

    QVERIFY(faults->addRule(QJsonObject{{QStringLiteral("kind"), QStringLiteral("any")},
                                        {QStringLiteral("path"), QStringLiteral("^/master/frameworks$")},
                                        {QStringLiteral("mode"), QStringLiteral("malformed")},
                                        {QStringLiteral("count"), 1}}, &error) > 0);
    const HttpFetch malformed = HttpFetch::get(leader + QStringLiteral("/master/frameworks"));
    QCOMPARE(malformed.status, 200);
    QVERIFY(malformed.error.isEmpty());
    QJsonParseError parseError;
    QJsonDocument::fromJson(malformed.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    // No count: Qt retries a GET once when a reused connection closes without an answer.
    const int drop = faults->addRule(QJsonObject{{QStringLiteral("kind"), QStringLiteral("master")},
                                                 {QStringLiteral("path"), QStringLiteral("^/master/slaves$")},
                                                 {QStringLiteral("mode"), QStringLiteral("drop")}}, &error);
    QVERIFY(drop > 0);
    const HttpFetch dropped = HttpFetch::get(leader + QStringLiteral("/master/slaves"));
    QCOMPARE(dropped.status, 0);
    QVERIFY(!dropped.error.isEmpty());
    QVERIFY(faults->removeRule(drop));
    QCOMPARE(HttpFetch::get(leader + QStringLiteral("/master/slaves")).status, 200);

    // Streams: dropped on demand, or delay_ms after they start.
    RecordIoStream first;
    first.open(leader + QStringLiteral("/api/v1"));
    QVERIFY(TestEnvironment::waitUntil([&] { return !first.events().isEmpty(); }, 5000));
    QCOMPARE(faults->dropStreams(QStringLiteral("agent")), 0);
    QCOMPARE(faults->dropStreams(QStringLiteral("master")), 1);
    QVERIFY(TestEnvironment::waitUntil([&] { return first.isFinished(); }, 10000));
    QVERIFY(faults->addRule(QJsonObject{{QStringLiteral("kind"), QStringLiteral("master")},
                                        {QStringLiteral("path"), QStringLiteral("^/api/v1$")},
                                        {QStringLiteral("mode"), QStringLiteral("drop")},
                                        {QStringLiteral("delay_ms"), 300}}, &error) > 0);
    RecordIoStream second;
    second.open(leader + QStringLiteral("/api/v1"));
    QVERIFY(TestEnvironment::waitUntil([&] { return !second.events().isEmpty(); }, 5000));
    QVERIFY(TestEnvironment::waitUntil([&] { return second.isFinished(); }, 10000));
    faults->clear();

    QCOMPARE(faults->addRule(QJsonObject{{QStringLiteral("mode"), QStringLiteral("explode")}}, &error), -1);
    QVERIFY(error.contains(QStringLiteral("mode")));
    QCOMPARE(faults->addRule(QJsonObject{{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("path"), QStringLiteral("(")}},
                             &error), -1);
}

void TestDevcluster::controlApi() {
    startCluster(2, 2);
    const QString control = m_cluster->controlUrl();
    QJsonObject status = HttpFetch::get(control + QStringLiteral("/state")).json().object();
    QCOMPARE(status.value(QStringLiteral("ready")).toBool(), true);
    QCOMPARE(status.value(QStringLiteral("masters")).toArray().size(), 2);

    const HttpFetch launched = HttpFetch::post(control + QStringLiteral("/tasks"),
                                               R"({"name":"ctl","cmd":"sleep 60","agent":1,"ports":1})");
    QCOMPARE(launched.status, 201);
    const QString taskId = launched.json().object().value(QStringLiteral("id")).toString();
    QVERIFY(TestEnvironment::waitUntil([&] {
        const SimTaskRecord* task = m_cluster->cluster()->task(taskId);
        return task && task->state == QLatin1String("TASK_RUNNING");
    }, 5000));
    QCOMPARE(HttpFetch::post(control + QStringLiteral("/tasks"), R"({"name":"x"})").status, 400);

    const HttpFetch fault = HttpFetch::post(control + QStringLiteral("/faults"),
                                            R"({"kind":"master","path":"^/version$","mode":"status","status":500})");
    QCOMPARE(fault.status, 201);
    QCOMPARE(HttpFetch::get(leaderUrl() + QStringLiteral("/version")).status, 500);
    QCOMPARE(HttpFetch::get(control + QStringLiteral("/faults")).json().array().size(), 1);
    const int id = fault.json().object().value(QStringLiteral("id")).toInt();
    QCOMPARE(HttpFetch::request("DELETE", control + QStringLiteral("/faults/%1").arg(id), {}, {}, 5000).status, 204);
    QCOMPARE(HttpFetch::get(leaderUrl() + QStringLiteral("/version")).status, 200);
    QCOMPARE(HttpFetch::post(control + QStringLiteral("/faults"), R"({"mode":"nope"})").status, 400);

    QCOMPARE(HttpFetch::post(control + QStringLiteral("/agents/1/kill"), {}).status, 200);
    QVERIFY(TestEnvironment::waitUntil([&] { return !m_cluster->cluster()->task(taskId); }, 10000));
    QCOMPARE(HttpFetch::post(control + QStringLiteral("/agents/1/kill"), {}).status, 404);
    QCOMPARE(HttpFetch::post(control + QStringLiteral("/agents/1/restart"), {}).status, 200);
    const int leaderIndex = int(m_cluster->masters().indexOf(m_cluster->leader()));
    QCOMPARE(HttpFetch::post(control + QStringLiteral("/masters/%1/kill").arg(leaderIndex), {}).status, 200);
    QVERIFY(TestEnvironment::waitUntil([&] { return m_cluster->leader() != nullptr; }, 15000));
    status = HttpFetch::get(control + QStringLiteral("/state")).json().object();
    QCOMPARE(status.value(QStringLiteral("masters")).toArray().at(leaderIndex).toObject().value(QStringLiteral("running")).toBool(),
             false);
    QCOMPARE(HttpFetch::post(control + QStringLiteral("/masters/9/kill"), {}).status, 404);
    QCOMPARE(HttpFetch::get(control + QStringLiteral("/nothing")).status, 404);
}

void TestDevcluster::scaleMode() {
    // The benches' synthetic cluster, served by the same endpoints, on loopback addresses only.
    startCluster(1, 0, 200, 2000);
    const QJsonObject generated = QJsonDocument::fromJson(SyntheticCluster::masterState(200, 2000)).object();
    int generatedTasks = 0;
    int generatedRunning = 0;
    for (const QJsonValue& framework : generated.value(QStringLiteral("frameworks")).toArray()) {
        for (const QJsonValue& task : framework.toObject().value(QStringLiteral("tasks")).toArray()) {
            ++generatedTasks;
            generatedRunning += task.toObject().value(QStringLiteral("state")).toString() == QLatin1String("TASK_RUNNING") ? 1 : 0;
        }
    }
    QVERIFY(generatedTasks > 1000);
    const HttpFetch state = HttpFetch::get(leaderUrl() + QStringLiteral("/master/state"), 30000);
    QCOMPARE(state.status, 200);
    const QJsonObject json = state.json().object();
    const QJsonArray slaves = json.value(QStringLiteral("slaves")).toArray();
    QCOMPARE(slaves.size(), 200);
    QCOMPARE(slaves.first().toObject().value(QStringLiteral("id")).toString(), SyntheticCluster::agentId(0));
    for (const QJsonValue& slave : slaves)
        QVERIFY(slave.toObject().value(QStringLiteral("hostname")).toString().startsWith(QStringLiteral("127.")));
    int served = 0;
    for (const QJsonValue& framework : json.value(QStringLiteral("frameworks")).toArray())
        served += int(framework.toObject().value(QStringLiteral("tasks")).toArray().size());
    QCOMPARE(served, generatedTasks);
    const QJsonObject metrics = HttpFetch::get(leaderUrl() + QStringLiteral("/metrics/snapshot")).json().object();
    QCOMPARE(metrics.value(QStringLiteral("master/tasks_running")).toInt(), generatedRunning);
    const QJsonArray page = HttpFetch::get(leaderUrl() + QStringLiteral("/master/tasks?limit=50&offset=100"))
                                .json().object().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(page.size(), 50);
    QCOMPARE(HttpFetch::get(leaderUrl() + QStringLiteral("/master/state-summary")).status, 200);
}

void TestDevcluster::stopLeavesNoProcess() {
    // The real binary: SIGTERM must end every task process, including a shell's children.
    const QString binary = TestEnvironment::binDir() + QStringLiteral("/mesosdesk-devcluster");
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    QProcess devcluster;
    devcluster.start(binary, {QStringLiteral("--zk"), TestEnvironment::zooKeeperHosts(), QStringLiteral("--zk-path"),
                              TestEnvironment::uniqueZnodePath(QStringLiteral("mesos")), QStringLiteral("--marathon-zk-path"),
                              TestEnvironment::uniqueZnodePath(QStringLiteral("marathon")), QStringLiteral("--masters"),
                              QStringLiteral("2"), QStringLiteral("--agents"), QStringLiteral("2"), QStringLiteral("--work-dir"),
                              m_dir->path()});
    QVERIFY(devcluster.waitForStarted());
    QVERIFY(TestEnvironment::waitUntil([&] { return devcluster.canReadLine(); }, 20000));
    const QJsonObject ready = QJsonDocument::fromJson(devcluster.readLine()).object();
    QCOMPARE(ready.value(QStringLiteral("masters")).toArray().size(), 2);
    QCOMPARE(ready.value(QStringLiteral("agents")).toArray().size(), 2);
    QVERIFY(ready.value(QStringLiteral("zk")).toString().startsWith(QStringLiteral("zk://")));
    const QString control = ready.value(QStringLiteral("control")).toString();
    for (int agent = 0; agent < 2; ++agent) {
        const QByteArray body = QByteArrayLiteral(R"({"name":"orphan","cmd":"echo $$ > pids; sleep 300 & echo $! >> pids; wait","agent":)")
                                + QByteArray::number(agent) + '}';
        QCOMPARE(HttpFetch::post(control + QStringLiteral("/tasks"), body).status, 201);
    }
    QList<qint64> pids;
    QVERIFY(TestEnvironment::waitUntil([&] {
        pids.clear();
        QDirIterator it(m_dir->path(), {QStringLiteral("pids")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                for (const QByteArray& line : file.readAll().split('\n'))
                    if (line.toLongLong() > 0)
                        pids << line.toLongLong();
        }
        return pids.size() == 4;
    }, 10000));
    for (qint64 pid : std::as_const(pids))
        QVERIFY(TestEnvironment::processAlive(pid));
    ::kill(pid_t(devcluster.processId()), SIGTERM);
    QVERIFY(devcluster.waitForFinished(10000));
    QCOMPARE(devcluster.exitStatus(), QProcess::NormalExit);
    QCOMPARE(devcluster.exitCode(), 0);
    for (qint64 pid : std::as_const(pids))
        QVERIFY2(TestEnvironment::waitUntil([&] { return !TestEnvironment::processAlive(pid); }, 10000),
                 qPrintable(QString::number(pid)));
    QCOMPARE(HttpFetch::get(control + QStringLiteral("/state"), 2000).status, 0);
}

#ifdef MESOSDESK_HAVE_MARATHON_SIM
void TestDevcluster::marathonAppRunsOnMesos() {
    startCluster(3, 2);
    const QStringList marathons = m_cluster->readyInfo().value(QStringLiteral("marathon")).toVariant().toStringList();
    QCOMPARE(marathons.size(), 3);

    // Three Curator latch members in ZooKeeper; the detector's leader is the one every answer names.
    ZkSession session;
    session.open(TestEnvironment::zooKeeperHosts());
    MarathonLeaderDetector detector(&session, m_marathonPath);
    detector.start();
    QVERIFY(TestEnvironment::waitUntil([&] { return detector.instanceCount() == 3 && !detector.leader().isEmpty(); }, 10000));
    const QString leader = QStringLiteral("http://") + detector.leader();
    QVERIFY(marathons.contains(leader));
    QString standby;
    for (const QString& url : marathons) {
        if (url != leader)
            standby = url;
    }
    const HttpFetch ping = HttpFetch::get(standby + QStringLiteral("/v2/leader"));
    QCOMPARE(ping.status, 200);
    QCOMPARE(QString::fromLatin1(ping.header("X-Marathon-Leader")), leader);
    QVERIFY(ping.header("X-Marathon-Via").startsWith("1.1 127.0.0.1:"));
    const HttpFetch events = HttpFetch::get(standby + QStringLiteral("/v2/events?event_type=status_update_event"));
    QCOMPARE(events.status, 302);
    QCOMPARE(QString::fromLatin1(events.header("Location")), leader + QStringLiteral("/v2/events?event_type=status_update_event"));

    // An app created through a standby runs as a Mesos task of the "marathon" framework.
    const HttpFetch created = HttpFetch::post(standby + QStringLiteral("/v2/apps"),
                                              R"({"id":"/sleeper","cmd":"sleep 120","cpus":0.1,"mem":16,"instances":1})");
    QCOMPARE(created.status, 201);
    QVERIFY(!created.header("Marathon-Deployment-Id").isEmpty());
    QJsonObject marathon;
    QJsonObject task;
    QVERIFY(TestEnvironment::waitUntil([&] {
        const QJsonObject state = HttpFetch::get(leaderUrl() + QStringLiteral("/master/state")).json().object();
        for (const QJsonValue& framework : state.value(QStringLiteral("frameworks")).toArray()) {
            if (framework.toObject().value(QStringLiteral("name")).toString() != QLatin1String("marathon"))
                continue;
            marathon = framework.toObject();
            const QJsonArray tasks = marathon.value(QStringLiteral("tasks")).toArray();
            if (!tasks.isEmpty() && tasks.first().toObject().value(QStringLiteral("state")).toString() == QLatin1String("TASK_RUNNING")) {
                task = tasks.first().toObject();
                return true;
            }
        }
        return false;
    }, 15000));
    QCOMPARE(marathon.value(QStringLiteral("webui_url")).toString(), leader);
    QVERIFY(task.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("sleeper.")));

    // Its agent dies: the task is lost and Marathon relaunches it on the other agent.
    const QString firstAgent = task.value(QStringLiteral("slave_id")).toString();
    int index = 0;
    while (m_cluster->agents().at(index)->agentId() != firstAgent)
        ++index;
    QVERIFY(m_cluster->killAgent(index));
    QVERIFY(TestEnvironment::waitUntil([&] {
        const QJsonObject state = HttpFetch::get(leaderUrl() + QStringLiteral("/master/state")).json().object();
        for (const QJsonValue& framework : state.value(QStringLiteral("frameworks")).toArray()) {
            for (const QJsonValue& t : framework.toObject().value(QStringLiteral("tasks")).toArray()) {
                const QJsonObject other = t.toObject();
                if (other.value(QStringLiteral("slave_id")).toString() != firstAgent
                    && other.value(QStringLiteral("state")).toString() == QLatin1String("TASK_RUNNING"))
                    return true;
            }
        }
        return false;
    }, 15000));
}
#endif

QTEST_GUILESS_MAIN(TestDevcluster)
#include "tst_devcluster.moc"
