#pragma once

#include "SchedulerApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The simulated cluster's records: plain data kept by SimCluster and rendered by the JSON
// writers in the shapes real Mesos uses. Times are seconds since the epoch, like Mesos.

struct SimAgentRecord {
    QString id;
    QString hostname = QStringLiteral("127.0.0.1");
    int port = 0;                 // the agent's HTTP port (Mesos's 5051)
    double registeredTime = 0;
    double reregisteredTime = 0;  // set when it re-registers with a newly elected master
    double cpus = 4, mem = 8192, disk = 20480, gpus = 0;
    int portsBegin = 31000, portsEnd = 32000;
    QString workDir;              // the agent's --work_dir
    bool active = true;
    // DEACTIVATE_AGENT / DRAIN_AGENT (1.9): no offers while set; kept in the registry.
    bool deactivated = false;
    QString drainState;           // drain_info.state: "DRAINING", "DRAINED", or empty (not draining)
    bool drainMarkGone = false;   // drain_info.config.mark_gone
    qint64 drainGraceNanos = -1;  // drain_info.config.max_grace_period, -1 when not given
    double drainStartTime = 0;    // estimated_drain_start_time
    bool simulated = false;       // scale mode: no server, no processes
    QJsonObject attributes;
};

struct SimTaskRecord {
    SimTaskSpec spec;
    QString frameworkId;
    QString agentId;
    QString state = QStringLiteral("TASK_STAGING");
    QString containerId;
    QString directory;            // the executor's sandbox (agent side only)
    QString sandbox;              // the task's own: directory, or directory/tasks/<id> in a task group
    QList<int> ports;
    QJsonArray statuses;          // v0 TaskStatus entries, oldest first
    QJsonArray statusDetails;     // per status, what only v1 shows: source, message, reason, uuid
    QString message;
    QString reason;               // v1 reason name (REASON_AGENT_REMOVED); v0 writers rename it
    QString source;
    double lastTimestamp = 0;
    qint64 executorPid = 0;       // the process the agent reports in container_status (v1)

    bool isTerminal() const;
    bool inTaskGroup() const { return !spec.executorId.isEmpty(); }
    QString executorId() const { return inTaskGroup() ? spec.executorId : spec.taskId; }
    static bool isTerminalState(const QString& state);
};

// An outstanding offer: what the allocator offered one framework on one agent (master.cpp
// Offer). Ids are never reused; offeredTime is when the master made it.
struct SimOfferRecord {
    QString id;
    QString frameworkId;
    QString agentId;
    double cpus = 0, mem = 0, disk = 0, gpus = 0;
    QList<int> ports; // the agent's unused ports
    double offeredTime = 0;
};

struct SimFrameworkRecord {
    QString id;
    QJsonObject info;             // FrameworkInfo as registered (name, user, webui_url, ...)
    double registeredTime = 0;
    double reregisteredTime = 0;
    double unregisteredTime = 0;
    bool active = true;
    // Torn down (TEARDOWN, /master/teardown): listed in completed_frameworks, never again registered.
    bool completed = false;
    QStringList taskIds;          // live tasks, in launch order
    QList<SimTaskRecord> completedTasks; // newest last, capped like --max_completed_tasks_per_framework

    QString name() const { return info.value(QStringLiteral("name")).toString(); }
};
