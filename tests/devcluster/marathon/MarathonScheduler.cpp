#include "MarathonScheduler.h"

#include "EventBus.h"
#include "HealthChecker.h"
#include "MarathonJson.h"
#include "ReadinessChecker.h"
#include "SchedulerApi.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace {
const QString kStart = QStringLiteral("StartApplication");
const QString kScale = QStringLiteral("ScaleApplication");
const QString kRestart = QStringLiteral("RestartApplication");
const QString kStop = QStringLiteral("StopApplication");
constexpr qint64 kKillRetryMs = 10000;

bool isTerminal(const QString& state)
{
    static const QStringList terminal{QStringLiteral("TASK_FINISHED"), QStringLiteral("TASK_FAILED"),
                                      QStringLiteral("TASK_KILLED"),   QStringLiteral("TASK_LOST"),
                                      QStringLiteral("TASK_ERROR"),    QStringLiteral("TASK_DROPPED"),
                                      QStringLiteral("TASK_GONE"),     QStringLiteral("TASK_GONE_BY_OPERATOR"),
                                      QStringLiteral("TASK_UNREACHABLE"), QStringLiteral("TASK_UNKNOWN")};
    return terminal.contains(state);
}

// States Marathon records as the app's lastTaskFailure and backs off for.
bool isFailure(const QString& state)
{
    return state != QLatin1String("TASK_FINISHED") && state != QLatin1String("TASK_KILLED") && isTerminal(state);
}

QString condition(const QString& state, const QString& reason)
{
    if (state == QLatin1String("TASK_LOST"))
        return reason == QLatin1String("REASON_AGENT_REMOVED") ? QStringLiteral("Gone") : QStringLiteral("Unreachable");
    static const QMap<QString, QString> conditions{
        {QStringLiteral("TASK_STAGING"), QStringLiteral("Staging")},   {QStringLiteral("TASK_STARTING"), QStringLiteral("Starting")},
        {QStringLiteral("TASK_RUNNING"), QStringLiteral("Running")},   {QStringLiteral("TASK_KILLING"), QStringLiteral("Killing")},
        {QStringLiteral("TASK_KILLED"), QStringLiteral("Killed")},     {QStringLiteral("TASK_FAILED"), QStringLiteral("Failed")},
        {QStringLiteral("TASK_FINISHED"), QStringLiteral("Finished")}, {QStringLiteral("TASK_ERROR"), QStringLiteral("Error")},
        {QStringLiteral("TASK_DROPPED"), QStringLiteral("Dropped")},   {QStringLiteral("TASK_GONE"), QStringLiteral("Gone")},
        {QStringLiteral("TASK_UNREACHABLE"), QStringLiteral("Unreachable")}};
    return conditions.value(state, QStringLiteral("Unknown"));
}

QString shellQuote(const QString& arg)
{
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QJsonArray portsJson(const QList<int>& ports)
{
    QJsonArray out;
    for (int port : ports)
        out.append(port);
    return out;
}
} // namespace

MarathonScheduler::MarathonScheduler(SchedulerApi* mesos, EventBus* events, QObject* parent)
    : QObject(parent), m_mesos(mesos), m_events(events), m_health(new HealthChecker(this)),
      m_readiness(new ReadinessChecker(this)), m_tick(new QTimer(this)) {
    m_health->onResult = [this](const QString& taskId, int index, bool alive, const QString& cause) {
        onHealthResult(taskId, index, alive, cause);
    };
    m_readiness->onResult = [this](const QString& taskId, const QJsonObject& result) {
        for (Deployment& deployment : m_deployments) {
            auto it = deployment.readiness.find(taskId);
            if (it != deployment.readiness.end())
                it->result = result;
        }
        scheduleReconcile();
    };
    m_mesos->onStatusUpdate = [this](const SimTaskStatus& status) { onStatusUpdate(status); };
    m_mesos->onAgentsChanged = [this] { onAgentsChanged(); };
    m_mesos->onFrameworkRemoved = [this](const QString& frameworkId) { onFrameworkRemoved(frameworkId); };
    // Offers arrive continuously on a real cluster; a steady tick stands for them.
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &MarathonScheduler::reconcile);
    m_tick->start();
}

MarathonScheduler::~MarathonScheduler()
{
    m_mesos->onStatusUpdate = nullptr;
    m_mesos->onAgentsChanged = nullptr;
    m_mesos->onFrameworkRemoved = nullptr;
}

void MarathonScheduler::registerFramework(const QString& webuiUrl)
{
    QJsonObject info{{QStringLiteral("name"), QStringLiteral("marathon")},
                     {QStringLiteral("user"), QStringLiteral("root")},
                     {QStringLiteral("failover_timeout"), 604800},
                     {QStringLiteral("checkpoint"), true},
                     {QStringLiteral("role"), QStringLiteral("*")},
                     {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                     {QStringLiteral("capabilities"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("PARTITION_AWARE")}}}}};
    m_webuiUrl = webuiUrl;
    if (!webuiUrl.isEmpty())
        info.insert(QStringLiteral("webui_url"), webuiUrl);
    if (!m_frameworkId.isEmpty())
        info.insert(QStringLiteral("id"), QJsonObject{{QStringLiteral("value"), m_frameworkId}});
    m_frameworkId = m_mesos->registerFramework(info);
}

