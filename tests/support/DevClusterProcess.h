#pragma once

#include "TestEnvironment.h"
#include "net/HttpTransport.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// build/bin/mesosdesk-devcluster as a child of an integration test: started on the test
// ZooKeeper under fresh paths, its ready line read, its control API called synchronously;
// stopped (SIGTERM, then SIGKILL) when destroyed. docs/devcluster.md describes the API.
class DevClusterProcess {
public:
    DevClusterProcess() = default;
    ~DevClusterProcess();
    DevClusterProcess(const DevClusterProcess&) = delete;
    DevClusterProcess& operator=(const DevClusterProcess&) = delete;

    static QString binary();
    // Heartbeats every second, so streams notice trouble quickly.
    // extraArguments: e.g. --auth USER:PASSWORD or --tls. Every ready line is also appended to
    // readyLinesLog(), which the last test of the suite searches for test secrets.
    bool start(int masters, int agents, const QStringList& extraArguments = {});
    static QString readyLinesLog();
    void stop();

    const QJsonObject& ready() const { return m_ready; } // the ready line: zk, masters, agents, marathon, control
    QString zkUrl() const { return m_ready.value(QLatin1String("zk")).toString(); }
    // Under --tls: the CA's PEM file and the SHA-256 (hex) of the server certificate.
    QString caFile() const { return m_ready.value(QLatin1String("ca")).toString(); }
    QString fingerprint() const { return m_ready.value(QLatin1String("fingerprint")).toString(); }
    QString marathonZkPath() const { return m_zkPath + QStringLiteral("-marathon"); }
    // The answer's JSON with its HTTP status under "_status".
    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {});

private:
    QProcess m_process;
    QTemporaryDir m_work;
    QJsonObject m_ready;
    QString m_zkPath;
    HttpTransport m_http;
};

// A real ZooKeeper and the devcluster binary: skipped locally without them, a failure in CI.
#define MESOSDESK_REQUIRE_DEVCLUSTER()                                                                          \
    do {                                                                                                       \
        MESOSDESK_REQUIRE_ZK();                                                                                \
        MESOSDESK_REQUIRE(QFile::exists(DevClusterProcess::binary()), "build/bin/mesosdesk-devcluster");       \
    } while (false)
