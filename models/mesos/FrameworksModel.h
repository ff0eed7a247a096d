#pragma once

#include "KeyedRowsModel.h"
#include "ThemeNotifier.h"
#include "mesos/MesosFramework.h"

class FrameworksModel : public KeyedRowsModel<MesosFramework> {
    Q_OBJECT
public:
    enum Column {
        Name, Active, Connected, WebUi, Cpus, Mem, Disk, Gpus, ActiveTasks, TerminalTasks, FailedTasks, Registered,
        User, Role, Id, ColumnCount
    };
    Q_ENUM(Column)

    explicit FrameworksModel(QObject* parent = nullptr) : KeyedRowsModel(parent) {
        ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
    }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

protected:
    QVariant rowData(const MesosFramework& item, int column, int role) const override;
    QString columnTitle(int column) const override;
};
