#include "FrameworkResourcesModel.h"

#include "MesosFormat.h"
#include "MesosRoles.h"

void FrameworkResourcesModel::setResources(const std::optional<MesosResources>& used,
                                           const std::optional<MesosResources>& offered,
                                           const std::optional<MesosResources>& reserved,
                                           const std::optional<MesosResources>& total) {
    if (used == m_used && offered == m_offered && reserved == m_reserved && total == m_total)
        return;
    m_used = used;
    m_offered = offered;
    m_reserved = reserved;
    m_total = total;
    emit dataChanged(index(0, Used), index(RowCount - 1, ColumnCount - 1));
}

const std::optional<MesosResources>& FrameworkResourcesModel::column(int c) const {
    return c == Used ? m_used : c == Offered ? m_offered : m_reserved;
}

double FrameworkResourcesModel::amount(const MesosResources& r, int row) {
    switch (row) {
    case Cpus:
        return r.cpus;
    case Mem:
        return r.mem;
    case Disk:
        return r.disk;
    default:
        return r.gpus;
    }
}

QVariant FrameworkResourcesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (index.column() == Resource) {
        if (role != Qt::DisplayRole)
            return {};
        static const char* const names[] = {QT_TR_NOOP("CPUs"), QT_TR_NOOP("Memory"), QT_TR_NOOP("Disk"),
                                            QT_TR_NOOP("GPUs")};
        return tr(names[row]);
    }
    const std::optional<MesosResources>& value = column(index.column());
    const bool memory = row == Mem || row == Disk;
    switch (role) {
    case Qt::DisplayRole: {
        if (!value)
            return tr("not reported");
        const double v = amount(*value, row);
        if (!m_total)
            return memory ? MesosFormat::memory(v) : MesosFormat::scalar(v);
        return MesosFormat::usedOfTotal(v, amount(*m_total, row), memory);
    }
    case Qt::ToolTipRole:
        if (!value)
            return index.column() == Reserved
                       ? tr("The master reports reservations only with v1 resources (the operator API)")
                       : tr("The master did not report this");
        return m_total ? tr("Of the cluster's total (every agent's resources)") : QVariant();
    case MesosRoles::FractionRole:
        return value && m_total ? MesosFormat::fraction(amount(*value, row), amount(*m_total, row))
                                : QVariant();
    case MesosRoles::SortRole:
        return value ? QVariant(amount(*value, row)) : QVariant();
    }
    return {};
}

QVariant FrameworkResourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Resource:
        return tr("Resource");
    case Used:
        return tr("Used");
    case Offered:
        return tr("Offered");
    case Reserved:
        return tr("Reserved");
    }
    return {};
}
