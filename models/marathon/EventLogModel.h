#pragma once

#include "marathon/MarathonEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

// What happened, newest last, capped: deployments started/stepped/succeeded/failed, task
// status changes (failed and lost ones marked), health changes. Trimming removes the oldest
// rows (never a reset). Marathon sends deployment_info at every step of a deployment: only the
// first says it started. instance_changed_event repeats each status_update_event: not logged.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, SubjectColumn, MessageColumn, ColumnCount };
    // Values are kept in settings (desktop notifications): new kinds go at the end.
    enum class Kind {
        DeploymentStarted,
        DeploymentSucceeded,
        DeploymentFailed,
        TaskFailed,
        TaskLost,
        HealthChanged,
        DeploymentStep,
        TaskStatus
    };
    enum Role { KindRole = Qt::UserRole + 1 };

    struct Entry {
        QDateTime time;
        Kind kind;
        QString subject;
        QString message;
    };

    explicit EventLogModel(int capacity = 2000, QObject* parent = nullptr);

    // Records the event if it is of a kind the log keeps; returns the kind when recorded.
    std::optional<Kind> record(const MarathonEvent& event);
    // The kind an event is logged as, leaving aside whether its deployment was seen before.
    static std::optional<Kind> kindOf(const MarathonEvent& event);
    static QString kindName(Kind kind);
    const Entry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    QList<Entry> m_entries;
    QHash<QString, int> m_steps; // deployment id -> steps started so far
    QStringList m_stepOrder;     // the same ids, oldest first, to forget old ones
};
