#include "SimAgentNode.h"

#include "AgentStateJson.h"
#include "FaultInjector.h"
#include "FilesApi.h"
#include "MasterStateJson.h"
#include "SimCluster.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {
constexpr int KillGracePeriodMs = 3000;

QByteArray compact(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

bool hasCapability(const QJsonObject& frameworkInfo, const QString& type) {
    for (const QJsonValue& capability : frameworkInfo.value(QStringLiteral("capabilities")).toArray()) {
        if (capability.toObject().value(QStringLiteral("type")).toString() == type)
            return true;
    }
    return false;
}
} // namespace

SimAgentNode::SimAgentNode(SimCluster* cluster, FaultInjector* faults, const QString& workDir, QObject* parent)
    : QObject(parent), m_cluster(cluster), m_faults(faults), m_workDir(workDir) {
    m_server.setHandler(m_faults->wrap(QStringLiteral("agent"),
                                       [this](const HttpRequest& request, HttpResponder* responder) { handle(request, responder); }));
}

SimAgentNode::~SimAgentNode() { terminateAndWait(); }

bool SimAgentNode::start(quint16 port) {
    if (m_server.isListening())
        return true;
    if (!m_server.listen(port))
        return false;
    m_port = m_server.port();
    QDir().mkpath(m_workDir);
    SimAgentRecord record;
    record.port = m_port;
    record.workDir = m_workDir;
    m_agentId = m_cluster->addAgent(record, this);
    if (m_agentId.isEmpty()) { // its machine is DOWN: the master answers with a Shutdown
        m_server.close();
        return false;
    }
    return true;
}

void SimAgentNode::shutDown() {
    // Slave::shutdown: executors end, the process exits; the master removes the agent itself.
    m_server.close();
    killAllTasks();
    m_agentId.clear();
}

void SimAgentNode::kill() {
    if (!m_server.isListening())
        return;
    m_server.close();
    killAllTasks();
    m_cluster->markUnreachable(m_agentId); // its pings go unanswered
}

void SimAgentNode::signalGroup(qint64 pid, int signal) {
    if (pid <= 0)
        return;
    ::kill(-pid_t(pid), signal);
    // Between fork and setsid() the child has no group of its own yet: it gets the signal directly,
    // before it can start anything.
    ::kill(pid_t(pid), signal);
}

void SimAgentNode::killAllTasks() {
    for (const QString& taskId : m_processes.keys())
        stopTask(taskId);
    m_pids.clear();
    m_killing.clear();
}

void SimAgentNode::stopTask(const QString& taskId) {
    QProcess* process = m_processes.take(taskId);
    if (!process)
        return;
    signalGroup(m_pids.take(taskId), SIGKILL);
    m_killing.remove(taskId);
    process->disconnect(this);
    process->kill();
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    m_dying.append(process);
}

void SimAgentNode::terminateAndWait() {
    const auto pids = m_pids;
    killAllTasks();
    for (const QPointer<QProcess>& process : std::as_const(m_dying)) {
        if (process && process->state() != QProcess::NotRunning)
            process->waitForFinished(3000);
        delete process.data();
    }
    m_dying.clear();
    for (qint64 pid : pids)
        signalGroup(pid, SIGKILL); // anything the shell left behind in its group
    m_server.close();
}

bool SimAgentNode::fetchUris(const SimTaskRecord& task, QString* error) {
    for (const QString& uri : task.spec.uris) {
        const QUrl url = QUrl::fromUserInput(uri);
        if (!url.isLocalFile()) {
            *error = QStringLiteral("Failed to fetch all URIs for container '%1': the devcluster fetches local files only (%2)")
                         .arg(task.containerId, uri);
            return false;
        }
        const QString source = url.toLocalFile();
        if (!QFile::copy(source, task.sandbox + u'/' + QFileInfo(source).fileName())) {
            *error = QStringLiteral("Failed to fetch all URIs for container '%1': cannot copy %2").arg(task.containerId, source);
            return false;
        }
    }
    return true;
}

