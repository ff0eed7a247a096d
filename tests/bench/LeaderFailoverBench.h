#pragma once

#include <QString>

// leader_failover_ms: from deleting the leader's node in a real ZooKeeper to the detector's
// leaderChanged signal, median of `rounds`. Baseline: one getChildren round trip.
struct LeaderFailoverResult {
    double failoverMedianMs = -1;
    double roundTripMedianMs = -1;
    QString error;
};

LeaderFailoverResult runLeaderFailoverBench(const QString& hosts, int rounds);
