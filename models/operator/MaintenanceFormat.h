#pragma once

#include <QString>

// How maintenance times read: local date-time, relative to now ("in 2 h 5 min", "3 min ago"),
// and durations ("1 h 30 min"), all from nanoseconds as Mesos sends them.
namespace MaintenanceFormat {
QString localTime(qint64 epochNanos);
QString relative(qint64 epochNanos, qint64 nowMsecs);
QString duration(qint64 nanos);
} // namespace MaintenanceFormat
