#pragma once

#include <QDateTime>

// The one source of wall-clock time. Tests install their own instance so that
// "leading since", backoff and staleness are deterministic.
class Clock {
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    static qint64 currentMSecsSinceEpoch();

    // Takes ownership. Pass nullptr (or call resetInstance) to return to the system clock.
    static void setInstance(Clock* clock);
    static void resetInstance();

protected:
    virtual QDateTime nowUtc() const;
};
