#pragma once

#include <QObject>
#include <QString>

class ClusterStore;
class TimeSeries;

// Records, on every update of the store, what the charts show over time: allocation
// (percent of cpus, mem, disk, gpus) and tasks by state. From /metrics/snapshot when the
// master has it, otherwise summed from the agents and tasks the store holds.
class ClusterHistory : public QObject {
    Q_OBJECT
public:
    enum AllocationSeries { CpusPercent, MemPercent, DiskPercent, GpusPercent };
    enum TaskSeries { Running, Starting, Killing, Finished, Failed, Killed, Lost };

    explicit ClusterHistory(ClusterStore* store, int capacity = 720, QObject* parent = nullptr);

    TimeSeries* allocation() const { return m_allocation; }
    TimeSeries* tasks() const { return m_tasks; }

    // Why a chart may be empty, for its placeholder; empty when there is data.
    void setSourceProblem(const QString& problem); // the source's current failure, if any
    QString emptyReason(const TimeSeries* series) const;

    void record(); // one sample now (called on store updates, at most once per minInterval)
    void setMinimumInterval(int msecs) { m_minInterval = msecs; }

private:
    ClusterStore* m_store;
    TimeSeries* m_allocation;
    TimeSeries* m_tasks;
    QString m_problem;
    qint64 m_last = 0;
    int m_minInterval = 1000;
};
