#include "MasterStateJson.h"

#include "OperatorApiJson.h"
#include "ResourceAmounts.h"
#include "SimCluster.h"

#include <QSet>
#include <QThread>

#include <algorithm>

namespace {
const QString MesosVersion = QStringLiteral("1.11.0");
const QString GitSha = QStringLiteral("0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a");
const QString GitTag = QStringLiteral("1.11.0");
const QString BuildDate = QStringLiteral("2020-11-19 21:04:24");
constexpr double BuildTime = 1605819864;

const QStringList CountedStates{QStringLiteral("TASK_STAGING"),  QStringLiteral("TASK_STARTING"),
                                QStringLiteral("TASK_RUNNING"),  QStringLiteral("TASK_KILLING"),
                                QStringLiteral("TASK_FINISHED"), QStringLiteral("TASK_KILLED"),
                                QStringLiteral("TASK_FAILED"),   QStringLiteral("TASK_LOST"),
                                QStringLiteral("TASK_ERROR"),    QStringLiteral("TASK_UNREACHABLE")};

QJsonArray labelsArray(const QJsonObject& labels) {
    QJsonArray array;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        array.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value().toString()}});
    return array;
}

ResourceAmounts taskResources(const SimTaskRecord& task) {
    return ResourceAmounts::fromPorts(task.spec.cpus, task.spec.mem, task.spec.disk, 0, task.ports);
}

ResourceAmounts sum(const ResourceAmounts& a, const ResourceAmounts& b) {
    QList<int> ports;
    for (const ResourceAmounts* amounts : {&a, &b})
        for (const auto& [first, last] : amounts->portRanges)
            for (int port = first; port <= last; ++port)
                ports.append(port);
    return ResourceAmounts::fromPorts(a.cpus + b.cpus, a.mem + b.mem, a.disk + b.disk, a.gpus + b.gpus,
                                      ports);
}

// common/http.cpp json(Offer): no hostname or URL in v0 (the v1 Offer has them).
QJsonObject offerJson(const SimOfferRecord& offer) {
    return {{QStringLiteral("id"), offer.id},
            {QStringLiteral("framework_id"), offer.frameworkId},
            {QStringLiteral("allocation_info"), QJsonObject{{QStringLiteral("role"), QStringLiteral("*")}}},
            {QStringLiteral("slave_id"), offer.agentId},
            {QStringLiteral("resources"), ResourceAmounts::fromOffer(&offer).toV0()}};
}

QJsonArray capabilities(const QJsonObject& frameworkInfo) {
    QJsonArray names;
    for (const QJsonValue& capability : frameworkInfo.value(QStringLiteral("capabilities")).toArray())
        names.append(capability.toObject().value(QStringLiteral("type")));
    return names;
}
} // namespace

MasterStateJson::MasterStateJson(const SimCluster& cluster, const QJsonObject& masterInfo, double startTime,
                                 double electedTime)
    : m_cluster(cluster), m_masterInfo(masterInfo), m_startTime(startTime), m_electedTime(electedTime) {}

QString MasterStateJson::v0Reason(const QString& v1Reason) {
    QString reason = v1Reason;
    return reason.replace(QStringLiteral("AGENT"), QStringLiteral("SLAVE"));
}

QJsonObject MasterStateJson::version() {
    return {{QStringLiteral("build_date"), BuildDate},     {QStringLiteral("build_time"), BuildTime},
            {QStringLiteral("build_user"), QString()},     {QStringLiteral("git_sha"), GitSha},
            {QStringLiteral("git_tag"), GitTag},           {QStringLiteral("version"), MesosVersion}};
}

