#pragma once

#include <QDateTime>
#include <QString>

// The state of one health check of one task, as Marathon reports it in healthCheckResults[].
struct HealthCheckResult {
    bool hasResult = false;  // no result yet (or only failures within the grace period)
    bool alive = false;
    int consecutiveFailures = 0;
    QDateTime firstSuccess;
    QDateTime lastSuccess;
    QDateTime lastFailure;
    QString lastFailureCause;
};
