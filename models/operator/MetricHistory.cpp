#include "MetricHistory.h"

#include "TimeSeries.h"

MetricHistory::MetricHistory(QObject* parent) : QObject(parent) {}

bool MetricHistory::add(const QString& key) {
    if (key.isEmpty() || m_series.contains(key))
        return false;
    auto* series = new TimeSeries({key}, Capacity, this);
    series->setMaxAge(MaxAgeMsecs);
    m_series.insert(key, series);
    emit keysChanged();
    return true;
}

void MetricHistory::remove(const QString& key) {
    if (TimeSeries* series = m_series.take(key)) {
        delete series;
        emit keysChanged();
    }
}

void MetricHistory::clear() {
    if (m_series.isEmpty())
        return;
    qDeleteAll(m_series);
    m_series.clear();
    emit keysChanged();
}

void MetricHistory::record(const MesosMetrics& metrics, qint64 msecsSinceEpoch) {
    if (m_series.isEmpty())
        return;
    for (auto it = m_series.begin(); it != m_series.end(); ++it)
        it.value()->append(msecsSinceEpoch, {metrics.value(it.key())});
    emit recorded();
}
