#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A running deployment plan: steps of actions ("StartApplication", "ScaleApplication",
// "RestartApplication", "StopApplication") on apps, done one step at a time.
struct Deployment {
    struct Action {
        QString action;
        QString appId;
    };
    QString id;
    QString version;
    QStringList affectedApps;
    QList<QList<Action>> steps;
    int currentStep = 0;                  // index into steps of the step in progress
    QMap<QString, QJsonObject> original;  // app definitions before (empty object: app did not exist)
    QMap<QString, QJsonObject> target;    // app definitions after (empty object: app removed)
    QDateTime startedAt;
    // Readiness checks of the tasks this deployment started, by task id (Marathon keeps every
    // result, ready or not, until the deployment ends).
    struct Readiness {
        QString appId;
        QJsonObject result; // as readinessCheckResults[] renders it
    };
    QMap<QString, Readiness> readiness;
};
