#pragma once

#include "SchedulerApi.h"
#include "SimMaintenance.h"
#include "SimRecords.h"
#include "SimRoles.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class TaskRuntime;

// The one model of the simulated Mesos cluster (agents, frameworks, tasks), shared by every
// master and agent server: whichever master leads renders it. It is also the scheduler API
// that frameworks (the simulated Marathon) use. Every change bumps generation() so writers
// can cache rendered JSON.
class SimCluster : public QObject, public SchedulerApi {
    Q_OBJECT
public:
    // The operator calls (src/master/http.cpp drainAgent, teardown...): status 0 on success,
    // else the HTTP status and the master's text.
    struct CallResult {
        int status = 0;
        QString message;
    };

    explicit SimCluster(QObject* parent = nullptr);

    // Agents given an id keep it (scale mode imports); otherwise new framework and agent ids are prefixed with the id of the master that leads, as in Mesos.
    void setLeadingMasterId(const QString& id) { m_masterId = id; }
    // A master was elected. After the first election, agents and frameworks re-register with it.
    void masterElected();
    void setExecutorPid(const QString& taskId, qint64 pid);
    QString leadingMasterId() const { return m_masterId; }

    // Agents. addAgent assigns the id ("<master id>-S<n>") and returns it.
    QString addAgent(SimAgentRecord agent, TaskRuntime* runtime);
    // The agent is gone: its live tasks become TASK_LOST (REASON_AGENT_REMOVED) and it leaves the state.
    void removeAgent(const QString& agentId, const QString& message);
    // What the master does with an agent that stops answering its pings (master.cpp
    // markUnreachable): removal as above with the master's message "health check timed out",
    // the agent counted in unreachable_slaves and master/slaves_unreachable from then on, and the
    // removal in master/slave_removals(/reason_unhealthy). The registry keeps it for
    // registry_max_agent_age (two weeks): here, for the cluster's lifetime.
    void markUnreachable(const QString& agentId);
    int unreachableAgentCount() const { return int(m_unreachable.size()); }
    int agentRemovals() const { return m_removals; }
    int agentRemovalsUnhealthy() const { return m_removalsUnhealthy; }
    const SimAgentRecord* agent(const QString& agentId) const;
    const QStringList& agentIds() const { return m_agentOrder; }

    struct Usage {
        double cpus = 0, mem = 0, disk = 0;
        QList<int> ports;
    };
    Usage usage(const QString& agentId) const;

    // Registered frameworks; the torn-down ones, oldest first, are completedFrameworkIds().
    const QStringList& frameworkIds() const { return m_frameworkOrder; }
    const QStringList& completedFrameworkIds() const { return m_completedFrameworkOrder; }
    // A registered or a completed framework (SimFrameworkRecord::completed tells which).
    const SimFrameworkRecord* framework(const QString& frameworkId) const;
    // The operator's teardown (http.cpp _teardown, master.cpp removeFramework): every live task
    // TASK_KILLED by the master (REASON_FRAMEWORK_REMOVED, "Framework <id> removed") and its
    // process stopped, the framework inactive in completed_frameworks with its unregistered
    // time, and frameworkRemoved emitted. 400 "No framework found with specified ID" otherwise.
    CallResult teardownFramework(const QString& frameworkId);
    const SimTaskRecord* task(const QString& taskId) const;
    // Live tasks on one agent, in launch order, and the finished ones it still remembers.
    QList<const SimTaskRecord*> liveTasksOn(const QString& agentId) const;
    const QList<SimTaskRecord>& completedTasksOn(const QString& agentId) const;
    int liveTaskCount() const { return int(m_tasks.size()); }

    // Called by runtimes: a new state for a task, recorded in its statuses and sent to its framework.
    void updateTaskState(const QString& taskId, const QString& state, const QString& message = {},
                         const QString& reason = {}, const QString& source = QStringLiteral("SOURCE_EXECUTOR"));
    // Scale mode: a task that is already in state (running), without a process.
    void addSyntheticTask(const QString& frameworkId, const QString& agentId, const SimTaskSpec& spec,
                          const QString& state = QStringLiteral("TASK_RUNNING"));

    // Deactivates the agent, kills its tasks (TASK_KILLED; TASK_GONE_BY_OPERATOR and the agent
    // marked gone with markGone) and makes it DRAINED once none is left (master.cpp
    // checkAndTransitionDrainingAgent). No event tells of any of it.
    CallResult drainAgent(const QString& agentId, qint64 maxGraceNanos, bool markGone);
    CallResult deactivateAgent(const QString& agentId);
    CallResult reactivateAgent(const QString& agentId);

