// The simulated agent's task life cycle under any interleaving of launch, kill, agent loss and
// shutdown: a kill or a stop that arrives before the agent's event loop has seen its process
// start must still reach the process, and every task ends in a terminal state or runs.
#include "DevCluster.h"
#include "HttpFetch.h"
#include "SimAgentNode.h"
#include "SimCluster.h"
#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace {
// The order a task's states may take: no state after a terminal one, and never back from
// RUNNING or KILLING to an earlier one.
int stateRank(const QString& state) {
    if (SimTaskRecord::isTerminalState(state))
        return 4;
    if (state == QLatin1String("TASK_KILLING"))
        return 3;
    if (state == QLatin1String("TASK_RUNNING"))
        return 2;
    if (state == QLatin1String("TASK_STARTING"))
        return 1;
    return 0;
}

QList<qint64> readPids(const QString& dir, const QString& fileName) {
    QList<qint64> pids;
    QDirIterator it(dir, {fileName}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (line.toLongLong() > 0)
                    pids << line.toLongLong();
            }
        }
    }
    return pids;
}

// Waits for a file without running the event loop: the devcluster lives in this thread, so its
// QProcess::started notification stays undelivered, exactly the window the race needs. Blocked
// in poll() on an inotify watch of the file's folder, it wakes when the folder changes.
bool waitForFileWithoutEvents(const QString& path, int timeoutMs) {
    const int watch = inotify_init1(IN_CLOEXEC);
    if (watch < 0)
        return false;
    const auto closeWatch = qScopeGuard([watch] { ::close(watch); });
    if (inotify_add_watch(watch, QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                          IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO) < 0)
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!QFile::exists(path) || QFileInfo(path).size() == 0) {
        if (deadline.hasExpired())
            return false;
        pollfd ready{watch, POLLIN, 0};
        if (::poll(&ready, 1, int(deadline.remainingTime())) > 0) {
            char events[4096];
            [[maybe_unused]] const ssize_t drained = ::read(watch, events, sizeof events);
        }
    }
    return true;
}
} // namespace

class TestDevclusterTasks : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void killBeforeStartedIsDelivered();
    void stopBeforeStartedLeavesNoProcess();
    void killStorm();
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    void marathonKillAndScaleStorm();
#endif

private:
    void startCluster(int agents);
    QString launch(const QString& taskId, const QString& command, int agent);
    const SimTaskRecord* task(const QString& taskId) const {
        return m_cluster->cluster()->task(taskId);
    }
    bool everyTaskSettled(const QStringList& taskIds, QString* pending) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevCluster> m_cluster;
    QString m_frameworkId;
    QHash<QString, QStringList> m_states; // every state each task went through, in order
    QStringList m_orderViolations;
};

void TestDevclusterTasks::init() {
    MESOSDESK_REQUIRE_ZK();
    m_dir = std::make_unique<QTemporaryDir>();
    m_frameworkId.clear();
    m_states.clear();
    m_orderViolations.clear();
}

void TestDevclusterTasks::cleanup() {
    if (m_cluster)
        m_cluster->stop();
    m_cluster.reset();
    m_dir.reset();
}

void TestDevclusterTasks::startCluster(int agents) {
    DevClusterOptions options;
    options.zkHosts = TestEnvironment::zooKeeperHosts();
    options.zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
    options.marathonZkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
    options.masters = 1;
    options.agents = agents;
    options.workDir = m_dir->path();
    options.heartbeatSeconds = 1;
    m_cluster = std::make_unique<DevCluster>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QVERIFY2(TestEnvironment::waitUntil([this] { return m_cluster->isReady(); }, 20000),
             "the devcluster's ready line");
    connect(m_cluster->cluster(), &SimCluster::statusUpdate, this,
            [this](const SimTaskStatus& status) {
                QStringList& states = m_states[status.taskId];
                if (!states.isEmpty() && stateRank(status.state) < stateRank(states.last()))
                    m_orderViolations
                        << QStringLiteral("%1: %2 after %3").arg(status.taskId, status.state, states.last());
                if (!states.isEmpty() && SimTaskRecord::isTerminalState(states.last()))
                    m_orderViolations << QStringLiteral("%1: %2 after the terminal %3")
                                             .arg(status.taskId, status.state, states.last());
                states << status.state;
            });
}

