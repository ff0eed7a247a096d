#include "PodInstancesModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QBrush>

PodInstancesModel::PodInstancesModel(QObject* parent) : KeyedListModel<MarathonPod::Instance>(parent) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

QString PodInstancesModel::keyOf(const MarathonPod::Instance& row) const {
    return row.id + u'/' + (row.containers.isEmpty() ? QString() : row.containers.first().name);
}

void PodInstancesModel::setInstances(const QList<MarathonPod::Instance>& instances) {
    QList<MarathonPod::Instance> rows;
    for (const MarathonPod::Instance& instance : instances) {
        MarathonPod::Instance row = instance;
        row.containers.clear();
        if (instance.containers.isEmpty())
            rows << row;
        for (const MarathonPod::ContainerStatus& c : instance.containers) {
            row.containers = {c};
            rows << row;
        }
    }
    replaceAll(rows);
}

int PodInstancesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PodInstancesModel::resourcesText(const MarathonPod::Resources& r) {
    if (!r.known)
        return {};
    QString text = tr("%1 CPU, %2 MiB").arg(QString::number(r.cpus, 'g', 4), QString::number(r.mem, 'f', 0));
    if (r.disk > 0)
        text += tr(", %1 MiB disk").arg(QString::number(r.disk, 'f', 0));
    if (r.gpus > 0)
        text += tr(", %1 GPU").arg(QString::number(r.gpus, 'g', 3));
    return text;
}

QString PodInstancesModel::conditionsText(const QList<MarathonPod::Condition>& conditions) {
    QStringList out;
    for (const MarathonPod::Condition& c : conditions)
        out << (c.reason.isEmpty() ? tr("%1=%2").arg(c.name, c.value)
                                   : tr("%1=%2 (%3)").arg(c.name, c.value, c.reason));
    return out.join(u", ");
}

namespace {
QString endpointsText(const QList<MarathonPod::Endpoint>& endpoints) {
    QStringList out;
    for (const MarathonPod::Endpoint& e : endpoints) {
        QString text = e.name;
        if (e.allocatedHostPort)
            text += u':' + QString::number(*e.allocatedHostPort);
        if (e.healthy)
            text += *e.healthy ? PodInstancesModel::tr(" (healthy)") : PodInstancesModel::tr(" (unhealthy)");
        out << text;
    }
    return out.join(u", ");
}
} // namespace

QVariant PodInstancesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MarathonPod::Instance& row = itemAt(index.row());
    const MarathonPod::ContainerStatus* c = row.containers.isEmpty() ? nullptr : &row.containers.first();
    switch (role) {
    case InstanceIdRole:
        return row.id;
    case ContainerNameRole:
        return c ? c->name : QString();
    case ContainerIdRole:
        return c ? c->containerId : QString();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn &&
            (row.status == QLatin1String("DEGRADED") || row.status == QLatin1String("TERMINAL")))
            return QBrush(ThemeColors::color(ThemeColors::Role::StateError));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn) {
            QStringList why;
            if (!row.message.isEmpty())
                why << row.message;
            if (c && !c->message.isEmpty())
                why << c->message;
            return why.join(u'\n');
        }
        if (index.column() == InstanceColumn || index.column() == ContainerColumn)
            return c && !c->containerId.isEmpty() ? c->containerId : row.id;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case InstanceColumn:
        return row.id;
    case ContainerColumn:
        return c ? c->name : tr("(not launched)");
    case StatusColumn:
        return c ? tr("%1 / %2").arg(row.status, c->status) : row.status;
    case AgentColumn:
        return row.agentHostname.isEmpty() ? row.agentId : row.agentHostname;
    case EndpointsColumn:
        return c ? endpointsText(c->endpoints) : QString();
    case ResourcesColumn:
        return c ? resourcesText(c->resources) : resourcesText(row.resources);
    case ConditionsColumn: {
        QList<MarathonPod::Condition> all = row.conditions;
        if (c)
            all += c->conditions;
        return conditionsText(all);
    }
    case SinceColumn:
        return c && !c->statusSince.isEmpty() ? c->statusSince : row.statusSince;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PodInstancesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case InstanceColumn:
        return tr("Instance");
    case ContainerColumn:
        return tr("Container");
    case StatusColumn:
        return tr("Status");
    case AgentColumn:
        return tr("Agent");
    case EndpointsColumn:
        return tr("Endpoints");
    case ResourcesColumn:
        return tr("Resources");
    case ConditionsColumn:
        return tr("Conditions");
    case SinceColumn:
        return tr("Since");
    case ColumnCount:
        break;
    }
    return {};
}
