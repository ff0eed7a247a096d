#include "DevClusterProcess.h"

#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QProcess>

QString DevClusterProcess::binary() { return TestEnvironment::binDir() + QStringLiteral("/mesosdesk-devcluster"); }

QJsonObject DevClusterProcess::start(QProcess& process, const QString& workDir, int masters, int agents) {
    const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
    process.start(binary(), {QStringLiteral("--zk"), TestEnvironment::zooKeeperHosts(), QStringLiteral("--zk-path"), path,
                             QStringLiteral("--marathon-zk-path"), path + QStringLiteral("-marathon"),
                             QStringLiteral("--masters"), QString::number(masters), QStringLiteral("--agents"),
                             QString::number(agents), QStringLiteral("--work-dir"), workDir,
                             QStringLiteral("--heartbeat-interval"), QStringLiteral("1")});
    if (!process.waitForStarted(10000) || !TestEnvironment::waitUntil([&] { return process.canReadLine(); }, 30000))
        return {};
    return QJsonDocument::fromJson(process.readLine()).object();
}

void DevClusterProcess::stop(QProcess& process) {
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(15000))
        process.kill();
}
