#include "AppStatus.h"

#include <QCoreApplication>
#include <algorithm>

AppStatus::Value AppStatus::of(const MarathonApp& app, const MarathonQueueEntry* queue) {
    if (queue && queue->delayed())
        return Delayed;
    if (queue)
        return Waiting;
    if (!app.deploymentIds.isEmpty())
        return Deploying;
    if (app.instances == 0 && app.tasksRunning == 0)
        return Suspended;
    return Running;
}

AppStatus::Value AppStatus::of(const MarathonPod& pod, const MarathonQueueEntry* queue, bool deploying) {
    if (queue && queue->delayed())
        return Delayed;
    if (queue)
        return Waiting;
    if (deploying)
        return Deploying;
    if (pod.desiredInstances() == 0 && runningOf(pod) == 0)
        return Suspended;
    return Running;
}

int AppStatus::runningOf(const MarathonPod& pod) {
    return int(std::count_if(
        pod.instanceStatus.begin(), pod.instanceStatus.end(), [](const MarathonPod::Instance& i) {
            return i.status == QLatin1String("STABLE") || i.status == QLatin1String("DEGRADED");
        }));
}

AppStatus::Health AppStatus::healthOf(const MarathonPod& pod) {
    const bool checked = std::any_of(pod.containers.begin(), pod.containers.end(),
                                     [](const MarathonPod::ContainerSpec& c) { return c.hasHealthCheck; });
    Health h;
    for (const MarathonPod::Instance& i : pod.instanceStatus) {
        if (i.status == QLatin1String("PENDING") || i.status == QLatin1String("STAGING"))
            ++h.staged;
        else if (checked && i.status == QLatin1String("STABLE"))
            ++h.healthy;
        else if (checked && i.status == QLatin1String("DEGRADED"))
            ++h.unhealthy;
        else if (i.status == QLatin1String("STABLE") || i.status == QLatin1String("DEGRADED"))
            ++h.unknown;
    }
    return h;
}

QString AppStatus::name(Value value) {
    switch (value) {
    case Running: return QCoreApplication::translate("AppStatus", "Running");
    case Deploying: return QCoreApplication::translate("AppStatus", "Deploying");
    case Suspended: return QCoreApplication::translate("AppStatus", "Suspended");
    case Delayed: return QCoreApplication::translate("AppStatus", "Delayed");
    case Waiting: return QCoreApplication::translate("AppStatus", "Waiting");
    }
    return {};
}

AppStatus::Health AppStatus::healthOf(const MarathonApp& app) {
    Health h;
    h.staged = std::max(0, app.tasksStaged);
    if (app.hasHealthChecks) {
        h.healthy = std::max(0, app.tasksHealthy);
        h.unhealthy = std::max(0, app.tasksUnhealthy);
        h.unknown = std::max(0, app.tasksRunning - h.healthy - h.unhealthy);
    } else {
        h.unknown = std::max(0, app.tasksRunning);
    }
    return h;
}
