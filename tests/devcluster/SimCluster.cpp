#include "SimCluster.h"

#include "TaskRuntime.h"
#include "core/Clock.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

bool SimTaskRecord::isTerminalState(const QString& state) {
    static const QSet<QString> terminal{QStringLiteral("TASK_FINISHED"), QStringLiteral("TASK_FAILED"),
                                        QStringLiteral("TASK_KILLED"),   QStringLiteral("TASK_LOST"),
                                        QStringLiteral("TASK_ERROR"),    QStringLiteral("TASK_DROPPED"),
                                        QStringLiteral("TASK_GONE"),     QStringLiteral("TASK_GONE_BY_OPERATOR")};
    return terminal.contains(state);
}

bool SimTaskRecord::isTerminal() const { return isTerminalState(state); }

SimCluster::SimCluster(QObject* parent)
    : QObject(parent), m_masterId(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_startTime(now()) {
    m_maintenance.hasAgents = [this](const SimMaintenance::MachineId& id) { return !agentsOn(id).isEmpty(); };
}

void SimCluster::masterElected() {
    if (m_elections++ == 0)
        return;
    m_maintenance.masterFailedOver(); // the allocator's inverse-offer answers are not in the registry
    const double at = now();
    for (SimAgentRecord& agent : m_agents)
        agent.reregisteredTime = at;
    for (const QString& id : std::as_const(m_frameworkOrder)) {
        m_frameworks[id].reregisteredTime = at;
        emit frameworkUpdated(id);
    }
    ++m_generation;
}

void SimCluster::setExecutorPid(const QString& taskId, qint64 pid) {
    auto it = m_tasks.find(taskId);
    if (it != m_tasks.end())
        it->executorPid = pid;
}

double SimCluster::now() { return double(Clock::currentMSecsSinceEpoch()) / 1000.0; }

QString SimCluster::addAgent(SimAgentRecord agent, TaskRuntime* runtime) {
    // master.cpp registerSlave: "Machine is `DOWN`" and a Shutdown instead of a registration.
    if (m_maintenance.mode(SimMaintenance::MachineId::ofAgent(agent)) == SimMaintenance::Mode::Down)
        return {};
    if (agent.id.isEmpty() || m_agents.contains(agent.id))
        agent.id = QStringLiteral("%1-S%2").arg(m_masterId).arg(m_nextAgent++);
    agent.registeredTime = now();
    agent.active = true;
    // An agent marked unreachable that comes back re-registers with its id and is no longer
    // counted unreachable (Mesos 1.1+, master.cpp reregisterSlave).
    m_unreachable.remove(agent.id);
    m_agents.insert(agent.id, agent);
    m_agentOrder.append(agent.id);
    if (runtime)
        m_runtimes.insert(agent.id, runtime);
    refreshOffer(agent.id);
    ++m_generation;
    emit agentAdded(agent.id);
    if (onAgentsChanged)
        onAgentsChanged();
    return agent.id;
}

void SimCluster::removeAgent(const QString& agentId, const QString& message) {
    if (!m_agents.contains(agentId))
        return;
    if (TaskRuntime* runtime = m_runtimes.take(agentId))
        runtime->killAllTasks();
    // The master marks the tasks of a removed agent lost (frameworks that are not partition-aware).
    const QStringList taskIds = m_tasksByAgent.value(agentId);
    for (const QString& taskId : taskIds)
        updateTaskState(taskId, QStringLiteral("TASK_LOST"), message, QStringLiteral("REASON_AGENT_REMOVED"),
                        QStringLiteral("SOURCE_MASTER"));
    m_agents.remove(agentId);
    m_offers.remove(agentId); // rescinded with the agent
    m_maintenance.agentRemoved(agentId);
    m_agentOrder.removeAll(agentId);
    m_tasksByAgent.remove(agentId);
    m_completedByAgent.remove(agentId);
    ++m_removals;
    ++m_generation;
    emit agentRemoved(agentId);
    if (onAgentsChanged)
        onAgentsChanged();
}

void SimCluster::markUnreachable(const QString& agentId) {
    if (!m_agents.contains(agentId))
        return;
    m_unreachable.insert(agentId, now());
    ++m_removalsUnhealthy;
    // The tasks' status message is the master's reason (master.cpp __removeSlave). Frameworks that
    // are PARTITION_AWARE would get TASK_UNREACHABLE; this simulator sends every one TASK_LOST.
    removeAgent(agentId, QStringLiteral("health check timed out"));
}

const SimAgentRecord* SimCluster::agent(const QString& agentId) const {
    const auto it = m_agents.constFind(agentId);
    return it == m_agents.constEnd() ? nullptr : &it.value();
}

SimCluster::Usage SimCluster::usage(const QString& agentId) const {
    Usage used;
    for (const QString& taskId : m_tasksByAgent.value(agentId)) {
        const SimTaskRecord& task = m_tasks.constFind(taskId).value();
        used.cpus += task.spec.cpus;
        used.mem += task.spec.mem;
        used.disk += task.spec.disk;
        used.ports += task.ports;
    }
    std::sort(used.ports.begin(), used.ports.end());
    return used;
}

const SimFrameworkRecord* SimCluster::framework(const QString& frameworkId) const {
    const auto it = m_frameworks.constFind(frameworkId);
    return it == m_frameworks.constEnd() ? nullptr : &it.value();
}

const SimTaskRecord* SimCluster::task(const QString& taskId) const {
    const auto it = m_tasks.constFind(taskId);
    return it == m_tasks.constEnd() ? nullptr : &it.value();
}

QList<const SimTaskRecord*> SimCluster::liveTasksOn(const QString& agentId) const {
    QList<const SimTaskRecord*> result;
    for (const QString& taskId : m_tasksByAgent.value(agentId))
        result.append(&m_tasks.constFind(taskId).value());
    return result;
}

const QList<SimTaskRecord>& SimCluster::completedTasksOn(const QString& agentId) const {
    static const QList<SimTaskRecord> none;
    const auto it = m_completedByAgent.constFind(agentId);
    return it == m_completedByAgent.constEnd() ? none : it.value();
}

QString SimCluster::registerFramework(const QJsonObject& frameworkInfo) {
    const QString existing = frameworkInfo.value(QStringLiteral("id")).toObject().value(QStringLiteral("value")).toString();
    // master.cpp: a removed framework is refused ("Framework has been removed").
    if (!existing.isEmpty() && m_frameworks.value(existing).completed)
        return {};
    if (!existing.isEmpty() && m_frameworks.contains(existing)) {
        SimFrameworkRecord& framework = m_frameworks[existing];
        framework.info = frameworkInfo;
        framework.info.remove(QStringLiteral("id"));
        framework.reregisteredTime = now();
        framework.active = true;
        ++m_generation;
        emit frameworkUpdated(existing);
        return existing;
    }
    SimFrameworkRecord framework;
    framework.id = existing.isEmpty() ? QStringLiteral("%1-%2").arg(m_masterId).arg(m_nextFramework++, 4, 10, QLatin1Char('0'))
                                      : existing;
    framework.info = frameworkInfo;
    framework.info.remove(QStringLiteral("id"));
    framework.registeredTime = framework.reregisteredTime = now();
    m_frameworks.insert(framework.id, framework);
    m_frameworkOrder.append(framework.id);
    ++m_generation;
    emit frameworkAdded(framework.id);
    return framework.id;
}

QList<SimAgent> SimCluster::agents() const {
    QList<SimAgent> result;
    for (const QString& id : m_agentOrder) {
        const SimAgentRecord& record = m_agents.constFind(id).value();
        const Usage used = usage(id);
        SimAgent agent;
        agent.id = id;
        agent.hostname = record.hostname;
        agent.pid = QStringLiteral("slave(1)@%1:%2").arg(record.hostname).arg(record.port);
        agent.active = record.active && !record.deactivated; // a deactivated agent gets no offers
        agent.cpusFree = record.cpus - used.cpus;
        agent.memFree = record.mem - used.mem;
        agent.diskFree = record.disk - used.disk;
        agent.portsFree = record.portsEnd - record.portsBegin + 1 - int(used.ports.size());
        result.append(agent);
    }
    return result;
}

QList<int> SimCluster::allocatePorts(const SimAgentRecord& agent, int count) const {
    // Agents of one devcluster share 127.0.0.1, so a port taken on any of them is skipped:
    // task processes really bind their ports.
    QSet<int> taken;
    for (const SimTaskRecord& task : m_tasks) {
        if (m_agents.value(task.agentId).hostname == agent.hostname)
            for (int port : task.ports)
                taken.insert(port);
    }
    QList<int> ports;
    for (int port = agent.portsBegin; port <= agent.portsEnd && ports.size() < count; ++port) {
        if (!taken.contains(port))
            ports.append(port);
    }
    return ports.size() == count ? ports : QList<int>{};
}

bool SimCluster::launchTask(const QString& frameworkId, const QString& agentId, const SimTaskSpec& spec, QString* error) {
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_frameworks.contains(frameworkId) || m_frameworks.value(frameworkId).completed)
        return fail(QStringLiteral("Unknown framework %1").arg(frameworkId));
    const SimAgentRecord* target = agent(agentId);
    if (!target || !target->active)
        return fail(QStringLiteral("Agent %1 is not registered").arg(agentId));
    if (target->deactivated) // no offers come from it, so nothing can be launched there
        return fail(QStringLiteral("Agent %1 is deactivated").arg(agentId));
    if (spec.taskId.isEmpty() || m_tasks.contains(spec.taskId))
        return fail(QStringLiteral("Task id '%1' is empty or already in use").arg(spec.taskId));
    const Usage used = usage(agentId);
    if (used.cpus + spec.cpus > target->cpus + 1e-9 || used.mem + spec.mem > target->mem + 1e-9
        || used.disk + spec.disk > target->disk + 1e-9)
        return fail(QStringLiteral("Insufficient resources on agent %1").arg(agentId));
    const QList<int> ports = allocatePorts(*target, spec.portCount);
    if (spec.portCount > 0 && ports.isEmpty())
        return fail(QStringLiteral("Insufficient ports on agent %1").arg(agentId));

    SimTaskRecord task;
    task.spec = spec;
    task.frameworkId = frameworkId;
    task.agentId = agentId;
    task.ports = ports;
    task.containerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (task.inTaskGroup()) {
        // A task group's tasks run in the one container of their executor.
        for (const SimTaskRecord* other : liveTasksOn(agentId)) {
            if (other->frameworkId == frameworkId && other->spec.executorId == spec.executorId) {
                task.containerId = other->containerId;
                break;
            }
        }
    }
    task.directory = QStringLiteral("%1/slaves/%2/frameworks/%3/executors/%4/runs/%5")
                         .arg(target->workDir, agentId, frameworkId, task.executorId(), task.containerId);
    task.sandbox =
        task.inTaskGroup() ? task.directory + QStringLiteral("/tasks/") + spec.taskId : task.directory;
    task.lastTimestamp = now();
    m_tasks.insert(spec.taskId, task);
    m_tasksByAgent[agentId].append(spec.taskId);
    m_frameworks[frameworkId].taskIds.append(spec.taskId);
    refreshOffer(agentId);
    ++m_generation;
    emit taskAdded(spec.taskId);
    if (TaskRuntime* runtime = m_runtimes.value(agentId))
        runtime->startTask(m_tasks[spec.taskId]);
    else
        updateTaskState(spec.taskId, QStringLiteral("TASK_RUNNING"));
    return true;
}