const MarathonApp* MarathonScheduler::app(const QString& id) const
{
    const auto it = m_apps.constFind(id);
    return it == m_apps.cend() ? nullptr : &it.value();
}

const MarathonTask* MarathonScheduler::task(const QString& id) const
{
    const auto it = m_tasks.constFind(id);
    return it == m_tasks.cend() ? nullptr : &it.value();
}

QList<MarathonTask> MarathonScheduler::tasksOf(const QString& appId) const
{
    QList<MarathonTask> out;
    for (const MarathonTask& task : m_tasks) {
        if (task.appId == appId)
            out.append(task);
    }
    return out;
}

const Deployment* MarathonScheduler::deployment(const QString& id) const
{
    for (const Deployment& deployment : m_deployments) {
        if (deployment.id == id)
            return &deployment;
    }
    return nullptr;
}

QStringList MarathonScheduler::deploymentIdsFor(const QString& appId) const
{
    QStringList ids;
    for (const Deployment& deployment : m_deployments) {
        if (deployment.affectedApps.contains(appId))
            ids << deployment.id;
    }
    return ids;
}

int MarathonScheduler::nextServicePort()
{
    return m_nextServicePort++;
}

bool MarathonScheduler::resetDelay(const QString& appId)
{
    auto it = m_apps.find(appId);
    if (it == m_apps.end() || (m_pending.value(appId) == 0 && !it->delayUntil.isValid()))
        return false;
    it->failureCount = 0;
    it->currentDelaySeconds = 0;
    it->delayUntil = QDateTime();
    scheduleReconcile();
    return true;
}

void MarathonScheduler::setDefinition(QJsonObject definition)
{
    const QString id = definition.value(QLatin1String("id")).toString();
    MarathonApp& app = m_apps[id];
    const bool configChanged = app.definition.isEmpty()
        || app.definition.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("lastConfigChangeAt"))
            != definition.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("lastConfigChangeAt"));
    app.definition = definition;
    app.versions.insert(app.version(), definition);
    // Marathon keeps --zk_max_versions (50) versions per app.
    while (app.versions.size() > 50)
        app.versions.erase(app.versions.begin());
    if (configChanged) { // a new config gets a fresh backoff
        app.failureCount = 0;
        app.currentDelaySeconds = 0;
        app.delayUntil = QDateTime();
    }
}

QString MarathonScheduler::nextVersion()
{
    // Versions are timestamps; two changes in the same millisecond still get distinct ones.
    QDateTime now = Clock::currentDateTimeUtc();
    QString version = MarathonJson::timestamp(now);
    while (version <= m_lastVersion)
        version = MarathonJson::timestamp(now = now.addMSecs(1));
    m_lastVersion = version;
    return version;
}

QJsonObject MarathonScheduler::createApp(QJsonObject definition)
{
    return updateApps({{std::move(definition), false}});
}

QJsonObject MarathonScheduler::updateApp(QJsonObject definition, bool scaleOnly)
{
    return updateApps({{std::move(definition), scaleOnly}});
}

QJsonObject MarathonScheduler::updateApps(const QList<QPair<QJsonObject, bool>>& changes,
                                          const QStringList& removals, const QMap<QString, int>& levels) {
    // One deployment for all: new apps start (then scale up), changed ones scale or restart.
    const QString version = nextVersion();
    QMap<QString, QJsonObject> original;
    QMap<QString, QJsonObject> target;
    QList<Deployment::Action> stops;
    QList<Deployment::Action> starts;
    QMap<int, QList<Deployment::Action>> actions; // by dependency level
    for (const QString& id : removals) {
        if (!m_apps.contains(id))
            continue;
        original.insert(id, m_apps.value(id).definition);
        target.insert(id, QJsonObject());
        m_apps.remove(id);
        m_pending.remove(id);
        m_launchQueue.forget(id);
        stops.append({kStop, id});
    }
    for (const auto& [change, scaleOnly] : changes) {
        QJsonObject definition = change;
        const QString id = definition.value(QLatin1String("id")).toString();
        const bool exists = m_apps.contains(id);
        const QJsonObject before = exists ? m_apps.value(id).definition : QJsonObject();
        QJsonObject versionInfo = before.value(QLatin1String("versionInfo")).toObject();
        versionInfo.insert(QStringLiteral("lastScalingAt"), version);
        if (!exists || !scaleOnly)
            versionInfo.insert(QStringLiteral("lastConfigChangeAt"), version);
        definition.insert(QStringLiteral("version"), version);
        definition.insert(QStringLiteral("versionInfo"), versionInfo);
        setDefinition(definition);
        original.insert(id, before);
        target.insert(id, definition);
        if (!exists) {
            starts.append({kStart, id});
            if (definition.value(QLatin1String("instances")).toInt() > 0)
                actions[levels.value(id)].append({kScale, id});
        } else {
            actions[levels.value(id)].append({scaleOnly ? kScale : kRestart, id});
        }
    }
    QList<QList<Deployment::Action>> steps;
    if (!stops.isEmpty())
        steps.append(stops);
    if (!starts.isEmpty())
        steps.append(starts);
    for (const QList<Deployment::Action>& level : std::as_const(actions))
        steps.append(level);
    return startDeployment(original, target, steps, version);
}

