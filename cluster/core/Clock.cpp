#include "Clock.h"

#include <memory>

namespace {
std::unique_ptr<Clock>& instanceSlot() {
    static std::unique_ptr<Clock> slot = std::make_unique<Clock>();
    return slot;
}
} // namespace

QDateTime Clock::currentDateTimeUtc() { return instanceSlot()->nowUtc(); }

qint64 Clock::currentMSecsSinceEpoch() { return currentDateTimeUtc().toMSecsSinceEpoch(); }

void Clock::setInstance(Clock* clock) {
    instanceSlot().reset(clock ? clock : new Clock);
}

void Clock::resetInstance() { setInstance(nullptr); }

QDateTime Clock::nowUtc() const { return QDateTime::currentDateTimeUtc(); }
