#pragma once

#include "Notification.h"

#include <QAbstractTableModel>
#include <QList>

// The window's notification stream, newest first, capped (the oldest rows go, never a reset).
// It also decides what the window's bar shows (current()): the most severe open notification,
// the newest of those. A notification stops being open when a later one with the same cause
// ends it, when a newer one of at least its severity supersedes it (events only: conditions
// stay until their cause is gone), or when the operator dismisses it.
class NotificationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, SeverityColumn, AreaColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, StateRole, DetailsRole, CauseRole };

    explicit NotificationModel(int capacity = 500, QObject* parent = nullptr);

    // Adds a notification (its time defaults to now) and ends what it makes untrue.
    void post(Notification notification);
    // True when a notification with this cause is open (e.g. a deployment still running).
    bool isOpen(const QString& cause) const;
    void dismiss(int row);
    void clear();

    const Notification& at(int row) const { return m_items.at(row); }
    int current() const;   // the row the bar shows, -1 when nothing is open
    int openCount() const; // open notifications the bar could show

    static QString severityName(Notification::Severity severity);
    static QString areaName(Notification::Area area);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void currentChanged(); // what the bar shows (or the count beside it) may have changed

private:
    void setState(int row, Notification::State state, const QDateTime& at = {});

    QList<Notification> m_items; // newest first
    int m_capacity;
};
