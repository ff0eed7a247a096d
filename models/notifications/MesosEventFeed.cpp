#include "MesosEventFeed.h"

#include "NotificationModel.h"
#include "mesos/MesosKeys.h"
#include "mesos/MesosLeaderDetector.h"

namespace {
const QString AgentCause = QStringLiteral("agent:");
const QString LeaderCause = QStringLiteral("mesos:leader");
const QString ConnectionCause = QStringLiteral("mesos:connection");
constexpr int ListedTasks = 5; // the message lists this many; the details list them all

bool isLoss(MesosTaskState state) {
    return state == MesosTaskState::Lost || state == MesosTaskState::Unreachable ||
           state == MesosTaskState::Gone || state == MesosTaskState::GoneByOperator;
}

} // namespace

MesosEventFeed::MesosEventFeed(NotificationModel* model, QObject* parent) : QObject(parent), m_model(model) {
    m_gather.setSingleShot(true);
    m_gather.setInterval(1500);
    connect(&m_gather, &QTimer::timeout, this, &MesosEventFeed::flush);
}

QString MesosEventFeed::agentAddress(const MesosAgent& agent) {
    // pid is "slave(1)@10.0.0.1:5051": the hostname tells operators more than the IP, the
    // port tells apart agents that share a host.
    const qsizetype colon = agent.pid.lastIndexOf(u':');
    const QString port = colon >= 0 ? agent.pid.mid(colon + 1) : QString();
    const QString host =
        agent.hostname.isEmpty() ? agent.pid.section(u'@', 1).section(u':', 0, 0) : agent.hostname;
    if (host.isEmpty())
        return agent.id;
    return port.isEmpty() ? host : host + u':' + port;
}

void MesosEventFeed::reset() {
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_agentAddress.clear();
    m_goneAddresses.clear();
    m_taskStates.clear();
    m_pending.clear();
    m_pendingOrder.clear();
    m_gather.stop();
    m_lastLeader = {};
    m_hadLeader = m_wasLive = m_toldStale = false;
}

void MesosEventFeed::attach(ClusterStore* store, MesosSource* source, MesosLeaderDetector* leader) {
    reset();
    if (store) {
        for (const MesosAgentPtr& agent : store->agents())
            m_agentAddress.insert(agent->id, agentAddress(*agent));
        for (const MesosTaskPtr& task : store->tasks())
            m_taskStates.insert(MesosKeys::of(*task), task->state);
        m_connections << connect(store, &ClusterStore::agentsChanged, this, &MesosEventFeed::onAgents);
        m_connections << connect(store, &ClusterStore::tasksChanged, this, &MesosEventFeed::onTasks);
        // The store keeps an agent that went (greyed, until the operator clears it): it says so once
        // through agentsGone, while agentsChanged only redraws its row.
        m_connections << connect(store, &ClusterStore::agentsGone, this, [this](const QList<MesosAgentPtr>& agents) {
            for (const MesosAgentPtr& agent : agents) {
                Pending& p = pendingFor(agent->id);
                p.removed = true;
                // The same word as the Agents table and the Overview: unreachable or removed.
                p.agentUnreachable = agent->presence == MesosAgent::Presence::Unreachable;
            }
        });
        m_connections << connect(store, &ClusterStore::agentsBack, this, [this](const QList<MesosAgentPtr>& agents) {
            for (const MesosAgentPtr& agent : agents)
                announceBack(agentAddress(*agent), agent->id);
        });
        // Whatever was gathered dies with the store (a reconnect elsewhere): it was that cluster's.
        m_connections << connect(store, &QObject::destroyed, this,
                                 [this] { attach(nullptr, nullptr, nullptr); });
    }
    if (source)
        m_connections << connect(source, &MesosSource::statusChanged, this, &MesosEventFeed::onStatus);
    if (leader)
        m_connections << connect(leader, &MesosLeaderDetector::leaderChanged, this,
                                 &MesosEventFeed::onLeader);
}

MesosEventFeed::Pending& MesosEventFeed::pendingFor(const QString& agentId) {
    if (!m_pending.contains(agentId))
        m_pendingOrder.append(agentId);
    if (!m_gather.isActive())
        m_gather.start();
    return m_pending[agentId];
}

QString MesosEventFeed::addressOf(const QString& agentId) const {
    return m_agentAddress.value(agentId, agentId);
}

void MesosEventFeed::onAgents(const MesosAgentChanges& changes) {
    for (const auto& agent : changes.added) {
        const QString address = agentAddress(*agent);
        m_agentAddress.insert(agent->id, address);
        // A removed agent that comes back registers with a new id: its address tells it is the same one.
        announceBack(address, agent->id);
    }
    for (const auto& agent : changes.changed)
        m_agentAddress.insert(agent->id, agentAddress(*agent));
}

void MesosEventFeed::announceBack(const QString& address, const QString& agentId) {
    if (!m_goneAddresses.remove(address))
        return;
    Notification n = Notification::of(Notification::Severity::Info, Notification::Area::Agents,
                                      Notification::Kind::Event, tr("Agent %1 registered again.").arg(address),
                                      AgentCause + address);
    n.details = tr("Agent %1 registered again, as %2.").arg(address, agentId);
    m_model->post(n);
}

