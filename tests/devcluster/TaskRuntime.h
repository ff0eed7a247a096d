#pragma once

#include <QString>

struct SimTaskRecord;

// Where a launched task actually runs: an agent node with real processes. SimCluster calls it
// after accepting a launch; the runtime reports back through SimCluster::updateTaskState().
class TaskRuntime {
public:
    virtual ~TaskRuntime() = default;
    virtual void startTask(const SimTaskRecord& task) = 0;
    virtual void killTask(const QString& taskId) = 0;
    // The agent died: end every process now, without status updates (the master decides).
    virtual void killAllTasks() = 0;
    // The master removed the task's framework and decided its state: end its process now,
    // without a status update.
    virtual void stopTask(const QString& taskId) = 0;
};
