#include "SyntheticCluster.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace {

// Pure functions of (seed, index, salt), so any part of the cluster can be produced alone.
quint64 mix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
quint64 rnd(quint32 seed, quint64 index, quint64 salt) {
    return mix(mix(seed) ^ mix(index * 1315423911ULL + salt));
}

const double kEpoch = 1700000000.0;

const char* const kActiveStates[] = {"TASK_STAGING", "TASK_STARTING", "TASK_KILLING"};
const char* const kCompletedStates[] = {"TASK_FINISHED", "TASK_FAILED", "TASK_KILLED", "TASK_LOST"};
const char* const kSummaryStates[] = {"TASK_STAGING",  "TASK_STARTING", "TASK_RUNNING", "TASK_FINISHED",
                                      "TASK_KILLED",   "TASK_FAILED",   "TASK_LOST",    "TASK_ERROR",
                                      "TASK_KILLING",  "TASK_UNREACHABLE"};
const double kTaskCpus[] = {0.1, 0.25, 0.5, 1.0, 2.0};
const double kTaskMem[] = {128.0, 256.0, 512.0, 1024.0, 2048.0};
const char* const kImages[] = {"nginx:1.25", "python:3-alpine", "redis:7", "busybox:latest", "example/api:2.4.1"};
const char* const kFrameworkNames[] = {"marathon", "metronome", "spark", "kafka", "cassandra", "jenkins", "flink"};

struct TaskSpec {
    int agent = 0;
    int framework = 0;
    const char* state = "TASK_RUNNING";
    bool completed = false;
    bool healthy = true;
    double cpus = 0, mem = 0, disk = 0, gpus = 0;
    int port = 0;
};

struct AgentSpec {
    double cpus = 0, mem = 0, disk = 0, gpus = 0;
    double usedCpus = 0, usedMem = 0, usedDisk = 0, usedGpus = 0;
    bool active = true;
    int counts[10] = {};
    std::vector<int> frameworks; // sorted, unique
    std::vector<int> ports;      // held by its running tasks, sorted
};

struct FrameworkSpec {
    double cpus = 0, mem = 0, disk = 0, gpus = 0;
    bool active = true;
    int counts[10] = {};
    std::vector<int> agents;
    std::vector<int> tasks;     // indices into the task list, running ones
    std::vector<int> completed; // finished ones
};

int stateIndex(const char* state) {
    for (int i = 0; i < 10; ++i)
        if (qstrcmp(kSummaryStates[i], state) == 0)
            return i;
    return 2;
}

void addUnique(std::vector<int>& list, int value) {
    const auto it = std::lower_bound(list.begin(), list.end(), value);
    if (it == list.end() || *it != value)
        list.insert(it, value);
}

struct Cluster {
    quint32 seed;
    QByteArray id;
    std::vector<AgentSpec> agents;
    std::vector<FrameworkSpec> frameworks;
    std::vector<TaskSpec> tasks;
};

QByteArray uuid(quint32 seed, quint64 index, quint64 salt) {
    const quint64 a = rnd(seed, index, salt);
    const quint64 b = rnd(seed, index, salt + 1);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-a%03x-%012llx", unsigned(a >> 32), unsigned((a >> 16) & 0xffff),
                  unsigned(a & 0xfff), unsigned((b >> 48) & 0xfff), static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return QByteArray(buf);
}

