#pragma once

#include <QJsonObject>
#include <QString>

// One /v2/events event, reduced to what the event log and the refresh logic need.
struct MarathonEvent {
    QString type;       // eventType, e.g. status_update_event, deployment_failed
    QString timestamp;
    QString appId;
    QString taskId;
    QString taskStatus; // status_update_event
    QString host;
    QString slaveId;
    QString message;
    QString deploymentId;
    bool alive = false; // health_status_changed_event
    QJsonObject raw;

    bool isTaskFailure() const;
    bool isDeploymentFailure() const { return type == QLatin1String("deployment_failed"); }
    bool isHealthChange() const;
};
