#include "ClusterStore.h"

#include "MesosJsonParser.h"
#include "MesosKeys.h"
#include "core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <algorithm>

struct ClusterStore::Previous {
    QHash<QString, MesosAgentPtr> agents;
    QHash<QString, MesosFrameworkPtr> frameworks;
    QHash<QString, MesosTaskPtr> tasks;
};

struct ClusterStore::Result {
    std::shared_ptr<const MesosSnapshot> snapshot;
    QString error;
    quint64 baseGeneration = 0;
    MesosAgentChanges agents;
    MesosFrameworkChanges frameworks;
    MesosTaskChanges tasks;
};

namespace {

template <typename T>
struct Touched {
    QHash<QString, bool> existedBefore;
    void touch(const QString& key, bool existed) {
        if (!existedBefore.contains(key))
            existedBefore.insert(key, existed);
    }
    MesosChangeSet<T> changes(const QHash<QString, std::shared_ptr<const T>>& now) const {
        MesosChangeSet<T> set;
        for (auto it = existedBefore.cbegin(); it != existedBefore.cend(); ++it) {
            const auto found = now.constFind(it.key());
            if (found == now.cend()) {
                if (it.value())
                    set.removed.append(it.key());
            } else if (it.value()) {
                set.changed.append(found.value());
            } else {
                set.added.append(found.value());
            }
        }
        return set;
    }
};
// States the master gives the tasks of an agent it lost (master.cpp __removeSlave / markGone).
bool isLoss(MesosTaskState state) {
    return state == MesosTaskState::Lost || state == MesosTaskState::Unreachable ||
           state == MesosTaskState::Gone || state == MesosTaskState::GoneByOperator;
}
} // namespace

ClusterStore::ClusterStore(QObject* parent) : QObject(parent), m_guard(this) {}

ClusterStore::~ClusterStore() = default;

void ClusterStore::startWorker(std::function<std::shared_ptr<Result>()> work, Done done) {
    const quint64 ticket = m_nextTicket++;
    ++m_pending;
    m_ready.insert(ticket, {nullptr, std::move(done)});
    QThreadPool::globalInstance()->start([guard = m_guard.handle(), this, ticket, work = std::move(work)] {
        std::shared_ptr<Result> result = work();
        guard.post([this, ticket, result] { deliver(ticket, result); });
    });
}

void ClusterStore::ingest(const QByteArray& body, Document kind, Done done) {
    const auto agents = m_agents;
    const auto frameworks = m_frameworks;
    const auto tasks = m_tasks;
    const quint64 generation = m_generation;
    startWorker(
        [body, kind, agents, frameworks, tasks, generation] {
            auto result = std::make_shared<Result>();
            result->baseGeneration = generation;
            MesosJsonParser::Result<std::shared_ptr<MesosSnapshot>> parsed =
                kind == Document::State          ? MesosJsonParser::parseState(body)
                : kind == Document::StateSummary ? MesosJsonParser::parseStateSummary(body)
                                                 : MesosJsonParser::parseV1Response(body);
            if (!parsed.ok()) {
                result->error = parsed.error;
                return result;
            }
            result->snapshot = parsed.value;
            result->agents = MesosAgentChanges::between(agents, parsed.value->agents);
            result->frameworks = MesosFrameworkChanges::between(frameworks, parsed.value->frameworks);
            if (parsed.value->hasTasks)
                result->tasks = MesosTaskChanges::between(tasks, parsed.value->tasks, &parsed.value->taskOrder);
            return result;
        },
        std::move(done));
}

void ClusterStore::ingestSnapshot(std::shared_ptr<const MesosSnapshot> snapshot, Done done) {
    const auto agents = m_agents;
    const auto frameworks = m_frameworks;
    const auto tasks = m_tasks;
    const quint64 generation = m_generation;
    startWorker(
        [snapshot, agents, frameworks, tasks, generation] {
            auto result = std::make_shared<Result>();
            result->baseGeneration = generation;
            result->snapshot = snapshot;
            result->agents = MesosAgentChanges::between(agents, snapshot->agents);
            result->frameworks = MesosFrameworkChanges::between(frameworks, snapshot->frameworks);
            if (snapshot->hasTasks)
                result->tasks = MesosTaskChanges::between(tasks, snapshot->tasks, &snapshot->taskOrder);
            return result;
        },
        std::move(done));
}

