#pragma once

#include <QString>

// The leader failover figure, also the baseline of profile_switch (ProfilesBench.cpp).
struct LeaderFailoverResult {
    double failoverMedianMs = -1;
    double roundTripMedianMs = -1;
    QString error;
};

LeaderFailoverResult runLeaderFailoverBench(const QString& hosts, int rounds);