QJsonObject MarathonScheduler::deleteApp(const QString& appId)
{
    return updateApps({}, {appId});
}

QJsonObject MarathonScheduler::restartApp(const QString& appId)
{
    // A restart is a new version with the same config: every task is replaced.
    QJsonObject definition = m_apps.value(appId).definition;
    return updateApp(definition, false);
}

QJsonObject MarathonScheduler::killTasks(const QStringList& taskIds, bool scale)
{
    QMap<QString, int> killedPerApp;
    for (const QString& id : taskIds) {
        auto it = m_tasks.find(id);
        if (it == m_tasks.end())
            continue;
        if (!it->killRequested)
            ++killedPerApp[it->appId];
        killTask(*it);
    }
    if (!scale) {
        scheduleReconcile();
        return {};
    }
    // Marathon scales each affected app down by the tasks killed, in one deployment.
    QMap<QString, QJsonObject> original;
    QMap<QString, QJsonObject> target;
    QList<Deployment::Action> actions;
    const QString version = nextVersion();
    for (auto it = killedPerApp.begin(); it != killedPerApp.end(); ++it) {
        if (!m_apps.contains(it.key()))
            continue;
        QJsonObject definition = m_apps.value(it.key()).definition;
        original.insert(it.key(), definition);
        definition.insert(QStringLiteral("instances"), qMax(0, definition.value(QLatin1String("instances")).toInt() - it.value()));
        QJsonObject versionInfo = definition.value(QLatin1String("versionInfo")).toObject();
        versionInfo.insert(QStringLiteral("lastScalingAt"), version);
        definition.insert(QStringLiteral("version"), version);
        definition.insert(QStringLiteral("versionInfo"), versionInfo);
        setDefinition(definition);
        target.insert(it.key(), definition);
        actions.append({kScale, it.key()});
    }
    return startDeployment(original, target, {actions}, version);
}

QJsonObject MarathonScheduler::rollback(const QString& deploymentId)
{
    const Deployment* found = deployment(deploymentId);
    if (!found)
        return {};
    const Deployment old = *found;
    cancelDeployment(deploymentId);
    QMap<QString, QJsonObject> original;
    QMap<QString, QJsonObject> target;
    QList<Deployment::Action> actions;
    const QString version = nextVersion();
    for (auto it = old.original.begin(); it != old.original.end(); ++it) {
        const QString appId = it.key();
        original.insert(appId, m_apps.value(appId).definition);
        if (it.value().isEmpty()) { // the app was new: revert by removing it
            m_apps.remove(appId);
            m_pending.remove(appId);
            target.insert(appId, QJsonObject());
            actions.append({kStop, appId});
            continue;
        }
        QJsonObject definition = it.value();
        if (!m_apps.contains(appId)) { // the app was deleted: bring it back
            setDefinition(definition);
            target.insert(appId, definition);
            actions.append({kStart, appId});
            continue;
        }
        const bool sameConfig = definition.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("lastConfigChangeAt"))
            == m_apps.value(appId).definition.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("lastConfigChangeAt"));
        setDefinition(definition);
        target.insert(appId, definition);
        actions.append({sameConfig ? kScale : kRestart, appId});
    }
    return startDeployment(original, target, {actions}, version);
}

void MarathonScheduler::cancelDeployment(const QString& deploymentId)
{
    for (qsizetype i = 0; i < m_deployments.size(); ++i) {
        if (m_deployments.at(i).id != deploymentId)
            continue;
        const Deployment deployment = m_deployments.takeAt(i);
        stopReadiness(deployment);
        m_events->publish(QStringLiteral("deployment_failed"),
                          {{QStringLiteral("id"), deployment.id}, {QStringLiteral("plan"), planJson(deployment)},
                           {QStringLiteral("reason"), QStringLiteral("The operation has been cancelled.")}});
        return;
    }
}

void MarathonScheduler::cancelLocks(const QStringList& appIds)
{
    QStringList ids;
    for (const QString& appId : appIds)
        ids << deploymentIdsFor(appId);
    ids.removeDuplicates();
    for (const QString& id : ids)
        cancelDeployment(id);
}

