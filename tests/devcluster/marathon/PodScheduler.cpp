#include "PodScheduler.h"

#include "EventBus.h"
#include "MarathonJson.h"
#include "MarathonScheduler.h"
#include "SchedulerApi.h"
#include "core/Clock.h"

#include <QTimer>
#include <algorithm>

namespace {
const QStringList& terminalStates() {
    static const QStringList states{QStringLiteral("TASK_FINISHED"), QStringLiteral("TASK_FAILED"),
                                    QStringLiteral("TASK_KILLED"),   QStringLiteral("TASK_LOST"),
                                    QStringLiteral("TASK_ERROR"),    QStringLiteral("TASK_DROPPED"),
                                    QStringLiteral("TASK_GONE"),     QStringLiteral("TASK_GONE_BY_OPERATOR"),
                                    QStringLiteral("TASK_UNKNOWN")};
    return states;
}

// Marathon's instance condition for a Mesos task state.
QString conditionOf(const QString& state, const QString& reason) {
    if (state == QLatin1String("TASK_LOST"))
        return reason == QLatin1String("REASON_AGENT_REMOVED") ? QStringLiteral("Gone")
                                                               : QStringLiteral("Unreachable");
    QString name = state.mid(5).toLower(); // "TASK_RUNNING" -> "running"
    if (name == QLatin1String("gone_by_operator"))
        return QStringLiteral("Gone");
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

bool isFailure(const QString& state) {
    return state != QLatin1String("TASK_FINISHED") && state != QLatin1String("TASK_KILLED");
}

QMap<QString, QString> environmentOf(const QJsonObject& env) {
    QMap<QString, QString> out;
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (it.value().isString()) // secret references are not resolved by the devcluster
            out.insert(it.key(), it.value().toString());
    }
    return out;
}
} // namespace

bool PodContainerRun::isTerminal() const {
    return terminalStates().contains(state);
}

PodScheduler::PodScheduler(SchedulerApi* mesos, EventBus* events, MarathonScheduler* apps, QObject* parent)
    : QObject(parent), m_mesos(mesos), m_events(events), m_apps(apps) {
    apps->onOtherTaskStatus = [this](const SimTaskStatus& status) { statusUpdate(status); };
    apps->onAgentsChangedToo = [this] { agentsChanged(); };
    // Relaunches wait for the backoff to pass: a slow tick notices that.
    auto* tick = new QTimer(this);
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, [this] {
        if (!m_pods.isEmpty() || !m_instances.isEmpty())
            reconcile();
    });
    tick->start();
}

const SimPod* PodScheduler::pod(const QString& id) const {
    auto it = m_pods.find(id);
    return it == m_pods.end() ? nullptr : &*it;
}

QList<PodInstance> PodScheduler::instancesOf(const QString& podId) const {
    QList<PodInstance> out;
    for (const PodInstance& instance : m_instances) {
        if (instance.podId == podId)
            out.append(instance);
    }
    return out;
}

const PodInstance* PodScheduler::instance(const QString& instanceId) const {
    auto it = m_instances.find(instanceId);
    return it == m_instances.end() ? nullptr : &*it;
}

QString PodScheduler::create(const QJsonObject& definition) {
    SimPod pod;
    pod.definition = definition;
    pod.versions.insert(pod.version(), definition);
    pod.statusSince = Clock::currentDateTimeUtc();
    m_pods.insert(pod.id(), pod);
    scheduleReconcile();
    return MarathonJson::newUuid();
}

QString PodScheduler::update(const QJsonObject& definition) {
    SimPod& pod = m_pods[definition.value(QLatin1String("id")).toString()];
    pod.definition = definition;
    pod.versions.insert(pod.version(), definition);
    pod.failureCount = 0;
    pod.delayUntil = {};
    scheduleReconcile();
    return MarathonJson::newUuid();
}

QString PodScheduler::remove(const QString& podId) {
    m_pods.remove(podId);
    for (PodInstance& instance : m_instances) {
        if (instance.podId == podId)
            killInstance(instance);
    }
    scheduleReconcile();
    return MarathonJson::newUuid();
}

