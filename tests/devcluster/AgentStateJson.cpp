#include "AgentStateJson.h"

#include "MasterStateJson.h"
#include "ResourceAmounts.h"
#include "SimCluster.h"

#include <QJsonArray>
#include <algorithm>

AgentStateJson::AgentStateJson(const SimCluster& cluster, const QString& agentId, const QString& masterHostname)
    : m_cluster(cluster), m_agentId(agentId), m_masterHostname(masterHostname) {}

QJsonObject AgentStateJson::executorJson(const SimTaskRecord& task, bool completed) {
    if (task.inTaskGroup())
        return groupExecutorJson({&task}, completed);
    const ResourceAmounts resources = ResourceAmounts::fromPorts(task.spec.cpus, task.spec.mem, task.spec.disk, 0, task.ports);
    const QJsonObject taskJson = MasterStateJson::taskJson(task);
    return {{QStringLiteral("id"), task.spec.taskId},
            {QStringLiteral("name"), QStringLiteral("Command Executor (Task: %1) (Command: sh -c '%2')")
                                         .arg(task.spec.taskId, task.spec.command.left(15) + (task.spec.command.size() > 15
                                                                                                 ? QStringLiteral("...")
                                                                                                 : QString()))},
            {QStringLiteral("source"), task.spec.taskId},
            {QStringLiteral("container"), task.containerId},
            {QStringLiteral("directory"), task.directory},
            {QStringLiteral("resources"), resources.toV0()},
            {QStringLiteral("role"), QStringLiteral("*")},
            {QStringLiteral("tasks"), completed ? QJsonArray() : QJsonArray{taskJson}},
            {QStringLiteral("queued_tasks"), QJsonArray()},
            {QStringLiteral("completed_tasks"), completed ? QJsonArray{taskJson} : QJsonArray()}};
}

QJsonObject AgentStateJson::groupExecutorJson(const QList<const SimTaskRecord*>& tasks, bool completed) {
    // The default executor: one per task group, its resources the sum of its tasks'.
    double cpus = 0, mem = 0, disk = 0;
    QList<int> ports;
    QJsonArray live;
    QJsonArray done;
    for (const SimTaskRecord* task : tasks) {
        cpus += task->spec.cpus;
        mem += task->spec.mem;
        disk += task->spec.disk;
        ports += task->ports;
        (completed || task->isTerminal() ? done : live).append(MasterStateJson::taskJson(*task));
    }
    const SimTaskRecord& first = *tasks.first();
    return {{QStringLiteral("id"), first.spec.executorId},
            {QStringLiteral("name"), QString()},
            {QStringLiteral("source"), QString()},
            {QStringLiteral("type"), QStringLiteral("DEFAULT")},
            {QStringLiteral("container"), first.containerId},
            {QStringLiteral("directory"), first.directory},
            {QStringLiteral("resources"), ResourceAmounts::fromPorts(cpus, mem, disk, 0, ports).toV0()},
            {QStringLiteral("role"), QStringLiteral("*")},
            {QStringLiteral("tasks"), live},
            {QStringLiteral("queued_tasks"), QJsonArray()},
            {QStringLiteral("completed_tasks"), done}};
}

