#include "OperatorApiJson.h"

#include "MasterStateJson.h"
#include "ResourceAmounts.h"
#include "SimCluster.h"

#include <QJsonArray>

namespace {
void insertArray(QJsonObject& object, const QString& key, const QJsonArray& array) {
    if (!array.isEmpty())
        object.insert(key, array);
}
} // namespace

OperatorApiJson::OperatorApiJson(const SimCluster& cluster, const QJsonObject& masterInfo, double startTime,
                                 double electedTime)
    : m_cluster(cluster), m_masterInfo(masterInfo), m_startTime(startTime), m_electedTime(electedTime) {}

QJsonObject OperatorApiJson::id(const QString& value) { return {{QStringLiteral("value"), value}}; }

QJsonObject OperatorApiJson::time(double secondsSinceEpoch) {
    return {{QStringLiteral("nanoseconds"), qint64(secondsSinceEpoch * 1e9)}};
}

QJsonObject OperatorApiJson::statusJson(const SimTaskRecord& task, qsizetype index) {
    QJsonObject status = task.statuses.at(index).toObject();
    const QJsonObject details = task.statusDetails.at(index).toObject();
    for (auto it = details.begin(); it != details.end(); ++it)
        status.insert(it.key(), it.value());
    status.insert(QStringLiteral("task_id"), id(task.spec.taskId));
    status.insert(QStringLiteral("agent_id"), id(task.agentId));
    if (status.value(QStringLiteral("source")).toString() == QLatin1String("SOURCE_EXECUTOR"))
        status.insert(QStringLiteral("executor_id"), id(task.executorId()));
    if (task.executorPid > 0 && status.contains(QStringLiteral("container_status"))) {
        QJsonObject container = status.value(QStringLiteral("container_status")).toObject();
        container.insert(QStringLiteral("executor_pid"), task.executorPid);
        status.insert(QStringLiteral("container_status"), container);
    }
    return status;
}

QJsonObject OperatorApiJson::drainInfo(const SimAgentRecord& agent) {
    // mark_gone has a proto default, so it is always written; the grace period only when given.
    QJsonObject config{{QStringLiteral("mark_gone"), agent.drainMarkGone}};
    if (agent.drainGraceNanos >= 0)
        config.insert(QStringLiteral("max_grace_period"), QJsonObject{{QStringLiteral("nanoseconds"), agent.drainGraceNanos}});
    return {{QStringLiteral("state"), agent.drainState}, {QStringLiteral("config"), config}};
}

QJsonObject OperatorApiJson::taskJson(const SimTaskRecord& task, const QString& user) {
    const ResourceAmounts resources = ResourceAmounts::fromPorts(task.spec.cpus, task.spec.mem, task.spec.disk, 0, task.ports);
    QJsonObject json{{QStringLiteral("name"), task.spec.name},
                     {QStringLiteral("task_id"), id(task.spec.taskId)},
                     {QStringLiteral("framework_id"), id(task.frameworkId)},
                     {QStringLiteral("agent_id"), id(task.agentId)},
                     {QStringLiteral("state"), task.state},
                     {QStringLiteral("resources"), resources.toV1Allocated(QStringLiteral("*"))},
                     {QStringLiteral("user"), user}};
    if (task.inTaskGroup()) // the v1 Task has executor_id only for tasks not run by the command executor
        json.insert(QStringLiteral("executor_id"), id(task.spec.executorId));
    QJsonArray statuses;
    for (qsizetype i = 0; i < task.statuses.size(); ++i)
        statuses.append(statusJson(task, i));
    insertArray(json, QStringLiteral("statuses"), statuses);
    if (!statuses.isEmpty()) {
        json.insert(QStringLiteral("status_update_state"), task.state);
        json.insert(QStringLiteral("status_update_uuid"), statuses.last().toObject().value(QStringLiteral("uuid")));
    }
    if (!task.spec.labels.isEmpty()) {
        QJsonArray labels;
        for (auto it = task.spec.labels.begin(); it != task.spec.labels.end(); ++it)
            labels.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value().toString()}});
        json.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("labels"), labels}});
    }
    return json;
}