Cluster build(int agentCount, int taskCount, quint32 seed) {
    Cluster c;
    c.seed = seed;
    c.id = uuid(seed, 0, 7);
    agentCount = std::max(1, agentCount);
    taskCount = std::max(0, taskCount);
    c.agents.resize(size_t(agentCount));
    c.frameworks.resize(size_t(SyntheticCluster::frameworkCount(taskCount)));
    c.tasks.resize(size_t(taskCount));
    for (int i = 0; i < agentCount; ++i) {
        AgentSpec& a = c.agents[size_t(i)];
        const quint64 r = rnd(seed, quint64(i), 11);
        a.cpus = double(16 * (1 + r % 4));
        a.mem = a.cpus * 4096.0 - 1024.0;
        a.disk = double(200000 + (r >> 8) % 800000);
        a.gpus = (i % 20 == 19) ? 4.0 : 0.0;
        a.active = (i % 100) != 99;
    }
    if (c.frameworks.size() > 3)
        c.frameworks.back().active = false;
    for (int i = 0; i < taskCount; ++i) {
        TaskSpec& t = c.tasks[size_t(i)];
        const quint64 r = rnd(seed, quint64(i), 23);
        t.agent = int(r % quint64(agentCount));
        t.framework = i % int(c.frameworks.size());
        const int roll = int((r >> 20) % 100);
        if (roll < 90) {
            t.state = "TASK_RUNNING";
        } else if (roll < 94) {
            t.state = kActiveStates[roll % 3];
        } else {
            t.state = kCompletedStates[roll % 4];
            t.completed = true;
        }
        t.healthy = ((r >> 40) % 50) != 0;
        t.cpus = kTaskCpus[(r >> 8) % 5];
        t.mem = kTaskMem[(r >> 12) % 5];
        t.disk = double(((r >> 16) % 4) * 256);
        // Mesos never allocates past an agent's resources: a running task goes to the next agent
        // with room for it (or stays where it is on a cluster too full to have any).
        for (int tries = 0; !t.completed && tries < agentCount; ++tries) {
            const AgentSpec& candidate = c.agents[size_t(t.agent)];
            if (candidate.usedCpus + t.cpus <= candidate.cpus && candidate.usedMem + t.mem <= candidate.mem &&
                candidate.usedDisk + t.disk <= candidate.disk)
                break;
            t.agent = (t.agent + 1) % agentCount;
        }
        const AgentSpec& host = c.agents[size_t(t.agent)];
        t.gpus = (host.gpus > host.usedGpus && (r >> 30) % 4 == 0) ? 1.0 : 0.0;
        t.port = 31000 + int((r >> 44) % 1000);
        AgentSpec& a = c.agents[size_t(t.agent)];
        FrameworkSpec& f = c.frameworks[size_t(t.framework)];
        a.counts[stateIndex(t.state)]++;
        f.counts[stateIndex(t.state)]++;
        addUnique(a.frameworks, t.framework);
        addUnique(f.agents, t.agent);
        if (t.completed) {
            f.completed.push_back(i);
            continue;
        }
        f.tasks.push_back(i);
        // An agent offers each port once: the next free one (while there is one).
        while (a.ports.size() < 1000 && std::binary_search(a.ports.begin(), a.ports.end(), t.port))
            t.port = t.port == 31999 ? 31000 : t.port + 1;
        a.ports.insert(std::upper_bound(a.ports.begin(), a.ports.end(), t.port), t.port);
        a.usedCpus += t.cpus;
        a.usedMem += t.mem;
        a.usedDisk += t.disk;
        a.usedGpus += t.gpus;
        f.cpus += t.cpus;
        f.mem += t.mem;
        f.disk += t.disk;
        f.gpus += t.gpus;
    }
    return c;
}

// Appends JSON text; numbers in the shortest form that reads back exactly.
class Out {
public:
    explicit Out(qsizetype reserve) { m_b.reserve(reserve); }
    Out& raw(const char* s) { m_b.append(s); return *this; }
    Out& raw(const QByteArray& s) { m_b.append(s); return *this; }
    Out& str(const QByteArray& s) { m_b.append('"').append(s).append('"'); return *this; }
    Out& str(const char* s) { m_b.append('"').append(s).append('"'); return *this; }
    Out& key(const char* k) { m_b.append('"').append(k).append("\":"); return *this; }
    Out& num(double v) {
        char buf[32];
        const auto res = std::to_chars(buf, buf + sizeof buf, v);
        m_b.append(buf, res.ptr - buf);
        // Masters print whole floats as "4.0"; keep that shape so parsers meet it.
        if (std::find(buf, res.ptr, '.') == res.ptr && std::find(buf, res.ptr, 'e') == res.ptr)
            m_b.append(".0");
        return *this;
    }
    Out& integer(qint64 v) { m_b.append(QByteArray::number(v)); return *this; }
    Out& boolean(bool v) { m_b.append(v ? "true" : "false"); return *this; }
    QByteArray take() { return std::move(m_b); }

private:
    QByteArray m_b;
};

