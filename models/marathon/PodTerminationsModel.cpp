#include "PodTerminationsModel.h"

PodTerminationsModel::PodTerminationsModel(QObject* parent)
    : KeyedListModel<MarathonPod::TerminatedInstance>(parent) {}

int PodTerminationsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodTerminationsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const MarathonPod::TerminatedInstance& t = itemAt(index.row());
    switch (Column(index.column())) {
    case InstanceColumn:
        return t.instanceId;
    case StartedColumn:
        return t.startedAt;
    case TerminatedColumn:
        return t.terminatedAt;
    case ContainersColumn: {
        QStringList out;
        for (const MarathonPod::ContainerTermination& c : t.containers) {
            // The container's name is the last part of its task id.
            QString text = c.containerId.section(u'.', -1);
            if (!c.lastKnownState.isEmpty())
                text += u' ' + c.lastKnownState;
            if (c.termination.exitCode)
                text += tr(" (exit %1)").arg(*c.termination.exitCode);
            if (!c.termination.message.isEmpty())
                text += tr(": %1").arg(c.termination.message);
            out << text;
        }
        return out.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case MessageColumn:
        return t.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PodTerminationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case InstanceColumn:
        return tr("Instance");
    case StartedColumn:
        return tr("Started");
    case TerminatedColumn:
        return tr("Terminated");
    case ContainersColumn:
        return tr("Containers");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}