QJsonObject OperatorApiJson::agentJson(const SimAgentRecord& agent) const {
    QList<int> allPorts;
    for (int port = agent.portsBegin; port <= agent.portsEnd; ++port)
        allPorts.append(port);
    const ResourceAmounts total = ResourceAmounts::fromPorts(agent.cpus, agent.mem, agent.disk, agent.gpus, allPorts);
    const SimCluster::Usage used = m_cluster.usage(agent.id);
    const ResourceAmounts allocated = ResourceAmounts::fromPorts(used.cpus, used.mem, used.disk, 0, used.ports);
    QJsonObject json{{QStringLiteral("agent_info"), QJsonObject{{QStringLiteral("hostname"), agent.hostname},
                                                                {QStringLiteral("port"), agent.port},
                                                                {QStringLiteral("resources"), total.toV1({}, true)},
                                                                {QStringLiteral("id"), id(agent.id)}}},
                     {QStringLiteral("active"), agent.active},
                     {QStringLiteral("deactivated"), agent.deactivated},
                     {QStringLiteral("version"), MasterStateJson::version().value(QStringLiteral("version"))},
                     {QStringLiteral("pid"), QStringLiteral("slave(1)@%1:%2").arg(agent.hostname).arg(agent.port)},
                     {QStringLiteral("registered_time"), time(agent.registeredTime)},
                     {QStringLiteral("total_resources"), total.toV1(QStringLiteral("*"), true)}};
    if (agent.reregisteredTime > 0)
        json.insert(QStringLiteral("reregistered_time"), time(agent.reregisteredTime));
    insertArray(json, QStringLiteral("allocated_resources"), allocated.toV1Allocated(QStringLiteral("*")));
    if (const SimOfferRecord* offer = m_cluster.offerOn(agent.id))
        insertArray(json, QStringLiteral("offered_resources"),
                    ResourceAmounts::fromOffer(offer).toV1Allocated(QStringLiteral("*")));
    if (!agent.drainState.isEmpty()) {
        json.insert(QStringLiteral("drain_info"), drainInfo(agent));
        json.insert(QStringLiteral("estimated_drain_start_time"), time(agent.drainStartTime));
    }
    QJsonArray capabilities;
    for (const QString& type : {QStringLiteral("MULTI_ROLE"), QStringLiteral("HIERARCHICAL_ROLE"),
                                QStringLiteral("RESERVATION_REFINEMENT"), QStringLiteral("RESOURCE_PROVIDER"),
                                QStringLiteral("RESIZE_VOLUME"), QStringLiteral("AGENT_OPERATION_FEEDBACK"),
                                QStringLiteral("AGENT_DRAINING"), QStringLiteral("TASK_RESOURCE_LIMITS")})
        capabilities.append(QJsonObject{{QStringLiteral("type"), type}});
    json.insert(QStringLiteral("capabilities"), capabilities);
    return json;
}

QJsonObject OperatorApiJson::frameworkJson(const SimFrameworkRecord& framework) const {
    QJsonObject info = framework.info;
    info.insert(QStringLiteral("id"), id(framework.id));
    if (!info.contains(QStringLiteral("user")))
        info.insert(QStringLiteral("user"), QStringLiteral("root"));
    if (!info.contains(QStringLiteral("hostname")))
        info.insert(QStringLiteral("hostname"), QStringLiteral("127.0.0.1"));
    double cpus = 0, mem = 0, disk = 0;
    QList<int> ports;
    for (const QString& taskId : framework.taskIds) {
        const SimTaskRecord* task = m_cluster.task(taskId);
        cpus += task->spec.cpus;
        mem += task->spec.mem;
        disk += task->spec.disk;
        ports += task->ports;
    }
    QJsonObject json{{QStringLiteral("framework_info"), info},
                     {QStringLiteral("active"), framework.active},
                     {QStringLiteral("connected"), framework.active},
                     {QStringLiteral("recovered"), false},
                     {QStringLiteral("registered_time"), time(framework.registeredTime)},
                     {QStringLiteral("reregistered_time"), time(framework.reregisteredTime)},
                     {QStringLiteral("unregistered_time"), time(framework.unregisteredTime)}};
    insertArray(json, QStringLiteral("allocated_resources"),
                ResourceAmounts::fromPorts(cpus, mem, disk, 0, ports).toV1Allocated(QStringLiteral("*")));
    QJsonArray offers;
    QJsonArray offered;
    for (const SimOfferRecord* offer : m_cluster.offersOf(framework.id)) {
        const QJsonObject written = offerJson(*offer);
        offers.append(written);
        for (const QJsonValue& resource : written.value(QStringLiteral("resources")).toArray())
            offered.append(resource);
    }
    insertArray(json, QStringLiteral("offered_resources"), offered);
    insertArray(json, QStringLiteral("offers"), offers);
    return json;
}

