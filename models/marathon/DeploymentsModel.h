#pragma once

#include "KeyedListModel.h"
#include "marathon/MarathonDeployment.h"

// Running deployments, keyed by deployment id.
class DeploymentsModel : public KeyedListModel<MarathonDeployment> {
    Q_OBJECT
public:
    enum Column { IdColumn, AppsColumn, ActionsColumn, ProgressColumn, VersionColumn, ColumnCount };
    enum Role { DeploymentIdRole = Qt::UserRole + 1 };

    explicit DeploymentsModel(QObject* parent = nullptr);

    void setDeployments(const QList<MarathonDeployment>& deployments) { replaceAll(deployments); }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MarathonDeployment& d) const override { return d.id; }
};
