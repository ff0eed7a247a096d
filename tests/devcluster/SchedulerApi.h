#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

// The contract between the simulated Mesos (masters + agents) and the frameworks that run on
// it, i.e. the simulated Marathon. It stands where the real scheduler API (offers, launches,
// status updates) stands, reduced to what the simulation needs. Everything runs on the
// devcluster's one Qt thread.

struct SimAgent {
    QString id;          // "<cluster id>-S0"
    QString hostname;    // e.g. "127.0.0.1"; Marathon reports it as the task's host
    QString pid;         // "slave(1)@127.0.0.1:PORT"
    bool active = true;  // false once the agent is gone (killed, unreachable, removed)
    double cpusFree = 0, memFree = 0, diskFree = 0;
    int portsFree = 0;   // free ports in 31000-32000
};

struct SimTaskSpec {
    QString taskId;      // chosen by the framework (Marathon: "app_name.<uuid>")
    QString name;
    QString command;     // run as `sh -c command` in the sandbox
    double cpus = 0.1, mem = 32, disk = 0;
    int portCount = 0;   // ports assigned by the agent from 31000-32000, exported as PORT0..n
    QStringList uris;    // artifacts to "fetch" into the sandbox
    QMap<QString, QString> env;
    QJsonObject labels;  // copied into the Mesos task
    // Empty: the command executor (one per task). Set: the default executor of a task group
    // (LAUNCH_GROUP): tasks with the same id share it, its container and its sandbox, each in
    // its own tasks/<taskId> directory, as Marathon's pods run on Mesos.
    QString executorId;
};

struct SimTaskStatus {
    QString taskId;
    QString frameworkId;
    QString agentId;
    QString state;            // "TASK_STAGING", "TASK_RUNNING", "TASK_FAILED", "TASK_LOST", ...
    QString message;          // e.g. "Command exited with status 1"
    QString reason;           // Mesos reason, e.g. "REASON_AGENT_REMOVED"
    QString host;
    QList<int> ports;
    QString sandboxDirectory; // the executor's directory on the agent
    double timestamp = 0;     // seconds since the epoch, like Mesos
};

class SchedulerApi {
public:
    virtual ~SchedulerApi() = default;

    // Registers (or re-registers) a framework; returns its framework id.
    virtual QString registerFramework(const QJsonObject& frameworkInfo) = 0;
    virtual QList<SimAgent> agents() const = 0;
    // Starts a task on an agent; false (with a reason) when the agent lacks resources or is gone.
    virtual bool launchTask(const QString& frameworkId, const QString& agentId, const SimTaskSpec& spec,
                            QString* error) = 0;
    virtual void killTask(const QString& frameworkId, const QString& taskId) = 0;

    // Every status change of a framework's tasks, in order, including TASK_LOST when an agent dies.
    std::function<void(const SimTaskStatus&)> onStatusUpdate;
    // Agents appearing or disappearing (so a scheduler can relaunch elsewhere).
    std::function<void()> onAgentsChanged;
    // The master removed a framework (an operator's teardown): what the scheduler driver of that
    // framework reports as the error "Framework has been removed". Called before its tasks are killed.
    std::function<void(const QString& frameworkId)> onFrameworkRemoved;
};
