#include "FakeSchedulerApi.h"

#include <QDateTime>
#include <QTimer>

FakeSchedulerApi::FakeSchedulerApi() = default;

QString FakeSchedulerApi::registerFramework(const QJsonObject& frameworkInfo)
{
    registrations.append(frameworkInfo);
    return QStringLiteral("fake-cluster-0000");
}

void FakeSchedulerApi::addAgent(const QString& id, double cpus, double mem, int ports)
{
    SimAgent agent;
    agent.id = id;
    agent.hostname = QStringLiteral("host-") + id;
    agent.pid = QStringLiteral("slave(1)@127.0.0.1:5051");
    agent.cpusFree = cpus;
    agent.memFree = mem;
    agent.diskFree = 10000;
    agent.portsFree = ports;
    m_agents.append(agent);
    if (onAgentsChanged)
        onAgentsChanged();
}

SimAgent* FakeSchedulerApi::agent(const QString& id)
{
    for (SimAgent& a : m_agents) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void FakeSchedulerApi::setHostname(const QString& agentId, const QString& hostname)
{
    if (SimAgent* a = agent(agentId))
        a->hostname = hostname;
}

void FakeSchedulerApi::removeAgent(const QString& id, bool sendLost)
{
    if (SimAgent* a = agent(id))
        a->active = false;
    const QStringList tasks = m_taskAgent.keys(id);
    for (const QString& taskId : tasks) {
        if (sendLost)
            sendStatus(taskId, QStringLiteral("TASK_LOST"), QStringLiteral("Agent removed"));
        else
            m_taskAgent.remove(taskId);
    }
    if (onAgentsChanged)
        onAgentsChanged();
}

bool FakeSchedulerApi::launchTask(const QString& frameworkId, const QString& agentId, const SimTaskSpec& spec,
                                  QString* error)
{
    Q_UNUSED(frameworkId)
    SimAgent* a = agent(agentId);
    if (!a || !a->active || a->cpusFree + 1e-9 < spec.cpus || a->memFree + 1e-9 < spec.mem
        || a->portsFree < spec.portCount) {
        if (error)
            *error = QStringLiteral("insufficient resources");
        return false;
    }
    a->cpusFree -= spec.cpus;
    a->memFree -= spec.mem;
    a->portsFree -= spec.portCount;
    QList<int> ports = fixedPorts;
    while (ports.size() < spec.portCount)
        ports.append(m_nextPort++);
    launched.append(spec);
    m_taskAgent.insert(spec.taskId, agentId);
    m_taskSpec.insert(spec.taskId, spec);
    m_taskPorts.insert(spec.taskId, ports.mid(0, qMax(spec.portCount, int(fixedPorts.size()))));
    const QString id = spec.taskId;
    const auto report = [this, id] {
        sendStatus(id, QStringLiteral("TASK_STAGING"));
        if (autoRun)
            sendStatus(id, QStringLiteral("TASK_RUNNING"));
    };
    if (synchronous)
        report();
    else
        QTimer::singleShot(0, &m_timerContext, report);
    return true;
}

void FakeSchedulerApi::killTask(const QString& frameworkId, const QString& taskId)
{
    Q_UNUSED(frameworkId)
    killed.append(taskId);
    const auto report = [this, taskId] {
        if (m_taskAgent.contains(taskId))
            sendStatus(taskId, QStringLiteral("TASK_KILLED"));
    };
    if (autoKill && synchronous)
        report();
    else if (autoKill)
        QTimer::singleShot(0, &m_timerContext, report);
}

void FakeSchedulerApi::sendStatus(const QString& taskId, const QString& state, const QString& message)
{
    if (!m_taskAgent.contains(taskId))
        return;
    SimTaskStatus status;
    status.taskId = taskId;
    status.frameworkId = QStringLiteral("fake-cluster-0000");
    status.agentId = m_taskAgent.value(taskId);
    status.state = state;
    status.message = message;
    if (state == QLatin1String("TASK_LOST"))
        status.reason = QStringLiteral("REASON_AGENT_REMOVED");
    if (SimAgent* a = agent(status.agentId))
        status.host = a->hostname;
    status.ports = m_taskPorts.value(taskId);
    status.sandboxDirectory = sandboxDirectory;
    status.timestamp = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    static const QStringList terminal{QStringLiteral("TASK_FINISHED"), QStringLiteral("TASK_FAILED"),
                                      QStringLiteral("TASK_KILLED"), QStringLiteral("TASK_LOST"),
                                      QStringLiteral("TASK_ERROR")};
    if (terminal.contains(state)) {
        const SimTaskSpec spec = m_taskSpec.take(taskId);
        if (SimAgent* a = agent(status.agentId)) {
            a->cpusFree += spec.cpus;
            a->memFree += spec.mem;
            a->portsFree += spec.portCount;
        }
        m_taskAgent.remove(taskId);
    }
    if (onStatusUpdate)
        onStatusUpdate(status);
}

QStringList FakeSchedulerApi::runningTaskIds() const
{
    return m_taskAgent.keys();
}
