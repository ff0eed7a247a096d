#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// One container of a running pod instance: a Mesos task of the instance's task group.
struct PodContainerRun {
    QString name;
    QString taskId; // "<instanceId>.<name>"
    QString state = QStringLiteral("TASK_STAGING");
    QDateTime statusSince;
    QList<int> ports; // host ports, in the order of the container's endpoints with hostPort
    QString message;
    bool isTerminal() const;
};

// One instance of a pod: one executor on one agent running every container.
struct PodInstance {
    QString id; // "<pod>.instance-<uuid>"
    QString podId;
    QString executorId; // "instance-<pod>.<uuid>"
    QString version;    // the pod version it runs
    QString agentId;
    QString host;
    QString condition = QStringLiteral("Staging"); // Marathon's instance condition
    QDateTime since;                               // when the condition last changed
    QDateTime startedAt;
    bool killRequested = false; // killed on purpose: leaves quietly, not a failure
    QList<PodContainerRun> containers;
};

// A pod as the simulated Marathon stores it.
struct SimPod {
    QJsonObject definition;              // normalized, with version
    QMap<QString, QJsonObject> versions; // version -> definition
    QJsonArray terminationHistory;       // newest first, capped
    QString status = QStringLiteral("DEGRADED");
    QDateTime statusSince;
    QDateTime delayUntil; // launches wait until then (backoff after failures)
    double currentDelaySeconds = 0;
    int failureCount = 0;

    QString id() const { return definition.value(QLatin1String("id")).toString(); }
    QString version() const { return definition.value(QLatin1String("version")).toString(); }
    int instances() const {
        return definition.value(QLatin1String("scaling"))
            .toObject()
            .value(QLatin1String("instances"))
            .toInt(1);
    }
};
