#include "AppTasksModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QBrush>

AppTasksModel::AppTasksModel(QObject* parent) : KeyedListModel<MarathonTask>(parent) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

int AppTasksModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AppTasksModel::healthName(MarathonTask::Health health) {
    switch (health) {
    case MarathonTask::Health::Healthy: return tr("Healthy");
    case MarathonTask::Health::Unhealthy: return tr("Unhealthy");
    case MarathonTask::Health::Unknown: break;
    }
    return tr("Unknown");
}

QVariant AppTasksModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MarathonTask& t = itemAt(index.row());
    if (role == TaskIdRole)
        return t.id;
    if (role == Qt::ForegroundRole && index.column() == HealthColumn && t.health == MarathonTask::Health::Unhealthy)
        return QBrush(ThemeColors::color(ThemeColors::Role::StateError));
    if (role == Qt::ToolTipRole && index.column() == HealthColumn)
        return t.healthCause;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn: return t.id;
    case HostColumn: return t.host;
    case PortsColumn: {
        QStringList ports;
        for (int p : t.ports)
            ports << QString::number(p);
        return ports.join(u", ");
    }
    case StateColumn: return t.state.isEmpty() ? tr("(not reported)") : t.state;
    case HealthColumn: return healthName(t.health);
    case StartedColumn: return t.startedAt.isEmpty() ? t.stagedAt : t.startedAt;
    case VersionColumn: return t.version;
    case AgentColumn: return t.slaveId;
    case ColumnCount: break;
    }
    return {};
}

QVariant AppTasksModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn: return tr("Task");
    case HostColumn: return tr("Host");
    case PortsColumn: return tr("Ports");
    case StateColumn: return tr("State");
    case HealthColumn: return tr("Health");
    case StartedColumn: return tr("Started");
    case VersionColumn: return tr("Version");
    case AgentColumn: return tr("Agent");
    case ColumnCount: break;
    }
    return {};
}
