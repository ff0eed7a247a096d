#pragma once

#include "mesos/MesosSnapshot.h"

#include <QString>
#include <cmath>

// What differs between two snapshots parsed from one document, in words (empty when nothing
// does): for checks that two ways of parsing agree, such as the one-thread and two-thread paths.
// Header-only, so the fuzzers (linked with the cluster library alone) can use it too.
namespace SnapshotDifference {

inline bool same(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b)); // "nan" in a string reads as NaN both ways
}
inline bool same(const MesosResources& a, const MesosResources& b) {
    return same(a.cpus, b.cpus) && same(a.mem, b.mem) && same(a.disk, b.disk) && same(a.gpus, b.gpus) &&
           a.ports == b.ports;
}
inline bool same(const RawJson& a, const RawJson& b) {
    return a.offset == b.offset && a.length == b.length;
}

// What a task says and the hash of its text, wherever in a document that text lies.
inline bool sameTask(const MesosTask& x, const MesosTask& y) {
    return x.key == y.key && x.id == y.id && x.name == y.name && x.frameworkId == y.frameworkId &&
           x.agentId == y.agentId && x.executorId == y.executorId && x.state == y.state &&
           x.health == y.health && same(x.resources, y.resources) && same(x.startTime, y.startTime) &&
           same(x.updateTime, y.updateTime) && x.ip == y.ip && x.rawHash == y.rawHash &&
           x.raw.length == y.raw.length;
}

inline QString between(const MesosSnapshot& a, const MesosSnapshot& b) {
    if (a.agents.size() != b.agents.size() || a.frameworks.size() != b.frameworks.size() ||
        a.tasks.size() != b.tasks.size() || a.taskOrder.size() != b.taskOrder.size())
        return QStringLiteral("different counts of agents, frameworks or tasks");
    for (auto it = a.agents.cbegin(); it != a.agents.cend(); ++it) {
        const MesosAgentPtr other = b.agents.value(it.key());
        if (!other || other->rawHash != it.value()->rawHash || !same(other->raw, it.value()->raw) ||
            !same(other->total, it.value()->total) || !same(other->used, it.value()->used))
            return QStringLiteral("agent %1").arg(it.key());
    }
    for (auto it = a.frameworks.cbegin(); it != a.frameworks.cend(); ++it) {
        const MesosFrameworkPtr other = b.frameworks.value(it.key());
        if (!other || other->rawHash != it.value()->rawHash || other->taskCounts != it.value()->taskCounts ||
            !same(other->raw, it.value()->raw))
            return QStringLiteral("framework %1").arg(it.key());
    }
    for (qsizetype i = 0; i < a.taskOrder.size(); ++i) {
        const MesosTask& x = *a.taskOrder.at(i);
        const MesosTask& y = *b.taskOrder.at(i);
        if (!sameTask(x, y) || !same(x.raw, y.raw))
            return QStringLiteral("task %1 (at %2)").arg(x.key).arg(i);
    }
    for (auto it = a.tasks.cbegin(); it != a.tasks.cend(); ++it) {
        const MesosTaskPtr other = b.tasks.value(it.key());
        if (!other || other->rawHash != it.value()->rawHash || !same(other->raw, it.value()->raw))
            return QStringLiteral("task %1 (by key)").arg(it.key());
    }
    const MesosMasterSummary& m = a.master;
    const MesosMasterSummary& n = b.master;
    if (m.id != n.id || m.leader != n.leader || m.version != n.version || m.hostname != n.hostname ||
        m.activatedAgents != n.activatedAgents)
        return QStringLiteral("master");
    return {};
}

} // namespace SnapshotDifference
