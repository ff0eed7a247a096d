#pragma once

#include "KeyedRowsModel.h"
#include "ThemeColors.h"
#include "ThemeNotifier.h"
#include "mesos/MesosTask.h"

#include <QColor>

class AgentLabels;
class ClusterStore;

class TasksModel : public KeyedRowsModel<MesosTask> {
    Q_OBJECT
public:
    enum Column { Name, Id, Framework, Agent, State, Health, Cpus, Mem, Disk, Gpus, Started, Ip, ColumnCount };
    Q_ENUM(Column)

    // The store names frameworks and agents (task rows only carry their ids), labels say how
    // agents are shown (host:port, short ids where hosts repeat); either may be null.
    explicit TasksModel(const ClusterStore* store = nullptr, QObject* parent = nullptr,
                        const AgentLabels* labels = nullptr)
        : KeyedRowsModel(parent), m_store(store), m_labels(labels) {
        ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
    }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    static QColor stateColor(MesosTaskState state);
    static ThemeColors::Role stateRole(MesosTaskState state); // the colour's theme role

protected:
    QVariant rowData(const MesosTask& item, int column, int role) const override;
    QString columnTitle(int column) const override;
    std::pair<int, int> statusColumns() const override { return {State, Started}; }

private:
    QString frameworkName(const QString& id) const;
    QString agentLabel(const QString& id) const;
    const ClusterStore* m_store;
    const AgentLabels* m_labels;
};