void ClusterStore::deliver(quint64 ticket, std::shared_ptr<Result> result) {
    auto it = m_ready.find(ticket);
    if (it == m_ready.end())
        return;
    it->first = std::move(result);
    // Apply strictly in submission order: a slow big state must not overwrite a newer one.
    while (true) {
        auto next = m_ready.find(m_nextToApply);
        if (next == m_ready.end() || !next->first)
            break;
        auto [ready, done] = *next;
        m_ready.erase(next);
        ++m_nextToApply;
        --m_pending;
        if (ready->error.isEmpty())
            apply(*ready);
        if (done)
            done(ready->error);
    }
}

void ClusterStore::apply(Result& r) {
    const MesosSnapshot& s = *r.snapshot;
    if (r.baseGeneration != m_generation) {
        // Events changed the store while the worker ran: its diff is stale, redo it here.
        r.agents = MesosAgentChanges::between(m_agents, s.agents);
        r.frameworks = MesosFrameworkChanges::between(m_frameworks, s.frameworks);
        if (s.hasTasks)
            r.tasks = MesosTaskChanges::between(m_tasks, s.tasks, &s.taskOrder);
    }
    // The previous generation dies after the views have moved to the new one (below), on a
    // worker: freeing 50,000 tasks here would stall the event loop for tens of milliseconds.
    auto previous = std::make_shared<Previous>(Previous{std::move(m_agents), std::move(m_frameworks), {}});
    m_agents = s.agents;
    // After a failover the master lists agents it recovered from its registry apart until they
    // re-register (seconds, up to agent_reregister_timeout): keep them as they were, not gone.
    if (!s.recoveredAgents.isEmpty() && !r.agents.removed.isEmpty()) {
        QStringList removed;
        for (const QString& id : std::as_const(r.agents.removed)) {
            const MesosAgentPtr last = previous->agents.value(id);
            if (last && s.recoveredAgents.contains(id))
                m_agents.insert(id, last);
            else
                removed.append(id);
        }
        r.agents.removed = removed;
    }
    m_frameworks = s.frameworks;
    if (s.hasTasks) {
        previous->tasks = std::move(m_tasks);
        m_tasks = s.tasks;
        m_haveTasks = true;
    }
    const MesosMasterSummary& m = s.master;
    auto merge = [](QString& into, const QString& from) {
        if (!from.isEmpty())
            into = from;
    };
    merge(m_master.id, m.id);
    merge(m_master.hostname, m.hostname);
    merge(m_master.cluster, m.cluster);
    merge(m_master.version, m.version);
    merge(m_master.leader, m.leader);
    if (m.startTime > 0)
        m_master.startTime = m.startTime;
    if (m.electedTime > 0)
        m_master.electedTime = m.electedTime;
    if (m.activatedAgents >= 0)
        m_master.activatedAgents = m.activatedAgents;
    if (m.deactivatedAgents >= 0)
        m_master.deactivatedAgents = m.deactivatedAgents;
    if (m.unreachableAgents >= 0)
        m_master.unreachableAgents = m.unreachableAgents;
    const Departures departures = trackDepartures(r.agents, previous->agents);
    reconcileGoneKinds(r.agents);
    if (!r.agents.isEmpty() || !r.frameworks.isEmpty() || !r.tasks.isEmpty())
        ++m_generation;
    m_lastUpdate = Clock::currentDateTimeUtc();
    if (!r.agents.isEmpty() || !r.agents.current.isEmpty())
        emit agentsChanged(r.agents);
    emitDepartures(departures);
    if (!r.frameworks.isEmpty() || !r.frameworks.current.isEmpty())
        emit frameworksChanged(r.frameworks);
    if (!r.tasks.isEmpty() || !r.tasks.current.isEmpty())
        emit tasksChanged(r.tasks);
    emit masterChanged();
    emit updated();
    r = Result{}; // its change sets hold references to the previous generation too
    QThreadPool::globalInstance()->start([previous = std::move(previous)]() mutable { previous.reset(); });
}