    // Maintenance (http.cpp _startMaintenance / _stopMaintenance): the machines go DOWN, their
    // agents are told to shut down (agentShutDown) and removed, tasks TASK_LOST with the master's
    // "Agent <host> removed: Operator initiated 'Machine DOWN'"; or UP again (machinesUp), after
    // which the agents that were shut down can register anew. Status 0 or 400 and the text.
    CallResult startMaintenance(const QJsonArray& machines);
    CallResult stopMaintenance(const QJsonArray& machines);
    SimMaintenance& maintenance() { return m_maintenance; }
    const SimMaintenance& maintenance() const { return m_maintenance; }
    // The registered agents on a machine.
    QStringList agentsOn(const SimMaintenance::MachineId& machine) const;
    QJsonObject maintenanceStatus() const;
    // A framework with tasks on an agent of a DRAINING machine answers its inverse offer (the
    // devcluster's Marathon, like the real one on the scheduler driver, never does by itself).
    CallResult answerInverseOffer(const QString& agentId, const QString& frameworkId, const QString& answer);

    // Outstanding offers. The offer holder (the devcluster's own framework, a scheduler that
    // keeps what it is offered) holds one offer per active agent with that agent's unused
    // resources; a change in the agent's use rescinds it and offers anew (a new id). The other
    // frameworks (the simulated Marathon) launch without holding offers.
    void setOfferHolder(const QString& frameworkId);
    QString offerHolder() const { return m_offerHolder; }
    QList<const SimOfferRecord*> offers() const; // in agent order
    QList<const SimOfferRecord*> offersOf(const QString& frameworkId) const;
    const SimOfferRecord* offerOn(const QString& agentId) const;

    // Quotas and weights (the registry's part of roles); allocations come from the tasks.
    SimRoles& roles() { return m_roles; }
    const SimRoles& roles() const { return m_roles; }

    quint64 generation() const { return m_generation; }
    double startTime() const { return m_startTime; }
    static double now();

    // SchedulerApi
    QString registerFramework(const QJsonObject& frameworkInfo) override;
    QList<SimAgent> agents() const override;
    bool launchTask(const QString& frameworkId, const QString& agentId, const SimTaskSpec& spec,
                    QString* error) override;
    void killTask(const QString& frameworkId, const QString& taskId) override;

    static constexpr int MaxCompletedTasksPerFramework = 1000;
    static constexpr int MaxCompletedExecutorsPerAgent = 150;
    static constexpr int MaxCompletedFrameworks = 50;

signals:
    void taskAdded(const QString& taskId);
    void taskUpdated(const QString& taskId); // the task's state changed; task() is still valid
    void agentAdded(const QString& agentId);
    void agentRemoved(const QString& agentId);
    void agentShutDown(const QString& agentId); // its machine went DOWN: the agent process stops
    void machinesUp();                          // agents refused while DOWN may register again
    void frameworkAdded(const QString& frameworkId);
    void frameworkUpdated(const QString& frameworkId);
    void frameworkRemoved(const QString& frameworkId); // torn down; framework() still has it, completed
    // Every status update, also given to onStatusUpdate (which belongs to the framework, Marathon).
    void statusUpdate(const SimTaskStatus& status);

private:
    QList<int> allocatePorts(const SimAgentRecord& agent, int count) const;
    void finishTask(const QString& taskId);
    void checkDrained(const QString& agentId);
    void refreshOffer(const QString& agentId);
    SimTaskStatus toSimStatus(const SimTaskRecord& task) const;

    QString m_masterId;
    double m_startTime;
    quint64 m_generation = 1;
    int m_nextAgent = 0;
    int m_nextFramework = 0;
    int m_elections = 0;
    QHash<QString, SimAgentRecord> m_agents;
    QHash<QString, TaskRuntime*> m_runtimes;
    QStringList m_agentOrder;
    QHash<QString, SimFrameworkRecord> m_frameworks;
    QStringList m_frameworkOrder;
    QStringList m_completedFrameworkOrder;
    QHash<QString, SimTaskRecord> m_tasks;
    QHash<QString, QStringList> m_tasksByAgent;
    QHash<QString, QList<SimTaskRecord>> m_completedByAgent;
    QHash<QString, double> m_unreachable; // agent id -> when it was marked unreachable
    QString m_offerHolder;
    QHash<QString, SimOfferRecord> m_offers; // agent id -> its one outstanding offer
    int m_nextOffer = 0;
    SimRoles m_roles;
    SimMaintenance m_maintenance;
    int m_removals = 0;
    int m_removalsUnhealthy = 0;
};
