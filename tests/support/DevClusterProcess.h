#pragma once

#include <QJsonObject>
#include <QString>

class QProcess;

// build/bin/mesosdesk-devcluster as a child process of a test, on the test ZooKeeper.
class DevClusterProcess {
public:
    static QString binary();
    // Starts it with fresh znode paths and a 1 s heartbeat; returns its ready line (see
    // docs/devcluster.md), or an empty object when it did not start within 30 s.
    static QJsonObject start(QProcess& process, const QString& workDir, int masters, int agents);
    // SIGTERM (it stops its tasks and servers), SIGKILL if it does not exit.
    static void stop(QProcess& process);
};