void ClusterStore::applyEvents(const QList<MesosEvent>& events) {
    Touched<MesosAgent> agents;
    Touched<MesosFramework> frameworks;
    Touched<MesosTask> tasks;
    QHash<QString, MesosAgentPtr> removedAgents; // as last listed, to keep as gone rows
    QSet<QString> lossesOnGone;                  // gone agents whose tasks' fate arrived after them
    bool statusOnly = true;
    auto bumpCount = [&](const QString& frameworkId, MesosTaskState from, MesosTaskState to, bool hadFrom) {
        auto it = m_frameworks.find(frameworkId);
        if (it == m_frameworks.end())
            return;
        auto copy = std::make_shared<MesosFramework>(**it);
        if (hadFrom && copy->taskCounts[size_t(from)] > 0)
            copy->taskCounts[size_t(from)]--;
        copy->taskCounts[size_t(to)]++;
        copy->rawHash = copy->rawHash * 31 + size_t(to) + 1;
        frameworks.touch(frameworkId, true);
        *it = std::move(copy);
    };
    for (const MesosEvent& e : events) {
        switch (e.type) {
        case MesosEvent::Type::TaskAdded: {
            if (!e.task)
                break;
            statusOnly = false;
            const QString key = MesosKeys::of(*e.task);
            auto it = m_tasks.find(key);
            const bool existed = it != m_tasks.end();
            tasks.touch(key, existed);
            bumpCount(e.task->frameworkId, existed ? (*it)->state : e.task->state, e.task->state, existed);
            m_tasks.insert(key, e.task);
            break;
        }
        case MesosEvent::Type::TaskUpdated: {
            const QString key = MesosKeys::task(e.frameworkId, e.id);
            auto it = m_tasks.find(key);
            if (it == m_tasks.end())
                break; // not known yet (its TASK_ADDED was before our SUBSCRIBED); the next resync has it
            auto copy = std::make_shared<MesosTask>(**it);
            const MesosTaskState before = copy->state;
            if (e.taskState != MesosTaskState::Unknown)
                copy->state = e.taskState;
            if (e.health != MesosTask::Health::Unknown)
                copy->health = e.health;
            if (!e.status.isEmpty())
                copy->latestStatus = e.status;
            if (e.timestamp > 0) {
                copy->updateTime = e.timestamp;
                if (copy->state == MesosTaskState::Running && copy->startTime == 0)
                    copy->startTime = e.timestamp;
            }
            copy->rawHash = copy->rawHash * 1099511628211ULL + size_t(copy->state) * 16 + size_t(copy->health);
            tasks.touch(key, true);
            if (before != copy->state)
                bumpCount(copy->frameworkId, before, copy->state, true);
            if (isLoss(copy->state) && !m_gone.isEmpty() && m_gone.contains(copy->agentId))
                lossesOnGone.insert(copy->agentId);
            *it = std::move(copy);
            break;
        }
        case MesosEvent::Type::AgentAdded:
            if (e.agent) {
                agents.touch(e.agent->id, m_agents.contains(e.agent->id));
                m_agents.insert(e.agent->id, e.agent);
            }
            break;
        case MesosEvent::Type::AgentRemoved:
            if (const MesosAgentPtr last = m_agents.take(e.id)) {
                agents.touch(e.id, true);
                removedAgents.insert(e.id, last);
            }
            break;
        case MesosEvent::Type::FrameworkAdded:
        case MesosEvent::Type::FrameworkUpdated:
            if (e.framework) {
                auto copy = std::make_shared<MesosFramework>(*e.framework);
                const auto old = m_frameworks.constFind(e.framework->id);
                if (old != m_frameworks.cend())
                    copy->taskCounts = (*old)->taskCounts; // the event carries no counters
                const QString id = copy->id;
                frameworks.touch(id, old != m_frameworks.cend());
                m_frameworks.insert(id, std::move(copy));
            }
            break;
        case MesosEvent::Type::FrameworkRemoved:
            // It stays listed as completed, as GET_STATE and /master/state list it from now on.
            if (const auto it = m_frameworks.find(e.id); it != m_frameworks.end()) {
                auto copy = std::make_shared<MesosFramework>(**it);
                copy->active = false;
                copy->connected = false;
                copy->completed = true;
                copy->used = {}; // its tasks are gone with it
                copy->rawHash = copy->rawHash * 31 + 7;
                frameworks.touch(e.id, true);
                *it = std::move(copy);
            }
            break;
        default:
            break;
        }
    }
    MesosAgentChanges agentChanges = agents.changes(m_agents);
    const Departures departures = trackDepartures(agentChanges, removedAgents);
    // The master reports an agent's tasks lost when it loses the agent; should that news come
    // after the agent went, its gone row learns when and why now.
    for (const QString& id : std::as_const(lossesOnGone)) {
        const auto gone = m_gone.constFind(id);
        if (gone == m_gone.cend() || departures.gone.contains(gone.value()))
            continue;
        MesosAgent last = **gone;
        last.goneReason.clear();
        *m_gone.find(id) = buryAgent(last);
        agentChanges.changed.append(m_gone.value(id));
    }
    reconcileGoneKinds(agentChanges);
    const MesosFrameworkChanges frameworkChanges = frameworks.changes(m_frameworks);
    MesosTaskChanges taskChanges = tasks.changes(m_tasks);
    taskChanges.statusOnly = statusOnly && taskChanges.added.isEmpty() && taskChanges.removed.isEmpty();
    if (agentChanges.isEmpty() && frameworkChanges.isEmpty() && taskChanges.isEmpty())
        return;
    ++m_generation;
    m_lastUpdate = Clock::currentDateTimeUtc();
    if (!agentChanges.isEmpty())
        emit agentsChanged(agentChanges);
    if (!frameworkChanges.isEmpty())
        emit frameworksChanged(frameworkChanges);
    if (!taskChanges.isEmpty())
        emit tasksChanged(taskChanges);
    emitDepartures(departures);
    emit updated();
}

