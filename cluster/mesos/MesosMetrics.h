#pragma once

#include <QHash>
#include <QString>

#include <cmath>

// /metrics/snapshot: a flat map of numbers ("master/cpus_total": 48.0, ...).
struct MesosMetrics {
    QHash<QString, double> values;

    bool contains(const QString& key) const { return values.contains(key); }
    double value(const QString& key, double fallback = std::nan("")) const { return values.value(key, fallback); }
};
