#pragma once

#include "KeyedListModel.h"
#include "marathon/MarathonPod.h"

// A pod's recent instance terminations (terminationHistory), keyed by instance id.
class PodTerminationsModel : public KeyedListModel<MarathonPod::TerminatedInstance> {
    Q_OBJECT
public:
    enum Column {
        InstanceColumn,
        StartedColumn,
        TerminatedColumn,
        ContainersColumn,
        MessageColumn,
        ColumnCount
    };

    explicit PodTerminationsModel(QObject* parent = nullptr);

    void setTerminations(const QList<MarathonPod::TerminatedInstance>& history) { replaceAll(history); }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MarathonPod::TerminatedInstance& t) const override { return t.instanceId; }
};
