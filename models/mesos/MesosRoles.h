#pragma once

#include <Qt>

// Roles shared by the Mesos models, their proxies and delegates.
namespace MesosRoles {
enum Role {
    SortRole = Qt::UserRole + 1, // numbers as numbers, times as seconds
    KeyRole,                     // the row's id (tasks: "frameworkId/taskId")
    FractionRole,                // 0..1 for resource bars, invalid when there is no total
    CategoriesRole,              // QStringList: "active", "inactive", "TASK_RUNNING", "terminal"...
    FilterTextRole,              // everything "filter as you type" looks at
    RawJsonRole,                 // the object's JSON text
    IdRole,                      // the object's id (copyable)
    LatestStatusRole,            // tasks: JSON of the newest status update from the event stream
};
} // namespace MesosRoles
