#pragma once

#include "mesos/MesosMetrics.h"

#include <QMap>
#include <QObject>
#include <QStringList>

class TimeSeries;

// The metrics the operator chose to chart, each with its own bounded history (MaxAgeMsecs and
// Capacity, so a console left open for days keeps at most the last half hour), recorded from
// the snapshots the session already polls. A key starts empty when charted: there is no past
// to fetch, Mesos keeps none.
class MetricHistory : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 MaxAgeMsecs = 30 * 60 * 1000;
    static constexpr int Capacity = 30 * 60; // one sample a second over MaxAgeMsecs

    explicit MetricHistory(QObject* parent = nullptr);

    bool add(const QString& key); // false when already charted
    void remove(const QString& key);
    void clear(); // every key removed (another cluster)
    QStringList keys() const { return m_series.keys(); }
    bool contains(const QString& key) const { return m_series.contains(key); }
    const TimeSeries* series(const QString& key) const { return m_series.value(key); }

    // One sample of every charted key; a key the snapshot lacks gets a gap (NaN).
    void record(const MesosMetrics& metrics, qint64 msecsSinceEpoch);

signals:
    void keysChanged();
    void recorded();

private:
    QMap<QString, TimeSeries*> m_series;
};