QList<PodInstance> PodScheduler::killInstances(const QString& podId, const QStringList& instanceIds) {
    QList<PodInstance> killed;
    for (const QString& id : instanceIds) {
        auto it = m_instances.find(id);
        if (it == m_instances.end() || it->podId != podId)
            continue;
        killed.append(*it);
        killInstance(*it);
    }
    scheduleReconcile();
    return killed;
}

void PodScheduler::killInstance(PodInstance& instance) {
    instance.killRequested = true;
    setCondition(instance, QStringLiteral("Killing"));
    killContainers(instance);
}

void PodScheduler::killContainers(const PodInstance& instance) {
    const QList<PodContainerRun> containers = instance.containers; // statuses may change the instance
    for (const PodContainerRun& container : containers) {
        if (!container.isTerminal()) {
            ++m_inMesosCall;
            m_mesos->killTask(m_apps->frameworkId(), container.taskId);
            --m_inMesosCall;
        }
    }
}

void PodScheduler::scheduleReconcile() {
    if (m_reconcileScheduled)
        return;
    m_reconcileScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_reconcileScheduled = false;
        reconcile();
    });
}

void PodScheduler::reconcile() {
    for (SimPod& pod : m_pods)
        reconcilePod(pod);
}

bool PodScheduler::sameConfig(const QJsonObject& a, const QJsonObject& b) {
    QJsonObject left = a;
    QJsonObject right = b;
    for (QJsonObject* side : {&left, &right}) {
        side->remove(QStringLiteral("version"));
        side->remove(QStringLiteral("scaling"));
    }
    return left == right;
}

void PodScheduler::reconcilePod(SimPod& pod) {
    QList<PodInstance*> live;
    for (PodInstance& instance : m_instances) {
        if (instance.podId != pod.id() || instance.killRequested)
            continue;
        // A changed definition (other than the instance count) replaces every instance.
        if (!sameConfig(pod.versions.value(instance.version), pod.definition))
            killInstance(instance);
        else
            live.append(&instance);
    }
    const bool youngestFirst = pod.definition.value(QLatin1String("scheduling"))
                                   .toObject()
                                   .value(QLatin1String("killSelection"))
                                   .toString() != QLatin1String("OLDEST_FIRST");
    std::sort(live.begin(), live.end(), [youngestFirst](const PodInstance* a, const PodInstance* b) {
        return youngestFirst ? a->since > b->since : a->since < b->since;
    });
    while (live.size() > pod.instances())
        killInstance(*live.takeFirst());
    const bool delayed = pod.delayUntil.isValid() && Clock::currentDateTimeUtc() < pod.delayUntil;
    for (qsizetype missing = pod.instances() - live.size(); missing > 0 && !delayed; --missing) {
        if (!launchInstance(pod))
            break;
    }
    updatePodStatus(pod);
}

QList<SimTaskSpec> PodScheduler::taskSpecs(const QJsonObject& definition, const QString& instanceId,
                                           const QString& executorId) const {
    QList<SimTaskSpec> specs;
    const QMap<QString, QString> podEnv =
        environmentOf(definition.value(QLatin1String("environment")).toObject());
    for (const QJsonValue& value : definition.value(QLatin1String("containers")).toArray()) {
        const QJsonObject container = value.toObject();
        const QJsonObject resources = container.value(QLatin1String("resources")).toObject();
        SimTaskSpec spec;
        spec.name = container.value(QLatin1String("name")).toString();
        spec.taskId = instanceId + u'.' + spec.name;
        spec.executorId = executorId;
        spec.command = container.value(QLatin1String("exec"))
                           .toObject()
                           .value(QLatin1String("command"))
                           .toObject()
                           .value(QLatin1String("shell"))
                           .toString();
        spec.cpus = resources.value(QLatin1String("cpus")).toDouble();
        spec.mem = resources.value(QLatin1String("mem")).toDouble();
        spec.disk = resources.value(QLatin1String("disk")).toDouble();
        for (const QJsonValue& endpoint : container.value(QLatin1String("endpoints")).toArray())
            spec.portCount += endpoint.toObject().contains(QLatin1String("hostPort")) ? 1 : 0;
        spec.env = podEnv;
        spec.env.insert(environmentOf(container.value(QLatin1String("environment")).toObject()));
        spec.env.insert(QStringLiteral("MARATHON_APP_ID"), definition.value(QLatin1String("id")).toString());
        spec.env.insert(QStringLiteral("MARATHON_APP_VERSION"),
                        definition.value(QLatin1String("version")).toString());
        spec.env.insert(QStringLiteral("MESOS_EXECUTOR_ID"), executorId);
        for (const QJsonValue& artifact : container.value(QLatin1String("artifacts")).toArray())
            spec.uris.append(artifact.toObject().value(QLatin1String("uri")).toString());
        specs.append(spec);
    }
    return specs;
}