ClusterStore::Departures ClusterStore::trackDepartures(MesosAgentChanges& changes,
                                                       const QHash<QString, MesosAgentPtr>& before) {
    Departures d;
    if (!changes.removed.isEmpty()) {
        QStringList stillRemoved;
        for (const QString& id : std::as_const(changes.removed)) {
            const MesosAgentPtr last = before.value(id);
            if (!last) {
                stillRemoved.append(id);
                continue;
            }
            MesosAgentPtr gone = buryAgent(*last);
            m_gone.insert(id, gone);
            changes.changed.append(gone);
            d.gone.append(std::move(gone));
        }
        changes.removed = stillRemoved;
    }
    if (!m_gone.isEmpty())
        for (const MesosAgentPtr& agent : std::as_const(changes.added))
            if (m_gone.remove(agent->id) > 0)
                d.back.append(agent); // its row is there: the views take it as a change
    return d;
}

MesosAgentPtr ClusterStore::buryAgent(const MesosAgent& last) const {
    auto gone = std::make_shared<MesosAgent>(last);
    gone->active = false;
    gone->runningTasks = 0; // the master counts its tasks lost
    double mastersTime = 0;
    bool unreachable = false;
    for (const MesosTaskPtr& t : m_tasks) {
        if (t->agentId != last.id || !isLoss(t->state))
            continue;
        unreachable = unreachable || t->state == MesosTaskState::Unreachable;
        mastersTime = std::max(mastersTime, t->updateTime);
        if (gone->goneReason.isEmpty() && !t->latestStatus.isEmpty()) {
            const QJsonObject status = QJsonDocument::fromJson(t->latestStatus.bytes()).object();
            gone->goneReason = status.value(QLatin1String("message")).toString();
            if (gone->goneReason.isEmpty())
                gone->goneReason = status.value(QLatin1String("reason")).toString();
        }
    }
    // The master marks an agent unreachable when it fails its health checks ("health check timed
    // out", master.cpp markUnreachable); other removals (gone, machine down, shutdown) differ.
    unreachable = unreachable ||
                  gone->goneReason.contains(QLatin1String("unreachable"), Qt::CaseInsensitive) ||
                  gone->goneReason.contains(QLatin1String("health check"), Qt::CaseInsensitive);
    gone->presence = unreachable ? MesosAgent::Presence::Unreachable : MesosAgent::Presence::Removed;
    gone->goneTimeIsMasters = mastersTime > 0;
    gone->goneTime = mastersTime > 0 ? mastersTime : double(Clock::currentMSecsSinceEpoch()) / 1000.0;
    gone->rawHash = last.rawHash * 31 + size_t(gone->presence) + 1;
    return gone;
}

