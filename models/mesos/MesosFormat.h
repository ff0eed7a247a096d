#pragma once

#include "mesos/MesosResources.h"

#include <QString>
#include <QVariant>

// Shared display formatting for the Mesos models.
namespace MesosFormat {
QString time(double epochSeconds);           // local "yyyy-MM-dd HH:mm:ss", empty for 0
QString scalar(double value, int decimals = 2); // trailing zeros dropped
QString memory(double megabytes);            // "1.5 GiB", "512 MiB"
QString usedOfTotal(double used, double total, bool memoryUnits);
QVariant fraction(double used, double total); // invalid when total is 0
int portCount(const QString& ranges);         // "[31000-31009, 32000-32000]" -> 11
} // namespace MesosFormat
