#pragma once

#include "marathon/MarathonApp.h"
#include "marathon/MarathonPod.h"
#include "marathon/MarathonQueueEntry.h"

#include <QString>

// An app's status by the Marathon UI's rules: a queue entry in backoff is Delayed, one
// waiting for offers is Waiting, an app with deployments is Deploying, no instances and
// nothing running is Suspended, anything else Running.
class AppStatus {
public:
    enum Value { Running, Deploying, Suspended, Delayed, Waiting };

    static Value of(const MarathonApp& app, const MarathonQueueEntry* queue);
    // A pod by the same rules; whether a deployment touches it comes from the deployments.
    static Value of(const MarathonPod& pod, const MarathonQueueEntry* queue, bool deploying);
    static QString name(Value value);

    // Health bar segments: healthy, unhealthy, unknown (running without a verdict), staged.
    struct Health {
        int healthy = 0;
        int unhealthy = 0;
        int unknown = 0;
        int staged = 0;
        Health& operator+=(const Health& o) {
            healthy += o.healthy;
            unhealthy += o.unhealthy;
            unknown += o.unknown;
            staged += o.staged;
            return *this;
        }
        int total() const { return healthy + unhealthy + unknown + staged; }
    };
    static Health healthOf(const MarathonApp& app);
    // Pod instances: STABLE is healthy only where a container has a health check (else it is
    // running without a verdict), DEGRADED likewise unhealthy; PENDING and STAGING are staged.
    static Health healthOf(const MarathonPod& pod);
    static int runningOf(const MarathonPod& pod); // instances with containers up (STABLE, DEGRADED)
};