// AGENT_REMOVED does not say whether the agent is unreachable or removed. When the master counts
// more unreachable agents than the gone rows say, the newest rows without a reason are those.
void ClusterStore::reconcileGoneKinds(MesosAgentChanges& changes) {
    if (m_gone.isEmpty())
        return;
    int counted = m_master.unreachableAgents;
    if (counted < 0 && m_metrics.contains(QStringLiteral("master/slaves_unreachable")))
        counted = int(m_metrics.value(QStringLiteral("master/slaves_unreachable")));
    int listed = 0;
    QList<MesosAgentPtr> undetermined;
    for (const MesosAgentPtr& a : std::as_const(m_gone)) {
        if (a->presence == MesosAgent::Presence::Unreachable)
            ++listed;
        else if (a->goneReason.isEmpty())
            undetermined.append(a);
    }
    if (counted <= listed || undetermined.isEmpty())
        return;
    std::sort(undetermined.begin(), undetermined.end(),
              [](const MesosAgentPtr& a, const MesosAgentPtr& b) { return a->goneTime > b->goneTime; });
    for (qsizetype i = 0; i < undetermined.size() && listed < counted; ++i, ++listed) {
        auto copy = std::make_shared<MesosAgent>(*undetermined.at(i));
        copy->presence = MesosAgent::Presence::Unreachable;
        copy->rawHash = copy->rawHash * 31 + 3;
        m_gone.insert(copy->id, copy);
        changes.changed.erase(std::remove_if(changes.changed.begin(), changes.changed.end(),
                                             [&](const MesosAgentPtr& c) { return c->id == copy->id; }),
                              changes.changed.end());
        changes.changed.append(std::move(copy));
    }
}

void ClusterStore::emitDepartures(const Departures& departures) {
    if (!departures.gone.isEmpty()) {
        // What was announced is what the rows now hold (a reconciled kind included).
        QList<MesosAgentPtr> gone;
        for (const MesosAgentPtr& a : departures.gone)
            gone.append(m_gone.value(a->id, a));
        emit agentsGone(gone);
    }
    if (!departures.back.isEmpty())
        emit agentsBack(departures.back);
}

QHash<QString, MesosAgentPtr> ClusterStore::agentRows() const {
    QHash<QString, MesosAgentPtr> rows = m_agents;
    for (auto it = m_gone.cbegin(); it != m_gone.cend(); ++it)
        rows.insert(it.key(), it.value());
    return rows;
}

void ClusterStore::clearGoneAgents() {
    if (m_gone.isEmpty())
        return;
    MesosAgentChanges changes;
    changes.removed = m_gone.keys();
    m_gone.clear();
    ++m_generation;
    emit agentsChanged(changes);
    emit updated();
}

void ClusterStore::setMasterVersion(const QString& version) {
    if (version.isEmpty() || version == m_master.version)
        return;
    m_master.version = version;
    emit masterChanged();
}

void ClusterStore::setMasterLeader(const QString& hostPort) {
    if (hostPort.isEmpty() || hostPort == m_master.leader)
        return;
    m_master.leader = hostPort;
    emit masterChanged();
}

void ClusterStore::clearMasterLeader() {
    if (m_master.leader.isEmpty())
        return;
    m_master.leader.clear();
    emit masterChanged();
}

void ClusterStore::setMetrics(const MesosMetrics& metrics) {
    m_metrics = metrics;
    MesosAgentChanges reclassified;
    reconcileGoneKinds(reclassified);
    if (!reclassified.isEmpty()) {
        ++m_generation;
        emit agentsChanged(reclassified);
    }
    emit metricsChanged();
}

MesosResources ClusterStore::totalResources() const {
    MesosResources sum;
    for (const MesosAgentPtr& a : m_agents)
        sum += a->total;
    return sum;
}

MesosResources ClusterStore::usedResources() const {
    MesosResources sum;
    for (const MesosAgentPtr& a : m_agents)
        sum += a->used;
    return sum;
}
