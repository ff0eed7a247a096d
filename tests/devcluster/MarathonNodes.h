#pragma once

#include "HttpServer.h"

#include <QJsonArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

class FaultInjector;
class MarathonLeaderDetector;
class MarathonSim;
class SchedulerApi;
class ZkSession;

// The Marathon instances of the devcluster, one per master, sharing one simulated Marathon
// state (MarathonSim). Each registers in ZooKeeper as Curator's LeaderLatch does
// (<path>/leader-curator/_c_<uuid>-latch-<seq> holding "host:port"; the lowest sequence leads).
// The leader's server runs the simulation; a standby proxies like Marathon's LeaderProxyFilter:
// /v2/events is redirected (302), everything else is forwarded with X-Marathon-Via.
// DELETE /v2/leader makes the leader leave the election and join it again.
class MarathonNodes : public QObject {
    Q_OBJECT
public:
    MarathonNodes(SchedulerApi* mesos, FaultInjector* faults, const QString& zkHosts, const QString& zkPath, int count,
                  QObject* parent = nullptr);
    ~MarathonNodes() override;

    bool start(QString* error);
    void stop();
    bool kill(int index);
    bool restart(int index);

    QStringList urls() const;
    QString leader() const { return m_leader; } // "127.0.0.1:PORT", empty while none leads
    void setMesosLeaderUrl(const QString& url);
    void setMesosMaster(const QString& master); // --master, "zk://hosts/mesos"
    QJsonArray status() const;

private:
    struct Instance {
        HttpServer* server = nullptr;
        ZkSession* session = nullptr;
        quint16 port = 0;
        QString node;
    };
    bool startInstance(int index);
    void stopInstance(int index);
    void joinElection(int index);
    void leaveElection(int index);
    void abdicate(int index); // DELETE /v2/leader on the leader
    void handle(int index, const HttpRequest& request, HttpResponder* responder);
    void proxy(int index, const HttpRequest& request, HttpResponder* responder);

    MarathonSim* m_sim;
    FaultInjector* m_faults;
    QString m_zkHosts;
    QString m_latchPath;
    QList<Instance> m_instances;
    ZkSession* m_observer;
    MarathonLeaderDetector* m_detector;
    QString m_leader;
    QString m_mesosLeaderUrl;
    QNetworkAccessManager m_network;
};
