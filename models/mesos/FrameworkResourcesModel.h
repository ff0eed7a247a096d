#pragma once

#include "mesos/MesosResources.h"

#include <QAbstractTableModel>
#include <optional>

// A framework's resources for the framework page: CPUs, memory, disk and GPUs (rows) used,
// offered to it and reserved for it (columns), each as "amount / cluster total" with its share
// (MesosRoles::FractionRole, drawn as a bar). A column the master did not report reads "not
// reported"; a total not known yet leaves the amount without a bar. Fixed rows: updates are
// dataChanged only.
class FrameworkResourcesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Resource, Used, Offered, Reserved, ColumnCount };
    Q_ENUM(Column)
    enum Row { Cpus, Mem, Disk, Gpus, RowCount };
    Q_ENUM(Row)

    using QAbstractTableModel::QAbstractTableModel;

    void setResources(const std::optional<MesosResources>& used, const std::optional<MesosResources>& offered,
                      const std::optional<MesosResources>& reserved,
                      const std::optional<MesosResources>& total);

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : RowCount; }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const std::optional<MesosResources>& column(int c) const;
    static double amount(const MesosResources& r, int row);

    std::optional<MesosResources> m_used, m_offered, m_reserved, m_total;
};