QJsonObject MasterStateJson::flags() const {
    const QString port = QString::number(m_masterInfo.value(QStringLiteral("port")).toInt());
    // Mesos lists every flag that has a value, defaults included: these are 1.11's defaults
    // where the devcluster sets nothing (every flag both GET_FLAGS fixtures list is here).
    return {{QStringLiteral("agent_ping_timeout"), QStringLiteral("15secs")},
            {QStringLiteral("agent_reregister_timeout"), QStringLiteral("10mins")},
            {QStringLiteral("allocation_interval"), QStringLiteral("1secs")},
            {QStringLiteral("allocator"), QStringLiteral("HierarchicalDRF")},
            {QStringLiteral("authenticate_agents"), QStringLiteral("false")},
            {QStringLiteral("authenticate_frameworks"), QStringLiteral("false")},
            {QStringLiteral("authenticate_http_frameworks"), QStringLiteral("false")},
            {QStringLiteral("authenticate_http_readonly"), QStringLiteral("false")},
            {QStringLiteral("authenticate_http_readwrite"), QStringLiteral("false")},
            {QStringLiteral("authenticators"), QStringLiteral("crammd5")},
            {QStringLiteral("authorizers"), QStringLiteral("local")},
            {QStringLiteral("cluster"), QStringLiteral("devcluster")},
            {QStringLiteral("framework_sorter"), QStringLiteral("drf")},
            {QStringLiteral("help"), QStringLiteral("false")},
            {QStringLiteral("hostname"), m_masterInfo.value(QStringLiteral("hostname")).toString()},
            {QStringLiteral("hostname_lookup"), QStringLiteral("false")},
            {QStringLiteral("http_authenticators"), QStringLiteral("basic")},
            {QStringLiteral("initialize_driver_logging"), QStringLiteral("true")},
            {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("log_auto_initialize"), QStringLiteral("true")},
            {QStringLiteral("logbufsecs"), QStringLiteral("0")},
            {QStringLiteral("logging_level"), QStringLiteral("INFO")},
            {QStringLiteral("max_agent_ping_timeouts"), QStringLiteral("5")},
            {QStringLiteral("max_completed_frameworks"), QStringLiteral("50")},
            {QStringLiteral("max_completed_tasks_per_framework"),
             QString::number(SimCluster::MaxCompletedTasksPerFramework)},
            {QStringLiteral("port"), port},
            {QStringLiteral("quiet"), QStringLiteral("false")},
            {QStringLiteral("quorum"), QStringLiteral("2")},
            {QStringLiteral("recovery_agent_removal_limit"), QStringLiteral("100%")},
            {QStringLiteral("registry"), QStringLiteral("replicated_log")},
            {QStringLiteral("registry_fetch_timeout"), QStringLiteral("1mins")},
            {QStringLiteral("registry_store_timeout"), QStringLiteral("20secs")},
            {QStringLiteral("registry_strict"), QStringLiteral("false")},
            {QStringLiteral("root_submissions"), QStringLiteral("true")},
            {QStringLiteral("user_sorter"), QStringLiteral("drf")},
            {QStringLiteral("version"), QStringLiteral("false")},
            {QStringLiteral("webui_dir"), QStringLiteral("/usr/share/mesos/webui")},
            {QStringLiteral("work_dir"), QStringLiteral("/var/lib/mesos/master")},
            {QStringLiteral("zk_session_timeout"), QStringLiteral("10secs")}};
}

QJsonObject MasterStateJson::taskJson(const SimTaskRecord& task) {
    QJsonObject json{{QStringLiteral("id"), task.spec.taskId},
                     {QStringLiteral("name"), task.spec.name},
                     {QStringLiteral("framework_id"), task.frameworkId},
                     {QStringLiteral("executor_id"), task.spec.executorId}, // empty: the command executor
                     {QStringLiteral("slave_id"), task.agentId},
                     {QStringLiteral("state"), task.state},
                     {QStringLiteral("resources"), taskResources(task).toV0()},
                     {QStringLiteral("role"), QStringLiteral("*")},
                     {QStringLiteral("statuses"), task.statuses}};
    if (!task.spec.labels.isEmpty())
        json.insert(QStringLiteral("labels"), labelsArray(task.spec.labels));
    return json;
}