QJsonObject OperatorApiJson::offerJson(const SimOfferRecord& offer) const {
    const SimAgentRecord* agent = m_cluster.agent(offer.agentId);
    const QString host = agent ? agent->hostname : QStringLiteral("127.0.0.1");
    // mesos.proto Offer: the agent's libprocess URL, and the resources with their allocation.
    const QJsonObject url{
        {QStringLiteral("scheme"), QStringLiteral("http")},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("hostname"), host},
                                                {QStringLiteral("ip"), host},
                                                {QStringLiteral("port"), agent ? agent->port : 0}}},
        {QStringLiteral("path"), QStringLiteral("/slave(1)")}};
    return {
        {QStringLiteral("id"), id(offer.id)},
        {QStringLiteral("framework_id"), id(offer.frameworkId)},
        {QStringLiteral("agent_id"), id(offer.agentId)},
        {QStringLiteral("hostname"), host},
        {QStringLiteral("url"), url},
        {QStringLiteral("allocation_info"), QJsonObject{{QStringLiteral("role"), QStringLiteral("*")}}},
        {QStringLiteral("resources"), ResourceAmounts::fromOffer(&offer).toV1Allocated(QStringLiteral("*"))}};
}

QJsonObject OperatorApiJson::getState() const {
    QJsonArray tasks;
    QJsonArray completed;
    QJsonArray frameworks;
    QJsonArray completedFrameworks;
    for (const QStringList* ids : {&m_cluster.frameworkIds(), &m_cluster.completedFrameworkIds()}) {
        for (const QString& frameworkId : *ids) {
            const SimFrameworkRecord* framework = m_cluster.framework(frameworkId);
            (framework->completed ? completedFrameworks : frameworks).append(frameworkJson(*framework));
            const QString user =
                framework->info.value(QStringLiteral("user")).toString(QStringLiteral("root"));
            for (const QString& taskId : framework->taskIds)
                tasks.append(taskJson(*m_cluster.task(taskId), user));
            for (const SimTaskRecord& task : framework->completedTasks)
                completed.append(taskJson(task, user));
        }
    }
    QJsonArray agents;
    for (const QString& agentId : m_cluster.agentIds())
        agents.append(agentJson(*m_cluster.agent(agentId)));
    QJsonObject getTasks;
    insertArray(getTasks, QStringLiteral("tasks"), tasks);
    insertArray(getTasks, QStringLiteral("completed_tasks"), completed);
    QJsonObject getFrameworks;
    insertArray(getFrameworks, QStringLiteral("frameworks"), frameworks);
    insertArray(getFrameworks, QStringLiteral("completed_frameworks"), completedFrameworks);
    QJsonObject getAgents;
    insertArray(getAgents, QStringLiteral("agents"), agents);
    return {{QStringLiteral("get_tasks"), getTasks},
            {QStringLiteral("get_executors"), QJsonObject()},
            {QStringLiteral("get_frameworks"), getFrameworks},
            {QStringLiteral("get_agents"), getAgents}};
}

