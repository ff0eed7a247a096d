#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// Leader changes seen during a session, newest first: the failover history of the cluster.
class LeaderHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ComponentColumn, LeaderColumn, VersionColumn, ColumnCount };

    struct Entry {
        QDateTime time;
        QString component; // "Mesos" or "Marathon"
        QString leader;    // host:port, empty for "no leader"
        QString version;
    };

    explicit LeaderHistoryModel(int capacity = 500, QObject* parent = nullptr);

    void record(const Entry& entry);
    // Another cluster: its history is not this one's.
    void clear();
    // When the watch that fills the list began (invalid: no cluster is watched), so that an empty
    // list can say since when nothing has changed.
    void setWatchingSince(const QDateTime& since);
    QDateTime watchingSince() const { return m_since; }
    const Entry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void watchingSinceChanged();

private:
    QList<Entry> m_entries; // newest first
    QDateTime m_since;
    int m_capacity;
};