QJsonObject MarathonScheduler::startDeployment(const QMap<QString, QJsonObject>& original,
                                               const QMap<QString, QJsonObject>& target,
                                               const QList<QList<Deployment::Action>>& steps, const QString& version)
{
    // Whoever calls with a locked app has decided to force: the old deployments go.
    cancelLocks(original.keys());
    Deployment deployment;
    deployment.id = MarathonJson::newUuid();
    deployment.version = version;
    deployment.affectedApps = original.keys();
    deployment.steps = steps;
    deployment.original = original;
    deployment.target = target;
    deployment.startedAt = Clock::currentDateTimeUtc();
    m_deployments.append(deployment);
    m_events->publish(QStringLiteral("group_change_success"),
                      {{QStringLiteral("groupId"), QStringLiteral("/")}, {QStringLiteral("version"), version}});
    m_events->publish(QStringLiteral("deployment_info"),
                      {{QStringLiteral("plan"), planJson(deployment)}, {QStringLiteral("currentStep"), stepJson(steps.value(0))}});
    scheduleReconcile();
    return MarathonJson::deploymentResult(deployment.id, version);
}

QJsonObject MarathonScheduler::stepJson(const QList<Deployment::Action>& step) const
{
    QJsonArray actions;
    for (const Deployment::Action& action : step)
        actions.append(QJsonObject{{QStringLiteral("action"), action.action}, {QStringLiteral("app"), action.appId}});
    return {{QStringLiteral("actions"), actions}};
}

QJsonObject MarathonScheduler::planJson(const Deployment& deployment) const
{
    QJsonArray steps;
    for (const auto& step : deployment.steps)
        steps.append(stepJson(step));
    return {{QStringLiteral("id"), deployment.id}, {QStringLiteral("steps"), steps},
            {QStringLiteral("version"), deployment.version}};
}

void MarathonScheduler::scheduleReconcile()
{
    if (m_reconcileScheduled)
        return;
    m_reconcileScheduled = true;
    QTimer::singleShot(0, this, [this] { reconcile(); });
}

bool MarathonScheduler::hasCurrentConfig(const MarathonTask& task, const MarathonApp& app) const
{
    if (task.version == app.version())
        return true;
    const auto configOf = [](const QJsonObject& definition) {
        return definition.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("lastConfigChangeAt")).toString();
    };
    const auto it = app.versions.constFind(task.version);
    return it != app.versions.cend() && configOf(*it) == configOf(app.definition);
}

bool MarathonScheduler::isRestarting(const QString& appId) const
{
    for (const Deployment& deployment : m_deployments) {
        for (const Deployment::Action& action : deployment.steps.value(deployment.currentStep)) {
            if (action.appId == appId && action.action == kRestart)
                return true;
        }
    }
    return false;
}

void MarathonScheduler::onFrameworkRemoved(const QString& frameworkId) {
    if (frameworkId.isEmpty() || frameworkId != m_frameworkId)
        return;
    // Real Marathon gets the driver's error "Framework has been removed", deletes its stored
    // framework id and exits; started again by its supervisor it registers as a new framework,
    // learns from reconciliation that none of its old tasks runs, and launches its apps'
    // instances anew. Until it has registered it gets no offers and launches nothing.
    m_frameworkId.clear();
    QMetaObject::invokeMethod(
        this,
        [this] {
            registerFramework(m_webuiUrl);
            scheduleReconcile();
        },
        Qt::QueuedConnection);
}

void MarathonScheduler::reconcile()
{
    m_reconcileScheduled = false;
    if (m_frameworkId.isEmpty())
        return;
    const QDateTime now = Clock::currentDateTimeUtc();
    // Tasks of apps that are gone (deleted) are stopped; unconfirmed kills are sent again, as
    // Marathon's kill service retries.
    for (MarathonTask& task : m_tasks) {
        if (!m_apps.contains(task.appId) && !task.killRequested)
            killTask(task);
        if (task.killRequested && task.killRequestedAt.msecsTo(now) > kKillRetryMs) {
            task.killRequestedAt = now;
            mesosKill(task.id);
        }
    }
    for (MarathonApp& app : m_apps) {
        // Marathon forgets a backoff once it has been overdue for maxLaunchDelaySeconds.
        if (app.delayUntil.isValid()
            && now > app.delayUntil.addSecs(app.definition.value(QLatin1String("maxLaunchDelaySeconds")).toInt())) {
            app.failureCount = 0;
            app.currentDelaySeconds = 0;
            app.delayUntil = QDateTime();
        }
        reconcileApp(app);
    }
    launchPending();
    advanceDeployments();
    ++m_rounds;
}

