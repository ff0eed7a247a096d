#pragma once

#include "KeyedListModel.h"
#include "MetricReading.h"
#include "mesos/MesosMetrics.h"

// Every key of a /metrics/snapshot, one row each, keyed by the metric's name: each snapshot
// changes only the rows whose value moved (and adds or removes keys), never resets the table.
// Values are shown in the interface's locale ("1,234.5", "1.234,5").
class MetricsModel : public KeyedListModel<MetricReading> {
    Q_OBJECT
public:
    enum Column { Key, Value, ColumnCount };
    Q_ENUM(Column)

    explicit MetricsModel(QObject* parent = nullptr);

    void apply(const MesosMetrics& metrics);
    double valueOf(const QString& key) const; // NaN when not listed
    static QString formatted(double value);
    // Every digit the master sent (the tooltip).
    static QString exact(double value);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MetricReading& reading) const override { return reading.key; }
};