QByteArray agentIdOf(const Cluster& c, int i) { return c.id + "-S" + QByteArray::number(i); }
QByteArray frameworkIdOf(const Cluster& c, int i) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04d", i);
    return c.id + '-' + buf;
}
QByteArray frameworkName(int i) {
    const int n = int(sizeof kFrameworkNames / sizeof *kFrameworkNames);
    return i < n ? QByteArray(kFrameworkNames[i]) : QByteArray(kFrameworkNames[i % n]) + '-' + QByteArray::number(i / n);
}
QByteArray hostOf(int agent) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "agent-%05d.dc1.example.com", agent);
    return QByteArray(buf);
}
QByteArray ipOf(int agent) {
    return "10." + QByteArray::number(1 + agent / 65536) + '.' + QByteArray::number((agent / 256) % 256) + '.' +
           QByteArray::number(agent % 256);
}
QByteArray appName(int task) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "app-%04d", task / 5);
    return QByteArray(buf);
}
QByteArray taskIdOf(const Cluster& c, int task) { return appName(task) + '.' + uuid(c.seed, quint64(task), 31); }

void resources(Out& o, double cpus, double mem, double disk, double gpus, const QByteArray& ports) {
    o.raw("{").key("disk").num(disk).raw(",").key("mem").num(mem).raw(",").key("gpus").num(gpus).raw(",")
        .key("cpus").num(cpus);
    if (!ports.isEmpty())
        o.raw(",").key("ports").str(ports);
    o.raw("}");
}

// "[31000-31001, 31005-31005]", as masters print port ranges.
QByteArray portRanges(const std::vector<int>& sorted) {
    QByteArray text;
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] <= sorted[j] + 1)
            ++j;
        text += (text.isEmpty() ? "" : ", ") + QByteArray::number(sorted[i]) + '-' + QByteArray::number(sorted[j]);
        i = j + 1;
    }
    return text.isEmpty() ? text : '[' + text + ']';
}

void agentCommon(Out& o, const Cluster& c, int i) {
    const AgentSpec& a = c.agents[size_t(i)];
    const QByteArray ports = "[31000-32000]";
    o.key("id").str(agentIdOf(c, i)).raw(",");
    o.key("pid").str("slave(1)@" + ipOf(i) + ":5051").raw(",");
    o.key("hostname").str(hostOf(i)).raw(",");
    o.key("registered_time").num(kEpoch + i * 0.37 + 0.25).raw(",");
    if (i % 7 == 3)
        o.key("reregistered_time").num(kEpoch + 3600 + i * 0.11).raw(",");
    o.key("resources");
    resources(o, a.cpus, a.mem, a.disk, a.gpus, ports);
    o.raw(",").key("used_resources");
    resources(o, a.usedCpus, a.usedMem, a.usedDisk, a.usedGpus, portRanges(a.ports));
    o.raw(",").key("offered_resources");
    resources(o, 0, 0, 0, 0, {});
    o.raw(",").key("reserved_resources").raw("{},").key("unreserved_resources");
    resources(o, a.cpus, a.mem, a.disk, a.gpus, ports);
    o.raw(",").key("attributes").raw("{").key("rack").str("r" + QByteArray::number(i / 40)).raw(",");
    o.key("zone").str(QByteArray("us-east-1") + char('a' + i % 3)).raw(",");
    o.key("cores").integer(qint64(a.cpus)).raw(",").key("ssd").str(i % 2 ? "true" : "false").raw("},");
    o.key("active").boolean(a.active).raw(",").key("version").str("1.11.0");
}

