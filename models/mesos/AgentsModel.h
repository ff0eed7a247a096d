#pragma once

#include "AgentTaskCounts.h"
#include "KeyedRowsModel.h"
#include "ThemeNotifier.h"
#include "mesos/MesosAgent.h"

class AgentLabels;

// Registered agents and the ones gone (unreachable, removed), greyed, with when and why.
class AgentsModel : public KeyedRowsModel<MesosAgent> {
    Q_OBJECT
public:
    enum Column { Hostname, Cpus, Mem, Disk, Gpus, Ports, Tasks, Active, Version, Registered, Attributes, Id, ColumnCount };
    Q_ENUM(Column)

    // labels: how agents are named (host:port, short ids where hosts repeat); may be null.
    explicit AgentsModel(const AgentLabels* labels = nullptr, QObject* parent = nullptr)
        : KeyedRowsModel(parent), m_labels(labels) {
        ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
    }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    // The categories of the state filter ("active", "inactive", "unreachable", "removed").
    static QString category(const MesosAgent& agent);
    static QString statusText(const MesosAgent& agent); // "active", "unreachable since 14:02:11: why"

    // The store's tasks, for the running-task counts that only state-summary carries per agent.
    // known: the store has seen its tasks (ClusterStore::hasTasks), so none on an agent is a 0.
    void loadTasks(const QHash<QString, MesosTaskPtr>& tasks, bool known);
    void applyTasks(const MesosTaskChanges& changes);
    void setTasksKnown(bool known);
    // The count shown: the master's own where its document has one, else counted from the
    // tasks; -1 while neither is known (shown blank, not as 0).
    int runningTasks(const MesosAgent& agent) const;

protected:
    QVariant rowData(const MesosAgent& item, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    QVariant display(const MesosAgent& a, int column) const;
    QVariant toolTip(const MesosAgent& a, int column) const;
    void refreshTaskCounts(const QSet<QString>& agentIds);

    const AgentLabels* m_labels;
    AgentTaskCounts m_taskCounts;
};
