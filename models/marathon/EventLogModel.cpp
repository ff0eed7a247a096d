#include "EventLogModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"
#include "core/Clock.h"

#include <QBrush>
#include <QJsonArray>

EventLogModel::EventLogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

std::optional<EventLogModel::Kind> EventLogModel::kindOf(const MarathonEvent& e) {
    if (e.type == QLatin1String("deployment_info"))
        return Kind::DeploymentStarted;
    if (e.type == QLatin1String("deployment_success"))
        return Kind::DeploymentSucceeded;
    if (e.type == QLatin1String("deployment_failed"))
        return Kind::DeploymentFailed;
    if (e.type == QLatin1String("instance_changed_event"))
        return std::nullopt; // the same change as its status_update_event
    if (e.isTaskFailure())
        return e.taskStatus.contains(QLatin1String("LOST")) || e.taskStatus.contains(QLatin1String("UNREACHABLE"))
                       || e.taskStatus == QLatin1String("Unreachable")
                   ? Kind::TaskLost
                   : Kind::TaskFailed;
    if (e.isHealthChange())
        return Kind::HealthChanged;
    if (e.type == QLatin1String("status_update_event"))
        return Kind::TaskStatus;
    return std::nullopt;
}

QString EventLogModel::kindName(Kind kind) {
    switch (kind) {
    case Kind::DeploymentStarted: return tr("Deployment started");
    case Kind::DeploymentSucceeded: return tr("Deployment succeeded");
    case Kind::DeploymentFailed: return tr("Deployment failed");
    case Kind::TaskFailed: return tr("Task failed");
    case Kind::TaskLost: return tr("Task lost");
    case Kind::HealthChanged: return tr("Health changed");
    case Kind::DeploymentStep:
        return tr("Deployment step");
    case Kind::TaskStatus:
        return tr("Task status");
    }
    return {};
}

std::optional<EventLogModel::Kind> EventLogModel::record(const MarathonEvent& event) {
    auto kind = kindOf(event);
    if (!kind)
        return std::nullopt;
    int step = 0;
    if (*kind == Kind::DeploymentStarted && !event.deploymentId.isEmpty()) {
        step = ++m_steps[event.deploymentId];
        if (step == 1) {
            m_stepOrder << event.deploymentId;
            if (m_stepOrder.size() > m_capacity)
                m_steps.remove(m_stepOrder.takeFirst());
        } else {
            kind = Kind::DeploymentStep;
        }
    }
    if (m_entries.size() >= m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    Entry entry;
    entry.time = QDateTime::fromString(event.timestamp, Qt::ISODateWithMs);
    if (!entry.time.isValid())
        entry.time = Clock::currentDateTimeUtc();
    entry.kind = *kind;
    entry.subject = event.appId.isEmpty() ? event.deploymentId : event.appId;
    switch (*kind) {
    case Kind::TaskFailed:
    case Kind::TaskLost:
    case Kind::TaskStatus:
        entry.message =
            event.message.isEmpty()
                ? tr("%1 %2 on %3").arg(event.taskId, event.taskStatus, event.host)
                : tr("%1 %2 on %3: %4").arg(event.taskId, event.taskStatus, event.host, event.message);
        break;
    case Kind::DeploymentStep: {
        QStringList actions;
        for (const QJsonValue& a : event.raw.value(QLatin1String("currentStep"))
                                       .toObject()
                                       .value(QLatin1String("actions"))
                                       .toArray()) {
            const QJsonObject action = a.toObject();
            const QString type = action.value(QLatin1String("action"))
                                     .toString(action.value(QLatin1String("type")).toString());
            actions << QString(type + u' ' +
                               action.value(QLatin1String("app"))
                                   .toString(action.value(QLatin1String("pod")).toString()))
                           .trimmed();
        }
        entry.message = actions.isEmpty() ? tr("deployment %1: step %2").arg(event.deploymentId).arg(step)
                                          : tr("deployment %1: step %2 (%3)")
                                                .arg(event.deploymentId)
                                                .arg(step)
                                                .arg(actions.join(QStringLiteral(", ")));
        break;
    }
    case Kind::HealthChanged:
        entry.message = event.type == QLatin1String("failed_health_check_event")
                            ? tr("%1 failed a health check").arg(event.taskId)
                            : (event.alive ? tr("%1 is healthy").arg(event.taskId) : tr("%1 is unhealthy").arg(event.taskId));
        break;
    default:
        entry.message = event.message.isEmpty() ? tr("deployment %1").arg(event.deploymentId) : event.message;
        break;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << entry;
    endInsertRows();
    return kind;
}

int EventLogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int EventLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    if (role == Qt::ForegroundRole && (e.kind == Kind::DeploymentFailed || e.kind == Kind::TaskFailed || e.kind == Kind::TaskLost))
        return QBrush(ThemeColors::color(ThemeColors::Role::StateError));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: return e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case KindColumn: return kindName(e.kind);
    case SubjectColumn: return e.subject;
    case MessageColumn: return e.message;
    case ColumnCount: break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time (UTC)");
    case KindColumn: return tr("What");
    case SubjectColumn: return tr("App / deployment");
    case MessageColumn: return tr("Details");
    case ColumnCount: break;
    }
    return {};
}
