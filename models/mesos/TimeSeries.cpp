#include "TimeSeries.h"

#include <cmath>

TimeSeries::TimeSeries(const QStringList& names, int capacity, QObject* parent)
    : QObject(parent), m_names(names), m_capacity(qMax(1, capacity)) {}

void TimeSeries::append(qint64 msecsSinceEpoch, const QList<double>& values) {
    Sample sample{msecsSinceEpoch, values};
    sample.values.resize(m_names.size(), std::nan(""));
    while (m_samples.size() >= m_capacity)
        m_samples.removeFirst();
    m_samples.append(std::move(sample));
    emit appended();
}

void TimeSeries::clear() {
    m_samples.clear();
    emit appended();
}
