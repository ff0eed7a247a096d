#pragma once

#include <QList>
#include <QString>

// One Marathon task as /v2/apps/{id}/tasks, /v2/tasks or an embedded "tasks" array shows it.
struct MarathonTask {
    enum class Health { Unknown, Healthy, Unhealthy };
    // One healthCheckResults[] entry: the state of one health check of this task.
    struct HealthResult {
        bool alive = false;
        int consecutiveFailures = 0;
        QString firstSuccess;
        QString lastSuccess;
        QString lastFailure;
        QString lastFailureCause;
        bool operator==(const HealthResult&) const = default;
    };

    QString id;
    QString appId;
    QString host;
    QList<int> ports;
    QString state;      // TASK_RUNNING, TASK_STAGING...; older servers omit it (then empty)
    Health health = Health::Unknown;
    QString healthCause; // the last failure cause of a failing health check
    QList<HealthResult> healthResults; // as the server lists them
    QString stagedAt;
    QString startedAt;
    QString version;
    QString slaveId;
    bool hasLocalVolumes = false;

    bool operator==(const MarathonTask&) const = default;
};
