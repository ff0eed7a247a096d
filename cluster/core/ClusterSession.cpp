#include "ClusterSession.h"

#include "ClusterLeader.h"
#include "auth/AuthBroker.h"
#include "marathon/MarathonDirectory.h"
#include "marathon/MarathonLeaderDetector.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosLeaderDetector.h"
#include "mesos/MesosSource.h"
#include "net/HttpTransport.h"
#include "sandbox/AgentState.h"
#include "zookeeper/ZkSession.h"

ClusterSession::ClusterSession(const ConnectionTarget& target, const QString& marathonZkPath, QObject* parent)
    : QObject(parent), m_target(target) {
    m_http = new HttpTransport(this);
    m_auth = new AuthBroker(this);
    m_auth->setConnectionKey(target.toDisplayString());
    m_auth->install(m_http);
    m_mesosStore = new ClusterStore(this);
    m_mesosStore->setClusterKey(
        target.toDisplayString()); // a reconnect to the same target keeps its chart history
    m_mesosSource = new MesosSource(m_http, m_mesosStore, this);
    m_marathonSource = new MarathonSource(m_http, this);
    m_marathonDirectory = new MarathonDirectory(m_http, m_marathonSource, this);
    // Marathon frameworks in the Mesos framework list: found, listed, followed to new leaders.
    connect(m_mesosStore, &ClusterStore::frameworksChanged, this, [this] {
        QList<MarathonDirectory::Framework> frameworks;
        for (const MesosFrameworkPtr& f : m_mesosStore->frameworks())
            frameworks.append({f->id, f->name, f->webuiUrl, f->active});
        m_marathonDirectory->setFrameworks(frameworks);
    });
    // The agents the masters list belong to the connection (sandbox logs, agent state).
    connect(m_mesosStore, &ClusterStore::agentsChanged, m_auth, [this] {
        for (const MesosAgentPtr& agent : m_mesosStore->agents())
            m_auth->trust(AgentState::agentUrl(agent->hostname, agent->pid), Profile::Endpoint::Agents);
    });
    if (target.kind != ConnectionTarget::Kind::ZooKeeper) {
        m_auth->trust(target.master, Profile::Endpoint::Masters);
        if (!target.masterUser.isEmpty() && !target.masterPassword.isEmpty())
            m_auth->setCredential(Profile::Endpoint::Masters,
                                  {HttpCredential::Kind::Basic, target.masterUser, target.masterPassword});
        m_leader = new ClusterLeader(nullptr, m_mesosSource, m_mesosStore, this);
        return;
    }
    m_zk = new ZkSession(this);
    m_mesos = new MesosLeaderDetector(m_zk, target.zk.path, this);
    m_marathon = new MarathonLeaderDetector(m_zk, marathonZkPath, this);
    // What ZooKeeper lists is what the connection names: every registered master, Marathon's leader.
    connect(m_mesos, &MesosLeaderDetector::mastersChanged, m_auth, [this] {
        for (const MasterInfo& master : m_mesos->masters())
            m_auth->trust(QUrl(m_scheme + QStringLiteral("://") + master.hostPort()),
                          Profile::Endpoint::Masters);
    });
    connect(m_marathon, &MarathonLeaderDetector::leaderChanged, m_auth, [this](const QString& hostPort) {
        if (!hostPort.isEmpty())
            m_auth->trust(QUrl(m_scheme + QStringLiteral("://") + hostPort), Profile::Endpoint::Marathon);
    });
    // Failover: the source switches masters and keeps what the store holds.
    connect(m_mesos, &MesosLeaderDetector::leaderChanged, m_mesosSource, &MesosSource::setLeader);
    connect(m_marathon, &MarathonLeaderDetector::leaderChanged, m_marathonDirectory, &MarathonDirectory::setZooKeeperLeader);
    m_leader = new ClusterLeader(m_mesos, m_mesosSource, m_mesosStore, this);
    connect(m_zk, &ZkSession::stateChanged, this, [this] {
        m_mesos->start();
        m_marathon->start();
    });
    if (m_target.kind == ConnectionTarget::Kind::ZooKeeper && m_target.discoveredHttps)
        setDiscoveredScheme(QStringLiteral("https"));
}

ClusterSession::~ClusterSession() = default;

void ClusterSession::setDiscoveredScheme(const QString& scheme) {
    m_scheme = scheme;
    m_mesosSource->setLeaderScheme(scheme);
    m_marathonSource->setLeaderScheme(scheme);
}

void ClusterSession::start() {
    if (m_target.kind == ConnectionTarget::Kind::Master)
        m_mesosSource->setEntry(m_target.master);
    if (m_zk)
        m_zk->open(m_target.zk.hosts, std::chrono::seconds(10), m_target.zk.user, m_target.zk.password);
}

void ClusterSession::setBackground(bool background) {
    m_mesosSource->setBackground(background);
    m_marathonSource->setBackground(background);
}