QJsonObject MasterStateJson::taskCounters(const QString& agentId, const QString& frameworkId) const {
    QHash<QString, int> counts;
    auto count = [&](const SimTaskRecord& task) {
        if ((agentId.isEmpty() || task.agentId == agentId) && (frameworkId.isEmpty() || task.frameworkId == frameworkId))
            ++counts[task.state];
    };
    for (const QStringList* ids : {&m_cluster.frameworkIds(), &m_cluster.completedFrameworkIds()}) {
        for (const QString& id : *ids) {
            const SimFrameworkRecord* framework = m_cluster.framework(id);
            for (const QString& taskId : framework->taskIds)
                count(*m_cluster.task(taskId));
            for (const SimTaskRecord& task : framework->completedTasks)
                count(task);
        }
    }
    QJsonObject json;
    for (const QString& state : CountedStates)
        json.insert(state, counts.value(state));
    return json;
}

QJsonObject MasterStateJson::agentJson(const SimAgentRecord& agent) const {
    const SimCluster::Usage used = m_cluster.usage(agent.id);
    QList<int> allPorts;
    for (int port = agent.portsBegin; port <= agent.portsEnd; ++port)
        allPorts.append(port);
    const ResourceAmounts total = ResourceAmounts::fromPorts(agent.cpus, agent.mem, agent.disk, agent.gpus, allPorts);
    const ResourceAmounts usedAmounts = ResourceAmounts::fromPorts(used.cpus, used.mem, used.disk, 0, used.ports);
    const ResourceAmounts offered = ResourceAmounts::fromOffer(m_cluster.offerOn(agent.id));
    QJsonObject json{
        {QStringLiteral("id"), agent.id},
        {QStringLiteral("pid"), QStringLiteral("slave(1)@%1:%2").arg(agent.hostname).arg(agent.port)},
        {QStringLiteral("hostname"), agent.hostname},
        {QStringLiteral("port"), agent.port},
        {QStringLiteral("registered_time"), agent.registeredTime},
        {QStringLiteral("resources"), total.toV0()},
        {QStringLiteral("used_resources"), usedAmounts.toV0()},
        {QStringLiteral("offered_resources"), offered.toV0()},
        {QStringLiteral("reserved_resources"), QJsonObject()},
        {QStringLiteral("unreserved_resources"), total.toV0()},
        {QStringLiteral("attributes"), agent.attributes},
        {QStringLiteral("active"), agent.active},
        {QStringLiteral("deactivated"), agent.deactivated},
        {QStringLiteral("version"), MesosVersion},
        {QStringLiteral("capabilities"),
         QJsonArray{QStringLiteral("MULTI_ROLE"), QStringLiteral("HIERARCHICAL_ROLE"),
                    QStringLiteral("RESERVATION_REFINEMENT"), QStringLiteral("RESOURCE_PROVIDER"),
                    QStringLiteral("RESIZE_VOLUME"), QStringLiteral("AGENT_OPERATION_FEEDBACK"),
                    QStringLiteral("AGENT_DRAINING"), QStringLiteral("TASK_RESOURCE_LIMITS")}},
        {QStringLiteral("reserved_resources_full"), QJsonObject()},
        {QStringLiteral("unreserved_resources_full"), total.toV1(QStringLiteral("*"), true)},
        {QStringLiteral("used_resources_full"), usedAmounts.toV1()},
        {QStringLiteral("offered_resources_full"), offered.toV1(QStringLiteral("*"), true)}};
    if (agent.reregisteredTime > 0)
        json.insert(QStringLiteral("reregistered_time"), agent.reregisteredTime);
    if (!agent.drainState.isEmpty()) { // SlaveWriter: drain_info, and the start as seconds (a double)
        json.insert(QStringLiteral("drain_info"), OperatorApiJson::drainInfo(agent));
        json.insert(QStringLiteral("estimated_drain_start_time_seconds"), agent.drainStartTime);
    }
    return json;
}

