#include "AgentsModel.h"

#include "MesosFormat.h"

QVariant AgentsModel::rowData(const MesosAgent& a, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Hostname:
            return a.hostname;
        case Cpus:
            return MesosFormat::usedOfTotal(a.used.cpus, a.total.cpus, false);
        case Mem:
            return MesosFormat::usedOfTotal(a.used.mem, a.total.mem, true);
        case Disk:
            return MesosFormat::usedOfTotal(a.used.disk, a.total.disk, true);
        case Gpus:
            return a.total.gpus > 0 ? MesosFormat::usedOfTotal(a.used.gpus, a.total.gpus, false) : QString();
        case Ports:
            return a.total.ports.isEmpty() ? QString()
                                           : MesosFormat::usedOfTotal(MesosFormat::portCount(a.used.ports),
                                                                      MesosFormat::portCount(a.total.ports), false);
        case Tasks:
            return a.runningTasks >= 0 ? QVariant(a.runningTasks) : QVariant();
        case Active:
            return a.active ? tr("active") : tr("inactive");
        case Version:
            return a.version;
        case Registered:
            return MesosFormat::time(a.registeredTime);
        case Attributes:
            return a.attributesText();
        case Id:
            return a.id;
        }
        break;
    case MesosRoles::SortRole:
        switch (column) {
        case Cpus:
            return a.total.cpus > 0 ? a.used.cpus / a.total.cpus : -1.0;
        case Mem:
            return a.total.mem > 0 ? a.used.mem / a.total.mem : -1.0;
        case Disk:
            return a.total.disk > 0 ? a.used.disk / a.total.disk : -1.0;
        case Gpus:
            return a.total.gpus > 0 ? a.used.gpus / a.total.gpus : -1.0;
        case Ports:
            return MesosFormat::fraction(MesosFormat::portCount(a.used.ports), MesosFormat::portCount(a.total.ports))
                .toDouble();
        case Tasks:
            return a.runningTasks;
        case Registered:
            return a.registeredTime;
        default:
            return rowData(a, column, Qt::DisplayRole);
        }
    case MesosRoles::FractionRole:
        switch (column) {
        case Cpus:
            return MesosFormat::fraction(a.used.cpus, a.total.cpus);
        case Mem:
            return MesosFormat::fraction(a.used.mem, a.total.mem);
        case Disk:
            return MesosFormat::fraction(a.used.disk, a.total.disk);
        case Gpus:
            return MesosFormat::fraction(a.used.gpus, a.total.gpus);
        case Ports:
            return MesosFormat::fraction(MesosFormat::portCount(a.used.ports), MesosFormat::portCount(a.total.ports));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Ports && !a.total.ports.isEmpty()) // the ranges themselves
            return tr("Used: %1\nTotal: %2").arg(a.used.ports.isEmpty() ? tr("none") : a.used.ports, a.total.ports);
        break;
    case Qt::TextAlignmentRole:
        if (column == Tasks)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MesosRoles::CategoriesRole:
        return QStringList{a.active ? QStringLiteral("active") : QStringLiteral("inactive")};
    case MesosRoles::FilterTextRole:
        return QString(a.hostname + u' ' + a.id + u' ' + a.version + u' ' + a.attributesText() + u' ' + a.pid);
    }
    return {};
}

QString AgentsModel::columnTitle(int column) const {
    switch (column) {
    case Hostname:
        return tr("Host");
    case Cpus:
        return tr("CPUs");
    case Mem:
        return tr("Memory");
    case Disk:
        return tr("Disk");
    case Gpus:
        return tr("GPUs");
    case Ports:
        return tr("Ports");
    case Tasks:
        return tr("Running tasks");
    case Active:
        return tr("Status");
    case Version:
        return tr("Version");
    case Registered:
        return tr("Registered");
    case Attributes:
        return tr("Attributes");
    case Id:
        return tr("ID");
    }
    return {};
}
