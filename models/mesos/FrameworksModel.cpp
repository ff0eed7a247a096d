#include "FrameworksModel.h"

#include "MesosFormat.h"
#include "ThemeColors.h"

QVariant FrameworksModel::rowData(const MesosFramework& f, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return f.name;
        case Active:
            return f.completed ? tr("completed") : f.active ? tr("active") : tr("inactive");
        case Connected:
            return f.connected ? tr("connected") : tr("disconnected");
        case WebUi:
            return f.webuiUrl;
        case Cpus:
            return MesosFormat::scalar(f.used.cpus);
        case Mem:
            return MesosFormat::memory(f.used.mem);
        case Disk:
            return MesosFormat::memory(f.used.disk);
        case Gpus:
            return MesosFormat::scalar(f.used.gpus);
        case ActiveTasks:
            return f.activeTasks();
        case TerminalTasks:
            return f.terminalTasks();
        case FailedTasks:
            return f.failedTasks();
        case Registered:
            return MesosFormat::time(f.registeredTime);
        case User:
            return f.user;
        case Role:
            return f.role;
        case Id:
            return f.id;
        }
        break;
    case MesosRoles::SortRole:
        switch (column) {
        case Cpus:
            return f.used.cpus;
        case Mem:
            return f.used.mem;
        case Disk:
            return f.used.disk;
        case Gpus:
            return f.used.gpus;
        case Registered:
            return f.registeredTime;
        default:
            return rowData(f, column, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (column == FailedTasks && f.failedTasks() > 0)
            return ThemeColors::color(ThemeColors::Role::StateError);
        if (column == Active && !f.active)
            return ThemeColors::color(ThemeColors::Role::StateMuted);
        break;
    case Qt::TextAlignmentRole:
        if (column >= Cpus && column <= FailedTasks)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MesosRoles::CategoriesRole:
        if (f.completed)
            return QStringList{QStringLiteral("inactive"), QStringLiteral("completed")};
        return QStringList{f.active ? QStringLiteral("active") : QStringLiteral("inactive")};
    case MesosRoles::FilterTextRole:
        return QString(f.name + u' ' + f.id + u' ' + f.user + u' ' + f.role + u' ' + f.hostname);
    }
    return {};
}

QString FrameworksModel::columnTitle(int column) const {
    switch (column) {
    case Name:
        return tr("Name");
    case Active:
        return tr("Status");
    case Connected:
        return tr("Connection");
    case WebUi:
        return tr("Web UI");
    case Cpus:
        return tr("CPUs");
    case Mem:
        return tr("Memory");
    case Disk:
        return tr("Disk");
    case Gpus:
        return tr("GPUs");
    case ActiveTasks:
        return tr("Active tasks");
    case TerminalTasks:
        return tr("Ended tasks");
    case FailedTasks:
        return tr("Failed tasks");
    case Registered:
        return tr("Registered");
    case User:
        return tr("User");
    case Role:
        return tr("Role");
    case Id:
        return tr("ID");
    }
    return {};
}
