#pragma once

#include "KeyedListModel.h"
#include "marathon/MarathonPod.h"

// A pod's instances, one row per container of each instance (an instance without containers
// yet, PENDING, has one row of its own), keyed by "instance id/container name" and updated by
// differences, so the selection survives each poll.
class PodInstancesModel : public KeyedListModel<MarathonPod::Instance> {
    Q_OBJECT
public:
    enum Column {
        InstanceColumn,
        ContainerColumn,
        StatusColumn,
        AgentColumn,
        EndpointsColumn,
        ResourcesColumn,
        ConditionsColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role {
        InstanceIdRole = Qt::UserRole + 1,
        ContainerNameRole,
        ContainerIdRole, // the Mesos task id (empty before the container is launched)
    };

    explicit PodInstancesModel(QObject* parent = nullptr);

    // Each row holds its instance with only the one container it shows.
    void setInstances(const QList<MarathonPod::Instance>& instances);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString resourcesText(const MarathonPod::Resources& resources);
    static QString conditionsText(const QList<MarathonPod::Condition>& conditions);

protected:
    QString keyOf(const MarathonPod::Instance& row) const override;
};