void SimCluster::addSyntheticTask(const QString& frameworkId, const QString& agentId, const SimTaskSpec& spec,
                                  const QString& state) {
    if (!m_frameworks.contains(frameworkId) || !m_agents.contains(agentId) || m_tasks.contains(spec.taskId))
        return;
    SimTaskRecord task;
    task.spec = spec;
    task.frameworkId = frameworkId;
    task.agentId = agentId;
    task.containerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    task.state = state;
    task.lastTimestamp = now();
    task.statuses.append(QJsonObject{{QStringLiteral("state"), task.state},
                                     {QStringLiteral("timestamp"), task.lastTimestamp}});
    task.statusDetails.append(QJsonObject{{QStringLiteral("source"), QStringLiteral("SOURCE_EXECUTOR")},
                                          {QStringLiteral("uuid"), QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64())}});
    m_tasks.insert(spec.taskId, task);
    m_tasksByAgent[agentId].append(spec.taskId);
    m_frameworks[frameworkId].taskIds.append(spec.taskId);
    ++m_generation;
}

void SimCluster::killTask(const QString& frameworkId, const QString& taskId) {
    const SimTaskRecord* found = task(taskId);
    if (!found || found->frameworkId != frameworkId)
        return;
    if (TaskRuntime* runtime = m_runtimes.value(found->agentId))
        runtime->killTask(taskId);
    else
        updateTaskState(taskId, QStringLiteral("TASK_KILLED"), {}, {}, QStringLiteral("SOURCE_MASTER"));
}

