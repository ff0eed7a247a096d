#include "DevCluster.h"

#include "ControlServer.h"
#include "FaultInjector.h"
#include "SimAgentNode.h"
#include "SimCluster.h"
#include "SimMaster.h"
#include "SyntheticChurn.h"
#include "SyntheticImport.h"
#ifdef MESOSDESK_HAVE_MARATHON_SIM
#include "MarathonNodes.h"
#endif

#include <QDir>
#include <QJsonArray>
#include <utility>

DevCluster::DevCluster(const DevClusterOptions& options, QObject* parent)
    : QObject(parent), m_options(options), m_cluster(new SimCluster(this)), m_faults(new FaultInjector(this)),
      m_control(new ControlServer(this, this)) {
    m_faults->setAuthGate(HttpAuthGate(options.auth));
    m_readyPoll.setInterval(50);
    connect(&m_readyPoll, &QTimer::timeout, this, &DevCluster::checkReady);
    connect(m_cluster, &SimCluster::agentShutDown, this, [this](const QString& agentId) {
        for (qsizetype i = 0; i < m_agents.size(); ++i) {
            if (m_agents.at(i)->agentId() == agentId) {
                m_agents.at(i)->shutDown();
                m_shutDownAgents.append(int(i));
            }
        }
    });
    // A supervisor restarts a shut-down agent, which the master refuses while its machine is
    // DOWN; after UP it registers as a new agent (the shutdown cleared its checkpointed id).
    connect(m_cluster, &SimCluster::machinesUp, this, &DevCluster::restartShutDownAgents,
            Qt::QueuedConnection);
}

void DevCluster::restartShutDownAgents() {
    const QList<int> waiting = std::exchange(m_shutDownAgents, {});
    for (int index : waiting) {
        if (m_stopped || index >= m_agents.size())
            continue;
        if (!m_agents.at(index)->start(m_agentPorts.at(index)))
            m_shutDownAgents.append(index); // still DOWN (another machine) or the port is taken
    }
}

DevCluster::~DevCluster() {
    stop();
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    // Marathon is a framework of the simulated Mesos: it detaches from SimCluster when it goes,
    // so it must go first (children are otherwise deleted in creation order, SimCluster first).
    delete m_marathon;
    m_marathon = nullptr;
#endif
}

bool DevCluster::start(QString* error) {
    if (m_options.zkHosts.isEmpty()) {
        *error = QStringLiteral("--zk HOST:PORT is required");
        return false;
    }
    if (m_options.workDir.isEmpty() || !QDir().mkpath(m_options.workDir)) {
        *error = QStringLiteral("--work-dir must name a directory that can be created");
        return false;
    }
    m_options.workDir = QDir(m_options.workDir).absolutePath();
    // Before any server listens: each takes the certificate at its first connection.
    if (m_options.tls && !m_tls.start(m_options.workDir, error))
        return false;
    if (!m_control->listen(m_options.controlPort)) {
        *error = QStringLiteral("cannot listen on control port %1").arg(m_options.controlPort);
        return false;
    }
    for (int i = 0; i < m_options.masters; ++i) {
        auto* master = new SimMaster(m_cluster, m_faults, m_options.zkHosts, m_options.zkPath, m_options.heartbeatSeconds, this);
        if (!master->start()) {
            *error = QStringLiteral("master %1 cannot listen").arg(i);
            return false;
        }
        connect(master, &SimMaster::leadershipChanged, this, [this](bool) {
#ifdef MESOSDESK_HAVE_MARATHON_SIM
            if (SimMaster* leading = leader(); leading && m_marathon)
                m_marathon->setMesosLeaderUrl(leading->url());
#endif
        });
        m_masters.append(master);
        m_masterPorts.append(master->port());
    }
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    m_marathon = new MarathonNodes(m_cluster, m_faults, m_options.zkHosts, m_options.marathonZkPath,
                                   qMax(1, m_options.masters), this);
    m_marathon->setMesosMaster(QStringLiteral("zk://%1%2").arg(m_options.zkHosts, m_options.zkPath));
    if (!m_marathon->start(error))
        return false;
#endif
    m_readyPoll.start();
    return true;
}

void DevCluster::addSyntheticCluster() {
    // Scale mode: the benches' synthetic cluster, as the master sees it, without servers or processes.
    SyntheticImport::populate(m_cluster, m_options.simulateAgents, m_options.simulateTasks);
    if (m_options.churnPerSecond > 0)
        (new SyntheticChurn(m_cluster, m_options.churnPerSecond, m_options.churnSeed, this))->start();
}

void DevCluster::checkReady() {
    if (m_ready)
        return;
    SimMaster* leading = leader();
    if (!leading)
        return;
    // Agents register with the elected leader, which names them "<master id>-S<n>".
    if (!m_agentsStarted) {
        m_agentsStarted = true;
        for (int i = 0; i < m_options.agents; ++i) {
            auto* agent = new SimAgentNode(m_cluster, m_faults, m_options.workDir + QStringLiteral("/agent%1").arg(i), this);
            if (!agent->start()) {
                qWarning("devcluster: agent %d cannot listen", i);
                delete agent;
                continue;
            }
            m_agents.append(agent);
            m_agentPorts.append(agent->port());
        }
        if (m_options.simulateAgents > 0)
            addSyntheticCluster();
    }
    for (SimMaster* master : std::as_const(m_masters)) {
        if (master->isRunning() && !master->isRegistered())
            return;
    }
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    m_marathon->setMesosLeaderUrl(leading->url());
    if (m_marathon->leader().isEmpty())
        return;
#endif
    m_readyPoll.stop();
    m_ready = true;
    emit ready();
}