QJsonObject OperatorApiJson::response(const QString& type) const {
    QJsonObject body;
    if (type == QLatin1String("GET_STATE")) {
        body.insert(QStringLiteral("get_state"), getState());
    } else if (type == QLatin1String("GET_MASTER")) {
        QJsonObject info = m_masterInfo;
        info.insert(QStringLiteral("capabilities"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("AGENT_UPDATE")}},
                                                               QJsonObject{{QStringLiteral("type"), QStringLiteral("AGENT_DRAINING")}}});
        body.insert(QStringLiteral("get_master"), QJsonObject{{QStringLiteral("master_info"), info},
                                                              {QStringLiteral("start_time"), m_startTime},
                                                              {QStringLiteral("elected_time"), m_electedTime}});
    } else if (type == QLatin1String("GET_AGENTS")) {
        const QJsonObject state = getState();
        body.insert(QStringLiteral("get_agents"), state.value(QStringLiteral("get_agents")));
    } else if (type == QLatin1String("GET_FRAMEWORKS")) {
        body.insert(QStringLiteral("get_frameworks"), getState().value(QStringLiteral("get_frameworks")));
    } else if (type == QLatin1String("GET_TASKS")) {
        body.insert(QStringLiteral("get_tasks"), getState().value(QStringLiteral("get_tasks")));
    } else if (type == QLatin1String("GET_VERSION")) {
        body.insert(QStringLiteral("get_version"), QJsonObject{{QStringLiteral("version_info"), MasterStateJson::version()}});
    } else if (type == QLatin1String("GET_HEALTH")) {
        body.insert(QStringLiteral("get_health"), QJsonObject{{QStringLiteral("healthy"), true}});
    } else if (type == QLatin1String("GET_METRICS")) {
        const QJsonObject metrics = MasterStateJson(m_cluster, m_masterInfo, m_startTime, m_electedTime).metrics();
        QJsonArray list;
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            list.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), it.value().toDouble()}});
        body.insert(QStringLiteral("get_metrics"), QJsonObject{{QStringLiteral("metrics"), list}});
    } else if (type == QLatin1String("GET_FLAGS")) {
        const QJsonObject flags = MasterStateJson(m_cluster, m_masterInfo, m_startTime, m_electedTime).flags();
        QJsonArray list;
        for (auto it = flags.begin(); it != flags.end(); ++it)
            list.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), it.value()}});
        body.insert(QStringLiteral("get_flags"), QJsonObject{{QStringLiteral("flags"), list}});
    } else {
        return {};
    }
    body.insert(QStringLiteral("type"), type);
    return body;
}

QJsonObject OperatorApiJson::subscribed(int heartbeatSeconds) const {
    return {{QStringLiteral("type"), QStringLiteral("SUBSCRIBED")},
            {QStringLiteral("subscribed"), QJsonObject{{QStringLiteral("get_state"), getState()},
                                                       {QStringLiteral("heartbeat_interval_seconds"), heartbeatSeconds}}}};
}

QJsonObject OperatorApiJson::taskAdded(const SimTaskRecord& task, const QString& user) {
    return {{QStringLiteral("type"), QStringLiteral("TASK_ADDED")},
            {QStringLiteral("task_added"), QJsonObject{{QStringLiteral("task"), taskJson(task, user)}}}};
}

QJsonObject OperatorApiJson::taskUpdated(const SimTaskRecord& task) {
    return {{QStringLiteral("type"), QStringLiteral("TASK_UPDATED")},
            {QStringLiteral("task_updated"), QJsonObject{{QStringLiteral("framework_id"), id(task.frameworkId)},
                                                         {QStringLiteral("status"), statusJson(task, task.statuses.size() - 1)},
                                                         {QStringLiteral("state"), task.state}}}};
}

QJsonObject OperatorApiJson::agentAdded(const SimAgentRecord& agent) const {
    return {{QStringLiteral("type"), QStringLiteral("AGENT_ADDED")},
            {QStringLiteral("agent_added"), QJsonObject{{QStringLiteral("agent"), agentJson(agent)}}}};
}

QJsonObject OperatorApiJson::agentRemoved(const QString& agentId) {
    return {{QStringLiteral("type"), QStringLiteral("AGENT_REMOVED")},
            {QStringLiteral("agent_removed"), QJsonObject{{QStringLiteral("agent_id"), id(agentId)}}}};
}

QJsonObject OperatorApiJson::frameworkAdded(const SimFrameworkRecord& framework) const {
    return {{QStringLiteral("type"), QStringLiteral("FRAMEWORK_ADDED")},
            {QStringLiteral("framework_added"), QJsonObject{{QStringLiteral("framework"), frameworkJson(framework)}}}};
}

QJsonObject OperatorApiJson::frameworkUpdated(const SimFrameworkRecord& framework) const {
    return {{QStringLiteral("type"), QStringLiteral("FRAMEWORK_UPDATED")},
            {QStringLiteral("framework_updated"), QJsonObject{{QStringLiteral("framework"), frameworkJson(framework)}}}};
}

QJsonObject OperatorApiJson::frameworkRemoved(const SimFrameworkRecord& framework) const {
    // master.proto Event.FrameworkRemoved carries only the FrameworkInfo.
    return {{QStringLiteral("type"), QStringLiteral("FRAMEWORK_REMOVED")},
            {QStringLiteral("framework_removed"),
             QJsonObject{{QStringLiteral("framework_info"),
                          frameworkJson(framework).value(QStringLiteral("framework_info"))}}}};
}

QJsonObject OperatorApiJson::heartbeat() { return {{QStringLiteral("type"), QStringLiteral("HEARTBEAT")}}; }