void SimCluster::updateTaskState(const QString& taskId, const QString& state, const QString& message,
                                 const QString& reason, const QString& source) {
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end() || it->isTerminal())
        return;
    SimTaskRecord& task = it.value();
    task.state = state;
    task.message = message;
    task.reason = reason;
    task.source = source;
    task.lastTimestamp = now();
    QJsonObject status{{QStringLiteral("state"), state}, {QStringLiteral("timestamp"), task.lastTimestamp}};
    if (source != QLatin1String("SOURCE_MASTER")) {
        // What the agent reports about the container: its id and the host's address.
        const QJsonObject address{{QStringLiteral("protocol"), QStringLiteral("IPv4")},
                                  {QStringLiteral("ip_address"), m_agents.value(task.agentId).hostname}};
        const QJsonObject network{{QStringLiteral("ip_addresses"), QJsonArray{address}}};
        status.insert(QStringLiteral("container_status"),
                      QJsonObject{{QStringLiteral("container_id"), QJsonObject{{QStringLiteral("value"), task.containerId}}},
                                  {QStringLiteral("network_infos"), QJsonArray{network}}});
    }
    task.statuses.append(status);
    QJsonObject details{{QStringLiteral("source"), source},
                        {QStringLiteral("uuid"), QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64())}};
    if (!message.isEmpty())
        details.insert(QStringLiteral("message"), message);
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    task.statusDetails.append(details);
    ++m_generation;
    const SimTaskStatus update = toSimStatus(task);
    emit taskUpdated(taskId);
    const QString agentId = task.agentId;
    if (task.isTerminal())
        finishTask(taskId);
    emit statusUpdate(update);
    if (onStatusUpdate)
        onStatusUpdate(update);
    checkDrained(agentId);
}

