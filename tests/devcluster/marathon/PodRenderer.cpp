#include "PodRenderer.h"

#include "MarathonJson.h"
#include "PodScheduler.h"

#include <QJsonArray>

namespace {
QJsonObject containerSpec(const QJsonObject& definition, const QString& name) {
    for (const QJsonValue& value : definition.value(QLatin1String("containers")).toArray()) {
        if (value.toObject().value(QLatin1String("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

// The pod instance state for Marathon's instance condition (podInstanceState()).
QString instanceState(const PodInstance& instance) {
    const QString& condition = instance.condition;
    if (condition == QLatin1String("Staging") || condition == QLatin1String("Starting"))
        return QStringLiteral("STAGING");
    if (condition == QLatin1String("Running"))
        return QStringLiteral("STABLE");
    if (condition == QLatin1String("Unreachable") || condition == QLatin1String("UnreachableInactive"))
        return QStringLiteral("DEGRADED");
    return QStringLiteral("TERMINAL");
}

bool isActive(const QString& state) {
    return state == QLatin1String("TASK_STAGING") || state == QLatin1String("TASK_STARTING") ||
           state == QLatin1String("TASK_RUNNING") || state == QLatin1String("TASK_KILLING") ||
           state == QLatin1String("TASK_UNREACHABLE");
}
} // namespace

QJsonObject PodRenderer::instanceStatus(const SimPod& pod, const PodInstance& instance) {
    const QJsonObject definition = pod.versions.value(instance.version, pod.definition);
    QJsonObject total = definition.value(QLatin1String("executorResources")).toObject();
    QJsonArray containers;
    for (const PodContainerRun& run : instance.containers) {
        const QJsonObject spec = containerSpec(definition, run.name);
        const QString since = MarathonJson::timestamp(run.statusSince);
        QJsonObject container{
            {QStringLiteral("name"), run.name},           {QStringLiteral("status"), run.state},
            {QStringLiteral("statusSince"), since},       {QStringLiteral("containerId"), run.taskId},
            {QStringLiteral("conditions"), QJsonArray()}, {QStringLiteral("lastUpdated"), since},
            {QStringLiteral("lastChanged"), since}};
        if (!run.message.isEmpty())
            container.insert(QStringLiteral("message"), run.message);
        // Endpoints of a live task: the ones with a host port get theirs, in order.
        QJsonArray endpoints;
        if (isActive(run.state)) {
            qsizetype next = 0;
            for (const QJsonValue& value : spec.value(QLatin1String("endpoints")).toArray()) {
                const QJsonObject endpoint = value.toObject();
                QJsonObject status{{QStringLiteral("name"), endpoint.value(QLatin1String("name"))}};
                if (endpoint.contains(QLatin1String("hostPort")) && next < run.ports.size())
                    status.insert(QStringLiteral("allocatedHostPort"), run.ports.at(next++));
                endpoints.append(status);
            }
            const QJsonObject resources = spec.value(QLatin1String("resources")).toObject();
            container.insert(QStringLiteral("resources"), resources);
            for (const char* key : {"cpus", "mem", "disk", "gpus"})
                total.insert(QLatin1String(key), total.value(QLatin1String(key)).toDouble() +
                                                     resources.value(QLatin1String(key)).toDouble());
        }
        container.insert(QStringLiteral("endpoints"), endpoints);
        containers.append(container);
    }
    const QString since = MarathonJson::timestamp(instance.since);
    return {{QStringLiteral("id"), instance.id},
            {QStringLiteral("status"), instanceState(instance)},
            {QStringLiteral("statusSince"), since},
            {QStringLiteral("conditions"), QJsonArray()},
            {QStringLiteral("agentHostname"), instance.host},
            {QStringLiteral("agentId"), instance.agentId},
            {QStringLiteral("resources"), total},
            {QStringLiteral("networks"), QJsonArray()},
            {QStringLiteral("containers"), containers},
            {QStringLiteral("specReference"),
             QStringLiteral("/v2/pods%1::versions/%2").arg(instance.podId, instance.version)},
            {QStringLiteral("localVolumes"), QJsonArray()},
            {QStringLiteral("lastUpdated"), since},
            {QStringLiteral("lastChanged"), since},
            {QStringLiteral("role"), definition.value(QLatin1String("role")).toString(QStringLiteral("*"))}};
}

QJsonObject PodRenderer::status(const PodScheduler& scheduler, const SimPod& pod) {
    QJsonArray instances;
    for (const PodInstance& instance : scheduler.instancesOf(pod.id()))
        instances.append(instanceStatus(pod, instance));
    const QString since = MarathonJson::timestamp(pod.statusSince);
    return {{QStringLiteral("id"), pod.id()},
            {QStringLiteral("spec"), pod.definition},
            {QStringLiteral("status"), pod.status},
            {QStringLiteral("statusSince"), since},
            {QStringLiteral("instances"), instances},
            {QStringLiteral("terminationHistory"), pod.terminationHistory},
            {QStringLiteral("lastUpdated"), MarathonJson::now()},
            {QStringLiteral("lastChanged"), since}};
}

QJsonObject PodRenderer::instance(const PodInstance& instance) {
    const QString since = MarathonJson::timestamp(instance.since);
    return {{QStringLiteral("instanceId"), instance.id},
            {QStringLiteral("state"), QJsonObject{{QStringLiteral("condition"), instance.condition},
                                                  {QStringLiteral("since"), since},
                                                  {QStringLiteral("goal"), QStringLiteral("Running")}}},
            {QStringLiteral("agentInfo"), QJsonObject{{QStringLiteral("host"), instance.host},
                                                      {QStringLiteral("agentId"), instance.agentId},
                                                      {QStringLiteral("attributes"), QJsonArray()}}},
            {QStringLiteral("runSpecVersion"), instance.version},
            {QStringLiteral("unreachableStrategy"), QJsonObject{{QStringLiteral("inactiveAfterSeconds"), 0},
                                                                {QStringLiteral("expungeAfterSeconds"), 0}}}};
}