void task(Out& o, const Cluster& c, int i) {
    const TaskSpec& t = c.tasks[size_t(i)];
    const QByteArray id = taskIdOf(c, i);
    const QByteArray name = appName(i);
    const QByteArray container = uuid(c.seed, quint64(i), 41);
    const QByteArray ip = "9.0." + QByteArray::number((i / 250) % 256) + '.' + QByteArray::number(i % 250 + 2);
    const QByteArray port = QByteArray::number(t.port);
    const double started = kEpoch + 86400 + i * 0.011;
    o.raw("{").key("id").str(id).raw(",").key("name").str(name).raw(",");
    o.key("framework_id").str(frameworkIdOf(c, t.framework)).raw(",").key("executor_id").str("").raw(",");
    o.key("slave_id").str(agentIdOf(c, t.agent)).raw(",").key("state").str(t.state).raw(",");
    o.key("resources");
    resources(o, t.cpus, t.mem, t.disk, t.gpus, "[" + port + "-" + port + "]");
    o.raw(",").key("statuses").raw("[");
    const char* states[2] = {"TASK_STARTING", t.state};
    for (int s = 0; s < 2; ++s) {
        o.raw(s ? ",{" : "{").key("state").str(states[s]).raw(",").key("timestamp").num(started + s * 2.5).raw(",");
        if (s == 1 && qstrcmp(t.state, "TASK_RUNNING") == 0)
            o.key("healthy").boolean(t.healthy).raw(",");
        o.key("container_status").raw("{");
        if (s == 1)
            o.key("container_id").raw("{").key("value").str(container).raw("},");
        o.key("network_infos").raw("[{").key("ip_addresses").raw("[{").key("protocol").str("IPv4").raw(",");
        o.key("ip_address").str(ip).raw("}],").key("name").str("dcos").raw("}]}}");
    }
    o.raw("],").key("labels").raw("[{");
    o.key("key").str("team").raw(",").key("value").str("team-" + QByteArray::number(i % 17)).raw("}],");
    o.key("discovery").raw("{").key("visibility").str("FRAMEWORK").raw(",").key("name").str(name).raw(",");
    o.key("ports").raw("{").key("ports").raw("[{").key("number").integer(t.port).raw(",");
    o.key("protocol").str("tcp").raw("}]}},");
    o.key("container").raw("{").key("type").str("DOCKER").raw(",").key("docker").raw("{");
    o.key("image").str(kImages[i % 5]).raw(",").key("network").str("BRIDGE").raw(",");
    o.key("port_mappings").raw("[{").key("host_port").integer(t.port).raw(",").key("container_port").integer(8080).raw(",");
    o.key("protocol").str("tcp").raw("}],").key("privileged").boolean(false);
    o.raw("}}}");
}

void frameworkCommon(Out& o, const Cluster& c, int i) {
    const FrameworkSpec& f = c.frameworks[size_t(i)];
    const QByteArray host = "10.0.5." + QByteArray::number(10 + i % 200);
    o.key("id").str(frameworkIdOf(c, i)).raw(",").key("name").str(frameworkName(i)).raw(",");
    o.key("pid").str("scheduler-" + uuid(c.seed, quint64(i), 51) + "@" + host + ":" + QByteArray::number(40000 + i)).raw(",");
    o.key("used_resources");
    resources(o, f.cpus, f.mem, f.disk, f.gpus, {});
    o.raw(",").key("offered_resources");
    resources(o, 0, 0, 0, 0, {});
    o.raw(",").key("capabilities").raw("[\"PARTITION_AWARE\"],").key("hostname").str(host).raw(",");
    o.key("webui_url").str(i == 0 ? "http://" + host + ":8080" : QByteArray()).raw(",");
    o.key("active").boolean(f.active);
}

} // namespace

int SyntheticCluster::frameworkCount(int tasks) {
    return std::clamp(tasks / 1000, 1, 50);
}

