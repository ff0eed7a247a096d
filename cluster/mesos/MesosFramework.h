#pragma once

#include "MesosResources.h"
#include "MesosTaskState.h"
#include "RawJson.h"

#include <QString>

#include <array>
#include <memory>

struct MesosFramework {
    QString id;
    QString name;
    QString hostname;
    QString webuiUrl;
    QString user;
    QString role;
    bool active = true;
    bool connected = true;
    // Removed by the master (torn down, or finished): listed in completed_frameworks, or gone
    // with FRAMEWORK_REMOVED on the event stream. It never comes back under this id.
    bool completed = false;
    double registeredTime = 0;
    MesosResources used;
    std::array<int, MesosTaskStateCount> taskCounts{}; // by MesosTaskState
    RawJson raw;
    size_t rawHash = 0;

    int activeTasks() const;
    int terminalTasks() const;
    int failedTasks() const;
};
using MesosFrameworkPtr = std::shared_ptr<const MesosFramework>;
