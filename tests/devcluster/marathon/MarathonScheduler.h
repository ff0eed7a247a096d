#pragma once

#include "Deployment.h"
#include "LaunchQueue.h"
#include "MarathonApp.h"
#include "MarathonTask.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>

class EventBus;
class HealthChecker;
class ReadinessChecker;
class QTimer;
class SchedulerApi;
struct SimTaskStatus;

// The simulated Marathon's state and scheduling: apps and their versions, tasks, deployments
// (plans of steps that finish when the tasks run and pass their health checks), the launch
// queue with backoff, and the reaction to Mesos status updates and lost agents. The HTTP layer
// (MarathonSim) validates requests and renders; everything that changes state happens here.
class MarathonScheduler : public QObject {
    Q_OBJECT
public:
    MarathonScheduler(SchedulerApi* mesos, EventBus* events, QObject* parent = nullptr);
    ~MarathonScheduler() override;

    QString frameworkId() const { return m_frameworkId; }
    void registerFramework(const QString& webuiUrl);

    const QMap<QString, MarathonApp>& apps() const { return m_apps; }
    const MarathonApp* app(const QString& id) const;
    const QMap<QString, MarathonTask>& tasks() const { return m_tasks; }
    const MarathonTask* task(const QString& id) const;
    QList<MarathonTask> tasksOf(const QString& appId) const;
    const QList<Deployment>& deployments() const { return m_deployments; }
    const Deployment* deployment(const QString& id) const;
    QStringList deploymentIdsFor(const QString& appId) const; // deployments that lock the app

    // Instances waiting to be launched (0 when none), and the queue bookkeeping for /v2/queue.
    int pendingLaunches(const QString& appId) const { return m_pending.value(appId); }
    const LaunchQueue& launchQueue() const { return m_launchQueue; }
    // readinessCheckResults of an app across the running deployments (embed=app.readiness).
    QJsonArray readinessResultsOf(const QString& appId) const;
    bool resetDelay(const QString& appId);

    int nextServicePort();
    int rounds() const { return m_rounds; } // reconcile() calls finished (see MarathonSim::schedulingRounds)

    // Changes. Each starts a deployment and returns {deploymentId, version}; force cancels the
    // deployments that lock the affected apps (callers check locks first when not forced).
    QJsonObject createApp(QJsonObject definition);
    QJsonObject updateApp(QJsonObject definition, bool scaleOnly);
    // PUT /v2/apps: several apps (created or changed; second: scale only) in one deployment.
    // Groups also stop apps (removals, the first step) and order the scaling and restarts by
    // dependency level (0 first; apps without a level with level 0), as Marathon's plan does.
    QJsonObject updateApps(const QList<QPair<QJsonObject, bool>>& changes, const QStringList& removals = {},
                           const QMap<QString, int>& levels = {});
    QJsonObject deleteApp(const QString& appId);
    QJsonObject restartApp(const QString& appId);
    // Kills tasks; with scale the apps' instances shrink by the number killed (a deployment).
    QJsonObject killTasks(const QStringList& taskIds, bool scale);
    // DELETE /v2/deployments/{id}: a new deployment back to the original apps; force: just stop.
    QJsonObject rollback(const QString& deploymentId);
    void cancelDeployment(const QString& deploymentId);

    // Versions are timestamps, unique across apps and pods.
    QString nextVersion();
    // Status updates of tasks that are not an app's (pods' tasks) go here.
    std::function<void(const SimTaskStatus&)> onOtherTaskStatus;
    std::function<void()> onAgentsChangedToo;

private:
    QJsonObject startDeployment(const QMap<QString, QJsonObject>& original, const QMap<QString, QJsonObject>& target,
                                const QList<QList<Deployment::Action>>& steps, const QString& version);
    void cancelLocks(const QStringList& appIds);
    void setDefinition(QJsonObject definition);
    void scheduleReconcile();
    void reconcile();
    void reconcileApp(MarathonApp& app);
    void launchPending();
    void advanceDeployments();
    bool actionDone(const Deployment::Action& action) const;
    QJsonObject planJson(const Deployment& deployment) const;
    QJsonObject stepJson(const QList<Deployment::Action>& step) const;
    bool isRestarting(const QString& appId) const;
    // The task runs the app's current configuration (scaling alone does not change it).
    bool hasCurrentConfig(const MarathonTask& task, const MarathonApp& app) const;
    void killTask(MarathonTask& task);
    void onStatusUpdate(const SimTaskStatus& status);
    void onFrameworkRemoved(const QString& frameworkId);
    void applyStatusUpdate(const SimTaskStatus& status);
    void mesosKill(const QString& taskId);
    bool mesosLaunch(const QString& agentId, const SimTaskSpec& spec, QString* error);
    void onAgentsChanged();
    void startReadiness(const MarathonTask& task);
    void stopReadiness(const Deployment& deployment);
    bool readinessDone(const Deployment& deployment, const Deployment::Action& action) const;
    void onHealthResult(const QString& taskId, int index, bool alive, const QString& cause);
    void recordFailure(MarathonApp& app, const MarathonTask& task, const QString& state, const QString& message);
    void publishTaskEvents(const MarathonTask& task, const QString& message, const QString& reason);

    SchedulerApi* m_mesos;
    EventBus* m_events;
    HealthChecker* m_health;
    ReadinessChecker* m_readiness;
    QTimer* m_tick;
    bool m_reconcileScheduled = false;
    int m_rounds = 0;
    int m_inMesosCall = 0; // statuses sent from inside a SchedulerApi call wait for the event loop
    QString m_frameworkId;
    QString m_webuiUrl;
    QMap<QString, MarathonApp> m_apps;
    QMap<QString, MarathonTask> m_tasks;
    QList<Deployment> m_deployments;
    QMap<QString, int> m_pending;
    LaunchQueue m_launchQueue;
    int m_nextServicePort = 10000;
    QString m_lastVersion;
};