QString SyntheticCluster::clusterId(quint32 seed) {
    return QString::fromLatin1(uuid(seed, 0, 7));
}
QString SyntheticCluster::agentId(int index, quint32 seed) {
    return clusterId(seed) + QStringLiteral("-S") + QString::number(index);
}
QString SyntheticCluster::frameworkId(int index, quint32 seed) {
    return clusterId(seed) + QStringLiteral("-%1").arg(index, 4, 10, QLatin1Char('0'));
}
QString SyntheticCluster::taskId(int index, quint32 seed) {
    return QString::fromLatin1(appName(index) + '.' + uuid(seed, quint64(index), 31));
}

QByteArray SyntheticCluster::masterState(int agents, int tasks, quint32 seed) {
    const Cluster c = build(agents, tasks, seed);
    Out o(qsizetype(c.agents.size()) * 1100 + qsizetype(c.tasks.size()) * 1150 + 4096);
    int activeAgents = 0;
    for (const AgentSpec& a : c.agents)
        activeAgents += a.active ? 1 : 0;
    o.raw("{").key("version").str("1.11.0").raw(",").key("git_sha").str("7b8d3e2c1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c").raw(",");
    o.key("git_tag").str("1.11.0").raw(",").key("build_date").str("2020-11-19 10:43:20").raw(",");
    o.key("build_time").num(1605782600.0).raw(",").key("build_user").str("builder").raw(",");
    o.key("start_time").num(kEpoch - 7200.5).raw(",").key("elected_time").num(kEpoch - 7190.25).raw(",");
    o.key("id").str(c.id).raw(",").key("pid").str("master@10.0.4.58:5050").raw(",");
    o.key("hostname").str("master-1.dc1.example.com").raw(",");
    o.key("capabilities").raw("[\"AGENT_UPDATE\",\"AGENT_DRAINING\",\"QUOTA_V2\"],");
    o.key("activated_slaves").num(activeAgents).raw(",");
    o.key("deactivated_slaves").num(double(c.agents.size()) - activeAgents).raw(",");
    o.key("unreachable_slaves").num(0).raw(",");
    o.key("cluster").str("synthetic").raw(",").key("leader").str("master@10.0.4.58:5050").raw(",");
    o.key("leader_info").raw("{").key("id").str(c.id).raw(",").key("pid").str("master@10.0.4.58:5050").raw(",");
    o.key("port").integer(5050).raw(",").key("hostname").str("master-1.dc1.example.com").raw(",");
    o.key("address").raw("{").key("hostname").str("master-1.dc1.example.com").raw(",").key("ip").str("10.0.4.58").raw(",");
    o.key("port").integer(5050).raw("},").key("version").str("1.11.0").raw("},");
    o.key("log_dir").str("/var/log/mesos").raw(",");
    o.key("flags").raw("{").key("port").str("5050").raw(",").key("quorum").str("2").raw(",");
    o.key("max_completed_tasks_per_framework").str("1000").raw(",").key("zk_session_timeout").str("10secs").raw("},");
    o.key("slaves").raw("[");
    for (size_t i = 0; i < c.agents.size(); ++i) {
        o.raw(i ? ",{" : "{");
        agentCommon(o, c, int(i));
        o.raw(",").key("capabilities").raw("[\"MULTI_ROLE\",\"HIERARCHICAL_ROLE\",\"RESERVATION_REFINEMENT\"]}");
    }
    o.raw("],").key("recovered_slaves").raw("[],").key("frameworks").raw("[");
    for (size_t i = 0; i < c.frameworks.size(); ++i) {
        const FrameworkSpec& f = c.frameworks[i];
        o.raw(i ? ",{" : "{");
        frameworkCommon(o, c, int(i));
        o.raw(",").key("connected").boolean(f.active).raw(",").key("recovered").boolean(false).raw(",");
        o.key("user").str("root").raw(",").key("failover_timeout").num(604800.0).raw(",").key("checkpoint").boolean(true).raw(",");
        o.key("registered_time").num(kEpoch + i * 3.5).raw(",").key("unregistered_time").num(0).raw(",");
        o.key("reregistered_time").num(kEpoch + 60 + i * 3.5).raw(",");
        o.key("resources");
        resources(o, f.cpus, f.mem, f.disk, f.gpus, {});
        o.raw(",").key("role").str("*").raw(",").key("roles").raw("[\"*\"],").key("principal").str(frameworkName(int(i))).raw(",");
        o.key("tasks").raw("[");
        for (size_t k = 0; k < f.tasks.size(); ++k) {
            if (k)
                o.raw(",");
            task(o, c, f.tasks[k]);
        }
        o.raw("],").key("unreachable_tasks").raw("[],").key("completed_tasks").raw("[");
        for (size_t k = 0; k < f.completed.size(); ++k) {
            if (k)
                o.raw(",");
            task(o, c, f.completed[k]);
        }
        o.raw("],").key("offers").raw("[],").key("executors").raw("[]}");
    }
    o.raw("],").key("completed_frameworks").raw("[],").key("orphan_tasks").raw("[],").key("unregistered_frameworks").raw("[]}");
    return o.take();
}

