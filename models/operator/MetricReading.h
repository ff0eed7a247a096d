#pragma once

#include <QString>
#include <cmath>

// One key of /metrics/snapshot and its value, as a row of MetricsModel.
struct MetricReading {
    QString key;
    double value = 0;

    bool operator==(const MetricReading& other) const {
        // NaN is not equal to itself: an unchanged NaN is no change.
        return key == other.key && (value == other.value || (std::isnan(value) && std::isnan(other.value)));
    }
};