bool PodScheduler::launchInstance(SimPod& pod) {
    const QString uuid = MarathonJson::newUuid();
    const QString prefix = MarathonJson::taskIdPrefix(pod.id());
    PodInstance instance;
    instance.id = prefix + QStringLiteral(".instance-") + uuid;
    instance.podId = pod.id();
    instance.executorId = QStringLiteral("instance-") + prefix + u'.' + uuid;
    instance.version = pod.version();
    instance.since = Clock::currentDateTimeUtc();
    const QList<SimTaskSpec> specs = taskSpecs(pod.definition, instance.id, instance.executorId);
    double cpus = 0, mem = 0, disk = 0;
    int ports = 0;
    for (const SimTaskSpec& spec : specs) {
        cpus += spec.cpus;
        mem += spec.mem;
        disk += spec.disk;
        ports += spec.portCount;
    }
    // A task group is launched whole on one agent or not at all; instances spread over agents.
    QHash<QString, int> placed;
    for (const PodInstance& other : m_instances)
        ++placed[other.agentId];
    QList<SimAgent> agents = m_mesos->agents();
    std::stable_sort(agents.begin(), agents.end(), [&placed](const SimAgent& a, const SimAgent& b) {
        return placed.value(a.id) < placed.value(b.id);
    });
    const auto fits = std::find_if(agents.begin(), agents.end(), [&](const SimAgent& agent) {
        return agent.active && agent.cpusFree + 1e-9 >= cpus && agent.memFree + 1e-9 >= mem &&
               agent.diskFree + 1e-9 >= disk && agent.portsFree >= ports;
    });
    if (fits == agents.end())
        return false;
    instance.agentId = fits->id;
    instance.host = fits->hostname;
    for (const SimTaskSpec& spec : specs) {
        PodContainerRun run;
        run.name = spec.name;
        run.taskId = spec.taskId;
        run.statusSince = instance.since;
        instance.containers.append(run);
        m_taskToInstance.insert(spec.taskId, instance.id);
    }
    m_instances.insert(instance.id, instance);
    publishInstanceChanged(instance);
    for (const SimTaskSpec& spec : specs) {
        QString error;
        ++m_inMesosCall;
        const bool launched = m_mesos->launchTask(m_apps->frameworkId(), instance.agentId, spec, &error);
        --m_inMesosCall;
        if (!launched) {
            // This container and the ones after it never started; the others are killed.
            PodInstance& stored = m_instances[instance.id];
            bool unlaunched = false;
            for (PodContainerRun& run : stored.containers) {
                unlaunched = unlaunched || run.taskId == spec.taskId;
                if (unlaunched) {
                    run.state = QStringLiteral("TASK_ERROR");
                    run.message = error;
                }
            }
            killInstance(stored);
            endIfTerminal(instance.id);
            return false;
        }
    }
    return true;
}

void PodScheduler::statusUpdate(const SimTaskStatus& status) {
    if (!ownsTask(status.taskId))
        return;
    // A status sent from inside launchTask/killTask waits for the event loop (callers iterate).
    if (m_inMesosCall > 0) {
        QMetaObject::invokeMethod(
            this, [this, status] { applyStatus(status); }, Qt::QueuedConnection);
        return;
    }
    applyStatus(status);
}

