#pragma once

#include "MesosAgent.h"
#include "MesosFramework.h"
#include "MesosTask.h"

#include <QString>

#include <memory>

struct MesosSnapshot;

// One v1 operator API event (master.proto Event), decoded.
struct MesosEvent {
    enum class Type {
        Unknown, Subscribed, Heartbeat, TaskAdded, TaskUpdated, AgentAdded, AgentRemoved, FrameworkAdded,
        FrameworkUpdated, FrameworkRemoved
    };
    Type type = Type::Unknown;
    QString typeName;                          // as sent, for unknown types
    std::shared_ptr<MesosSnapshot> state;      // SUBSCRIBED: get_state
    double heartbeatIntervalSeconds = 0;       // SUBSCRIBED
    MesosTaskPtr task;                         // TASK_ADDED
    MesosAgentPtr agent;                       // AGENT_ADDED
    MesosFrameworkPtr framework;               // FRAMEWORK_ADDED / _UPDATED
    QString id;                                // TASK_UPDATED task, AGENT_REMOVED agent, FRAMEWORK_REMOVED framework
    QString frameworkId;                       // TASK_UPDATED
    QString agentId;                           // TASK_UPDATED
    MesosTaskState taskState = MesosTaskState::Unknown; // TASK_UPDATED: the latest state
    MesosTask::Health health = MesosTask::Health::Unknown;
    double timestamp = 0;                      // TASK_UPDATED status time
    RawJson status;                            // TASK_UPDATED: the status object as sent
};