QJsonObject MasterStateJson::frameworkJson(const SimFrameworkRecord& framework) const {
    double cpus = 0, mem = 0, disk = 0;
    QList<int> ports;
    QJsonArray tasks;
    for (const QString& taskId : framework.taskIds) {
        const SimTaskRecord& task = *m_cluster.task(taskId);
        cpus += task.spec.cpus;
        mem += task.spec.mem;
        disk += task.spec.disk;
        ports += task.ports;
        tasks.append(taskJson(task));
    }
    QJsonArray completed;
    for (const SimTaskRecord& task : framework.completedTasks)
        completed.append(taskJson(task));
    const ResourceAmounts used = ResourceAmounts::fromPorts(cpus, mem, disk, 0, ports);
    QJsonArray offers;
    ResourceAmounts offered;
    for (const SimOfferRecord* offer : m_cluster.offersOf(framework.id)) {
        offers.append(offerJson(*offer));
        offered = sum(offered, ResourceAmounts::fromOffer(offer));
    }
    const QJsonObject& info = framework.info;
    const QString role = info.value(QStringLiteral("role")).toString(QStringLiteral("*"));
    QJsonObject json{
        {QStringLiteral("id"), framework.id},
        {QStringLiteral("name"), framework.name()},
        {QStringLiteral("pid"), info.value(QStringLiteral("pid"))
                                    .toString(QStringLiteral("scheduler-%1@127.0.0.1:0").arg(framework.id))},
        {QStringLiteral("used_resources"), used.toV0()},
        {QStringLiteral("offered_resources"), offered.toV0()},
        {QStringLiteral("capabilities"), capabilities(info)},
        {QStringLiteral("hostname"),
         info.value(QStringLiteral("hostname")).toString(QStringLiteral("127.0.0.1"))},
        {QStringLiteral("webui_url"), info.value(QStringLiteral("webui_url")).toString()},
        {QStringLiteral("active"), framework.active},
        {QStringLiteral("connected"), framework.active},
        {QStringLiteral("recovered"), false},
        {QStringLiteral("user"), info.value(QStringLiteral("user")).toString(QStringLiteral("root"))},
        {QStringLiteral("failover_timeout"), info.value(QStringLiteral("failover_timeout")).toDouble(604800)},
        {QStringLiteral("checkpoint"), info.value(QStringLiteral("checkpoint")).toBool(true)},
        {QStringLiteral("registered_time"), framework.registeredTime},
        {QStringLiteral("unregistered_time"), framework.unregisteredTime},
        {QStringLiteral("resources"), sum(used, offered).toV0()}, // used + offered (readonly_handler.cpp)
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("unreachable_tasks"), QJsonArray()},
        {QStringLiteral("completed_tasks"), completed},
        {QStringLiteral("offers"), offers},
        {QStringLiteral("executors"), QJsonArray()}};
    // FullFrameworkWriter: the principal only when the framework gave one, the re-registration
    // time only once it differs, and a MULTI_ROLE framework's "roles" instead of "role".
    if (info.contains(QStringLiteral("principal")))
        json.insert(QStringLiteral("principal"), info.value(QStringLiteral("principal")).toString());
    if (framework.reregisteredTime != framework.registeredTime)
        json.insert(QStringLiteral("reregistered_time"), framework.reregisteredTime);
    if (capabilities(info).contains(QStringLiteral("MULTI_ROLE")))
        json.insert(QStringLiteral("roles"), info.value(QStringLiteral("roles")).toArray());
    else
        json.insert(QStringLiteral("role"), role);
    return json;
}

