#include "TimeSeries.h"

#include <algorithm>
#include <cmath>

TimeSeries::TimeSeries(const QStringList& names, int capacity, QObject* parent)
    : QObject(parent), m_names(names), m_capacity(qMax(1, capacity)) {}

void TimeSeries::append(qint64 msecsSinceEpoch, const QList<double>& values) {
    Sample sample{msecsSinceEpoch, values};
    sample.values.resize(m_names.size(), std::nan(""));
    // Dropping in one go keeps a full history's append cheap (removeFirst in a loop moves it all).
    qsizetype drop = std::max<qsizetype>(0, m_samples.size() + 1 - m_capacity);
    if (m_maxAge > 0)
        drop = std::max<qsizetype>(drop, firstAtOrAfter(msecsSinceEpoch - m_maxAge));
    if (drop > 0)
        m_samples.remove(0, std::min(drop, m_samples.size()));
    m_samples.append(std::move(sample));
    emit appended();
}

int TimeSeries::firstAtOrAfter(qint64 msecsSinceEpoch) const {
    const auto it = std::lower_bound(m_samples.cbegin(), m_samples.cend(), msecsSinceEpoch,
                                     [](const Sample& s, qint64 t) { return s.msecsSinceEpoch < t; });
    return int(it - m_samples.cbegin());
}

void TimeSeries::clear() {
    m_samples.clear();
    emit appended();
}
