#pragma once

#include "ConnectionTarget.h"

#include <QObject>

class ZkSession;
class MesosLeaderDetector;
class MarathonLeaderDetector;
class HttpTransport;
class ClusterStore;
class MesosSource;
class MarathonSource;
class MarathonDirectory;
class ClusterLeader;
class AuthBroker;

// Everything that belongs to one connection: the ZooKeeper session and the leader
// detectors (later the HTTP sources and the store). Switching clusters replaces the
// whole session; nothing is global.
class ClusterSession : public QObject {
    Q_OBJECT
public:
    ClusterSession(const ConnectionTarget& target, const QString& marathonZkPath, QObject* parent = nullptr);
    ~ClusterSession() override;

    void start();
    // The window is minimised or hidden: poll less (events still come), catch up when back.
    void setBackground(bool background);
    // "https" for a cluster that serves TLS: ZooKeeper names leaders (Mesos, Marathon) by
    // host:port only. A master URL target brings its own scheme. Before start().
    void setDiscoveredScheme(const QString& scheme);

    const ConnectionTarget& target() const { return m_target; }
    // Null when connected straight to a master URL.
    ZkSession* zooKeeper() const { return m_zk; }
    MesosLeaderDetector* mesosLeader() const { return m_mesos; }
    MarathonLeaderDetector* marathonLeader() const { return m_marathon; }
    HttpTransport* http() const { return m_http; }
    // The session's HTTP credentials and 401/403 handling (installed on http()); the hosts the
    // connection names (its masters, agents and Marathon as ZooKeeper and the masters list them)
    // are trusted with them.
    AuthBroker* authBroker() const { return m_auth; }
    // The Mesos cluster view's data: the store and the source that keeps it current.
    ClusterStore* mesosStore() const { return m_mesosStore; }
    MesosSource* mesosSource() const { return m_mesosSource; }
    // Marathon's apps, deployments and queue; found through ZooKeeper here, or given with
    // MarathonSource::setMarathonUrl (connection setting, Mesos framework webui_url).
    MarathonSource* marathonSource() const { return m_marathonSource; }
    // Which Marathon the source follows: configured URL, the operator's pick, ZooKeeper,
    // or the Mesos framework list (several Marathons are listed there).
    MarathonDirectory* marathonDirectory() const { return m_marathonDirectory; }
    // Who leads, as ZooKeeper and the masters say (for a master URL: that master, or the
    // leader it redirects to).
    ClusterLeader* leader() const { return m_leader; }

private:
    ConnectionTarget m_target;
    QString m_scheme = QStringLiteral("http"); // of the leaders ZooKeeper names
    ZkSession* m_zk = nullptr;
    MesosLeaderDetector* m_mesos = nullptr;
    MarathonLeaderDetector* m_marathon = nullptr;
    HttpTransport* m_http = nullptr;
    AuthBroker* m_auth = nullptr;
    ClusterStore* m_mesosStore = nullptr;
    MesosSource* m_mesosSource = nullptr;
    MarathonSource* m_marathonSource = nullptr;
    MarathonDirectory* m_marathonDirectory = nullptr;
    ClusterLeader* m_leader = nullptr;
};
