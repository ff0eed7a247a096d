#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

// A bounded history of samples (several named values at one time), oldest dropped first,
// so a dashboard left open for a week uses the memory of its last `capacity` samples (and,
// with a maximum age, of no sample older than that).
class TimeSeries : public QObject {
    Q_OBJECT
public:
    struct Sample {
        qint64 msecsSinceEpoch = 0;
        QList<double> values; // one per name; NaN when unknown
    };

    TimeSeries(const QStringList& names, int capacity, QObject* parent = nullptr);

    const QStringList& names() const { return m_names; }
    int capacity() const { return m_capacity; }
    const QList<Sample>& samples() const { return m_samples; }
    int size() const { return int(m_samples.size()); }
    bool isEmpty() const { return m_samples.isEmpty(); }

    void setMaxAge(qint64 msecs) { m_maxAge = msecs; } // 0: by count only
    qint64 maxAge() const { return m_maxAge; }

    void append(qint64 msecsSinceEpoch, const QList<double>& values);
    void clear();
    // The index of the first sample at or after the time (size() when none).
    int firstAtOrAfter(qint64 msecsSinceEpoch) const;

signals:
    void appended();

private:
    QStringList m_names;
    int m_capacity;
    qint64 m_maxAge = 0;
    QList<Sample> m_samples;
};
