#pragma once

#include "KeyedRowsModel.h"
#include "mesos/MesosAgent.h"

class AgentsModel : public KeyedRowsModel<MesosAgent> {
    Q_OBJECT
public:
    enum Column { Hostname, Cpus, Mem, Disk, Gpus, Tasks, Active, Version, Registered, Attributes, Id, ColumnCount };
    Q_ENUM(Column)

    explicit AgentsModel(QObject* parent = nullptr) : KeyedRowsModel(parent) {}

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