SimCluster::CallResult SimCluster::teardownFramework(const QString& frameworkId) {
    auto it = m_frameworks.find(frameworkId);
    if (it == m_frameworks.end() || it->completed)
        return {400, QStringLiteral("No framework found with specified ID")};
    it->active = false;
    it->completed = true;
    it->unregisteredTime = now();
    m_frameworkOrder.removeAll(frameworkId);
    m_completedFrameworkOrder.append(frameworkId);
    if (frameworkId == m_offerHolder) // its offers are rescinded
        setOfferHolder({});
    ++m_generation;
    // Its scheduler learns first, so that the kills below are not news to a framework that still
    // thinks it is registered (the master sends a removed framework no more updates).
    if (onFrameworkRemoved)
        onFrameworkRemoved(frameworkId);
    const QStringList live = it->taskIds;
    const QString message = QStringLiteral("Framework %1 removed").arg(frameworkId);
    for (const QString& taskId : live) {
        const SimTaskRecord* running = task(taskId);
        if (!running)
            continue;
        if (TaskRuntime* runtime = m_runtimes.value(running->agentId))
            runtime->stopTask(taskId); // ShutdownFrameworkMessage: the agent ends its executors
        updateTaskState(taskId, QStringLiteral("TASK_KILLED"), message,
                        QStringLiteral("REASON_FRAMEWORK_REMOVED"), QStringLiteral("SOURCE_MASTER"));
    }
    while (m_completedFrameworkOrder.size() > MaxCompletedFrameworks)
        m_frameworks.remove(m_completedFrameworkOrder.takeFirst());
    ++m_generation;
    emit frameworkRemoved(frameworkId);
    if (onAgentsChanged) // its resources are free for the others' offers
        onAgentsChanged();
    return {};
}

SimCluster::CallResult SimCluster::drainAgent(const QString& agentId, qint64 maxGraceNanos, bool markGone) {
    auto it = m_agents.find(agentId);
    if (it == m_agents.end())
        return {400, QStringLiteral("Unknown agent")};
    // http.cpp drainAgent: the two kinds of maintenance do not mix (MESOS-9884).
    if (const SimMaintenance::MachineId machine = SimMaintenance::MachineId::ofAgent(*it);
        m_maintenance.inSchedule(machine))
        return {400, QStringLiteral("Agent %1 is part of a maintenance schedule under Machine %2")
                         .arg(agentId, machine.display())};
    // A repeated call overwrites the config; a drain cannot be cancelled.
    it->deactivated = true;
    it->drainState = QStringLiteral("DRAINING");
    it->drainMarkGone = markGone;
    it->drainGraceNanos = maxGraceNanos;
    it->drainStartTime = now();
    refreshOffer(agentId);
    ++m_generation;
    const QStringList live = m_tasksByAgent.value(agentId);
    for (const QString& taskId : live) {
        const SimTaskRecord* running = task(taskId);
        if (!running)
            continue;
        if (markGone) // the master's own terminal state for tasks of an agent marked gone
            updateTaskState(taskId, QStringLiteral("TASK_GONE_BY_OPERATOR"), QStringLiteral("Agent drained"),
                            QStringLiteral("REASON_AGENT_DRAINING"), QStringLiteral("SOURCE_MASTER"));
        else
            killTask(running->frameworkId, taskId);
    }
    checkDrained(agentId);
    return {};
}

