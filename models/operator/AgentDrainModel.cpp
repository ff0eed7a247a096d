#include "AgentDrainModel.h"

#include "AgentLabels.h"
#include "MesosFormat.h"
#include "MesosRoles.h"
#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QSet>
#include <algorithm>

AgentDrainModel::AgentDrainModel(const AgentLabels* labels, QObject* parent)
    : QAbstractTableModel(parent), m_labels(labels) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

void AgentDrainModel::apply(const QList<AgentDrain>& agents) {
    QHash<QString, const AgentDrain*> incoming;
    for (const AgentDrain& agent : agents)
        incoming.insert(agent.id, &agent);
    // Removals, highest row first so the lower row numbers stay valid.
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row)
        if (!incoming.contains(m_rows.at(row).id))
            gone << row;
    for (auto it = gone.crbegin(); it != gone.crend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_rows.removeAt(*it);
        endRemoveRows();
    }
    if (!gone.isEmpty()) {
        m_rowOf.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row).id, row);
    }
    QList<AgentDrain> added;
    for (const AgentDrain& agent : agents) {
        const int row = m_rowOf.value(agent.id, -1);
        if (row < 0) {
            added << agent;
        } else if (!(m_rows.at(row) == agent)) {
            m_rows[row] = agent;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const AgentDrain& agent : std::as_const(added)) {
        m_rowOf.insert(agent.id, int(m_rows.size()));
        m_rows.append(agent);
    }
    endInsertRows();
}

void AgentDrainModel::labelsChanged() {
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Agent), index(int(m_rows.size()) - 1, Agent));
}

const AgentDrain* AgentDrainModel::at(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString AgentDrainModel::label(const AgentDrain& agent) const {
    const QString known = m_labels ? m_labels->label(agent.id) : QString();
    if (!known.isEmpty())
        return known;
    return agent.port > 0 ? QStringLiteral("%1:%2").arg(agent.hostname).arg(agent.port) : agent.hostname;
}

QString AgentDrainModel::stateText(AgentDrain::State state) {
    switch (state) {
    case AgentDrain::State::Active:
        return tr("Active");
    case AgentDrain::State::Disconnected:
        return tr("Disconnected");
    case AgentDrain::State::Deactivated:
        return tr("Deactivated");
    case AgentDrain::State::Draining:
        return tr("Draining");
    case AgentDrain::State::Drained:
        return tr("Drained");
    }
    return {};
}

int AgentDrainModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int AgentDrainModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentDrainModel::display(const AgentDrain& a, int column) const {
    const bool draining = !a.drainState.isEmpty();
    switch (column) {
    case Agent:
        return label(a);
    case State:
        return stateText(a.state());
    case MarkGone:
        return draining ? (a.markGone ? tr("yes") : tr("no")) : QVariant();
    case MaxGrace:
        if (!draining)
            return {};
        return a.maxGraceSeconds >= 0 ? tr("%1 s").arg(MesosFormat::scalar(a.maxGraceSeconds))
                                      : tr("kill policy");
    case DrainStarted:
        return draining ? MesosFormat::time(a.drainStartTime) : QVariant();
    case Id:
        return a.id;
    }
    return {};
}

QVariant AgentDrainModel::data(const QModelIndex& index, int role) const {
    const AgentDrain* a = at(index.row());
    if (!a || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*a, index.column());
    case Qt::ToolTipRole:
        if (index.column() == State && a->state() == AgentDrain::State::Disconnected)
            return tr("Registered but not connected to the master: no offers until it reconnects.");
        if (index.column() == MaxGrace && !a->drainState.isEmpty() && a->maxGraceSeconds < 0)
            return tr("No maximum grace period was given: each task's own kill policy applies.");
        return display(*a, index.column());
    case Qt::ForegroundRole:
        if (a->state() == AgentDrain::State::Draining)
            return ThemeColors::color(ThemeColors::Role::StateWarning);
        break;
    case MesosRoles::KeyRole:
    case MesosRoles::IdRole:
        return a->id;
    case MesosRoles::SortRole:
        if (index.column() == State)
            return int(a->state());
        if (index.column() == DrainStarted)
            return a->drainStartTime;
        return display(*a, index.column());
    case MesosRoles::FilterTextRole:
        return QString(label(*a) + u' ' + a->id + u' ' + stateText(a->state()));
    }
    return {};
}

QVariant AgentDrainModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agent:
        return tr("Agent");
    case State:
        return tr("State");
    case MarkGone:
        return tr("Mark gone");
    case MaxGrace:
        return tr("Max grace period");
    case DrainStarted:
        return tr("Drain started");
    case Id:
        return tr("ID");
    }
    return {};
}
