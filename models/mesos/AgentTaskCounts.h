#pragma once

#include "mesos/ClusterStore.h"

#include <QHash>
#include <QSet>
#include <QString>

// How many tasks run on each agent, kept from the store's task change sets. The master's
// documents carry that count only in /master/state-summary; with /master/state, GET_STATE or
// the SUBSCRIBE stream the Agents view would otherwise have nothing to show. Work is in
// proportion to what changed, never a walk of every task per update.
class AgentTaskCounts {
public:
    // Starts over from a whole collection (a new session's store); known: the store has seen a
    // document that lists tasks (an empty list then means none run anywhere).
    void load(const QHash<QString, MesosTaskPtr>& tasks, bool known);
    void setKnown(bool known) { m_known = known; }
    // Returns the agents whose count changed.
    QSet<QString> apply(const MesosTaskChanges& changes);
    void clear();

    bool isKnown() const { return m_known; }
    int runningOn(const QString& agentId) const { return m_runningOn.value(agentId, 0); }

private:
    void count(const QString& key, const MesosTask& task, QSet<QString>& touched);
    void uncount(const QString& key, QSet<QString>& touched);

    QHash<QString, QString> m_agentOfRunning; // task key -> agent id, running tasks only
    QHash<QString, int> m_runningOn;
    bool m_known = false;
};
