#include "AgentsModel.h"

#include "AgentLabels.h"
#include "MesosFormat.h"
#include "ThemeColors.h"

#include <QDateTime>

QString AgentsModel::category(const MesosAgent& a) {
    switch (a.presence) {
    case MesosAgent::Presence::Unreachable:
        return QStringLiteral("unreachable");
    case MesosAgent::Presence::Removed:
        return QStringLiteral("removed");
    case MesosAgent::Presence::Registered:
        break;
    }
    return a.active ? QStringLiteral("active") : QStringLiteral("inactive");
}

QString AgentsModel::statusText(const MesosAgent& a) {
    if (!a.isGone())
        return a.active ? tr("active") : tr("inactive");
    const QString when =
        QDateTime::fromMSecsSinceEpoch(qint64(a.goneTime * 1000)).toString(QStringLiteral("HH:mm:ss"));
    const QString state = a.presence == MesosAgent::Presence::Unreachable
                              ? tr("unreachable since %1").arg(when)
                              : tr("removed at %1").arg(when);
    return a.goneReason.isEmpty() ? state : tr("%1: %2").arg(state, a.goneReason);
}

QVariant AgentsModel::display(const MesosAgent& a, int column) const {
    switch (column) {
    case Hostname:
        return m_labels ? m_labels->label(a) : a.hostPort();
    case Cpus:
        return MesosFormat::usedOfTotal(a.used.cpus, a.total.cpus, false);
    case Mem:
        return MesosFormat::usedOfTotal(a.used.mem, a.total.mem, true);
    case Disk:
        return MesosFormat::usedOfTotal(a.used.disk, a.total.disk, true);
    case Gpus: // none is "0", not a blank that reads as unknown
        return a.total.gpus > 0 ? MesosFormat::usedOfTotal(a.used.gpus, a.total.gpus, false)
                                : QStringLiteral("0");
    case Ports:
        return a.total.ports.isEmpty()
                   ? QStringLiteral("0")
                   : MesosFormat::usedOfTotal(MesosFormat::portCount(a.used.ports),
                                              MesosFormat::portCount(a.total.ports), false);
    case Tasks: {
        const int running = runningTasks(a);
        return running >= 0 ? QVariant(running) : QVariant();
    }
    case Active:
        return statusText(a);
    case Version:
        return a.version;
    case Registered:
        return MesosFormat::time(a.registeredTime);
    case Attributes:
        return a.attributesText();
    case Id:
        return a.id;
    }
    return {};
}

void AgentsModel::loadTasks(const QHash<QString, MesosTaskPtr>& tasks, bool known) {
    m_taskCounts.load(tasks, known);
    if (rowCount() > 0)
        emit dataChanged(index(0, Tasks), index(rowCount() - 1, Tasks));
}

void AgentsModel::applyTasks(const MesosTaskChanges& changes) {
    refreshTaskCounts(m_taskCounts.apply(changes));
}

void AgentsModel::setTasksKnown(bool known) {
    if (known == m_taskCounts.isKnown())
        return;
    m_taskCounts.setKnown(known);
    if (rowCount() > 0) // blanks become counts, 0 included, or back
        emit dataChanged(index(0, Tasks), index(rowCount() - 1, Tasks));
}

int AgentsModel::runningTasks(const MesosAgent& agent) const {
    if (agent.runningTasks >= 0)
        return agent.runningTasks;
    return m_taskCounts.isKnown() ? m_taskCounts.runningOn(agent.id) : -1;
}

void AgentsModel::refreshTaskCounts(const QSet<QString>& agentIds) {
    for (const QString& id : agentIds)
        if (const int row = rowOf(id); row >= 0)
            emit dataChanged(index(row, Tasks), index(row, Tasks));
}

QVariant AgentsModel::toolTip(const MesosAgent& a, int column) const {
    auto resource = [&](double used, double total, bool memory) {
        const QString tip = tr("Used: %1\nFree: %2\nTotal: %3")
                                .arg(memory ? MesosFormat::memory(used) : MesosFormat::scalar(used),
                                     memory ? MesosFormat::memory(std::max(0.0, total - used))
                                            : MesosFormat::scalar(std::max(0.0, total - used)),
                                     memory ? MesosFormat::memory(total) : MesosFormat::scalar(total));
        return a.isGone() ? QString(tip + u'\n' + tr("(as last reported, before the agent was lost)")) : tip;
    };
    switch (column) {
    case Hostname:
        return tr("%1\nID: %2\nPID: %3").arg(a.hostPort(), a.id, a.pid);
    case Cpus:
        return resource(a.used.cpus, a.total.cpus, false);
    case Mem:
        return resource(a.used.mem, a.total.mem, true);
    case Disk:
        return resource(a.used.disk, a.total.disk, true);
    case Gpus:
        return resource(a.used.gpus, a.total.gpus, false);
    case Ports:
        if (!a.total.ports.isEmpty()) // the ranges themselves
            return tr("Used: %1\nTotal: %2")
                .arg(a.used.ports.isEmpty() ? tr("none") : a.used.ports, a.total.ports);
        return tr("No ports offered");
    case Active: {
        if (!a.isGone())
            break;
        const QString when = MesosFormat::time(a.goneTime);
        QString tip = a.presence == MesosAgent::Presence::Unreachable ? tr("Unreachable since %1").arg(when)
                                                                      : tr("Removed at %1").arg(when);
        tip += u'\n' + (a.goneTimeIsMasters ? tr("(the master's time of its tasks' last status)")
                                            : tr("(when MesosDesk saw the master stop listing it)"));
        tip += u'\n' + (a.goneReason.isEmpty() ? tr("The master gave no reason.")
                                               : tr("Reason: %1").arg(a.goneReason));
        return QString(tip + u'\n' + tr("Listed until cleared (Clear removed agents)."));
    }
    default:
        break;
    }
    return {};
}

QVariant AgentsModel::rowData(const MesosAgent& a, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return display(a, column);
    case Qt::ToolTipRole:
        return toolTip(a, column);
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
            return MesosFormat::fraction(MesosFormat::portCount(a.used.ports),
                                         MesosFormat::portCount(a.total.ports))
                .toDouble();
        case Tasks:
            return runningTasks(a);
        case Active: // registered first, then the gone ones, newest first
            return a.isGone() ? QString(QStringLiteral("z%1").arg(qint64(4e12 - a.goneTime * 1000)))
                              : category(a);
        case Registered:
            return a.registeredTime;
        default:
            return display(a, column);
        }
    case MesosRoles::FractionRole:
        if (a.isGone()) // no bar: these are not the cluster's resources any more
            return {};
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
            return MesosFormat::fraction(MesosFormat::portCount(a.used.ports),
                                         MesosFormat::portCount(a.total.ports));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (a.isGone())
            return ThemeColors::color(ThemeColors::Role::StateMuted);
        break;
    case Qt::TextAlignmentRole:
        if (column == Tasks)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MesosRoles::CategoriesRole:
        return QStringList{category(a)};
    case MesosRoles::FilterTextRole:
        return QString(a.hostPort() + u' ' + a.id + u' ' + a.version + u' ' + a.attributesText() + u' ' +
                       a.pid + u' ' + category(a));
    }
    return {};
}

QString AgentsModel::columnTitle(int column) const {
    switch (column) {
    case Hostname:
        return tr("Agent");
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