void SimAgentNode::startTask(const SimTaskRecord& task) {
    const QString taskId = task.spec.taskId;
    const QString runs = QFileInfo(task.directory).path();
    QDir().mkpath(task.sandbox);
    QFile::remove(runs + QStringLiteral("/latest"));
    QFile::link(task.containerId, runs + QStringLiteral("/latest"));
    QString error;
    if (!fetchUris(task, &error)) {
        QTimer::singleShot(0, this, [this, taskId, error] {
            m_cluster->updateTaskState(taskId, QStringLiteral("TASK_FAILED"), error,
                                       QStringLiteral("REASON_CONTAINER_LAUNCH_FAILED"), QStringLiteral("SOURCE_AGENT"));
        });
        return;
    }
    auto* process = new QProcess(this);
    process->setWorkingDirectory(task.sandbox);
    process->setStandardOutputFile(task.sandbox + QStringLiteral("/stdout"));
    process->setStandardErrorFile(task.sandbox + QStringLiteral("/stderr"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = task.spec.env.begin(); it != task.spec.env.end(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("MESOS_SANDBOX"), task.sandbox);
    env.insert(QStringLiteral("MESOS_DIRECTORY"), task.directory);
    env.insert(QStringLiteral("MESOS_TASK_ID"), taskId);
    env.insert(QStringLiteral("MESOS_FRAMEWORK_ID"), task.frameworkId);
    env.insert(QStringLiteral("MESOS_AGENT_ENDPOINT"), QStringLiteral("127.0.0.1:%1").arg(m_port));
    env.insert(QStringLiteral("HOST"), m_cluster->agent(task.agentId)->hostname);
    QStringList ports;
    for (qsizetype i = 0; i < task.ports.size(); ++i) {
        env.insert(QStringLiteral("PORT%1").arg(i), QString::number(task.ports.at(i)));
        ports << QString::number(task.ports.at(i));
    }
    if (!ports.isEmpty()) {
        env.insert(QStringLiteral("PORT"), ports.first());
        env.insert(QStringLiteral("PORTS"), ports.join(u','));
    }
    process->setProcessEnvironment(env);
    // Its own process group (so a kill reaches its children) that dies with the devcluster.
    process->setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(process, &QProcess::started, this, [this, taskId, process] {
        m_cluster->setExecutorPid(taskId, process->processId());
        if (m_killing.contains(taskId))
            return; // killed while launching: the next update is TASK_KILLED, never a step back
        m_cluster->updateTaskState(taskId, QStringLiteral("TASK_STARTING"));
        QTimer::singleShot(0, this, [this, taskId] {
            if (m_processes.contains(taskId) && !m_killing.contains(taskId))
                m_cluster->updateTaskState(taskId, QStringLiteral("TASK_RUNNING"));
        });
    });
    connect(process, &QProcess::finished, this, [this, taskId](int exitCode, QProcess::ExitStatus status) {
        onFinished(taskId, exitCode, status == QProcess::CrashExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, taskId](QProcess::ProcessError processError) {
        if (processError != QProcess::FailedToStart)
            return;
        if (QProcess* failed = m_processes.take(taskId))
            failed->deleteLater();
        m_pids.remove(taskId);
        if (m_killing.remove(taskId))
            m_cluster->updateTaskState(taskId, QStringLiteral("TASK_KILLED"));
        else
            m_cluster->updateTaskState(
                taskId, QStringLiteral("TASK_FAILED"), QStringLiteral("Failed to launch container"),
                QStringLiteral("REASON_CONTAINER_LAUNCH_FAILED"), QStringLiteral("SOURCE_AGENT"));
    });
    m_processes.insert(taskId, process);
    process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), task.spec.command});
    // The pid exists from the fork on, while QProcess::started comes later through the event loop.
    // A kill or a shutdown in between must still reach the process group: keeping the pid only
    // from started() left such tasks running (a shutdown orphaned them, a kill was lost and the
    // task stayed TASK_STARTING for good).
    if (process->processId() > 0)
        m_pids.insert(taskId, process->processId());
}

void SimAgentNode::onFinished(const QString& taskId, int exitCode, bool crashed) {
    QProcess* process = m_processes.take(taskId);
    if (!process)
        return;
    process->deleteLater();
    signalGroup(m_pids.take(taskId), SIGKILL); // children of the shell go with it, as in a container
    const bool killed = m_killing.remove(taskId);
    if (killed) {
        m_cluster->updateTaskState(taskId, QStringLiteral("TASK_KILLED"),
                                   crashed ? QStringLiteral("Command terminated with signal %1").arg(QString::fromLatin1(strsignal(exitCode)))
                                           : QStringLiteral("Command exited with status %1").arg(exitCode));
    } else if (crashed) {
        m_cluster->updateTaskState(taskId, QStringLiteral("TASK_FAILED"),
                                   QStringLiteral("Command terminated with signal %1").arg(QString::fromLatin1(strsignal(exitCode))),
                                   QStringLiteral("REASON_COMMAND_EXECUTOR_FAILED"));
    } else if (exitCode == 0) {
        m_cluster->updateTaskState(taskId, QStringLiteral("TASK_FINISHED"), QStringLiteral("Command exited with status 0"));
    } else {
        m_cluster->updateTaskState(taskId, QStringLiteral("TASK_FAILED"),
                                   QStringLiteral("Command exited with status %1").arg(exitCode),
                                   QStringLiteral("REASON_COMMAND_EXECUTOR_FAILED"));
    }
}