void SimCluster::checkDrained(const QString& agentId) {
    auto it = m_agents.find(agentId);
    if (it == m_agents.end() || it->drainState != QLatin1String("DRAINING") || !m_tasksByAgent.value(agentId).isEmpty())
        return;
    if (it->drainMarkGone) { // straight to gone: it never shows DRAINED
        removeAgent(agentId, QStringLiteral("Agent marked gone by operator"));
        return;
    }
    it->drainState = QStringLiteral("DRAINED");
    ++m_generation;
}

SimCluster::CallResult SimCluster::deactivateAgent(const QString& agentId) {
    auto it = m_agents.find(agentId);
    if (it == m_agents.end())
        return {400, QStringLiteral("Unknown agent")};
    it->deactivated = true; // tasks keep running
    refreshOffer(agentId);  // no offers from it
    ++m_generation;
    return {};
}

SimCluster::CallResult SimCluster::reactivateAgent(const QString& agentId) {
    auto it = m_agents.find(agentId);
    if (it == m_agents.end())
        return {400, QStringLiteral("Unknown agent")};
    if (!it->deactivated)
        return {400, QStringLiteral("Agent is not deactivated")};
    if (it->drainState == QLatin1String("DRAINING"))
        return {400, QStringLiteral("Agent is still in the DRAINING state")};
    it->deactivated = false;
    it->drainState.clear();
    it->drainMarkGone = false;
    it->drainGraceNanos = -1;
    it->drainStartTime = 0;
    refreshOffer(agentId);
    ++m_generation;
    if (onAgentsChanged) // offers come from it again
        onAgentsChanged();
    return {};
}

SimCluster::CallResult SimCluster::startMaintenance(const QJsonArray& machines) {
    QList<SimMaintenance::MachineId> down;
    if (const QString error = m_maintenance.startMaintenance(machines, &down); !error.isEmpty())
        return {400, error};
    ++m_generation;
    for (const SimMaintenance::MachineId& machine : std::as_const(down)) {
        for (const QString& agentId : agentsOn(machine)) {
            const QString host = m_agents.value(agentId).hostname;
            emit agentShutDown(agentId);
            removeAgent(agentId,
                        QStringLiteral("Agent %1 removed: Operator initiated 'Machine DOWN'").arg(host));
        }
    }
    return {};
}

SimCluster::CallResult SimCluster::stopMaintenance(const QJsonArray& machines) {
    if (const QString error = m_maintenance.stopMaintenance(machines); !error.isEmpty())
        return {400, error};
    ++m_generation;
    emit machinesUp();
    return {};
}

QStringList SimCluster::agentsOn(const SimMaintenance::MachineId& machine) const {
    QStringList ids;
    for (const QString& id : m_agentOrder)
        if (SimMaintenance::MachineId::ofAgent(m_agents.value(id)) == machine)
            ids.append(id);
    return ids;
}

QJsonObject SimCluster::maintenanceStatus() const {
    return m_maintenance.status(
        [this](const SimMaintenance::MachineId& machine) { return agentsOn(machine); });
}

SimCluster::CallResult SimCluster::answerInverseOffer(const QString& agentId, const QString& frameworkId,
                                                      const QString& answer) {
    const auto it = m_agents.constFind(agentId);
    if (it == m_agents.constEnd())
        return {404, QStringLiteral("no agent %1").arg(agentId)};
    if (answer != QLatin1String("ACCEPT") && answer != QLatin1String("DECLINE"))
        return {400, QStringLiteral("an answer is ACCEPT or DECLINE")};
    if (m_maintenance.mode(SimMaintenance::MachineId::ofAgent(*it)) != SimMaintenance::Mode::Draining)
        return {409, QStringLiteral("agent %1 is not on a DRAINING machine: no inverse offer").arg(agentId)};
    const QStringList taskIds = m_tasksByAgent.value(agentId);
    const bool hasTasks = std::any_of(taskIds.cbegin(), taskIds.cend(), [&](const QString& taskId) {
        return m_tasks.value(taskId).frameworkId == frameworkId;
    });
    if (!hasTasks) // inverse offers go to the frameworks that use the agent
        return {409, QStringLiteral("framework %1 has no tasks on agent %2: no inverse offer")
                         .arg(frameworkId, agentId)};
    m_maintenance.answerInverseOffer(*it, frameworkId, answer);
    ++m_generation;
    return {};
}

