#include "LeaderHistoryModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QBrush>
#include <QLocale>

LeaderHistoryModel::LeaderHistoryModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

void LeaderHistoryModel::record(const Entry& entry) {
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > m_capacity) {
        const int first = m_capacity;
        const int last = int(m_entries.size()) - 1;
        beginRemoveRows({}, first, last);
        m_entries.resize(m_capacity);
        endRemoveRows();
    }
}

void LeaderHistoryModel::clear() {
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

void LeaderHistoryModel::setWatchingSince(const QDateTime& since) {
    if (since == m_since)
        return;
    m_since = since;
    emit watchingSinceChanged();
}

int LeaderHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LeaderHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LeaderHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case ComponentColumn:
            return e.component;
        case LeaderColumn:
            return e.leader.isEmpty() ? tr("no leader") : e.leader;
        case VersionColumn:
            return e.version;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole && index.column() == LeaderColumn && e.leader.isEmpty()) {
        return QBrush(ThemeColors::color(ThemeColors::Role::StateError));
    } else if (role == Qt::UserRole && index.column() == TimeColumn) {
        return e.time;
    }
    return {};
}

QVariant LeaderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ComponentColumn:
        return tr("Component");
    case LeaderColumn:
        return tr("Leader");
    case VersionColumn:
        return tr("Version");
    case ColumnCount:
        break;
    }
    return {};
}
