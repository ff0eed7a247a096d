#pragma once

#include "TasksModel.h"
#include "mesos/ClusterStore.h"

// The tasks of one agent (the Agent page): framework, executor and task on each row, so a view
// sorted by framework shows each framework with its executors and their tasks together. Follows
// the store's task changes by differences, looking only at what changed (and at its own rows),
// never at the cluster's every task after the first fill. Cells read as in the Tasks tab (the
// same TasksModel formatting); the executor column is its own.
class AgentTasksModel : public TasksModel {
    Q_OBJECT
public:
    enum Column { Framework, Executor, Name, Id, State, Cpus, Mem, Disk, Started, ColumnCount };
    Q_ENUM(Column)

    // store names the frameworks (rows carry only their ids); may be null.
    AgentTasksModel(const QString& agentId, const ClusterStore* store, QObject* parent = nullptr);

    const QString& agentId() const { return m_agentId; }
    // The agent's tasks among all of a store's (one walk, when the page opens).
    void loadFrom(const QHash<QString, MesosTaskPtr>& all);
    // The part of a store's change set that concerns this agent.
    void applyChanges(const MesosTaskChanges& changes);
    // Distinct frameworks and executors among the rows (the page's summary line).
    int frameworkCount() const;
    int executorCount() const;

    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : ColumnCount;
    }

protected:
    QVariant rowData(const MesosTask& item, int column, int role) const override;
    QString columnTitle(int column) const override;
    std::pair<int, int> statusColumns() const override { return {State, Started}; }

private:
    static int tasksColumn(int column); // the Tasks tab's column showing the same, -1 for none
    QString executorText(const MesosTask& task) const;

    QString m_agentId;
};