QByteArray SyntheticCluster::stateSummary(int agents, int tasks, quint32 seed) {
    const Cluster c = build(agents, tasks, seed);
    Out o(qsizetype(c.agents.size()) * 1400 + qsizetype(c.frameworks.size()) * 60 * qsizetype(c.agents.size()) + 4096);
    o.raw("{").key("hostname").str("master-1.dc1.example.com").raw(",").key("cluster").str("synthetic").raw(",");
    o.key("slaves").raw("[");
    for (size_t i = 0; i < c.agents.size(); ++i) {
        const AgentSpec& a = c.agents[i];
        o.raw(i ? ",{" : "{");
        agentCommon(o, c, int(i));
        for (int s = 0; s < 10; ++s)
            o.raw(",").key(kSummaryStates[s]).integer(a.counts[s]);
        o.raw(",").key("framework_ids").raw("[");
        for (size_t k = 0; k < a.frameworks.size(); ++k)
            o.raw(k ? "," : "").str(frameworkIdOf(c, a.frameworks[k]));
        o.raw("]}");
    }
    o.raw("],").key("frameworks").raw("[");
    for (size_t i = 0; i < c.frameworks.size(); ++i) {
        const FrameworkSpec& f = c.frameworks[i];
        o.raw(i ? ",{" : "{");
        frameworkCommon(o, c, int(i));
        for (int s = 0; s < 10; ++s)
            o.raw(",").key(kSummaryStates[s]).integer(f.counts[s]);
        o.raw(",").key("slave_ids").raw("[");
        for (size_t k = 0; k < f.agents.size(); ++k)
            o.raw(k ? "," : "").str(agentIdOf(c, f.agents[k]));
        o.raw("]}");
    }
    o.raw("]}");
    return o.take();
}

