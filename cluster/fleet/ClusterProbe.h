#pragma once

#include "FleetStatus.h"
#include "connections/Profile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>

class HttpTransport;
class MarathonLeaderDetector;
class MesosLeaderDetector;
class QJsonObject;
class QTimer;
class ZkSession;

// One light look at a cluster, for the fleet home and the profiles dialog's "Test": ZooKeeper
// reachable, a leader found, the leader's /metrics/snapshot, Marathon's /v2/deployments. Never
// the full state. Each step is told as it completes; the whole look ends within the timeout,
// whatever the cluster does (a port that accepts and never answers included). One use only.
class ClusterProbe : public QObject {
    Q_OBJECT
public:
    enum class Step { ZooKeeper, Leader, Mesos, Marathon };
    Q_ENUM(Step)
    enum class Outcome { Ok, Failed, Skipped };
    Q_ENUM(Outcome)

    ClusterProbe(const Profile& profile, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~ClusterProbe() override;

    void start();
    bool isFinished() const { return m_finished; }
    const FleetStatus& status() const { return m_status; }
    // The HTTP side, for the credentials of the profile (the auth branch sets its authenticator).
    HttpTransport* http() const { return m_http; }

signals:
    void stepDone(ClusterProbe::Step step, ClusterProbe::Outcome outcome, const QString& detail);
    void finished(const FleetStatus& status);

private:
    void onZooKeeperState();
    void onMembership();
    void probeEntry(const QUrl& entry);
    void readMetrics(const QUrl& leader);
    void readVersion(const QUrl& leader);
    void findMarathon();
    void readDeployments(const QUrl& marathon);
    void fail(Step step, FleetStatus::State state, const QString& reason);
    void finish();
    QUrl leaderUrl(const QString& hostPort) const;

    Profile m_profile;
    std::chrono::milliseconds m_timeout;
    FleetStatus m_status;
    Step m_step = Step::ZooKeeper;
    bool m_finished = false;
    QString m_scheme = QStringLiteral("http");
    HttpTransport* m_http;
    QTimer* m_deadline;
    QTimer* m_marathonGrace = nullptr;
    ZkSession* m_zk = nullptr;
    MesosLeaderDetector* m_mesos = nullptr;
    MarathonLeaderDetector* m_marathon = nullptr;
};