QJsonObject AgentStateJson::state() const {
    const SimAgentRecord* agent = m_cluster.agent(m_agentId);
    if (!agent)
        return {};
    QStringList frameworkOrder;
    QHash<QString, QJsonArray> live;
    QHash<QString, QJsonArray> done;
    // A task group's executor lives while any of its tasks does; its finished tasks stay with it.
    QHash<QString, QList<const SimTaskRecord*>> groups;
    QStringList groupOrder;
    auto addToGroup = [&](const SimTaskRecord* task) {
        const QString key = task->frameworkId + u'/' + task->spec.executorId + u'/' + task->containerId;
        if (!groups.contains(key))
            groupOrder.append(key);
        groups[key].append(task);
    };
    for (const SimTaskRecord* task : m_cluster.liveTasksOn(m_agentId)) {
        if (!frameworkOrder.contains(task->frameworkId))
            frameworkOrder.append(task->frameworkId);
        if (task->inTaskGroup())
            addToGroup(task);
        else
            live[task->frameworkId].append(executorJson(*task, false));
    }
    for (const SimTaskRecord& task : m_cluster.completedTasksOn(m_agentId)) {
        if (!frameworkOrder.contains(task.frameworkId))
            frameworkOrder.append(task.frameworkId);
        if (task.inTaskGroup())
            addToGroup(&task);
        else
            done[task.frameworkId].append(executorJson(task, true));
    }
    for (const QString& key : groupOrder) {
        const QList<const SimTaskRecord*>& tasks = groups.value(key);
        const bool running =
            std::any_of(tasks.begin(), tasks.end(), [](const SimTaskRecord* t) { return !t->isTerminal(); });
        (running ? live : done)[tasks.first()->frameworkId].append(groupExecutorJson(tasks, !running));
    }
    QJsonArray frameworks;
    QJsonArray completedFrameworks;
    for (const QString& id : frameworkOrder) {
        const SimFrameworkRecord* framework = m_cluster.framework(id);
        const QJsonObject info = framework ? framework->info : QJsonObject();
        const QJsonObject json{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), info.value(QStringLiteral("name")).toString()},
                               {QStringLiteral("user"), info.value(QStringLiteral("user")).toString(QStringLiteral("root"))},
                               {QStringLiteral("failover_timeout"), info.value(QStringLiteral("failover_timeout")).toDouble(604800)},
                               {QStringLiteral("checkpoint"), info.value(QStringLiteral("checkpoint")).toBool(true)},
                               {QStringLiteral("hostname"), info.value(QStringLiteral("hostname")).toString(QStringLiteral("127.0.0.1"))},
                               {QStringLiteral("principal"), info.value(QStringLiteral("principal")).toString()},
                               {QStringLiteral("role"), info.value(QStringLiteral("role")).toString(QStringLiteral("*"))},
                               {QStringLiteral("executors"), live.value(id)},
                               {QStringLiteral("completed_executors"), done.value(id)}};
        (live.contains(id) ? frameworks : completedFrameworks).append(json);
    }
    const SimCluster::Usage used = m_cluster.usage(m_agentId);
    QList<int> allPorts;
    for (int port = agent->portsBegin; port <= agent->portsEnd; ++port)
        allPorts.append(port);
    const ResourceAmounts total = ResourceAmounts::fromPorts(agent->cpus, agent->mem, agent->disk, agent->gpus, allPorts);
    const ResourceAmounts allocated = ResourceAmounts::fromPorts(used.cpus, used.mem, used.disk, 0, used.ports);
    QJsonObject json = MasterStateJson::version();
    json.insert(QStringLiteral("start_time"), agent->registeredTime);
    json.insert(QStringLiteral("id"), agent->id);
    json.insert(QStringLiteral("pid"), QStringLiteral("slave(1)@%1:%2").arg(agent->hostname).arg(agent->port));
    json.insert(QStringLiteral("hostname"), agent->hostname);
    json.insert(QStringLiteral("capabilities"),
                QJsonArray{QStringLiteral("MULTI_ROLE"), QStringLiteral("HIERARCHICAL_ROLE"),
                           QStringLiteral("RESERVATION_REFINEMENT"), QStringLiteral("RESOURCE_PROVIDER"),
                           QStringLiteral("RESIZE_VOLUME"), QStringLiteral("AGENT_OPERATION_FEEDBACK"),
                           QStringLiteral("AGENT_DRAINING"), QStringLiteral("TASK_RESOURCE_LIMITS")});
    json.insert(QStringLiteral("resources"), total.toV0());
    json.insert(QStringLiteral("reserved_resources"), QJsonObject());
    json.insert(QStringLiteral("unreserved_resources"), total.toV0());
    json.insert(QStringLiteral("reserved_resources_full"), QJsonObject());
    json.insert(QStringLiteral("unreserved_resources_full"), total.toV1(QStringLiteral("*"), true));
    json.insert(QStringLiteral("reserved_resources_allocated"), QJsonObject());
    json.insert(QStringLiteral("unreserved_resources_allocated"), allocated.toV0());
    json.insert(QStringLiteral("attributes"), agent->attributes);
    json.insert(QStringLiteral("master_hostname"), m_masterHostname);
    json.insert(QStringLiteral("flags"), flags());
    json.insert(QStringLiteral("frameworks"), frameworks);
    json.insert(QStringLiteral("completed_frameworks"), completedFrameworks);
    return json;
}

// The agent's flags as /flags and the state's "flags" list them: every value a string, as the
// agent's flag map prints it. The agent reads its work_dir and port from them.
QJsonObject AgentStateJson::flags() const {
    const SimAgentRecord* agent = m_cluster.agent(m_agentId);
    if (!agent)
        return {};
    return QJsonObject{{QStringLiteral("work_dir"), agent->workDir},
                       {QStringLiteral("port"), QString::number(agent->port)},
                       {QStringLiteral("hostname_lookup"), QStringLiteral("false")},
                       {QStringLiteral("authenticate_http_readonly"), QStringLiteral("false")},
                       {QStringLiteral("authenticate_http_readwrite"), QStringLiteral("false")},
                       {QStringLiteral("containerizers"), QStringLiteral("mesos")},
                       {QStringLiteral("executor_shutdown_grace_period"), QStringLiteral("5secs")},
                       {QStringLiteral("gc_delay"), QStringLiteral("1weeks")},
                       {QStringLiteral("launcher"), QStringLiteral("posix")},
                       {QStringLiteral("max_completed_executors_per_framework"),
                        QString::number(SimCluster::MaxCompletedExecutorsPerAgent)},
                       {QStringLiteral("recover"), QStringLiteral("reconnect")},
                       {QStringLiteral("strict"), QStringLiteral("true")},
                       {QStringLiteral("version"), QStringLiteral("false")}};
}
