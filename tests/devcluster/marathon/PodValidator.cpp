#include "PodValidator.h"

#include "AppValidator.h"
#include "JsonSchemaValidator.h"
#include "MarathonJson.h"
#include "PodSchema.h"

#include <QJsonArray>
#include <QSet>

namespace {
QJsonValue stripNulls(const QJsonValue& value) {
    if (value.isObject())
        return PodValidator::withoutNulls(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(stripNulls(item));
        return out;
    }
    return value;
}

void fill(QJsonObject& object, const char* key, const QJsonValue& value) {
    if (!object.contains(QLatin1String(key)))
        object.insert(QLatin1String(key), value);
}

QJsonObject filled(QJsonObject object, const QList<QPair<const char*, QJsonValue>>& defaults) {
    for (const auto& [key, value] : defaults)
        fill(object, key, value);
    return object;
}
} // namespace

QJsonObject PodValidator::withoutNulls(const QJsonObject& object) {
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isNull())
            out.insert(it.key(), stripNulls(it.value()));
    }
    return out;
}

PodValidator::Result PodValidator::validate(const QByteArray& body) {
    const AppValidator::Result parsed = AppValidator::parseObject(body);
    if (!parsed.ok())
        return {parsed.status, parsed.errorBody, {}};
    return validate(parsed.app);
}

PodValidator::Result PodValidator::validate(const QJsonObject& input) {
    Result result;
    result.pod = withoutNulls(input);
    const QJsonObject& pod = result.pod;
    static const JsonSchemaValidator validator(PodSchema::schema());
    QList<QPair<QString, QString>> issues;
    result.errorBody = validator.typeErrorBody(pod, &issues);
    if (!result.errorBody.isEmpty()) {
        result.status = 400;
        return result;
    }
    for (const QString& segment : pod.value(QLatin1String("id")).toString().split(u'/', Qt::SkipEmptyParts)) {
        if (!AppValidator::isValidIdSegment(segment)) {
            issues.append({QStringLiteral("/id"), QStringLiteral("must fully match regular expression")});
            break;
        }
    }
    QSet<QString> volumes;
    for (const QJsonValue& volume : pod.value(QLatin1String("volumes")).toArray())
        volumes.insert(volume.toObject().value(QLatin1String("name")).toString());
    QSet<QString> names;
    QSet<QString> endpoints;
    const QJsonArray containers = pod.value(QLatin1String("containers")).toArray();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        const QJsonObject container = containers.at(i).toObject();
        const QString path = QStringLiteral("/containers(%1)").arg(i);
        const QString name = container.value(QLatin1String("name")).toString();
        if (names.contains(name))
            issues.append({QStringLiteral("/containers"), QStringLiteral("container names are not unique")});
        names.insert(name);
        const QJsonArray ports = container.value(QLatin1String("endpoints")).toArray();
        for (qsizetype e = 0; e < ports.size(); ++e) {
            const QString endpoint = ports.at(e).toObject().value(QLatin1String("name")).toString();
            if (endpoints.contains(endpoint))
                issues.append({path + QStringLiteral("/endpoints(%1)/name").arg(e),
                               QStringLiteral("endpoint names are not unique in the pod")});
            endpoints.insert(endpoint);
        }
        const QJsonArray mounts = container.value(QLatin1String("volumeMounts")).toArray();
        for (qsizetype m = 0; m < mounts.size(); ++m) {
            if (!volumes.contains(mounts.at(m).toObject().value(QLatin1String("name")).toString()))
                issues.append({path + QStringLiteral("/volumeMounts(%1)/name").arg(m),
                               QStringLiteral("is not a volume of the pod")});
        }
    }
    if (!issues.isEmpty()) {
        result.status = 422;
        result.errorBody = MarathonJson::errorWithDetails(QStringLiteral("Object is not valid"),
                                                          MarathonJson::groupDetails(issues));
    }
    return result;
}

QString PodValidator::unsupported(const QJsonObject& pod) {
    for (const QJsonValue& value : pod.value(QLatin1String("containers")).toArray()) {
        const QJsonObject container = value.toObject();
        const QString name = container.value(QLatin1String("name")).toString();
        if (container.value(QLatin1String("exec"))
                .toObject()
                .value(QLatin1String("command"))
                .toObject()
                .value(QLatin1String("shell"))
                .toString()
                .isEmpty())
            return QStringLiteral("devcluster: container '%1' has no exec.command.shell (images are not run)")
                .arg(name);
        if (container.contains(QLatin1String("healthCheck")))
            return QStringLiteral(
                       "devcluster: container '%1' has a healthCheck (pod health checks are not simulated)")
                .arg(name);
    }
    return {};
}

QJsonObject PodValidator::normalize(QJsonObject pod, const QString& version) {
    pod.insert(QStringLiteral("id"), MarathonJson::normalizeId(pod.value(QLatin1String("id")).toString()));
    pod.insert(QStringLiteral("version"), version);
    fill(pod, "role", QStringLiteral("*"));
    fill(pod, "networks", QJsonArray{QJsonObject{{QStringLiteral("mode"), QStringLiteral("host")}}});
    fill(pod, "volumes", QJsonArray());
    fill(pod, "executorResources",
         QJsonObject{
             {QStringLiteral("cpus"), 0.1}, {QStringLiteral("mem"), 32}, {QStringLiteral("disk"), 10}});
    pod.insert(QStringLiteral("scaling"), filled(pod.value(QLatin1String("scaling")).toObject(),
                                                 {{"kind", QStringLiteral("fixed")}, {"instances", 1}}));
    QJsonObject scheduling = pod.value(QLatin1String("scheduling")).toObject();
    scheduling.insert(QStringLiteral("backoff"),
                      filled(scheduling.value(QLatin1String("backoff")).toObject(),
                             {{"backoff", 1}, {"backoffFactor", 1.15}, {"maxLaunchDelay", 300}}));
    scheduling.insert(QStringLiteral("upgrade"),
                      filled(scheduling.value(QLatin1String("upgrade")).toObject(),
                             {{"minimumHealthCapacity", 1}, {"maximumOverCapacity", 1}}));
    scheduling.insert(QStringLiteral("placement"),
                      filled(scheduling.value(QLatin1String("placement")).toObject(),
                             {{"constraints", QJsonArray()}, {"acceptedResourceRoles", QJsonArray()}}));
    fill(scheduling, "killSelection", QStringLiteral("YOUNGEST_FIRST"));
    fill(
        scheduling, "unreachableStrategy",
        QJsonObject{{QStringLiteral("inactiveAfterSeconds"), 0}, {QStringLiteral("expungeAfterSeconds"), 0}});
    pod.insert(QStringLiteral("scheduling"), scheduling);
    QJsonArray containers;
    for (const QJsonValue& value : pod.value(QLatin1String("containers")).toArray()) {
        QJsonObject container = value.toObject();
        container.insert(QStringLiteral("resources"),
                         filled(container.value(QLatin1String("resources")).toObject(),
                                {{"cpus", 1}, {"mem", 128}, {"disk", 0}, {"gpus", 0}}));
        QJsonArray endpoints;
        for (const QJsonValue& endpoint : container.value(QLatin1String("endpoints")).toArray())
            endpoints.append(filled(endpoint.toObject(), {{"protocol", QJsonArray{QStringLiteral("tcp")}}}));
        if (!endpoints.isEmpty())
            container.insert(QStringLiteral("endpoints"), endpoints);
        containers.append(container);
    }
    pod.insert(QStringLiteral("containers"), containers);
    return pod;
}
