#pragma once

#include <QJsonObject>
#include <QString>

// GET /v2/info: enough to tell several Marathons apart and to find the Mesos master, and the
// configuration the leader runs with (its command-line flags, as Marathon reports them).
struct MarathonInfo {
    QString name;        // --framework_name
    QString version;
    QString frameworkId;
    QString leader;      // host:port
    bool elected = false;
    QString mesosLeaderUiUrl;
    QString webuiUrl;
    QString buildref;
    QJsonObject marathonConfig;  // "marathon_config": --master, --framework_name, timeouts...
    QJsonObject zookeeperConfig; // "zookeeper_config": --zk and the ZooKeeper timeouts
    QJsonObject httpConfig;      // "http_config": ports

    bool isNull() const { return version.isEmpty() && frameworkId.isEmpty() && name.isEmpty(); }
};
