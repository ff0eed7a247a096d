#pragma once

#include "HttpServer.h"
#include "SimLogging.h"
#include "mesos/MasterInfo.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class FaultInjector;
class MesosLeaderDetector;
class SimCluster;
class ZkSession;

// One simulated Mesos master: an HTTP server plus its own ZooKeeper session holding an ephemeral
// sequential json.info_ member. It learns who leads from ZooKeeper exactly as Mesos's detector
// does (MesosLeaderDetector); the leader serves the cluster, the others redirect (307) or answer
// 503 "No leader elected".
class SimMaster : public QObject {
    Q_OBJECT
public:
    SimMaster(SimCluster* cluster, FaultInjector* faults, const QString& zkHosts, const QString& zkPath,
              int heartbeatSeconds, QObject* parent = nullptr);
    ~SimMaster() override;

    bool start(quint16 port = 0);
    // A crash: the ZooKeeper session closes (its member node goes) and the server stops.
    void kill();
    bool isRunning() const { return m_server.isListening(); }
    bool isLeading() const;
    int loggingLevel() const { return m_logging.level(); }
    bool isRegistered() const { return !m_node.isEmpty(); }
    // Members its own leader detector has listed: once every member is seen, whether it leads is decided.
    int membersSeen() const;
    QString url() const { return m_server.baseUrl(); }
    quint16 port() const { return m_port; }
    QString masterId() const { return m_info.value(QStringLiteral("id")).toString(); }
    MasterInfo leader() const { return m_leader; }
    QJsonObject masterInfo() const { return m_info; }

signals:
    void leadershipChanged(bool leading);
    void registered();

private:
    void handle(const HttpRequest& request, HttpResponder* responder);
    void serveLeader(const HttpRequest& request, HttpResponder* responder);
    void serveApi(const HttpRequest& request, HttpResponder* responder);
    void subscribe(HttpResponder* responder);
    void broadcast(const QJsonObject& event);
    bool hasSubscribers() const;
    void onLeaderChanged(const MasterInfo& leader);
    void registerMember();
    void respondJson(const HttpRequest& request, HttpResponder* responder, const QByteArray& json);
    QByteArray cachedState(int which);

    SimCluster* m_cluster;
    FaultInjector* m_faults;
    QString m_zkHosts;
    QString m_zkPath;
    int m_heartbeatSeconds;
    HttpServer m_server;
    quint16 m_port = 0;
    ZkSession* m_session = nullptr;
    MesosLeaderDetector* m_detector = nullptr;
    QString m_node;
    QJsonObject m_info;
    MasterInfo m_leader;
    bool m_leading = false;
    double m_startTime = 0;
    double m_electedTime = 0;
    SimLogging m_logging; // this process's, leading or not
    QList<QPointer<HttpResponder>> m_subscribers;
    QTimer m_heartbeat;
    quint64 m_cacheGeneration[2] = {0, 0};
    QByteArray m_cache[2];
};
