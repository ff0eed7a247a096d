#include "AppStatus.h"

#include <QCoreApplication>

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