void DevCluster::stop() {
    if (m_stopped)
        return;
    m_stopped = true;
    m_readyPoll.stop();
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    if (m_marathon)
        m_marathon->stop();
#endif
    for (SimAgentNode* agent : std::as_const(m_agents))
        agent->terminateAndWait();
    for (SimMaster* master : std::as_const(m_masters))
        master->kill();
    m_control->close();
    m_tls.stop();
}

SimMaster* DevCluster::leader() const {
    for (SimMaster* master : m_masters) {
        if (master->isRunning() && master->isLeading())
            return master;
    }
    return nullptr;
}

QString DevCluster::controlUrl() const { return m_control->baseUrl(); }

QJsonObject DevCluster::readyInfo() const {
    QJsonArray masters;
    for (SimMaster* master : m_masters)
        masters.append(master->url());
    QJsonArray agents;
    for (SimAgentNode* agent : m_agents)
        agents.append(agent->url());
    QJsonArray marathon;
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    if (m_marathon)
        marathon = QJsonArray::fromStringList(m_marathon->urls());
#endif
    QJsonObject info{
        {QStringLiteral("masters"), masters},
        {QStringLiteral("agents"), agents},
        {QStringLiteral("marathon"), marathon},
        {QStringLiteral("control"), controlUrl()},
        {QStringLiteral("zk"), QStringLiteral("zk://%1%2").arg(m_options.zkHosts, m_options.zkPath)}};
    // Who may sign in, never with what: the ready line is logged by tests and scripts.
    const HttpAuthGate::Options& auth = m_options.auth;
    if (!auth.user.isEmpty() || !auth.token.isEmpty() || !auth.readOnlyUser.isEmpty())
        info.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("user"), auth.user},
                                                        {QStringLiteral("read_only_user"), auth.readOnlyUser},
                                                        {QStringLiteral("token"), !auth.token.isEmpty()}});
    if (m_tls.isActive()) {
        info.insert(QStringLiteral("ca"), m_tls.caFile());
        info.insert(QStringLiteral("fingerprint"), m_tls.fingerprint());
    }
    return info;
}

bool DevCluster::rotateCertificate(QString* error) {
    if (!m_tls.isActive()) {
        *error = QStringLiteral("the devcluster was not started with --tls");
        return false;
    }
    return m_tls.rotate(error);
}

QJsonObject DevCluster::status() const {
    QJsonArray masters;
    for (qsizetype i = 0; i < m_masters.size(); ++i) {
        const SimMaster* master = m_masters.at(i);
        masters.append(QJsonObject{
            {QStringLiteral("index"), int(i)},
            {QStringLiteral("url"),
             QStringLiteral("%1://127.0.0.1:%2").arg(HttpServer::scheme()).arg(m_masterPorts.at(i))},
            {QStringLiteral("running"), master->isRunning()},
            {QStringLiteral("leading"), master->isRunning() && master->isLeading()},
            {QStringLiteral("id"), master->isRunning() ? master->masterId() : QString()}});
    }
    QJsonArray agents;
    for (qsizetype i = 0; i < m_agents.size(); ++i) {
        const SimAgentNode* agent = m_agents.at(i);
        agents.append(QJsonObject{
            {QStringLiteral("index"), int(i)},
            {QStringLiteral("url"),
             QStringLiteral("%1://127.0.0.1:%2").arg(HttpServer::scheme()).arg(m_agentPorts.at(i))},
            {QStringLiteral("running"), agent->isRunning()},
            {QStringLiteral("id"), agent->isRunning() ? agent->agentId() : QString()}});
    }
    QJsonObject json = readyInfo();
    json.insert(QStringLiteral("ready"), m_ready);
    json.insert(QStringLiteral("masters"), masters);
    json.insert(QStringLiteral("agents"), agents);
    json.insert(QStringLiteral("faults"), m_faults->rules());
    json.insert(QStringLiteral("tasks"), m_cluster->liveTaskCount());
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    if (m_marathon)
        json.insert(QStringLiteral("marathon"), m_marathon->status());
#endif
    return json;
}

bool DevCluster::killMaster(int index) {
    if (index < 0 || index >= m_masters.size() || !m_masters.at(index)->isRunning())
        return false;
    m_masters.at(index)->kill();
    return true;
}

bool DevCluster::restartMaster(int index) {
    if (index < 0 || index >= m_masters.size())
        return false;
    SimMaster* master = m_masters.at(index);
    master->kill();
    return master->start(m_masterPorts.at(index));
}

bool DevCluster::killAgent(int index) {
    if (index < 0 || index >= m_agents.size() || !m_agents.at(index)->isRunning())
        return false;
    m_agents.at(index)->kill();
    return true;
}

bool DevCluster::restartAgent(int index) {
    if (index < 0 || index >= m_agents.size())
        return false;
    SimAgentNode* agent = m_agents.at(index);
    agent->kill();
    // A removed agent comes back as a new agent (new id), on the same port.
    return agent->start(m_agentPorts.at(index));
}

bool DevCluster::killMarathon([[maybe_unused]] int index) {
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    return m_marathon && m_marathon->kill(index);
#else
    return false;
#endif
}

bool DevCluster::restartMarathon([[maybe_unused]] int index) {
#ifdef MESOSDESK_HAVE_MARATHON_SIM
    return m_marathon && m_marathon->restart(index);
#else
    return false;
#endif
}
