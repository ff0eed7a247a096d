#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

// One app: its current definition (normalized, with version/versionInfo), its stored
// versions, the last task failure and the launch backoff.
struct MarathonApp {
    QJsonObject definition;
    QMap<QString, QJsonObject> versions; // version timestamp -> definition at that version
    QJsonObject lastTaskFailure;         // empty until a task fails
    int failureCount = 0;                // failures since the last reset, for the backoff
    double currentDelaySeconds = 0;
    QDateTime delayUntil;                // launches wait until then (backoff)
    QDateTime queuedSince;               // when it last entered the launch queue

    QString id() const { return definition.value(QLatin1String("id")).toString(); }
    QString version() const { return definition.value(QLatin1String("version")).toString(); }
    int instances() const { return definition.value(QLatin1String("instances")).toInt(); }
};
