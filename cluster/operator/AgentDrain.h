#pragma once

#include <QString>

// One agent's operator state as v1 GET_AGENTS reports it (1.9+: deactivated, drain_info,
// estimated_drain_start_time). No event tells of these, so the console polls for them.
struct AgentDrain {
    enum class State { Active, Disconnected, Deactivated, Draining, Drained };

    QString id;
    QString hostname;
    int port = 0;
    bool active = true;       // connected to the master
    bool deactivated = false; // no offers (DEACTIVATE_AGENT or a drain)
    QString drainState;       // "DRAINING", "DRAINED" or empty
    bool markGone = false;
    double maxGraceSeconds = -1; // -1: not given (each task's kill policy applies)
    double drainStartTime = 0;   // epoch seconds, 0 when not draining

    // The console rule (dcos-ui Status.ts, refined by Mesos refusing REACTIVATE while DRAINING).
    State state() const {
        if (drainState == QLatin1String("DRAINED"))
            return State::Drained;
        if (drainState == QLatin1String("DRAINING"))
            return State::Draining;
        if (deactivated)
            return State::Deactivated;
        return active ? State::Active : State::Disconnected;
    }
    bool operator==(const AgentDrain&) const = default;
};