void MarathonScheduler::reconcileApp(MarathonApp& app)
{
    const QString appId = app.id();
    const int instances = app.instances();
    QList<MarathonTask*> alive;
    for (MarathonTask& task : m_tasks) {
        if (task.appId == appId && !task.killRequested)
            alive.append(&task);
    }
    int pending = 0;
    if (isRestarting(appId)) {
        // Rolling replacement within upgradeStrategy: keep minimumHealthCapacity healthy,
        // never run more than instances * (1 + maximumOverCapacity).
        const QJsonObject strategy = app.definition.value(QLatin1String("upgradeStrategy")).toObject();
        const int minHealthy = int(std::ceil(instances * strategy.value(QLatin1String("minimumHealthCapacity")).toDouble(1)));
        const int maxTotal = instances + int(std::floor(instances * strategy.value(QLatin1String("maximumOverCapacity")).toDouble(1)));
        QList<MarathonTask*> oldTasks;
        int newCount = 0;
        int newHealthy = 0;
        for (MarathonTask* task : alive) {
            if (hasCurrentConfig(*task, app)) {
                ++newCount;
                newHealthy += task->isHealthy() ? 1 : 0;
            } else {
                oldTasks.append(task);
            }
        }
        std::sort(oldTasks.begin(), oldTasks.end(), [](const MarathonTask* a, const MarathonTask* b) {
            return a->isHealthy() < b->isHealthy(); // unhealthy old tasks go first
        });
        int oldAlive = int(oldTasks.size());
        for (MarathonTask* task : oldTasks) {
            const bool replaced = newHealthy >= instances;
            if (!replaced && oldAlive - 1 + newHealthy < minHealthy)
                break;
            killTask(*task);
            --oldAlive;
        }
        pending = qMax(0, qMin(instances - newCount, qMax(maxTotal, instances) - (newCount + oldAlive)));
    } else {
        pending = qMax(0, instances - int(alive.size()));
        int extra = int(alive.size()) - instances;
        if (extra > 0) {
            const bool oldestFirst = app.definition.value(QLatin1String("killSelection")).toString() == QLatin1String("OLDEST_FIRST");
            std::sort(alive.begin(), alive.end(), [oldestFirst](const MarathonTask* a, const MarathonTask* b) {
                if (a->isRunning() != b->isRunning())
                    return !a->isRunning(); // tasks not running yet go first
                return oldestFirst ? a->stagedAt < b->stagedAt : a->stagedAt > b->stagedAt;
            });
            for (int i = 0; i < extra; ++i)
                killTask(*alive.at(i));
        }
    }
    if (pending > 0 && m_pending.value(appId) == 0) {
        app.queuedSince = Clock::currentDateTimeUtc();
        m_launchQueue.resetAttempt(appId);
    }
    m_pending.insert(appId, pending);
}

void MarathonScheduler::launchPending()
{
    const QDateTime now = Clock::currentDateTimeUtc();
    QList<SimAgent> agents;
    bool haveAgents = false;
    for (MarathonApp& app : m_apps) {
        const int pending = m_pending.value(app.id());
        if (pending <= 0 || (app.delayUntil.isValid() && now < app.delayUntil))
            continue;
        if (!haveAgents) {
            agents = m_mesos->agents();
            haveAgents = true;
        }
        const QString appId = app.id();
        const QStringList chosen = m_launchQueue.placeInstances(app, pending, agents, tasksOf(appId));
        const QJsonObject def = app.definition;
        for (const QString& agentId : chosen) {
            const auto agent = std::find_if(agents.begin(), agents.end(), [&](const SimAgent& a) { return a.id == agentId; });
            SimTaskSpec spec;
            spec.taskId = MarathonJson::taskIdPrefix(appId) + QLatin1Char('.') + MarathonJson::newUuid();
            spec.name = MarathonJson::taskIdPrefix(appId);
            spec.name.replace(QLatin1Char('_'), QLatin1Char('.'));
            if (def.contains(QLatin1String("cmd"))) {
                spec.command = def.value(QLatin1String("cmd")).toString();
            } else {
                QStringList args;
                for (const QJsonValue& arg : def.value(QLatin1String("args")).toArray())
                    args << shellQuote(arg.toString());
                spec.command = args.join(QLatin1Char(' '));
            }
            spec.cpus = def.value(QLatin1String("cpus")).toDouble();
            spec.mem = def.value(QLatin1String("mem")).toDouble();
            spec.disk = def.value(QLatin1String("disk")).toDouble();
            spec.portCount = int(def.value(QLatin1String("portDefinitions")).toArray().size());
            for (const QJsonValue& fetch : def.value(QLatin1String("fetch")).toArray())
                spec.uris << fetch.toObject().value(QLatin1String("uri")).toString();
            const QJsonObject env = def.value(QLatin1String("env")).toObject();
            for (auto it = env.begin(); it != env.end(); ++it) {
                if (it.value().isString())
                    spec.env.insert(it.key(), it.value().toString());
            }
            // What Marathon adds to every task's environment.
            spec.env.insert(QStringLiteral("MARATHON_APP_ID"), appId);
            spec.env.insert(QStringLiteral("MARATHON_APP_VERSION"), app.version());
            spec.env.insert(QStringLiteral("MARATHON_APP_RESOURCE_CPUS"), QString::number(spec.cpus));
            spec.env.insert(QStringLiteral("MARATHON_APP_RESOURCE_MEM"), QString::number(spec.mem));
            spec.env.insert(QStringLiteral("MARATHON_APP_RESOURCE_DISK"), QString::number(spec.disk));
            spec.env.insert(QStringLiteral("MARATHON_APP_RESOURCE_GPUS"), QString::number(def.value(QLatin1String("gpus")).toInt()));
            spec.env.insert(QStringLiteral("MESOS_TASK_ID"), spec.taskId);
            const QJsonObject labels = def.value(QLatin1String("labels")).toObject();
            spec.env.insert(QStringLiteral("MARATHON_APP_LABELS"), labels.keys().join(QLatin1Char(' ')));
            for (auto it = labels.begin(); it != labels.end(); ++it)
                spec.env.insert(QStringLiteral("MARATHON_APP_LABEL_") + it.key().toUpper(), it.value().toString());
            spec.labels = labels;

            MarathonTask task;
            task.id = spec.taskId;
            task.appId = appId;
            task.agentId = agentId;
            task.host = agent != agents.end() ? agent->hostname : QString();
            task.version = app.version();
            task.stagedAt = now;
            for (const QJsonValue& def2 : def.value(QLatin1String("portDefinitions")).toArray())
                task.servicePorts << def2.toObject().value(QLatin1String("port")).toInt();
            m_tasks.insert(task.id, task);
            QString error;
            if (!mesosLaunch(agentId, spec, &error)) {
                m_tasks.remove(task.id);
                m_launchQueue.recordRejectedLaunch(appId, agentId, QStringLiteral("InsufficientCpus"));
                continue;
            }
            m_pending[appId] = qMax(0, m_pending.value(appId) - 1);
        }
    }
}

