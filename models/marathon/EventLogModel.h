#pragma once

#include "marathon/MarathonEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// What happened, newest last, capped: deployments started/succeeded/failed, tasks failed or
// lost, health changes. Trimming removes the oldest rows (never a reset).
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, SubjectColumn, MessageColumn, ColumnCount };
    enum class Kind { DeploymentStarted, DeploymentSucceeded, DeploymentFailed, TaskFailed, TaskLost, HealthChanged };
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
};
