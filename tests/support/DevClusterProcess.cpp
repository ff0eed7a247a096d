#include "DevClusterProcess.h"

#include "TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>

DevClusterProcess::~DevClusterProcess() { stop(); }

QString DevClusterProcess::binary() {
    // The sanitizer tree does not build the devcluster; scripts/test.sh names the release one.
    const QString given = qEnvironmentVariable("MESOSDESK_DEVCLUSTER");
    return given.isEmpty() ? TestEnvironment::binDir() + QStringLiteral("/mesosdesk-devcluster") : given;
}

bool DevClusterProcess::start(int masters, int agents, const QStringList& extraArguments) {
    m_zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
    m_process.start(binary(),
                    QStringList{QStringLiteral("--zk"), TestEnvironment::zooKeeperHosts(),
                                QStringLiteral("--zk-path"), m_zkPath, QStringLiteral("--marathon-zk-path"),
                                marathonZkPath(), QStringLiteral("--masters"), QString::number(masters),
                                QStringLiteral("--agents"), QString::number(agents),
                                QStringLiteral("--work-dir"), m_work.path(),
                                QStringLiteral("--heartbeat-interval"), QStringLiteral("1")} +
                        extraArguments);
    if (!m_process.waitForStarted(10000) || !TestEnvironment::waitUntil([&] { return m_process.canReadLine(); }, 30000))
        return false;
    m_ready = QJsonDocument::fromJson(m_process.readLine()).object();
    return m_ready.contains(QLatin1String("control"));
}

void DevClusterProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000))
        m_process.kill();
}

QJsonObject DevClusterProcess::control(const QByteArray& method, const QString& path, const QJsonObject& body) {
    QJsonObject answer;
    bool done = false;
    const QUrl url(m_ready.value(QLatin1String("control")).toString() + path);
    m_http.send(method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", &m_http, [&](const HttpTransport::Response& r) {
                    answer = QJsonDocument::fromJson(r.body).object();
                    answer.insert(QStringLiteral("_status"), r.status);
                    done = true;
                });
    TestEnvironment::waitUntil([&] { return done; }, 10000);
    return answer;
}
