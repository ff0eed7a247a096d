#include "NotificationModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"
#include "core/Clock.h"

#include <QBrush>

NotificationModel::NotificationModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

void NotificationModel::setState(int row, Notification::State state, const QDateTime& at) {
    Notification& n = m_items[row];
    n.state = state;
    if (state == Notification::State::Ended)
        n.endedAt = at;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void NotificationModel::post(Notification n) {
    if (!n.time.isValid())
        n.time = Clock::currentDateTimeUtc();
    for (int row = 0; row < m_items.size(); ++row) {
        const Notification& old = m_items.at(row);
        if (old.state != Notification::State::Open)
            continue;
        if (!n.cause.isEmpty() && old.cause == n.cause)
            setState(row, Notification::State::Ended, n.time);
        else if (n.kind != Notification::Kind::Recovery && n.showInBar &&
                 old.kind == Notification::Kind::Event && old.severity <= n.severity)
            setState(row, Notification::State::Superseded); // something newer, as important, is told
    }
    if (n.kind == Notification::Kind::Recovery) { // it tells that something ended: nothing to keep open
        n.state = Notification::State::Ended;
        n.endedAt = n.time;
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(std::move(n));
    endInsertRows();
    if (m_items.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_items.size()) - 1);
        m_items.resize(m_capacity);
        endRemoveRows();
    }
    emit currentChanged();
}

bool NotificationModel::isOpen(const QString& cause) const {
    return std::any_of(m_items.cbegin(), m_items.cend(), [&](const Notification& n) {
        return n.state == Notification::State::Open && n.cause == cause;
    });
}

void NotificationModel::dismiss(int row) {
    if (row < 0 || row >= m_items.size() || m_items.at(row).state != Notification::State::Open)
        return;
    setState(row, Notification::State::Dismissed);
    emit currentChanged();
}

void NotificationModel::clear() {
    if (m_items.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_items.size()) - 1);
    m_items.clear();
    endRemoveRows();
    emit currentChanged();
}

int NotificationModel::current() const {
    int best = -1;
    for (int row = 0; row < m_items.size(); ++row) {
        const Notification& n = m_items.at(row);
        if (n.state == Notification::State::Open && n.showInBar &&
            (best < 0 || n.severity > m_items.at(best).severity))
            best = row; // newest first: a later row wins only by being more severe
    }
    return best;
}

int NotificationModel::openCount() const {
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Notification& n) {
        return n.state == Notification::State::Open && n.showInBar;
    }));
}

QString NotificationModel::severityName(Notification::Severity severity) {
    switch (severity) {
    case Notification::Severity::Info:
        return tr("Info");
    case Notification::Severity::Warning:
        return tr("Warning");
    case Notification::Severity::Error:
        return tr("Error");
    }
    return {};
}

QString NotificationModel::areaName(Notification::Area area) {
    switch (area) {
    case Notification::Area::Mesos:
        return tr("Mesos");
    case Notification::Area::Agents:
        return tr("Agents");
    case Notification::Area::Tasks:
        return tr("Tasks");
    case Notification::Area::Marathon:
        return tr("Marathon");
    case Notification::Area::Deployments:
        return tr("Deployments");
    }
    return {};
}

int NotificationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}
int NotificationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification& n = m_items.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(n.severity);
    case StateRole:
        return int(n.state);
    case DetailsRole:
        return n.details;
    case CauseRole:
        return n.cause;
    case Qt::ForegroundRole:
        if (n.state == Notification::State::Ended && n.kind != Notification::Kind::Recovery)
            return QBrush(ThemeColors::color(
                ThemeColors::Role::StateMuted)); // no longer true: greyed, kept for the record
        if (n.severity == Notification::Severity::Error)
            return QBrush(ThemeColors::color(ThemeColors::Role::StateError));
        if (n.severity == Notification::Severity::Warning && index.column() == SeverityColumn)
            return QBrush(ThemeColors::color(ThemeColors::Role::StateWarning));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return n.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        if (index.column() == MessageColumn) {
            QString tip = n.details.isEmpty() ? n.message : n.details;
            if (n.state == Notification::State::Ended && n.kind != Notification::Kind::Recovery)
                tip += u'\n' +
                       tr("Over since %1 UTC.").arg(n.endedAt.toUTC().toString(QStringLiteral("HH:mm:ss")));
            return tip;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return n.time.toUTC().toString(QStringLiteral("HH:mm:ss"));
        case SeverityColumn:
            return severityName(n.severity);
        case AreaColumn:
            return areaName(n.area);
        case MessageColumn:
            return n.message;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time (UTC)");
    case SeverityColumn:
        return tr("Severity");
    case AreaColumn:
        return tr("Area");
    case MessageColumn:
        return tr("What happened");
    case ColumnCount:
        break;
    }
    return {};
}
