#include "MarathonEvent.h"

bool MarathonEvent::isTaskFailure() const {
    if (type == QLatin1String("unhealthy_task_kill_event") || type == QLatin1String("unhealthy_instance_kill_event"))
        return true;
    if (type != QLatin1String("status_update_event") && type != QLatin1String("instance_changed_event"))
        return false;
    static const QStringList bad{QStringLiteral("TASK_FAILED"), QStringLiteral("TASK_LOST"),
                                 QStringLiteral("TASK_ERROR"), QStringLiteral("TASK_UNREACHABLE"),
                                 QStringLiteral("TASK_GONE"), QStringLiteral("TASK_DROPPED"),
                                 QStringLiteral("Failed"), QStringLiteral("Unreachable"), QStringLiteral("Error")};
    return bad.contains(taskStatus);
}

bool MarathonEvent::isHealthChange() const {
    return type == QLatin1String("health_status_changed_event") || type == QLatin1String("failed_health_check_event")
        || type == QLatin1String("instance_health_changed_event");
}
