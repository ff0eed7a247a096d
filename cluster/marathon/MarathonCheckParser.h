#pragma once

#include "MarathonHealthCheck.h"
#include "MarathonReadinessCheck.h"
#include "MarathonTask.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Health and readiness checks: their definitions in an app, a task's healthCheckResults and
// the readinessCheckResults of a deployment or an app. Lenient like MarathonParser: what a
// server leaves out stays unknown (-1 or empty), never a guessed default.
class MarathonCheckParser {
public:
    static MarathonHealthCheck healthCheck(const QJsonObject& o);
    static MarathonTask::HealthResult healthResult(const QJsonObject& o);
    static MarathonReadinessCheck readinessCheck(const QJsonObject& o);
    static MarathonReadinessCheck::Result readinessResult(const QJsonObject& o);

    static QList<MarathonHealthCheck> healthChecks(const QJsonArray& a);
    static QList<MarathonReadinessCheck> readinessChecks(const QJsonArray& a);
    static QList<MarathonReadinessCheck::Result> readinessResults(const QJsonArray& a);
};