bool MarathonScheduler::actionDone(const Deployment::Action& action) const
{
    if (action.action == kStart)
        return true;
    if (action.action == kStop) {
        for (const MarathonTask& task : m_tasks) {
            if (task.appId == action.appId)
                return false;
        }
        return true;
    }
    const MarathonApp* app = this->app(action.appId);
    if (!app)
        return true;
    int healthy = 0;
    for (const MarathonTask& task : m_tasks) {
        if (task.appId != action.appId)
            continue;
        if (task.killRequested || !hasCurrentConfig(task, *app))
            return false; // old or surplus tasks still going away
        if (!task.isHealthy())
            return false;
        ++healthy;
    }
    return healthy == app->instances();
}

void MarathonScheduler::advanceDeployments()
{
    for (qsizetype i = 0; i < m_deployments.size();) {
        Deployment& deployment = m_deployments[i];
        bool done = true;
        for (const Deployment::Action& action : deployment.steps.value(deployment.currentStep))
            done = done && actionDone(action) && readinessDone(deployment, action);
        if (!done) {
            ++i;
            continue;
        }
        for (const Deployment::Action& action : deployment.steps.value(deployment.currentStep)) {
            if (action.action == kStop)
                m_events->publish(QStringLiteral("app_terminated_event"), {{QStringLiteral("appId"), action.appId}});
        }
        m_events->publish(QStringLiteral("deployment_step_success"),
                          {{QStringLiteral("plan"), planJson(deployment)},
                           {QStringLiteral("currentStep"), stepJson(deployment.steps.value(deployment.currentStep))}});
        ++deployment.currentStep;
        if (deployment.currentStep < deployment.steps.size()) {
            m_events->publish(QStringLiteral("deployment_info"),
                              {{QStringLiteral("plan"), planJson(deployment)},
                               {QStringLiteral("currentStep"), stepJson(deployment.steps.value(deployment.currentStep))}});
            continue; // the next step may be done already (e.g. StartApplication)
        }
        const Deployment finished = m_deployments.takeAt(i);
        stopReadiness(finished);
        m_events->publish(QStringLiteral("deployment_success"),
                          {{QStringLiteral("id"), finished.id}, {QStringLiteral("plan"), planJson(finished)}});
    }
}

void MarathonScheduler::startReadiness(const MarathonTask& task) {
    // Marathon checks readiness of the instances a deployment starts, for the version it deploys.
    const MarathonApp* app = this->app(task.appId);
    if (!app)
        return;
    const QJsonObject def = app->versions.value(task.version, app->definition);
    const QJsonObject check = def.value(QLatin1String("readinessChecks")).toArray().first().toObject();
    if (check.isEmpty())
        return;
    Deployment* owner = nullptr;
    for (Deployment& deployment : m_deployments) {
        for (const Deployment::Action& action : deployment.steps.value(deployment.currentStep))
            if (action.appId == task.appId && action.action != kStop &&
                deployment.target.value(task.appId).value(QLatin1String("version")) == app->version() &&
                hasCurrentConfig(task, *app))
                owner = &deployment;
    }
    if (!owner)
        return;
    const QJsonArray ports = def.value(QLatin1String("portDefinitions")).toArray();
    int port = -1;
    for (qsizetype i = 0; i < ports.size(); ++i)
        if (ports.at(i).toObject().value(QLatin1String("name")).toString() ==
            check.value(QLatin1String("portName")).toString())
            port = task.ports.value(i, -1);
    if (port < 0)
        return;
    owner->readiness.insert(task.id, {task.appId, {}});
    m_readiness->start(task.id, task.host, port, check);
}

void MarathonScheduler::stopReadiness(const Deployment& deployment) {
    for (auto it = deployment.readiness.begin(); it != deployment.readiness.end(); ++it)
        m_readiness->stop(it.key());
}

