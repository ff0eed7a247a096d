#pragma once

#include "MarathonReadinessCheck.h"

#include <QList>
#include <QString>
#include <QStringList>

// A running deployment from GET /v2/deployments (1.x "steps":[{actions}] or pre-1.0 "steps":[[...]]).
struct MarathonDeployment {
    struct Action {
        QString action; // ScaleApplication, StartApplication, ...
        QString target; // app or pod id
        QList<MarathonReadinessCheck::Result> readiness; // currentActions only
        bool operator==(const Action&) const = default;
    };
    QString id;
    QString version;
    QStringList affectedApps;
    QStringList affectedPods;
    int currentStep = 0;
    int totalSteps = 0;
    QList<QList<Action>> steps;
    QList<Action> currentActions;

    bool operator==(const MarathonDeployment&) const = default;
};
