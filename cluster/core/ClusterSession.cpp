#include "ClusterSession.h"

#include "marathon/MarathonLeaderDetector.h"
#include "marathon/MarathonSource.h"
#include "net/HttpTransport.h"
#include "mesos/MesosLeaderDetector.h"
#include "zookeeper/ZkSession.h"

ClusterSession::ClusterSession(const ConnectionTarget& target, const QString& marathonZkPath, QObject* parent)
    : QObject(parent), m_target(target) {
    m_http = new HttpTransport(this);
    m_marathonSource = new MarathonSource(m_http, this);
    if (target.kind != ConnectionTarget::Kind::ZooKeeper)
        return;
    m_zk = new ZkSession(this);
    m_mesos = new MesosLeaderDetector(m_zk, target.zk.path, this);
    m_marathon = new MarathonLeaderDetector(m_zk, marathonZkPath, this);
    connect(m_marathon, &MarathonLeaderDetector::leaderChanged, m_marathonSource, &MarathonSource::setLeaderHostPort);
    connect(m_zk, &ZkSession::stateChanged, this, [this] {
        m_mesos->start();
        m_marathon->start();
    });
}

ClusterSession::~ClusterSession() = default;

void ClusterSession::start() {
    if (m_zk)
        m_zk->open(m_target.zk.hosts, std::chrono::seconds(10), m_target.zk.user, m_target.zk.password);
}