void PodScheduler::applyStatus(const SimTaskStatus& status) {
    const QString instanceId = m_taskToInstance.value(status.taskId);
    auto it = m_instances.find(instanceId);
    if (it == m_instances.end())
        return;
    PodInstance& instance = *it;
    const auto run = std::find_if(instance.containers.begin(), instance.containers.end(),
                                  [&](const PodContainerRun& c) { return c.taskId == status.taskId; });
    if (run == instance.containers.end())
        return;
    const QDateTime now = Clock::currentDateTimeUtc();
    if (run->state != status.state)
        run->statusSince = now;
    run->state = status.state;
    run->message = status.message;
    if (!status.ports.isEmpty())
        run->ports = status.ports;
    if (!status.host.isEmpty())
        instance.host = status.host;
    m_events->publish(QStringLiteral("status_update_event"),
                      {{QStringLiteral("slaveId"), instance.agentId},
                       {QStringLiteral("taskId"), run->taskId},
                       {QStringLiteral("taskStatus"), run->state},
                       {QStringLiteral("message"), run->message},
                       {QStringLiteral("appId"), instance.podId},
                       {QStringLiteral("host"), instance.host},
                       {QStringLiteral("ipAddresses"),
                        QJsonArray{QJsonObject{{QStringLiteral("ipAddress"), instance.host},
                                               {QStringLiteral("protocol"), QStringLiteral("IPv4")}}}},
                       {QStringLiteral("ports"),
                        [&] {
                            QJsonArray ports;
                            for (int port : run->ports)
                                ports.append(port);
                            return ports;
                        }()},
                       {QStringLiteral("version"), instance.version}});
    if (run->isTerminal()) {
        // The default executor ends the whole group once one of its tasks has ended.
        if (!instance.killRequested && instance.condition != QLatin1String("Killing")) {
            setCondition(instance, conditionOf(status.state, status.reason));
            killContainers(instance);
        }
        endIfTerminal(instanceId);
        scheduleReconcile();
        return;
    }
    if (instance.killRequested || !terminalCondition(instance.condition).isEmpty())
        return;
    const bool allRunning =
        std::all_of(instance.containers.begin(), instance.containers.end(),
                    [](const PodContainerRun& c) { return c.state == QLatin1String("TASK_RUNNING"); });
    const bool anyStarting =
        std::any_of(instance.containers.begin(), instance.containers.end(),
                    [](const PodContainerRun& c) { return c.state != QLatin1String("TASK_STAGING"); });
    if (allRunning && !instance.startedAt.isValid())
        instance.startedAt = now;
    setCondition(instance, allRunning    ? QStringLiteral("Running")
                           : anyStarting ? QStringLiteral("Starting")
                                         : QStringLiteral("Staging"));
    if (auto pod = m_pods.find(instance.podId); pod != m_pods.end())
        updatePodStatus(*pod);
}

QString PodScheduler::terminalCondition(const QString& condition) {
    static const QStringList terminal{QStringLiteral("Error"),    QStringLiteral("Failed"),
                                      QStringLiteral("Finished"), QStringLiteral("Killed"),
                                      QStringLiteral("Gone"),     QStringLiteral("Dropped"),
                                      QStringLiteral("Unknown")};
    return terminal.contains(condition) ? condition : QString();
}

void PodScheduler::setCondition(PodInstance& instance, const QString& condition) {
    if (instance.condition == condition)
        return;
    instance.condition = condition;
    instance.since = Clock::currentDateTimeUtc();
    publishInstanceChanged(instance);
}

void PodScheduler::publishInstanceChanged(const PodInstance& instance) {
    m_events->publish(QStringLiteral("instance_changed_event"),
                      {{QStringLiteral("instanceId"), instance.id},
                       {QStringLiteral("condition"), instance.condition},
                       {QStringLiteral("runSpecId"), instance.podId},
                       {QStringLiteral("agentId"), instance.agentId},
                       {QStringLiteral("host"), instance.host},
                       {QStringLiteral("runSpecVersion"), instance.version}});
}

void PodScheduler::endIfTerminal(const QString& instanceId) {
    auto it = m_instances.find(instanceId);
    if (it == m_instances.end())
        return;
    if (!std::all_of(it->containers.begin(), it->containers.end(),
                     [](const PodContainerRun& c) { return c.isTerminal(); }))
        return;
    if (terminalCondition(it->condition).isEmpty()) {
        const auto ended =
            std::find_if(it->containers.begin(), it->containers.end(),
                         [](const PodContainerRun& c) { return c.state != QLatin1String("TASK_KILLED"); });
        setCondition(*it, ended == it->containers.end() ? QStringLiteral("Killed")
                                                        : conditionOf(ended->state, QString()));
    }
    const PodInstance gone = *it;
    m_instances.erase(it);
    for (const PodContainerRun& run : gone.containers)
        m_taskToInstance.remove(run.taskId);
    instanceEnded(gone);
}

