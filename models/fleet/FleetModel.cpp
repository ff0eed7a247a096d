#include "FleetModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QLocale>

FleetModel::FleetModel(QObject* parent) : QAbstractTableModel(parent) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

int FleetModel::rowOf(const QString& profileId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).profile.id == profileId)
            return i;
    }
    return -1;
}

void FleetModel::setProfiles(const QList<Profile>& profiles) {
    // Gone first, then what changed or stayed, then the new ones at their place.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString id = m_rows.at(i).profile.id;
        if (std::none_of(profiles.cbegin(), profiles.cend(), [&](const Profile& p) { return p.id == id; })) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile& p = profiles.at(i);
        const int at = rowOf(p.id);
        if (at < 0) {
            const int row = qMin(i, int(m_rows.size()));
            beginInsertRows({}, row, row);
            m_rows.insert(row, Row{p, {}});
            endInsertRows();
        } else if (!(m_rows.at(at).profile == p)) {
            m_rows[at].profile = p;
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
    }
    emit summaryChanged();
}

void FleetModel::setStatus(const QString& profileId, const FleetStatus& status) {
    const int row = rowOf(profileId);
    if (row < 0 || m_rows.at(row).status == status)
        return;
    m_rows[row].status = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit summaryChanged();
}

int FleetModel::count(FleetStatus::State state) const {
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Row& r) { return r.status.state == state; }));
}

FleetStatus::State FleetModel::worst() const {
    FleetStatus::State worst = FleetStatus::State::Connected;
    for (const Row& r : m_rows)
        worst = qMin(worst, r.status.state);
    return worst;
}

QString FleetModel::summary() const {
    QStringList parts;
    for (auto state :
         {FleetStatus::State::Connected, FleetStatus::State::NoLeader, FleetStatus::State::Unreachable,
          FleetStatus::State::AuthNeeded, FleetStatus::State::AuthFailed, FleetStatus::State::TlsUntrusted,
          FleetStatus::State::Checking}) {
        if (const int n = count(state))
            parts << tr("%1: %2").arg(stateText(state)).arg(n);
    }
    if (parts.isEmpty())
        return tr("No cluster profiles");
    return tr("%n cluster(s) — %1", nullptr, int(m_rows.size())).arg(parts.join(QStringLiteral(", ")));
}

QString FleetModel::stateText(FleetStatus::State state) {
    switch (state) {
    case FleetStatus::State::TlsUntrusted:
        return tr("TLS not trusted");
    case FleetStatus::State::AuthFailed:
        return tr("Authentication failed");
    case FleetStatus::State::AuthNeeded:
        return tr("Authentication needed");
    case FleetStatus::State::Unreachable:
        return tr("Unreachable");
    case FleetStatus::State::NoLeader:
        return tr("No leader");
    case FleetStatus::State::Checking:
        return tr("Checking…");
    case FleetStatus::State::Connected:
        break;
    }
    return tr("Connected");
}

int FleetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString known(int value) {
    return value < 0 ? QString() : QLocale().toString(value);
}
} // namespace

QVariant FleetModel::display(const Row& row, int column) const {
    const FleetStatus& s = row.status;
    switch (Column(column)) {
    case NameColumn:
        return row.profile.name;
    case StateColumn:
        return s.reason.isEmpty() ? stateText(s.state) : tr("%1: %2").arg(stateText(s.state), s.reason);
    case LeaderColumn:
        return s.leader;
    case VersionColumn:
        return s.version;
    case AgentsColumn:
        if (s.agentsActive < 0)
            return QString();
        return s.agentsUnreachable > 0
                   ? tr("%1 active, %2 unreachable").arg(known(s.agentsActive), known(s.agentsUnreachable))
                   : tr("%1 active").arg(known(s.agentsActive));
    case TasksColumn:
        if (s.tasksRunning < 0)
            return QString();
        return s.tasksFailed > 0
                   ? tr("%1 running, %2 failed").arg(known(s.tasksRunning), known(s.tasksFailed))
                   : tr("%1 running").arg(known(s.tasksRunning));
    case DeploymentsColumn:
        return known(s.deployments);
    case LastGoodColumn:
        // The time of day; the full date is in the tooltip.
        return s.lastGood.isValid()
                   ? QLocale().toString(s.lastGood.toLocalTime().time(), QStringLiteral("HH:mm:ss"))
                   : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FleetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DeploymentsColumn && row.status.deployments < 0)
            return row.status.marathonProblem;
        if (index.column() == LastGoodColumn && row.status.lastGood.isValid())
            return QLocale().toString(row.status.lastGood.toLocalTime(), QLocale::LongFormat);
        return index.column() == StateColumn ? display(row, index.column()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && row.status.state < FleetStatus::State::Checking)
            return ThemeColors::color(ThemeColors::Role::StateError);
        return {};
    case SortRole:
        // Worst first, then by name, so that equal states keep a stable, readable order.
        return QStringLiteral("%1 %2").arg(int(row.status.state)).arg(row.profile.name.toLower());
    case ProfileIdRole:
        return row.profile.id;
    case StateRole:
        return int(row.status.state);
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Profile");
    case StateColumn:
        return tr("State");
    case LeaderColumn:
        return tr("Leading master");
    case VersionColumn:
        return tr("Version");
    case AgentsColumn:
        return tr("Agents");
    case TasksColumn:
        return tr("Tasks");
    case DeploymentsColumn:
        return tr("Deployments");
    case LastGoodColumn:
        return tr("Last good answer");
    case ColumnCount:
        break;
    }
    return {};
}