void SimAgentNode::killTask(const QString& taskId) {
    if (!m_processes.contains(taskId)) {
        // Not started yet (or already gone): Mesos answers with TASK_KILLED at once.
        m_cluster->updateTaskState(taskId, QStringLiteral("TASK_KILLED"));
        return;
    }
    if (m_killing.contains(taskId))
        return;
    m_killing.insert(taskId);
    const SimTaskRecord* task = m_cluster->task(taskId);
    const SimFrameworkRecord* framework = task ? m_cluster->framework(task->frameworkId) : nullptr;
    if (framework && hasCapability(framework->info, QStringLiteral("TASK_KILLING_STATE")))
        m_cluster->updateTaskState(taskId, QStringLiteral("TASK_KILLING"));
    signalGroup(m_pids.value(taskId), SIGTERM);
    QTimer::singleShot(KillGracePeriodMs, this, [this, taskId] {
        if (m_processes.contains(taskId))
            signalGroup(m_pids.value(taskId), SIGKILL);
    });
}

QString SimAgentNode::resolvePath(const QString& requested) const {
    QList<const SimTaskRecord*> tasks = m_cluster->liveTasksOn(m_agentId);
    for (const SimTaskRecord& task : m_cluster->completedTasksOn(m_agentId))
        tasks.append(&task);
    const QString clean = QDir::cleanPath(requested);
    for (const SimTaskRecord* task : tasks) {
        const QString runs = QFileInfo(task->directory).path();
        const QString virtualRuns =
            QStringLiteral("/frameworks/%1/executors/%2/runs").arg(task->frameworkId, task->executorId());
        const QStringList bases{task->directory, runs + QStringLiteral("/latest"), virtualRuns + u'/' + task->containerId,
                                virtualRuns + QStringLiteral("/latest")};
        for (const QString& base : bases) {
            if (clean == base || clean.startsWith(base + u'/'))
                return task->directory + clean.mid(base.size());
        }
    }
    return {};
}

void SimAgentNode::handle(const HttpRequest& request, HttpResponder* responder) {
    const QString& path = request.path;
    if (path == QLatin1String("/slave(1)/state") || path == QLatin1String("/slave(1)/state.json")
        || path == QLatin1String("/state") || path == QLatin1String("/state.json")) {
        responder->respond(200, compact(AgentStateJson(*m_cluster, m_agentId, QStringLiteral("127.0.0.1")).state()));
    } else if (path == QLatin1String("/slave(1)/flags") || path == QLatin1String("/flags")) {
        const QJsonObject flags = AgentStateJson(*m_cluster, m_agentId, QStringLiteral("127.0.0.1")).flags();
        responder->respond(200, compact(QJsonObject{{QStringLiteral("flags"), flags}}));
    } else if (path.startsWith(QLatin1String("/files/"))) {
        if (!FilesApi::handle(request, responder, [this](const QString& p) { return resolvePath(p); }))
            responder->respond(404, {}, {});
    } else if (path == QLatin1String("/version")) {
        responder->respond(200, compact(MasterStateJson::version()));
    } else if (path == QLatin1String("/health")) {
        responder->respond(200, {}, {});
    } else if (path == QLatin1String("/logging/toggle")) {
        const SimLogging::Answer answer = m_logging.toggle(request.query);
        responder->respond(answer.status, answer.body, answer.contentType);
    } else if (path == QLatin1String("/metrics/snapshot")) {
        const SimCluster::Usage used = m_cluster->usage(m_agentId);
        const SimAgentRecord* agent = m_cluster->agent(m_agentId);
        QJsonObject metrics{{QStringLiteral("slave/registered"), 1},
                            {QStringLiteral("slave/cpus_total"), agent ? agent->cpus : 0},
                            {QStringLiteral("slave/cpus_used"), used.cpus},
                            {QStringLiteral("slave/mem_total"), agent ? agent->mem : 0},
                            {QStringLiteral("slave/mem_used"), used.mem},
                            {QStringLiteral("slave/disk_total"), agent ? agent->disk : 0},
                            {QStringLiteral("slave/disk_used"), used.disk},
                            {QStringLiteral("slave/tasks_running"), int(m_cluster->liveTasksOn(m_agentId).size())},
                            {QStringLiteral("slave/uptime_secs"), agent ? SimCluster::now() - agent->registeredTime : 0}};
        responder->respond(200, compact(metrics));
    } else {
        responder->respond(404, {}, {});
    }
}
