#pragma once

#include <QString>

// GET /v2/info: enough to tell several Marathons apart and to find the Mesos master.
struct MarathonInfo {
    QString name;        // --framework_name
    QString version;
    QString frameworkId;
    QString leader;      // host:port
    bool elected = false;
    QString mesosLeaderUiUrl;
    QString webuiUrl;

    bool isNull() const { return version.isEmpty() && frameworkId.isEmpty() && name.isEmpty(); }
};