bool MarathonScheduler::readinessDone(const Deployment& deployment, const Deployment::Action& action) const {
    for (auto it = deployment.readiness.begin(); it != deployment.readiness.end(); ++it) {
        const MarathonTask* task = this->task(it.key());
        if (it->appId == action.appId && task && !task->killRequested &&
            !it->result.value(QLatin1String("ready")).toBool())
            return false;
    }
    return true;
}

QJsonArray MarathonScheduler::readinessResultsOf(const QString& appId) const {
    QJsonArray out;
    for (const Deployment& deployment : m_deployments)
        for (auto it = deployment.readiness.begin(); it != deployment.readiness.end(); ++it)
            if (it->appId == appId && !it->result.isEmpty())
                out.append(it->result);
    return out;
}

void MarathonScheduler::killTask(MarathonTask& task)
{
    if (task.killRequested)
        return;
    task.killRequested = true;
    task.killRequestedAt = Clock::currentDateTimeUtc();
    m_health->stop(task.id);
    m_readiness->stop(task.id);
    mesosKill(task.id);
}

void MarathonScheduler::publishTaskEvents(const MarathonTask& task, const QString& message, const QString& reason)
{
    m_events->publish(QStringLiteral("status_update_event"),
                      {{QStringLiteral("slaveId"), task.agentId},
                       {QStringLiteral("taskId"), task.id},
                       {QStringLiteral("taskStatus"), task.state},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("appId"), task.appId},
                       {QStringLiteral("host"), task.host},
                       {QStringLiteral("ipAddresses"), QJsonArray{QJsonObject{{QStringLiteral("ipAddress"), task.host},
                                                                              {QStringLiteral("protocol"), QStringLiteral("IPv4")}}}},
                       {QStringLiteral("ports"), portsJson(task.ports)},
                       {QStringLiteral("version"), task.version}});
    m_events->publish(QStringLiteral("instance_changed_event"),
                      {{QStringLiteral("instanceId"), task.id},
                       {QStringLiteral("condition"), condition(task.state, reason)},
                       {QStringLiteral("runSpecId"), task.appId},
                       {QStringLiteral("agentId"), task.agentId},
                       {QStringLiteral("host"), task.host},
                       {QStringLiteral("runSpecVersion"), task.version}});
}

void MarathonScheduler::mesosKill(const QString& taskId)
{
    ++m_inMesosCall;
    m_mesos->killTask(m_frameworkId, taskId);
    --m_inMesosCall;
}

bool MarathonScheduler::mesosLaunch(const QString& agentId, const SimTaskSpec& spec, QString* error)
{
    ++m_inMesosCall;
    const bool launched = m_mesos->launchTask(m_frameworkId, agentId, spec, error);
    --m_inMesosCall;
    return launched;
}

void MarathonScheduler::onStatusUpdate(const SimTaskStatus& status)
{
    // A status sent from inside launchTask/killTask would change m_tasks under a caller that
    // is iterating it: it is applied on the next event-loop turn instead.
    if (m_inMesosCall > 0) {
        QMetaObject::invokeMethod(this, [this, status] { applyStatusUpdate(status); }, Qt::QueuedConnection);
        return;
    }
    applyStatusUpdate(status);
}

void MarathonScheduler::applyStatusUpdate(const SimTaskStatus& status)
{
    auto it = m_tasks.find(status.taskId);
    if (it == m_tasks.end()) {
        if (onOtherTaskStatus)
            onOtherTaskStatus(status);
        return; // not an app's, or already expunged
    }
    MarathonTask& task = *it;
    task.state = status.state;
    if (!status.agentId.isEmpty())
        task.agentId = status.agentId;
    if (!status.host.isEmpty())
        task.host = status.host;
    if (!status.ports.isEmpty())
        task.ports = status.ports;
    if (!status.sandboxDirectory.isEmpty())
        task.sandboxDirectory = status.sandboxDirectory;
    if (task.isRunning() && !task.startedAt.isValid()) {
        task.startedAt = Clock::currentDateTimeUtc();
        const MarathonApp* app = this->app(task.appId);
        const QJsonArray checks = app ? app->versions.value(task.version, app->definition).value(QLatin1String("healthChecks")).toArray()
                                      : QJsonArray();
        task.health = QList<HealthCheckResult>(checks.size());
        if (!checks.isEmpty() && !task.killRequested)
            m_health->start(task, checks);
        if (!task.killRequested)
            startReadiness(task);
    }
    publishTaskEvents(task, status.message, status.reason);
    if (isTerminal(status.state)) {
        const MarathonTask gone = task;
        m_tasks.erase(it);
        m_health->stop(gone.id);
        m_readiness->stop(gone.id);
        auto app = m_apps.find(gone.appId);
        if (app != m_apps.end() && !gone.killRequested && isFailure(status.state))
            recordFailure(*app, gone, status.state, status.message);
    }
    scheduleReconcile();
}

