#include "DeploymentsModel.h"

DeploymentsModel::DeploymentsModel(QObject* parent) : KeyedListModel<MarathonDeployment>(parent) {}

int DeploymentsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DeploymentsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MarathonDeployment& d = itemAt(index.row());
    if (role == DeploymentIdRole)
        return d.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn: return d.id;
    case AppsColumn: return (d.affectedApps + d.affectedPods).join(u", ");
    case ActionsColumn: {
        QStringList actions;
        for (const auto& a : d.currentActions)
            actions << tr("%1 %2").arg(a.action, a.target);
        return actions.join(u"; ");
    }
    case ProgressColumn: return tr("step %1 of %2").arg(d.currentStep).arg(d.totalSteps);
    case VersionColumn: return d.version;
    case ColumnCount: break;
    }
    return {};
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn: return tr("Deployment");
    case AppsColumn: return tr("Affected apps");
    case ActionsColumn: return tr("Current actions");
    case ProgressColumn: return tr("Progress");
    case VersionColumn: return tr("Version");
    case ColumnCount: break;
    }
    return {};
}