void SimCluster::setOfferHolder(const QString& frameworkId) {
    m_offerHolder = frameworkId;
    if (frameworkId.isEmpty())
        m_offers.clear();
    for (const QString& id : std::as_const(m_agentOrder))
        refreshOffer(id);
    ++m_generation;
}

void SimCluster::refreshOffer(const QString& agentId) {
    const auto agent = m_agents.constFind(agentId);
    const auto holder = m_frameworks.constFind(m_offerHolder);
    if (agent == m_agents.cend() || holder == m_frameworks.cend() || holder->completed || !agent->active ||
        agent->deactivated) {
        m_offers.remove(agentId);
        return;
    }
    const Usage used = usage(agentId);
    SimOfferRecord offer;
    offer.cpus = agent->cpus - used.cpus;
    offer.mem = agent->mem - used.mem;
    offer.disk = agent->disk - used.disk;
    offer.gpus = agent->gpus;
    const QSet<int> taken(used.ports.cbegin(), used.ports.cend());
    for (int port = agent->portsBegin; port <= agent->portsEnd; ++port)
        if (!taken.contains(port))
            offer.ports.append(port);
    // The allocator's minimum (0.01 CPUs or 32 MB): less than that is not offered at all.
    if (offer.cpus < 0.01 && offer.mem < 32) {
        m_offers.remove(agentId);
        return;
    }
    const auto old = m_offers.constFind(agentId);
    if (old != m_offers.cend() && old->frameworkId == m_offerHolder &&
        qFuzzyCompare(old->cpus + 1, offer.cpus + 1) && qFuzzyCompare(old->mem + 1, offer.mem + 1) &&
        qFuzzyCompare(old->disk + 1, offer.disk + 1) && old->ports == offer.ports)
        return; // the same resources: the same offer
    offer.id = QStringLiteral("%1-O%2").arg(m_masterId).arg(m_nextOffer++);
    offer.frameworkId = m_offerHolder;
    offer.agentId = agentId;
    offer.offeredTime = now();
    m_offers.insert(agentId, offer);
}

QList<const SimOfferRecord*> SimCluster::offers() const {
    QList<const SimOfferRecord*> list;
    for (const QString& id : m_agentOrder)
        if (const SimOfferRecord* offer = offerOn(id))
            list.append(offer);
    return list;
}

QList<const SimOfferRecord*> SimCluster::offersOf(const QString& frameworkId) const {
    QList<const SimOfferRecord*> list = offers();
    list.removeIf([&](const SimOfferRecord* offer) { return offer->frameworkId != frameworkId; });
    return list;
}

const SimOfferRecord* SimCluster::offerOn(const QString& agentId) const {
    const auto it = m_offers.constFind(agentId);
    return it == m_offers.cend() ? nullptr : &it.value();
}

void SimCluster::finishTask(const QString& taskId) {
    const SimTaskRecord task = m_tasks.take(taskId);
    m_tasksByAgent[task.agentId].removeAll(taskId);
    if (m_agents.contains(task.agentId)) {
        QList<SimTaskRecord>& done = m_completedByAgent[task.agentId];
        done.append(task);
        while (done.size() > MaxCompletedExecutorsPerAgent)
            done.removeFirst();
    }
    auto framework = m_frameworks.find(task.frameworkId);
    if (framework != m_frameworks.end()) {
        framework->taskIds.removeAll(taskId);
        framework->completedTasks.append(task);
        while (framework->completedTasks.size() > MaxCompletedTasksPerFramework)
            framework->completedTasks.removeFirst();
    }
    refreshOffer(task.agentId);
    ++m_generation;
}

SimTaskStatus SimCluster::toSimStatus(const SimTaskRecord& task) const {
    SimTaskStatus status;
    status.taskId = task.spec.taskId;
    status.frameworkId = task.frameworkId;
    status.agentId = task.agentId;
    status.state = task.state;
    status.message = task.message;
    status.reason = task.reason;
    status.host = m_agents.value(task.agentId).hostname;
    status.ports = task.ports;
    status.sandboxDirectory = task.directory;
    status.timestamp = task.lastTimestamp;
    return status;
}
