#pragma once

#include "SimPod.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class EventBus;
class MarathonScheduler;
class SchedulerApi;
struct SimTaskSpec;
struct SimTaskStatus;

// The simulated Marathon's pods: definitions and versions, instances (one task group per
// instance: one default executor on one agent, one Mesos task per container), their
// replacement when they end, scaling, restarts on a changed definition, backoff after
// failures, termination history and the events. The HTTP layer (PodRoutes) checks requests.
class PodScheduler : public QObject {
    Q_OBJECT
public:
    PodScheduler(SchedulerApi* mesos, EventBus* events, MarathonScheduler* apps, QObject* parent = nullptr);

    const QMap<QString, SimPod>& pods() const { return m_pods; }
    const SimPod* pod(const QString& id) const;
    QList<PodInstance> instancesOf(const QString& podId) const;
    const PodInstance* instance(const QString& instanceId) const;

    // Each returns the id of the deployment it starts.
    QString create(const QJsonObject& definition);
    QString update(const QJsonObject& definition);
    QString remove(const QString& podId);
    // Kills the pod's instances among ids (unknown ones are skipped); they are replaced.
    QList<PodInstance> killInstances(const QString& podId, const QStringList& instanceIds);

    // Status updates and agent changes that Marathon's app scheduler passes on.
    bool ownsTask(const QString& taskId) const { return m_taskToInstance.contains(taskId); }
    void statusUpdate(const SimTaskStatus& status);
    void agentsChanged();

    static constexpr int MaxTerminationHistory = 10;

private:
    void scheduleReconcile();
    void reconcile();
    void reconcilePod(SimPod& pod);
    bool launchInstance(SimPod& pod);
    QList<SimTaskSpec> taskSpecs(const QJsonObject& definition, const QString& instanceId,
                                 const QString& executorId) const;
    void killInstance(PodInstance& instance);
    void killContainers(const PodInstance& instance);
    void applyStatus(const SimTaskStatus& status);
    void setCondition(PodInstance& instance, const QString& condition);
    void publishInstanceChanged(const PodInstance& instance);
    void endIfTerminal(const QString& instanceId);
    static QString terminalCondition(const QString& condition); // empty when not terminal
    void instanceEnded(const PodInstance& instance);
    void updatePodStatus(SimPod& pod);
    static bool sameConfig(const QJsonObject& a, const QJsonObject& b);

    SchedulerApi* m_mesos;
    EventBus* m_events;
    MarathonScheduler* m_apps;
    bool m_reconcileScheduled = false;
    int m_inMesosCall = 0;
    QMap<QString, SimPod> m_pods;
    QMap<QString, PodInstance> m_instances;
    QHash<QString, QString> m_taskToInstance;
};