QJsonObject MasterStateJson::state() const {
    QJsonArray slaves;
    int active = 0;
    for (const QString& id : m_cluster.agentIds()) {
        const SimAgentRecord* agent = m_cluster.agent(id);
        slaves.append(agentJson(*agent));
        active += agent->active ? 1 : 0;
    }
    QJsonArray frameworks;
    for (const QString& id : m_cluster.frameworkIds())
        frameworks.append(frameworkJson(*m_cluster.framework(id)));
    const QString pid = m_masterInfo.value(QStringLiteral("pid")).toString();
    QJsonObject json = version();
    json.insert(QStringLiteral("start_time"), m_startTime);
    json.insert(QStringLiteral("elected_time"), m_electedTime);
    json.insert(QStringLiteral("id"), m_masterInfo.value(QStringLiteral("id")));
    json.insert(QStringLiteral("pid"), pid);
    json.insert(QStringLiteral("hostname"), m_masterInfo.value(QStringLiteral("hostname")));
    json.insert(QStringLiteral("capabilities"), QJsonArray{QStringLiteral("AGENT_UPDATE"), QStringLiteral("AGENT_DRAINING")});
    json.insert(QStringLiteral("activated_slaves"), active);
    json.insert(QStringLiteral("deactivated_slaves"), int(slaves.size()) - active);
    json.insert(QStringLiteral("unreachable_slaves"), m_cluster.unreachableAgentCount());
    json.insert(QStringLiteral("cluster"), QStringLiteral("devcluster"));
    json.insert(QStringLiteral("leader"), pid);
    json.insert(QStringLiteral("leader_info"), m_masterInfo);
    json.insert(QStringLiteral("flags"), flags());
    json.insert(QStringLiteral("slaves"), slaves);
    json.insert(QStringLiteral("recovered_slaves"), QJsonArray());
    json.insert(QStringLiteral("frameworks"), frameworks);
    json.insert(QStringLiteral("completed_frameworks"), completedFrameworks(QString()));
    json.insert(QStringLiteral("orphan_tasks"), QJsonArray());
    json.insert(QStringLiteral("unregistered_frameworks"), QJsonArray());
    return json;
}

QJsonObject MasterStateJson::stateSummary() const {
    // One pass over the tasks: per-agent and per-framework counters, and who runs where.
    QHash<QString, QHash<QString, int>> agentCounts;
    QHash<QString, QHash<QString, int>> frameworkCounts;
    QHash<QString, QStringList> frameworksOnAgent;
    QHash<QString, QStringList> agentsOfFramework;
    QSet<QString> seen;
    for (const QString& frameworkId : m_cluster.frameworkIds()) {
        const SimFrameworkRecord* framework = m_cluster.framework(frameworkId);
        for (const QString& taskId : framework->taskIds) {
            const SimTaskRecord* task = m_cluster.task(taskId);
            ++agentCounts[task->agentId][task->state];
            ++frameworkCounts[frameworkId][task->state];
            const QString pair = task->agentId + u'\n' + frameworkId;
            if (!seen.contains(pair)) {
                seen.insert(pair);
                frameworksOnAgent[task->agentId].append(frameworkId);
                agentsOfFramework[frameworkId].append(task->agentId);
            }
        }
        for (const SimTaskRecord& task : framework->completedTasks) {
            ++agentCounts[task.agentId][task.state];
            ++frameworkCounts[frameworkId][task.state];
        }
    }
    QJsonArray slaves;
    for (const QString& id : m_cluster.agentIds()) {
        const SimAgentRecord* agent = m_cluster.agent(id);
        QJsonObject json = agentJson(*agent);
        for (const QString& key : {QStringLiteral("reserved_resources_full"),
                                   QStringLiteral("unreserved_resources_full"), QStringLiteral("used_resources_full"),
                                   QStringLiteral("offered_resources_full")})
            json.remove(key);
        const QHash<QString, int> counts = agentCounts.value(id);
        for (const QString& state : CountedStates)
            json.insert(state, counts.value(state));
        json.insert(QStringLiteral("framework_ids"), QJsonArray::fromStringList(frameworksOnAgent.value(id)));
        slaves.append(json);
    }
    QJsonArray frameworks;
    for (const QString& id : m_cluster.frameworkIds()) {
        const SimFrameworkRecord* framework = m_cluster.framework(id);
        const QJsonObject full = frameworkJson(*framework);
        QJsonObject json;
        for (const QString& key : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("pid"),
                                   QStringLiteral("used_resources"), QStringLiteral("offered_resources"),
                                   QStringLiteral("capabilities"), QStringLiteral("hostname"),
                                   QStringLiteral("webui_url"), QStringLiteral("active"), QStringLiteral("connected"),
                                   QStringLiteral("recovered")})
            json.insert(key, full.value(key));
        const QHash<QString, int> counts = frameworkCounts.value(id);
        for (const QString& state : CountedStates)
            json.insert(state, counts.value(state));
        json.insert(QStringLiteral("slave_ids"), QJsonArray::fromStringList(agentsOfFramework.value(id)));
        frameworks.append(json);
    }
    return {{QStringLiteral("hostname"), m_masterInfo.value(QStringLiteral("hostname"))},
            {QStringLiteral("cluster"), QStringLiteral("devcluster")},
            {QStringLiteral("slaves"), slaves},
            {QStringLiteral("frameworks"), frameworks}};
}

