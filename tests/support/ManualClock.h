#pragma once

#include "core/Clock.h"

// Time that moves only when the test says so: "two samples a while apart" or "1.9 s of a 2 s
// backoff left" is then a step of the clock, not a sleep that a loaded machine stretches.
// Install with Clock::setInstance(new ManualClock) and put back with Clock::resetInstance().
class ManualClock : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(std::move(start)) {}
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

protected:
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};
