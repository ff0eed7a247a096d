#pragma once

#include <QList>
#include <QString>

// One entry of an app's readinessChecks[], and what Marathon reports for it while a
// deployment waits on it (readinessCheckResults in /v2/deployments and embed=app.readiness).
struct MarathonReadinessCheck {
    struct Result {
        QString name;
        QString taskId;
        bool ready = false;
        bool hasResponse = false; // only with preserveLastResponse
        int status = 0;
        QString contentType;
        QString body;
        bool operator==(const Result&) const = default;
    };
    QString name;
    QString protocol;
    QString path;
    QString portName;
    int intervalSeconds = -1;
    int timeoutSeconds = -1;
    QList<int> httpStatusCodesForReady;
    bool preserveLastResponse = false;

    bool operator==(const MarathonReadinessCheck&) const = default;
};
