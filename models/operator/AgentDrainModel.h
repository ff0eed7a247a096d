#pragma once

#include "operator/AgentDrain.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class AgentLabels;

// Registered agents with their drain state (Active, Disconnected, Deactivated, Draining,
// Drained), from polled GET_AGENTS answers. Updated by differences: rows inserted, removed,
// changed; never a reset.
class AgentDrainModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Agent, State, MarkGone, MaxGrace, DrainStarted, Id, ColumnCount };
    Q_ENUM(Column)

    // labels: the cluster view's agent names (host:port, short ids where hosts repeat); may be null.
    explicit AgentDrainModel(const AgentLabels* labels = nullptr, QObject* parent = nullptr);

    void apply(const QList<AgentDrain>& agents);
    const AgentDrain* at(int row) const;
    int rowOf(const QString& agentId) const { return m_rowOf.value(agentId, -1); }
    QString label(const AgentDrain& agent) const;
    static QString stateText(AgentDrain::State state);
    // The agent labels changed (another agent on the same host): every name cell again.
    void labelsChanged();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AgentDrain& agent, int column) const;

    const AgentLabels* m_labels;
    QList<AgentDrain> m_rows;
    QHash<QString, int> m_rowOf;
};
