#pragma once

#include <QString>

// One entry of an app's healthChecks[]. A field the server did not send stays -1 / empty, so
// the console never shows a default it merely assumes.
struct MarathonHealthCheck {
    QString protocol; // HTTP, HTTPS, TCP, COMMAND, MESOS_HTTP, MESOS_HTTPS, MESOS_TCP
    QString path;
    QString command;
    int portIndex = -1;
    int port = -1;
    int gracePeriodSeconds = -1;
    int intervalSeconds = -1;
    int timeoutSeconds = -1;
    int maxConsecutiveFailures = -1;
    int delaySeconds = -1;

    bool operator==(const MarathonHealthCheck&) const = default;
};