void MesosEventFeed::onTasks(const MesosTaskChanges& changes) {
    for (const auto& task : changes.added)
        m_taskStates.insert(MesosKeys::of(*task),
                            task->state); // a task that arrives already lost is history, not news
    for (const auto& task : changes.changed) {
        const auto before = m_taskStates.constFind(MesosKeys::of(*task));
        const bool wasLive = before != m_taskStates.cend() && !MesosTaskStates::isTerminal(*before);
        m_taskStates.insert(MesosKeys::of(*task), task->state);
        if (wasLive && isLoss(task->state)) {
            Pending& p = pendingFor(task->agentId);
            p.lostTasks.append(task->id);
            p.unreachable = p.unreachable || task->state == MesosTaskState::Unreachable;
        }
    }
    for (const QString& key : changes.removed)
        m_taskStates.remove(key);
}

void MesosEventFeed::flush() {
    m_gather.stop();
    const QList<QString> order = std::exchange(m_pendingOrder, {});
    const QHash<QString, Pending> pending = std::exchange(m_pending, {});
    for (const QString& id : order) {
        Pending p = pending.value(id);
        p.lostTasks.sort(); // a batch of updates comes in no particular order
        const QString address = addressOf(id);
        const int count = int(p.lostTasks.size());
        QString listed = QStringList(p.lostTasks.mid(0, ListedTasks)).join(QStringLiteral(", "));
        if (count > ListedTasks)
            listed = tr("%1 and %2 more").arg(listed).arg(count - ListedTasks);
        QString message;
        // One sentence per count form: untranslated, "%n task(s)" would read as it is written.
        if (p.removed && p.unreachable)
            message = count == 1
                          ? tr("Agent %1 is unreachable; its task %2 is unreachable.").arg(address, listed)
                          : tr("Agent %1 is unreachable; %n tasks on it are unreachable: %2", nullptr, count)
                                .arg(address, listed);
        else if (p.removed && p.agentUnreachable && count > 0)
            message = count == 1 ? tr("Agent %1 is unreachable; 1 task lost with it: %2").arg(address, listed)
                                 : tr("Agent %1 is unreachable; %n tasks lost with it: %2", nullptr, count)
                                       .arg(address, listed);
        else if (p.removed && p.agentUnreachable)
            message = tr("Agent %1 is unreachable.").arg(address);
        else if (p.removed && count > 0)
            message = count == 1 ? tr("Agent %1 was removed; 1 task lost with it: %2").arg(address, listed)
                                 : tr("Agent %1 was removed; %n tasks lost with it: %2", nullptr, count)
                                       .arg(address, listed);
        else if (p.removed)
            message = tr("Agent %1 was removed.").arg(address);
        else if (count > 0)
            message = count == 1 ? tr("1 task lost on agent %1: %2").arg(address, listed)
                                 : tr("%n tasks lost on agent %1: %2", nullptr, count).arg(address, listed);
        else
            continue;
        Notification n =
            Notification::of(Notification::Severity::Warning,
                             p.removed ? Notification::Area::Agents : Notification::Area::Tasks,
                             p.removed ? Notification::Kind::Condition : Notification::Kind::Event, message,
                             p.removed ? AgentCause + address : QString());
        n.details = tr("Agent %1 (%2)").arg(address, id);
        if (count > 0)
            n.details += u'\n' + p.lostTasks.join(u'\n');
        if (p.removed)
            m_goneAddresses.insert(address);
        m_model->post(n);
    }
}

void MesosEventFeed::onLeader(const MasterInfo& leader) {
    if (leader.isNull()) {
        if (m_hadLeader)
            m_model->post(Notification::of(
                Notification::Severity::Error, Notification::Area::Mesos, Notification::Kind::Condition,
                tr("No Mesos master is leading (the last leader was %1).").arg(m_lastLeader.hostPort()),
                LeaderCause));
        m_hadLeader = false;
        return;
    }
    if (!m_lastLeader.isNull() && m_lastLeader.hostPort() != leader.hostPort())
        m_model->post(Notification::of(
            Notification::Severity::Warning, Notification::Area::Mesos, Notification::Kind::Event,
            tr("The leading Mesos master changed: %1 → %2.").arg(m_lastLeader.hostPort(), leader.hostPort()),
            LeaderCause));
    else if (!m_lastLeader.isNull() && !m_hadLeader)
        m_model->post(Notification::of(Notification::Severity::Info, Notification::Area::Mesos,
                                       Notification::Kind::Event,
                                       tr("%1 leads again.").arg(leader.hostPort()), LeaderCause));
    m_lastLeader = leader;
    m_hadLeader = true;
}

void MesosEventFeed::onStatus(const MesosSource::Status& status) {
    if (status.state == MesosSource::State::Live) {
        if (std::exchange(m_toldStale, false))
            m_model->post(Notification::of(Notification::Severity::Info, Notification::Area::Mesos,
                                           Notification::Kind::Recovery, tr("Mesos data is live again."),
                                           ConnectionCause));
        m_wasLive = true;
        return;
    }
    if (status.state != MesosSource::State::Stale || !m_wasLive || m_toldStale)
        return;
    m_toldStale = true;
    Notification n = Notification::of(Notification::Severity::Warning, Notification::Area::Mesos,
                                      Notification::Kind::Condition,
                                      tr("Mesos data is stale: %1").arg(status.message), ConnectionCause);
    n.showInBar = false; // the cluster view's stale bar says it, bound to the same status
    m_model->post(n);
}
