#pragma once

#include "HttpServer.h"
#include "SimLogging.h"
#include "TaskRuntime.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class FaultInjector;
class QProcess;
class SimCluster;

// One simulated Mesos agent: its HTTP server (/slave(1)/state, /files/*) and the real local
// processes of its tasks (`sh -c CMD` in the sandbox, each in its own process group so a kill
// reaches everything it started).
class SimAgentNode : public QObject, public TaskRuntime {
    Q_OBJECT
public:
    SimAgentNode(SimCluster* cluster, FaultInjector* faults, const QString& workDir, QObject* parent = nullptr);
    ~SimAgentNode() override;

    // Listens (on port, or a free one) and registers with the cluster under a new agent id.
    bool start(quint16 port = 0);
    // A crash as the master sees it: processes die, the server stops, the agent is marked unreachable.
    void kill();
    // Told to shut down by the master (its machine went DOWN): processes die, the server stops.
    void shutDown();
    bool isRunning() const { return m_server.isListening(); }
    QString agentId() const { return m_agentId; }
    QString url() const { return m_server.baseUrl(); }
    quint16 port() const { return m_port; }
    // Shutdown only: kills every process and waits for it.
    void terminateAndWait();

    void startTask(const SimTaskRecord& task) override;
    void killTask(const QString& taskId) override;
    void killAllTasks() override;
    void stopTask(const QString& taskId) override;

    QString resolvePath(const QString& requested) const;

private:
    void handle(const HttpRequest& request, HttpResponder* responder);
    void onFinished(const QString& taskId, int exitCode, bool crashed);
    bool fetchUris(const SimTaskRecord& task, QString* error);
    static void signalGroup(qint64 pid, int signal);

    SimCluster* m_cluster;
    FaultInjector* m_faults;
    QString m_workDir;
    HttpServer m_server;
    quint16 m_port = 0;
    QString m_agentId;
    QHash<QString, QProcess*> m_processes;
    QHash<QString, qint64> m_pids;
    QSet<QString> m_killing;
    QList<QPointer<QProcess>> m_dying; // killed, not yet reaped
    SimLogging m_logging;              // GET /logging/toggle, as on every Mesos process
};
