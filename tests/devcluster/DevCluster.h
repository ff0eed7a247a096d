#pragma once

#include "DevClusterOptions.h"
#include "DevClusterTls.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

class ControlServer;
class FaultInjector;
class MarathonNodes;
class SimAgentNode;
class SimCluster;
class SimMaster;

// A whole simulated cluster on loopback: masters electing a leader through ZooKeeper, agents
// running real task processes, Marathon when its simulation is built in, and the control API.
class DevCluster : public QObject {
    Q_OBJECT
public:
    explicit DevCluster(const DevClusterOptions& options, QObject* parent = nullptr);
    ~DevCluster() override;

    // Starts every server; ready() follows once a master leads (and Marathon has a leader).
    bool start(QString* error);
    // Stops everything and waits for every task process to end.
    void stop();
    bool isReady() const { return m_ready; }

    // {"masters":[urls], "agents":[urls], "marathon":[urls], "control": url, "zk": "zk://.../mesos"},
    // under --tls also "ca" (the CA's PEM file) and "fingerprint" (SHA-256 of the server certificate).
    QJsonObject readyInfo() const;
    QJsonObject status() const;

    SimCluster* cluster() const { return m_cluster; }
    FaultInjector* faults() const { return m_faults; }
    const QList<SimMaster*>& masters() const { return m_masters; }
    const QList<SimAgentNode*>& agents() const { return m_agents; }
    SimMaster* leader() const;
    QString controlUrl() const;

    bool killMaster(int index);
    bool restartMaster(int index);
    bool killAgent(int index);
    bool restartAgent(int index);
    bool killMarathon(int index);
    bool restartMarathon(int index);
    // --tls: a new server certificate from the same CA; open TLS connections are dropped.
    bool rotateCertificate(QString* error);

signals:
    void ready();

private:
    void checkReady();
    void addSyntheticCluster();
    void restartShutDownAgents();

    DevClusterOptions m_options;
    DevClusterTls m_tls;
    SimCluster* m_cluster;
    FaultInjector* m_faults;
    ControlServer* m_control;
    MarathonNodes* m_marathon = nullptr;
    QList<SimMaster*> m_masters;
    QList<quint16> m_masterPorts;
    QList<SimAgentNode*> m_agents;
    QList<quint16> m_agentPorts;
    QList<int> m_shutDownAgents; // indexes of agents shut down by machine DOWN, restarted after UP
    QTimer m_readyPoll;
    bool m_ready = false;
    bool m_agentsStarted = false;
    bool m_stopped = false;
};