QJsonObject MasterStateJson::frameworks(const QUrlQuery& query) const {
    const QString only = query.queryItemValue(QStringLiteral("framework_id"));
    QJsonArray frameworks;
    for (const QString& id : m_cluster.frameworkIds()) {
        if (only.isEmpty() || only == id)
            frameworks.append(frameworkJson(*m_cluster.framework(id)));
    }
    return {{QStringLiteral("frameworks"), frameworks},
            {QStringLiteral("completed_frameworks"), completedFrameworks(only)},
            {QStringLiteral("unregistered_frameworks"), QJsonArray()}};
}

QJsonArray MasterStateJson::completedFrameworks(const QString& only) const {
    QJsonArray frameworks;
    for (const QString& id : m_cluster.completedFrameworkIds()) {
        if (only.isEmpty() || only == id)
            frameworks.append(frameworkJson(*m_cluster.framework(id)));
    }
    return frameworks;
}

QJsonObject MasterStateJson::slaves(const QUrlQuery& query) const {
    const QString only = query.queryItemValue(QStringLiteral("slave_id"));
    QJsonArray slaves;
    for (const QString& id : m_cluster.agentIds()) {
        if (only.isEmpty() || only == id)
            slaves.append(agentJson(*m_cluster.agent(id)));
    }
    return {{QStringLiteral("slaves"), slaves}, {QStringLiteral("recovered_slaves"), QJsonArray()}};
}

QJsonObject MasterStateJson::tasks(const QUrlQuery& query, QString* error) const {
    bool ok = true;
    int limit = 100; // TASK_LIMIT
    int offset = 0;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            *error = QStringLiteral("Failed to parse query parameter 'limit'");
            return {};
        }
    }
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        offset = query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0) {
            *error = QStringLiteral("Failed to parse query parameter 'offset'");
            return {};
        }
    }
    const bool ascending = query.queryItemValue(QStringLiteral("order")) == QLatin1String("asc");
    const QString frameworkFilter = query.queryItemValue(QStringLiteral("framework_id"));
    const QString taskFilter = query.queryItemValue(QStringLiteral("task_id"));

    QList<const SimTaskRecord*> all;
    for (const QStringList* ids : {&m_cluster.frameworkIds(), &m_cluster.completedFrameworkIds()}) {
        for (const QString& id : *ids) {
            if (!frameworkFilter.isEmpty() && frameworkFilter != id)
                continue;
            const SimFrameworkRecord* framework = m_cluster.framework(id);
            for (const QString& taskId : framework->taskIds)
                all.append(m_cluster.task(taskId));
            for (const SimTaskRecord& task : framework->completedTasks)
                all.append(&task);
        }
    }
    if (!taskFilter.isEmpty())
        all.erase(std::remove_if(all.begin(), all.end(), [&](const SimTaskRecord* t) { return t->spec.taskId != taskFilter; }),
                  all.end());
    // Mesos orders by the time of the first status update ("des" unless order=asc).
    auto startOf = [](const SimTaskRecord* task) {
        return task->statuses.isEmpty() ? task->lastTimestamp
                                        : task->statuses.first().toObject().value(QStringLiteral("timestamp")).toDouble();
    };
    std::stable_sort(all.begin(), all.end(), [&](const SimTaskRecord* a, const SimTaskRecord* b) {
        return ascending ? startOf(a) < startOf(b) : startOf(a) > startOf(b);
    });
    QJsonArray tasks;
    for (qsizetype i = offset; i < all.size() && tasks.size() < limit; ++i)
        tasks.append(taskJson(*all.at(i)));
    return {{QStringLiteral("tasks"), tasks}};
}

