#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

// A bounded history of samples (several named values at one time), oldest dropped first,
// so a dashboard left open for a week uses the memory of its last `capacity` samples.
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

    void append(qint64 msecsSinceEpoch, const QList<double>& values);
    void clear();

signals:
    void appended();

private:
    QStringList m_names;
    int m_capacity;
    QList<Sample> m_samples;
};