void MarathonScheduler::recordFailure(MarathonApp& app, const MarathonTask& task, const QString& state,
                                      const QString& message)
{
    app.lastTaskFailure = {{QStringLiteral("appId"), task.appId},
                           {QStringLiteral("host"), task.host},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("state"), state},
                           {QStringLiteral("taskId"), task.id},
                           {QStringLiteral("timestamp"), MarathonJson::now()},
                           {QStringLiteral("version"), task.version},
                           {QStringLiteral("slaveId"), task.agentId}};
    // Exponential backoff: backoffSeconds, then times backoffFactor, capped.
    const QJsonObject def = app.definition;
    const double cap = def.value(QLatin1String("maxLaunchDelaySeconds")).toDouble(3600);
    if (app.failureCount == 0)
        app.currentDelaySeconds = def.value(QLatin1String("backoffSeconds")).toDouble(1);
    else
        app.currentDelaySeconds *= def.value(QLatin1String("backoffFactor")).toDouble(1.15);
    app.currentDelaySeconds = qMin(app.currentDelaySeconds, cap);
    ++app.failureCount;
    app.delayUntil = Clock::currentDateTimeUtc().addMSecs(qint64(app.currentDelaySeconds * 1000));
}

void MarathonScheduler::onAgentsChanged()
{
    // Tasks on agents that are gone without a status update are lost (Mesos may tell us later).
    const QList<SimAgent> agents = m_mesos->agents();
    QStringList lostTasks;
    for (const MarathonTask& task : m_tasks) {
        const auto agent = std::find_if(agents.begin(), agents.end(), [&](const SimAgent& a) { return a.id == task.agentId; });
        if (agent == agents.end() || !agent->active)
            lostTasks << task.id;
    }
    for (const QString& id : lostTasks) {
        SimTaskStatus status;
        status.taskId = id;
        status.state = QStringLiteral("TASK_LOST");
        status.reason = QStringLiteral("REASON_AGENT_REMOVED");
        status.message = QStringLiteral("Agent removed");
        onStatusUpdate(status);
    }
    scheduleReconcile();
    if (onAgentsChangedToo)
        onAgentsChangedToo();
}

void MarathonScheduler::onHealthResult(const QString& taskId, int index, bool alive, const QString& cause)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end() || index >= it->health.size())
        return;
    MarathonTask& task = *it;
    const MarathonApp* app = this->app(task.appId);
    const QJsonObject check = app ? app->versions.value(task.version, app->definition)
                                        .value(QLatin1String("healthChecks")).toArray().at(index).toObject()
                                  : QJsonObject();
    HealthCheckResult& result = task.health[index];
    const bool wasHealthy = task.isHealthy();
    const bool hadResult = result.hasResult;
    const QDateTime now = Clock::currentDateTimeUtc();
    if (alive) {
        if (!result.firstSuccess.isValid())
            result.firstSuccess = now;
        result.lastSuccess = now;
        result.consecutiveFailures = 0;
        result.alive = true;
        result.hasResult = true;
    } else {
        // Failures in the grace period before the first success are ignored.
        const int grace = check.value(QLatin1String("gracePeriodSeconds")).toInt(300);
        if (!result.firstSuccess.isValid() && task.startedAt.addSecs(grace) > now)
            return;
        ++result.consecutiveFailures;
        result.lastFailure = now;
        result.lastFailureCause = cause;
        result.alive = false;
        result.hasResult = true;
        m_events->publish(QStringLiteral("failed_health_check_event"),
                          {{QStringLiteral("appId"), task.appId}, {QStringLiteral("taskId"), task.id},
                           {QStringLiteral("instanceId"), task.id}, {QStringLiteral("healthCheck"), check}});
    }
    const bool healthy = task.isHealthy();
    if (healthy != wasHealthy || !hadResult) {
        m_events->publish(QStringLiteral("health_status_changed_event"),
                          {{QStringLiteral("appId"), task.appId}, {QStringLiteral("instanceId"), task.id},
                           {QStringLiteral("version"), task.version}, {QStringLiteral("alive"), alive}});
        m_events->publish(QStringLiteral("instance_health_changed_event"),
                          {{QStringLiteral("instanceId"), task.id}, {QStringLiteral("runSpecId"), task.appId},
                           {QStringLiteral("runSpecVersion"), task.version}, {QStringLiteral("healthy"), healthy}});
    }
    const int maxFailures = check.value(QLatin1String("maxConsecutiveFailures")).toInt(3);
    if (!alive && maxFailures > 0 && result.consecutiveFailures >= maxFailures) {
        m_events->publish(QStringLiteral("unhealthy_instance_kill_event"),
                          {{QStringLiteral("appId"), task.appId}, {QStringLiteral("taskId"), task.id},
                           {QStringLiteral("instanceId"), task.id}, {QStringLiteral("version"), task.version},
                           {QStringLiteral("reason"), cause}, {QStringLiteral("host"), task.host},
                           {QStringLiteral("slaveId"), task.agentId}});
        killTask(task); // a replacement follows: the instance is still wanted
    }
    scheduleReconcile();
}