QByteArray SyntheticCluster::metricsSnapshot(int agents, int tasks, quint32 seed) {
    const Cluster c = build(agents, tasks, seed);
    double total[4] = {}, used[4] = {};
    int activeAgents = 0;
    int counts[10] = {};
    for (const AgentSpec& a : c.agents) {
        total[0] += a.cpus, total[1] += a.mem, total[2] += a.disk, total[3] += a.gpus;
        used[0] += a.usedCpus, used[1] += a.usedMem, used[2] += a.usedDisk, used[3] += a.usedGpus;
        activeAgents += a.active ? 1 : 0;
        for (int s = 0; s < 10; ++s)
            counts[s] += a.counts[s];
    }
    int activeFrameworks = 0;
    for (const FrameworkSpec& f : c.frameworks)
        activeFrameworks += f.active ? 1 : 0;
    Out o(8192);
    const char* names[4] = {"cpus", "mem", "disk", "gpus"};
    o.raw("{");
    for (int r = 0; r < 4; ++r) {
        const QByteArray base = QByteArray("master/") + names[r];
        o.key(QByteArray(base + "_total").constData()).num(total[r]).raw(",");
        o.key(QByteArray(base + "_used").constData()).num(used[r]).raw(",");
        o.key(QByteArray(base + "_percent").constData()).num(total[r] > 0 ? used[r] / total[r] : 0).raw(",");
        o.key(QByteArray(base + "_revocable_total").constData()).num(0).raw(",");
    }
    for (int s = 0; s < 10; ++s) {
        const QByteArray key = QByteArray("master/tasks_") + QByteArray(kSummaryStates[s] + 5).toLower();
        o.key(key.constData()).num(counts[s]).raw(",");
    }
    const double agentsTotal = double(c.agents.size());
    o.key("master/slaves_active").num(activeAgents).raw(",").key("master/slaves_inactive").num(agentsTotal - activeAgents).raw(",");
    o.key("master/slaves_connected").num(agentsTotal).raw(",").key("master/slaves_disconnected").num(0).raw(",");
    o.key("master/slaves_unreachable").num(0).raw(",");
    o.key("master/frameworks_active").num(activeFrameworks).raw(",");
    o.key("master/frameworks_inactive").num(double(c.frameworks.size()) - activeFrameworks).raw(",");
    o.key("master/frameworks_connected").num(activeFrameworks).raw(",");
    o.key("master/frameworks_disconnected").num(double(c.frameworks.size()) - activeFrameworks).raw(",");
    o.key("master/elected").num(1).raw(",").key("master/uptime_secs").num(7200.524).raw(",");
    o.key("master/outstanding_offers").num(0).raw(",").key("master/event_queue_messages").num(0).raw(",");
    o.key("allocator/event_queue_dispatches").num(0).raw(",");
    o.key("registrar/state_store_ms/p99").num(9.839616).raw(",").key("registrar/registry_size_bytes").num(agentsTotal * 212).raw(",");
    o.key("system/cpus_total").num(8).raw(",").key("system/load_1min").num(0.42).raw(",");
    o.key("system/mem_total_bytes").num(33554432000.0).raw(",").key("system/mem_free_bytes").num(12884901888.0);
    o.raw("}");
    return o.take();
}

QList<QByteArray> SyntheticCluster::taskUpdatedEvents(int agents, int tasks, int count, quint32 seed) {
    const Cluster c = build(agents, tasks, seed);
    QList<QByteArray> events;
    events.reserve(count);
    static const char* const cycle[] = {"TASK_RUNNING", "TASK_KILLING", "TASK_RUNNING", "TASK_STARTING"};
    for (int e = 0; e < count && !c.tasks.empty(); ++e) {
        const int i = int(rnd(seed, quint64(e), 61) % c.tasks.size());
        const TaskSpec& t = c.tasks[size_t(i)];
        const char* state = cycle[e % 4];
        Out o(700);
        o.raw("{").key("type").str("TASK_UPDATED").raw(",").key("task_updated").raw("{");
        o.key("framework_id").raw("{").key("value").str(frameworkIdOf(c, t.framework)).raw("},");
        o.key("status").raw("{").key("task_id").raw("{").key("value").str(taskIdOf(c, i)).raw("},");
        o.key("state").str(state).raw(",").key("source").str("SOURCE_EXECUTOR").raw(",");
        o.key("agent_id").raw("{").key("value").str(agentIdOf(c, t.agent)).raw("},");
        o.key("timestamp").num(kEpoch + 90000 + e * 0.01).raw(",");
        o.key("uuid").str("CuSfx+sKT7iG1+N1sqjNbg==").raw(",");
        if (qstrcmp(state, "TASK_RUNNING") == 0)
            o.key("healthy").boolean(e % 8 != 0).raw(",");
        o.key("container_status").raw("{").key("container_id").raw("{").key("value").str(uuid(seed, quint64(i), 41)).raw("},");
        o.key("network_infos").raw("[{").key("ip_addresses").raw("[{").key("protocol").str("IPv4").raw(",");
        o.key("ip_address").str(ipOf(t.agent)).raw("}]}]}},").key("state").str(state).raw("}}");
        events.append(o.take());
    }
    return events;
}

QByteArray SyntheticCluster::recordIo(const QByteArray& json) {
    return QByteArray::number(json.size()) + '\n' + json;
}
