#pragma once

#include "MesosChangeSet.h"
#include "MesosEvent.h"
#include "MesosMetrics.h"
#include "MesosSnapshot.h"
#include "core/LifetimeGuard.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

using MesosAgentChanges = MesosChangeSet<MesosAgent>;
using MesosFrameworkChanges = MesosChangeSet<MesosFramework>;
using MesosTaskChanges = MesosChangeSet<MesosTask>;

// The current truth about one cluster, on the GUI thread. Big documents are parsed and
// diffed on a worker thread (QThreadPool); only the resulting change sets are applied here,
// so the event loop never waits for a 50 MB state. Stream events are small and applied
// directly, in batches.
class ClusterStore : public QObject {
    Q_OBJECT
public:
    enum class Document { State, StateSummary, V1State };
    // Called on the GUI thread once the document is applied; error empty on success.
    using Done = std::function<void(const QString& error)>;

    explicit ClusterStore(QObject* parent = nullptr);
    ~ClusterStore() override;

    // Parse (off the GUI thread), diff and apply. Results are applied in submission order.
    void ingest(const QByteArray& body, Document kind, Done done = {});
    // An already parsed snapshot (SUBSCRIBED's get_state): diffed off the GUI thread.
    void ingestSnapshot(std::shared_ptr<const MesosSnapshot> snapshot, Done done = {});
    void applyEvents(const QList<MesosEvent>& events);
    void setMetrics(const MesosMetrics& metrics);
    // The leader's version when the documents do not carry it (state-summary, the event stream):
    // from its MasterInfo in ZooKeeper or from /version.
    void setMasterVersion(const QString& version);
    // The master answering (always the leader: standbys redirect), "host:port"; state-summary
    // and the event stream do not name it.
    void setMasterLeader(const QString& hostPort);
    // No master leads: the last leader is not named as if it still did (the rest stays).
    void clearMasterLeader();
    // "http" or "https", as the masters are reached: agents are reached the same way (their
    // state names only host and port; Mesos's web UI uses its own page's scheme).
    void setMasterScheme(const QString& scheme) { m_masterScheme = scheme; }
    const QString& masterScheme() const { return m_masterScheme; }

    bool isBusy() const { return m_pending > 0; } // a document is being parsed
    // The agents the master lists (registered, active or not).
    const QHash<QString, MesosAgentPtr>& agents() const { return m_agents; }
    // Agents the master stopped listing (AGENT_REMOVED, or gone from a document), kept with
    // presence Unreachable or Removed, when and why, until clearGoneAgents(); an agent that
    // re-registers under its id leaves this list.
    const QHash<QString, MesosAgentPtr>& goneAgents() const { return m_gone; }
    // What the Agents view lists: agents() and goneAgents() (the rows agentsChanged describes).
    QHash<QString, MesosAgentPtr> agentRows() const;
    void clearGoneAgents();
    // Which cluster this store holds (the connection target), so per-cluster things kept across
    // sessions (chart history) can tell a reconnect to the same cluster from another one.
    void setClusterKey(const QString& key) { m_clusterKey = key; }
    QString clusterKey() const { return m_clusterKey; }
    const QHash<QString, MesosFrameworkPtr>& frameworks() const { return m_frameworks; }
    const QHash<QString, MesosTaskPtr>& tasks() const { return m_tasks; }
    const MesosMasterSummary& master() const { return m_master; }
    const MesosMetrics& metrics() const { return m_metrics; }
    bool hasMetrics() const { return !m_metrics.values.isEmpty(); }
    bool hasTasks() const { return m_haveTasks; }
    QDateTime lastUpdate() const { return m_lastUpdate; }

    // Cluster-wide totals from the agents (for when /metrics/snapshot is missing).
    MesosResources totalResources() const;
    MesosResources usedResources() const;

signals:
    // Rows of agentRows(): an agent that goes arrives as `changed` (its copy with presence set),
    // one that comes back likewise; clearGoneAgents() sends the cleared ones as `removed`.
    void agentsChanged(const MesosAgentChanges& changes);
    // Agents that just went (presence Unreachable or Removed, goneTime, goneReason set), once
    // each, after agentsChanged; and agents back under the same id (registered again).
    void agentsGone(const QList<MesosAgentPtr>& agents);
    void agentsBack(const QList<MesosAgentPtr>& agents);
    void frameworksChanged(const MesosFrameworkChanges& changes);
    void tasksChanged(const MesosTaskChanges& changes);
    void masterChanged();
    void metricsChanged();
    void updated(); // after any document or batch of events

private:
    struct Result;
    struct Previous;
    void deliver(quint64 ticket, std::shared_ptr<Result> result);
    void apply(Result& result);
    void startWorker(std::function<std::shared_ptr<Result>()> work, Done done);
    // Turns agents that left the master's list into gone rows, and takes back the ones that
    // returned; what it gives emitGoneAndBack() to announce.
    struct Departures {
        QList<MesosAgentPtr> gone;
        QList<MesosAgentPtr> back;
    };
    Departures trackDepartures(MesosAgentChanges& changes, const QHash<QString, MesosAgentPtr>& before);
    MesosAgentPtr buryAgent(const MesosAgent& last) const;
    void reconcileGoneKinds(MesosAgentChanges& changes);
    void emitDepartures(const Departures& departures);

    QHash<QString, MesosAgentPtr> m_agents;
    QHash<QString, MesosFrameworkPtr> m_frameworks;
    QHash<QString, MesosTaskPtr> m_tasks;
    QHash<QString, MesosAgentPtr> m_gone;
    QString m_clusterKey;
    MesosMasterSummary m_master;
    QString m_masterScheme = QStringLiteral("http");
    MesosMetrics m_metrics;
    bool m_haveTasks = false;
    QDateTime m_lastUpdate;
    quint64 m_generation = 0; // bumped on every change; a worker's diff is valid only against its base
    int m_pending = 0;
    quint64 m_nextTicket = 0;
    quint64 m_nextToApply = 0;
    QHash<quint64, std::pair<std::shared_ptr<Result>, Done>> m_ready;
    LifetimeGuard m_guard; // last member: destroyed first, before anything a late worker could touch
};
