#pragma once

#include "KeyedRowsModel.h"
#include "mesos/MesosAgent.h"

class AgentsModel : public KeyedRowsModel<MesosAgent> {
    Q_OBJECT
public:
    enum Column { Hostname, Cpus, Mem, Disk, Gpus, Ports, Tasks, Active, Version, Registered, Attributes, Id, ColumnCount };
    Q_ENUM(Column)

    explicit AgentsModel(QObject* parent = nullptr) : KeyedRowsModel(parent) {}

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

protected:
    QVariant rowData(const MesosAgent& item, int column, int role) const override;
    QString columnTitle(int column) const override;
};
