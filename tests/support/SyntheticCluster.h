#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A deterministic, realistic Mesos cluster as the master would describe it (v0 JSON), for tests,
// benches and the devcluster's scale mode. The same (agents, tasks, seed) always gives the same
// bytes, and the three documents agree with each other (summary counters and metrics totals are
// sums over the tasks in the state).
//
// Field names and types follow real masters (1.x /master/state): v0 resource maps with a
// "ports" range string, attributes with string and number values, per-task labels, discovery,
// a DOCKER container with port mappings, two statuses each with container_status.network_infos,
// health on the running status. About 1 KB per task and 1 KB per agent:
// 5,000 agents / 50,000 tasks is about 50 MB.
class SyntheticCluster {
public:
    static QByteArray masterState(int agents, int tasks, quint32 seed = 1);
    static QByteArray stateSummary(int agents, int tasks, quint32 seed = 1);
    static QByteArray metricsSnapshot(int agents, int tasks, quint32 seed = 1);

    // v1 operator API, as a SUBSCRIBE stream would carry them (JSON objects, no RecordIO prefix).
    // TASK_UPDATED events for tasks of the same cluster, cycling through running states.
    static QList<QByteArray> taskUpdatedEvents(int agents, int tasks, int count, quint32 seed = 1);
    // Prefixes one JSON event with its RecordIO length: "<len>\n<json>".
    static QByteArray recordIo(const QByteArray& json);

    // Ids, for tests that want to address objects of the generated cluster.
    static QString clusterId(quint32 seed = 1);
    static QString agentId(int index, quint32 seed = 1);
    static QString frameworkId(int index, quint32 seed = 1);
    static QString taskId(int index, quint32 seed = 1);
    static int frameworkCount(int tasks);
};
