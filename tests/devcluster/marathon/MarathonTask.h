#pragma once

#include "HealthCheckResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One task of an app as the simulated Marathon tracks it.
struct MarathonTask {
    QString id;
    QString appId;
    QString agentId;
    QString host;
    QString state = QStringLiteral("TASK_STAGING");
    QString version;           // the app version it runs
    QString sandboxDirectory;
    QList<int> ports;
    QList<int> servicePorts;
    QDateTime stagedAt;
    QDateTime startedAt;
    bool killRequested = false; // Marathon asked Mesos to kill it: no relaunch, not a failure
    QDateTime killRequestedAt;  // kills are repeated until Mesos confirms them
    QList<HealthCheckResult> health; // one per health check of its version

    bool isRunning() const { return state == QLatin1String("TASK_RUNNING"); }
    // Running and every health check alive (trivially true without checks).
    bool isHealthy() const
    {
        if (!isRunning())
            return false;
        for (const HealthCheckResult& result : health) {
            if (!result.hasResult || !result.alive)
                return false;
        }
        return true;
    }
    bool isUnhealthy() const
    {
        for (const HealthCheckResult& result : health) {
            if (result.hasResult && !result.alive)
                return true;
        }
        return false;
    }
};
