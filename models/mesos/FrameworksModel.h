#pragma once

#include "KeyedRowsModel.h"
#include "mesos/MesosFramework.h"

class FrameworksModel : public KeyedRowsModel<MesosFramework> {
    Q_OBJECT
public:
    enum Column {
        Name, Active, Connected, WebUi, Cpus, Mem, Disk, Gpus, ActiveTasks, TerminalTasks, FailedTasks, Registered,
        User, Role, Id, ColumnCount
    };
    Q_ENUM(Column)

    explicit FrameworksModel(QObject* parent = nullptr) : KeyedRowsModel(parent) {}

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