void PodScheduler::instanceEnded(const PodInstance& instance) {
    auto pod = m_pods.find(instance.podId);
    if (pod == m_pods.end())
        return; // deleted with its pod: no history left to keep
    QString failedState;
    QJsonArray containers;
    for (const PodContainerRun& run : instance.containers) {
        if (failedState.isEmpty() && isFailure(run.state))
            failedState = run.state;
        QJsonObject termination;
        if (!run.message.isEmpty())
            termination.insert(QStringLiteral("message"), run.message);
        containers.append(QJsonObject{{QStringLiteral("containerId"), run.taskId},
                                      {QStringLiteral("lastKnownState"), run.state},
                                      {QStringLiteral("termination"), termination}});
    }
    QJsonObject entry{
        {QStringLiteral("instanceID"), instance.id},
        {QStringLiteral("startedAt"),
         MarathonJson::timestamp(instance.startedAt.isValid() ? instance.startedAt : instance.since)},
        {QStringLiteral("terminatedAt"), MarathonJson::now()},
        {QStringLiteral("containers"), containers}};
    if (!instance.killRequested && !failedState.isEmpty()) {
        entry.insert(QStringLiteral("message"), QStringLiteral("instance ended: %1").arg(failedState));
        // Backoff: backoff seconds, then times backoffFactor, capped at maxLaunchDelay.
        const QJsonObject backoff = pod->definition.value(QLatin1String("scheduling"))
                                        .toObject()
                                        .value(QLatin1String("backoff"))
                                        .toObject();
        pod->currentDelaySeconds =
            pod->failureCount == 0
                ? backoff.value(QLatin1String("backoff")).toDouble(1)
                : pod->currentDelaySeconds * backoff.value(QLatin1String("backoffFactor")).toDouble(1.15);
        pod->currentDelaySeconds =
            qMin(pod->currentDelaySeconds, backoff.value(QLatin1String("maxLaunchDelay")).toDouble(300));
        ++pod->failureCount;
        pod->delayUntil = Clock::currentDateTimeUtc().addMSecs(qint64(pod->currentDelaySeconds * 1000));
    }
    QJsonArray history{entry};
    for (const QJsonValue& old : pod->terminationHistory) {
        if (history.size() < MaxTerminationHistory)
            history.append(old);
    }
    pod->terminationHistory = history;
    updatePodStatus(*pod);
}

void PodScheduler::updatePodStatus(SimPod& pod) {
    int stable = 0;
    for (const PodInstance& instance : m_instances) {
        // Instances of an older version with the same configuration (a scale) count as current.
        if (instance.podId == pod.id() && !instance.killRequested &&
            instance.condition == QLatin1String("Running") &&
            sameConfig(pod.versions.value(instance.version), pod.definition))
            ++stable;
    }
    const QString status = stable >= pod.instances() ? QStringLiteral("STABLE") : QStringLiteral("DEGRADED");
    if (status != pod.status) {
        pod.status = status;
        pod.statusSince = Clock::currentDateTimeUtc();
    }
}

void PodScheduler::agentsChanged() {
    // Instances on agents that are gone end as Gone (their tasks were lost with the agent).
    const QList<SimAgent> agents = m_mesos->agents();
    QStringList lost;
    for (const PodInstance& instance : m_instances) {
        const auto agent = std::find_if(agents.begin(), agents.end(),
                                        [&](const SimAgent& a) { return a.id == instance.agentId; });
        if (agent == agents.end() || !agent->active)
            lost << instance.id;
    }
    for (const QString& id : lost) {
        const PodInstance instance = m_instances.value(id);
        for (const PodContainerRun& run : instance.containers) {
            if (run.isTerminal())
                continue;
            SimTaskStatus status;
            status.taskId = run.taskId;
            status.state = QStringLiteral("TASK_LOST");
            status.reason = QStringLiteral("REASON_AGENT_REMOVED");
            status.message = QStringLiteral("Agent removed");
            applyStatus(status);
        }
    }
    scheduleReconcile();
}
