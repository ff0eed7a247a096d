#include "TasksModel.h"

#include "AgentLabels.h"
#include "MesosFormat.h"
#include "ThemeColors.h"
#include "mesos/ClusterStore.h"

QColor TasksModel::stateColor(MesosTaskState state) {
    return ThemeColors::color(stateRole(state));
}

ThemeColors::Role TasksModel::stateRole(MesosTaskState state) {
    switch (state) {
    case MesosTaskState::Running:
        return ThemeColors::Role::StateOk;
    case MesosTaskState::Staging:
    case MesosTaskState::Starting:
        return ThemeColors::Role::StateActive;
    case MesosTaskState::Killing:
    case MesosTaskState::Unreachable:
        return ThemeColors::Role::StateWarning;
    case MesosTaskState::Finished:
    case MesosTaskState::Killed:
    case MesosTaskState::GoneByOperator:
        return ThemeColors::Role::StateMuted;
    case MesosTaskState::Unknown:
        return ThemeColors::Role::StateUnknown;
    default:
        return ThemeColors::Role::StateError; // failed, error, lost, dropped, gone
    }
}

QString TasksModel::frameworkName(const QString& id) const {
    if (m_store) {
        const MesosFrameworkPtr f = m_store->frameworks().value(id);
        if (f && !f->name.isEmpty())
            return f->name;
    }
    return id;
}

// Where a task runs, as the Agents tab names the agent: host:port (and its short id where the
// host has several agents), so placements on agents that share a host can be told apart.
QString TasksModel::agentLabel(const QString& id) const {
    if (m_labels)
        if (QString label = m_labels->label(id); !label.isEmpty())
            return label;
    if (m_store) {
        MesosAgentPtr a = m_store->agents().value(id);
        if (!a)
            a = m_store->goneAgents().value(id);
        if (a && !a->hostname.isEmpty())
            return a->hostPort();
    }
    return id;
}

QVariant TasksModel::rowData(const MesosTask& t, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return t.name;
        case Id:
            return t.id;
        case Framework:
            return frameworkName(t.frameworkId);
        case Agent:
            return agentLabel(t.agentId);
        case State:
            return MesosTaskStates::label(t.state);
        case Health:
            return t.health == MesosTask::Health::Healthy     ? tr("healthy")
                   : t.health == MesosTask::Health::Unhealthy ? tr("unhealthy")
                                                               : QString();
        case Cpus:
            return MesosFormat::scalar(t.resources.cpus);
        case Mem:
            return MesosFormat::memory(t.resources.mem);
        case Disk:
            return MesosFormat::memory(t.resources.disk);
        case Gpus:
            return MesosFormat::scalar(t.resources.gpus); // none is "0"
        case Started:
            return MesosFormat::time(t.startTime);
        case Ip:
            return t.ip;
        }
        break;
    case MesosRoles::SortRole:
        switch (column) {
        case State:
            return int(t.state);
        case Health:
            return int(t.health);
        case Cpus:
            return t.resources.cpus;
        case Mem:
            return t.resources.mem;
        case Disk:
            return t.resources.disk;
        case Gpus:
            return t.resources.gpus;
        case Started:
            return t.startTime;
        default:
            return rowData(t, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == Agent)
            return tr("%1\nAgent ID: %2").arg(agentLabel(t.agentId), t.agentId);
        break;
    case Qt::ForegroundRole:
        if (column == State)
            return stateColor(t.state);
        if (column == Health && t.health == MesosTask::Health::Unhealthy)
            return stateColor(MesosTaskState::Failed);
        break;
    case Qt::TextAlignmentRole:
        if (column >= Cpus && column <= Gpus)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MesosRoles::CategoriesRole:
        return QStringList{MesosTaskStates::isTerminal(t.state) ? QStringLiteral("terminal") : QStringLiteral("active"),
                           MesosTaskStates::name(t.state)};
    case MesosRoles::FilterTextRole:
        return QString(t.name + u' ' + t.id + u' ' + frameworkName(t.frameworkId) + u' ' +
                       agentLabel(t.agentId) + u' ' + t.agentId + u' ' + MesosTaskStates::label(t.state) +
                       u' ' + t.ip);
    case MesosRoles::LatestStatusRole:
        return t.latestStatus.isEmpty() ? QVariant() : QVariant(t.latestStatus.bytes());
    }
    return {};
}

QString TasksModel::columnTitle(int column) const {
    switch (column) {
    case Name:
        return tr("Name");
    case Id:
        return tr("ID");
    case Framework:
        return tr("Framework");
    case Agent:
        return tr("Agent");
    case State:
        return tr("State");
    case Health:
        return tr("Health");
    case Cpus:
        return tr("CPUs");
    case Mem:
        return tr("Memory");
    case Disk:
        return tr("Disk");
    case Gpus:
        return tr("GPUs");
    case Started:
        return tr("Started");
    case Ip:
        return tr("IP");
    }
    return {};
}
