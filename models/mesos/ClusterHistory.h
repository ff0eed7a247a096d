#pragma once

#include "mesos/ClusterStore.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
class TimeSeries;

// Records, on every update of the store, what the charts show over time: allocation
// (percent of cpus, mem, disk, gpus) and tasks by state. From /metrics/snapshot when the
// master has it, otherwise summed from the agents and tasks the store holds.
//
// The history belongs to a cluster, not to a session: bound to the store of a reconnect to the
// same cluster (same ClusterStore::clusterKey) it keeps its samples; to another cluster's, it
// starts empty. It is bounded by age (MaxAgeMsecs, the longest range the charts offer) and count.
class ClusterHistory : public QObject {
    Q_OBJECT
public:
    enum AllocationSeries { CpusPercent, MemPercent, DiskPercent, GpusPercent };
    enum TaskSeries { Running, Starting, Killing, Finished, Failed, Killed, Lost };
    static constexpr qint64 MaxAgeMsecs = 6 * 3600 * 1000;
    static constexpr int DefaultCapacity = 6 * 3600; // one sample a second over MaxAgeMsecs

    explicit ClusterHistory(ClusterStore* store = nullptr, int capacity = DefaultCapacity,
                            QObject* parent = nullptr);

    // Follows another store (null: none). A store of another cluster clears the history.
    void setStore(ClusterStore* store);
    ClusterStore* store() const { return m_store; }
    QString clusterKey() const { return m_key; }
    // Forgets every sample (connecting elsewhere; also done by setStore for another cluster).
    void clear();

    TimeSeries* allocation() const { return m_allocation; }
    TimeSeries* tasks() const { return m_tasks; }

    // Why a chart may be empty, for its placeholder; empty when there is data.
    void setSourceProblem(const QString& problem); // the source's current failure, if any
    QString emptyReason(const TimeSeries* series) const;

    void record(); // one sample now (called on store updates, at most once per minInterval)
    void setMinimumInterval(int msecs) { m_minInterval = msecs; }

private:
    QPointer<ClusterStore> m_store;
    QString m_key;
    QList<QMetaObject::Connection> m_connections;
    TimeSeries* m_allocation;
    TimeSeries* m_tasks;
    QString m_problem;
    qint64 m_last = 0;
    int m_minInterval = 1000;
};