QString TestDevclusterTasks::launch(const QString& taskId, const QString& command, int agent) {
    SimCluster* cluster = m_cluster->cluster();
    if (m_frameworkId.isEmpty()) {
        m_frameworkId = cluster->registerFramework(
            {{QStringLiteral("name"), QStringLiteral("storm")},
             {QStringLiteral("user"), QStringLiteral("root")},
             {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
             {QStringLiteral("capabilities"),
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TASK_KILLING_STATE")}}}}});
    }
    SimTaskSpec spec;
    spec.taskId = taskId;
    spec.name = taskId;
    spec.command = command;
    spec.cpus = 0.01;
    spec.mem = 1;
    QString error;
    if (!cluster->launchTask(m_frameworkId, m_cluster->agents().at(agent)->agentId(), spec, &error))
        return error;
    return {};
}

bool TestDevclusterTasks::everyTaskSettled(const QStringList& taskIds, QString* pending) const {
    for (const QString& id : taskIds) {
        const SimTaskRecord* live = task(id);
        if (live && live->state != QLatin1String("TASK_RUNNING")) {
            *pending = QStringLiteral("%1 is still %2").arg(id, live->state);
            return false;
        }
    }
    return true;
}

void TestDevclusterTasks::killBeforeStartedIsDelivered() {
    startCluster(1);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(launch(QStringLiteral("early-kill"), QStringLiteral("sleep 300 & echo $! > child; wait"), 0),
             QString());
    const QString child = task(QStringLiteral("early-kill"))->directory + QStringLiteral("/child");
    QVERIFY2(waitForFileWithoutEvents(child, 10000), "the task's shell to start its child");
    const QList<qint64> pids = readPids(m_dir->path(), QStringLiteral("child"));
    QCOMPARE(pids.size(), 1);

    // The agent has not yet seen QProcess::started: the kill must reach the process all the same.
    m_cluster->cluster()->killTask(m_frameworkId, QStringLiteral("early-kill"));
    QVERIFY2(TestEnvironment::waitUntil([&] { return !task(QStringLiteral("early-kill")); }, 10000),
             "the killed task to reach a terminal state");
    QCOMPARE(m_states.value(QStringLiteral("early-kill")).last(), QStringLiteral("TASK_KILLED"));
    QVERIFY2(!m_states.value(QStringLiteral("early-kill")).contains(QStringLiteral("TASK_RUNNING")),
             qPrintable(m_states.value(QStringLiteral("early-kill")).join(u',')));
    QVERIFY2(m_orderViolations.isEmpty(), qPrintable(m_orderViolations.join(u'\n')));
    QVERIFY2(TestEnvironment::waitUntil([&] { return !TestEnvironment::processAlive(pids.first()); }, 5000),
             "the task's child process to end");
}

void TestDevclusterTasks::stopBeforeStartedLeavesNoProcess() {
    startCluster(2);
    QVERIFY(!QTest::currentTestFailed());
    for (int agent = 0; agent < 2; ++agent) {
        const QString id = QStringLiteral("early-stop-%1").arg(agent);
        QCOMPARE(launch(id, QStringLiteral("sleep 300 & echo $! > child; wait"), agent), QString());
        QVERIFY2(waitForFileWithoutEvents(task(id)->directory + QStringLiteral("/child"), 10000),
                 "the task's shell to start its child");
    }
    const QList<qint64> pids = readPids(m_dir->path(), QStringLiteral("child"));
    QCOMPARE(pids.size(), 2);
    m_cluster->stop(); // still without the started notifications delivered
    for (qint64 pid : pids) {
        QVERIFY2(TestEnvironment::waitUntil([&] { return !TestEnvironment::processAlive(pid); }, 5000),
                 qPrintable(QStringLiteral("process %1 outlived the devcluster's stop").arg(pid)));
    }
}

void TestDevclusterTasks::killStorm() {
    // Seeded so a failure replays; the seed is printed.
    const quint32 seed = qEnvironmentVariableIsSet("MESOSDESK_STORM_SEED")
                             ? qgetenv("MESOSDESK_STORM_SEED").toUInt()
                             : QRandomGenerator::global()->generate();
    qInfo("kill storm seed: %u (MESOSDESK_STORM_SEED replays it)", seed);
    QRandomGenerator random(seed);
    startCluster(3);
    QVERIFY(!QTest::currentTestFailed());
    const QStringList commands{QStringLiteral("echo $$ >> pids; sleep 300 & echo $! >> pids; wait"),
                               QStringLiteral("echo $$ >> pids; exec sleep 300"), QStringLiteral("true"),
                               QStringLiteral("exit 3"),
                               QStringLiteral("echo $$ >> pids; trap '' TERM; sleep 300")};
    QStringList launched;
    QStringList killed;
    for (int step = 0; step < 120; ++step) {
        const int agent = int(random.bounded(3));
        const int action = int(random.bounded(10));
        if (action < 5 || launched.isEmpty()) {
            const QString id = QStringLiteral("storm-%1").arg(step);
            const QString error = launch(id, commands.at(int(random.bounded(commands.size()))), agent);
            if (error.isEmpty())
                launched << id;
            else
                QVERIFY2(error.contains(QStringLiteral("not registered")), qPrintable(error)); // a lost agent
        } else if (action < 9) {
            const QString id = launched.at(int(random.bounded(launched.size())));
            m_cluster->cluster()->killTask(m_frameworkId, id);
            killed << id;
        } else if (m_cluster->agents().at(agent)->isRunning()) {
            QVERIFY(m_cluster->killAgent(agent));
        } else {
            QVERIFY(m_cluster->restartAgent(agent));
        }
        // Sometimes let the agents' event loop catch up, sometimes pile up more at once.
        if (random.bounded(3) == 0)
            QCoreApplication::processEvents();
    }
    QString pending;
    QVERIFY2(TestEnvironment::waitUntil([&] { return everyTaskSettled(launched, &pending); }, 20000),
             qPrintable(pending));
    for (const QString& id : std::as_const(killed)) {
        if (const SimTaskRecord* live = task(id))
            QFAIL(qPrintable(QStringLiteral("%1 was killed and is still %2").arg(id, live->state)));
        const QString last = m_states.value(id).value(m_states.value(id).size() - 1);
        QVERIFY2(SimTaskRecord::isTerminalState(last),
                 qPrintable(QStringLiteral("%1 ended as '%2'").arg(id, last)));
    }
    QVERIFY2(m_orderViolations.isEmpty(), qPrintable(m_orderViolations.join(u'\n')));
    const QList<qint64> pids = readPids(m_dir->path(), QStringLiteral("pids"));
    m_cluster->stop();
    for (qint64 pid : pids) {
        QVERIFY2(TestEnvironment::waitUntil([&] { return !TestEnvironment::processAlive(pid); }, 5000),
                 qPrintable(QStringLiteral("process %1 outlived the devcluster's stop").arg(pid)));
    }
}

#ifdef MESOSDESK_HAVE_MARATHON_SIM
void TestDevclusterTasks::marathonKillAndScaleStorm() {
    // What a real Marathon client did: kill an app's tasks again and again while they launch,
    // and scale it at the same time. Marathon's counts must end equal to Mesos's.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("marathon storm seed: %u", seed);
    QRandomGenerator random(seed);
    startCluster(3); // Marathon comes with the devcluster when its simulation is built in
    QVERIFY(!QTest::currentTestFailed());
    const QStringList marathons =
        m_cluster->readyInfo().value(QStringLiteral("marathon")).toVariant().toStringList();
    QVERIFY(!marathons.isEmpty());
    const QString marathon = marathons.first();
    QCOMPARE(HttpFetch::post(marathon + QStringLiteral("/v2/apps"),
                             R"({"id":"/storm","cmd":"sleep 300","cpus":0.01,"mem":4,"instances":4})")
                 .status,
             201);
    int instances = 4;
    for (int round = 0; round < 25; ++round) {
        const QJsonArray tasks = HttpFetch::get(marathon + QStringLiteral("/v2/apps/storm/tasks"))
                                     .json()
                                     .object()
                                     .value(QStringLiteral("tasks"))
                                     .toArray();
        for (const QJsonValue& t : tasks) {
            if (random.bounded(2) == 0)
                continue;
            const QString id = t.toObject().value(QStringLiteral("id")).toString();
            const int status =
                HttpFetch::request("DELETE", marathon + QStringLiteral("/v2/apps/storm/tasks/") + id, {}, {},
                                   10000)
                    .status;
            QVERIFY2(status == 200 || status == 404,
                     qPrintable(QStringLiteral("kill %1: HTTP %2").arg(id).arg(status)));
        }
        if (round % 4 == 3) {
            instances = 1 + int(random.bounded(6));
            const QByteArray body = R"({"instances":)" + QByteArray::number(instances) + '}';
            QCOMPARE(HttpFetch::request("PUT", marathon + QStringLiteral("/v2/apps/storm?force=true"), body,
                                        "application/json", 10000)
                         .status,
                     200);
        }
    }

    auto mesosStates = [this] {
        QHash<QString, QString> states; // live Mesos tasks of the app: id -> state
        for (const QString& frameworkId : m_cluster->cluster()->frameworkIds()) {
            const SimFrameworkRecord* framework = m_cluster->cluster()->framework(frameworkId);
            if (!framework ||
                framework->info.value(QStringLiteral("name")).toString() != QLatin1String("marathon"))
                continue;
            for (const QString& id : framework->taskIds) {
                if (const SimTaskRecord* live = task(id))
                    states.insert(id, live->state);
            }
        }
        return states;
    };
    QString last;
    const bool settled = TestEnvironment::waitUntil(
        [&] {
            const QHash<QString, QString> mesos = mesosStates();
            const QJsonObject app = HttpFetch::get(marathon + QStringLiteral("/v2/apps/storm"), 5000)
                                        .json()
                                        .object()
                                        .value(QStringLiteral("app"))
                                        .toObject();
            QStringList marathonIds;
            for (const QJsonValue& t : app.value(QStringLiteral("tasks")).toArray())
                marathonIds << t.toObject().value(QStringLiteral("id")).toString();
            QStringList mesosIds = mesos.keys();
            std::sort(marathonIds.begin(), marathonIds.end());
            std::sort(mesosIds.begin(), mesosIds.end());
            const bool allRunning = std::all_of(mesos.begin(), mesos.end(), [](const QString& s) {
                return s == QLatin1String("TASK_RUNNING");
            });
            last = QStringLiteral("want %1 running; Marathon: running %2, staged %3, tasks [%4]; Mesos: %5")
                       .arg(instances)
                       .arg(app.value(QStringLiteral("tasksRunning")).toInt())
                       .arg(app.value(QStringLiteral("tasksStaged")).toInt())
                       .arg(marathonIds.join(u' '))
                       .arg(QStringList(mesos.values()).join(u' '));
            return allRunning && mesos.size() == instances &&
                   app.value(QStringLiteral("tasksRunning")).toInt() == instances &&
                   app.value(QStringLiteral("tasksStaged")).toInt() == 0 && marathonIds == mesosIds;
        },
        30000);
    QVERIFY2(settled, qPrintable(last));
    QVERIFY2(m_orderViolations.isEmpty(), qPrintable(m_orderViolations.join(u'\n')));
}
#endif

QTEST_GUILESS_MAIN(TestDevclusterTasks)
#include "tst_devcluster_tasks.moc"