QJsonObject MasterStateJson::metrics() const {
    double cpusTotal = 0, memTotal = 0, diskTotal = 0, gpusTotal = 0;
    double cpusUsed = 0, memUsed = 0, diskUsed = 0;
    int activeAgents = 0;
    for (const QString& id : m_cluster.agentIds()) {
        const SimAgentRecord* agent = m_cluster.agent(id);
        cpusTotal += agent->cpus;
        memTotal += agent->mem;
        diskTotal += agent->disk;
        gpusTotal += agent->gpus;
        const SimCluster::Usage used = m_cluster.usage(id);
        cpusUsed += used.cpus;
        memUsed += used.mem;
        diskUsed += used.disk;
        activeAgents += agent->active ? 1 : 0;
    }
    auto percent = [](double used, double total) { return total > 0 ? used / total : 0.0; };
    const QJsonObject counters = taskCounters({}, {});
    int activeFrameworks = 0;
    for (const QString& id : m_cluster.frameworkIds())
        activeFrameworks += m_cluster.framework(id)->active ? 1 : 0;
    const int frameworks = int(m_cluster.frameworkIds().size());
    const int agents = int(m_cluster.agentIds().size());
    QJsonObject json{
        {QStringLiteral("master/elected"), 1},
        {QStringLiteral("master/uptime_secs"), SimCluster::now() - m_startTime},
        {QStringLiteral("master/cpus_total"), cpusTotal},
        {QStringLiteral("master/cpus_used"), cpusUsed},
        {QStringLiteral("master/cpus_percent"), percent(cpusUsed, cpusTotal)},
        {QStringLiteral("master/mem_total"), memTotal},
        {QStringLiteral("master/mem_used"), memUsed},
        {QStringLiteral("master/mem_percent"), percent(memUsed, memTotal)},
        {QStringLiteral("master/disk_total"), diskTotal},
        {QStringLiteral("master/disk_used"), diskUsed},
        {QStringLiteral("master/disk_percent"), percent(diskUsed, diskTotal)},
        {QStringLiteral("master/gpus_total"), gpusTotal},
        {QStringLiteral("master/gpus_used"), 0},
        {QStringLiteral("master/gpus_percent"), 0},
        {QStringLiteral("master/slaves_active"), activeAgents},
        {QStringLiteral("master/slaves_inactive"), agents - activeAgents},
        {QStringLiteral("master/slaves_connected"), agents},
        {QStringLiteral("master/slaves_disconnected"), 0},
        {QStringLiteral("master/slaves_unreachable"), m_cluster.unreachableAgentCount()},
        {QStringLiteral("master/frameworks_active"), activeFrameworks},
        {QStringLiteral("master/frameworks_inactive"), frameworks - activeFrameworks},
        {QStringLiteral("master/frameworks_connected"), activeFrameworks},
        {QStringLiteral("master/frameworks_disconnected"), frameworks - activeFrameworks},
        {QStringLiteral("master/outstanding_offers"), int(m_cluster.offers().size())},
        {QStringLiteral("master/dropped_messages"), 0},
        {QStringLiteral("master/event_queue_dispatches"), 0},
        {QStringLiteral("master/event_queue_http_requests"), 0},
        {QStringLiteral("master/event_queue_messages"), 0},
        {QStringLiteral("master/invalid_framework_to_executor_messages"), 0},
        {QStringLiteral("master/invalid_status_update_acknowledgements"), 0},
        {QStringLiteral("master/invalid_status_updates"), 0},
        {QStringLiteral("master/valid_framework_to_executor_messages"), 0},
        {QStringLiteral("master/valid_status_update_acknowledgements"), 0},
        {QStringLiteral("master/valid_status_updates"), 0},
        {QStringLiteral("master/recovery_slave_removals"), 0},
        {QStringLiteral("master/slave_registrations"), agents},
        {QStringLiteral("master/slave_removals"), m_cluster.agentRemovals()},
        {QStringLiteral("master/slave_removals/reason_unhealthy"), m_cluster.agentRemovalsUnhealthy()},
        {QStringLiteral("master/slave_removals/reason_unregistered"), 0},
        {QStringLiteral("master/slave_unreachable_scheduled"), m_cluster.agentRemovalsUnhealthy()},
        {QStringLiteral("master/slave_unreachable_completed"), m_cluster.agentRemovalsUnhealthy()},
        {QStringLiteral("master/slave_unreachable_canceled"), 0},
        {QStringLiteral("master/slave_reregistrations"), 0},
        {QStringLiteral("master/slave_shutdowns_canceled"), 0},
        {QStringLiteral("master/slave_shutdowns_scheduled"), 0},
        {QStringLiteral("registrar/log/recovered"), 1},
        {QStringLiteral("registrar/queued_operations"), 0},
        {QStringLiteral("registrar/registry_size_bytes"), 0},
        {QStringLiteral("registrar/state_fetch_ms"), 4.2},
        {QStringLiteral("registrar/state_store_ms"), 2.1},
        {QStringLiteral("registrar/state_store_ms/count"), 1},
        {QStringLiteral("registrar/state_store_ms/max"), 2.1},
        {QStringLiteral("registrar/state_store_ms/min"), 2.1},
        {QStringLiteral("registrar/state_store_ms/p50"), 2.1},
        {QStringLiteral("registrar/state_store_ms/p90"), 2.1},
        {QStringLiteral("registrar/state_store_ms/p95"), 2.1},
        {QStringLiteral("registrar/state_store_ms/p99"), 2.1},
        {QStringLiteral("registrar/state_store_ms/p999"), 2.1},
        {QStringLiteral("registrar/state_store_ms/p9999"), 2.1},
        {QStringLiteral("system/cpus_total"), QThread::idealThreadCount()},
        {QStringLiteral("system/load_1min"), 0},
        {QStringLiteral("system/load_5min"), 0},
        {QStringLiteral("system/load_15min"), 0},
        {QStringLiteral("system/mem_free_bytes"), 0},
        {QStringLiteral("system/mem_total_bytes"), 0}};
    for (const QString& message : {QStringLiteral("authenticate"), QStringLiteral("deactivate_framework"),
                                   QStringLiteral("decline_offers"), QStringLiteral("exited_executor"),
                                   QStringLiteral("framework_to_executor"), QStringLiteral("kill_task"),
                                   QStringLiteral("launch_tasks"), QStringLiteral("reconcile_tasks"),
                                   QStringLiteral("register_framework"), QStringLiteral("register_slave"),
                                   QStringLiteral("reregister_framework"), QStringLiteral("reregister_slave"),
                                   QStringLiteral("resource_request"), QStringLiteral("revive_offers"),
                                   QStringLiteral("status_update"), QStringLiteral("status_update_acknowledgement"),
                                   QStringLiteral("unregister_framework"), QStringLiteral("unregister_slave")})
        json.insert(QStringLiteral("master/messages_") + message, 0);
    for (auto it = counters.begin(); it != counters.end(); ++it)
        json.insert(QStringLiteral("master/tasks_") + it.key().mid(5).toLower(), it.value());
    return json;
}
