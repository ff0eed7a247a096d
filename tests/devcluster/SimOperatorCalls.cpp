#include "SimOperatorCalls.h"

#include "SimCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SimOperatorCalls::Answer json(const QJsonObject& body) {
    return {200, compact(body), "application/json"};
}

SimOperatorCalls::Answer text(int status, const QString& message) {
    return {status, message.toUtf8(), "text/plain; charset=utf-8"};
}

SimOperatorCalls::Answer result(const QString& error) {
    return error.isEmpty() ? SimOperatorCalls::Answer{200, {}, {}} : text(400, error);
}

// validation.cpp: a call type whose message is missing.
QString expecting(const QJsonObject& call, const QString& field) {
    return call.value(field).isObject()
               ? QString()
               : QStringLiteral("Failed to validate master::Call: Expecting '%1' to be present").arg(field);
}

bool isOneOf(const QString& path, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (path == QLatin1String(name))
            return true;
    return false;
}
SimOperatorCalls::Answer callResult(const SimCluster::CallResult& result) {
    return result.status == 0 ? SimOperatorCalls::Answer{200, {}, {}} : text(result.status, result.message);
}

// DRAIN_AGENT, DEACTIVATE_AGENT, REACTIVATE_AGENT: {"<type lower>":{"agent_id":{"value"}, ...}}.
SimOperatorCalls::Answer agentCall(SimCluster& cluster, const QString& type, const QJsonObject& call) {
    const QString field = type.toLower();
    if (const QString missing = expecting(call, field); !missing.isEmpty())
        return text(400, missing);
    const QJsonObject body = call.value(field).toObject();
    const QString agentId =
        body.value(QStringLiteral("agent_id")).toObject().value(QStringLiteral("value")).toString();
    if (agentId.isEmpty())
        return text(
            400,
            QStringLiteral("Failed to convert JSON into Call protobuf: Missing required fields: %1.agent_id")
                .arg(field));
    SimCluster::CallResult result;
    if (type == QLatin1String("DRAIN_AGENT")) {
        // max_grace_period is a google.protobuf.Duration: {"seconds":N,"nanos":M}; "10mins" does not parse.
        const QJsonValue grace = body.value(QStringLiteral("max_grace_period"));
        if (grace.isString())
            return text(400, QStringLiteral(
                                 "Failed to convert JSON into Call protobuf: Not expecting a JSON string for "
                                 "field 'max_grace_period'"));
        qint64 nanos = -1;
        if (grace.isObject())
            nanos = qint64(grace.toObject().value(QStringLiteral("seconds")).toDouble()) * 1000000000 +
                    qint64(grace.toObject().value(QStringLiteral("nanos")).toDouble());
        result = cluster.drainAgent(agentId, nanos, body.value(QStringLiteral("mark_gone")).toBool());
    } else if (type == QLatin1String("DEACTIVATE_AGENT")) {
        result = cluster.deactivateAgent(agentId);
    } else {
        result = cluster.reactivateAgent(agentId);
    }
    return callResult(result);
}
// TEARDOWN (http.cpp teardown -> _teardown, the handler of /master/teardown too).
SimOperatorCalls::Answer teardownCall(SimCluster& cluster, const QJsonObject& call) {
    const QString field = QStringLiteral("teardown");
    if (const QString missing = expecting(call, field); !missing.isEmpty())
        return text(400, missing);
    const QString frameworkId = call.value(field)
                                    .toObject()
                                    .value(QStringLiteral("framework_id"))
                                    .toObject()
                                    .value(QStringLiteral("value"))
                                    .toString();
    if (frameworkId.isEmpty())
        return text(
            400,
            QStringLiteral(
                "Failed to convert JSON into Call protobuf: Missing required fields: teardown.framework_id"));
    return callResult(cluster.teardownFramework(frameworkId));
}

// libprocess MethodNotAllowed's body.
SimOperatorCalls::Answer methodNotAllowed(const QString& allowed, const QByteArray& method) {
    return text(405, QStringLiteral("405 Method Not Allowed. Expecting one of { %1 }, but received '%2'.")
                         .arg(allowed, QString::fromLatin1(method)));
}

// UPDATE_MAINTENANCE_SCHEDULE, START_MAINTENANCE, STOP_MAINTENANCE (http.cpp; the same
// handlers as the v0 endpoints behind them).
SimOperatorCalls::Answer maintenanceCall(SimCluster& cluster, const QString& type, const QJsonObject& call) {
    const QString field = type.toLower();
    if (const QString missing = expecting(call, field); !missing.isEmpty())
        return text(400, missing);
    const QJsonObject body = call.value(field).toObject();
    const QString conversion = QStringLiteral("Failed to convert JSON into Call protobuf: ");
    if (type == QLatin1String("UPDATE_MAINTENANCE_SCHEDULE")) {
        const QJsonValue schedule = body.value(QStringLiteral("schedule"));
        if (!schedule.isObject())
            return text(400, conversion + QStringLiteral("Missing required fields: %1.schedule").arg(field));
        const QString error = cluster.maintenance().updateSchedule(
            schedule.toObject(), field + QStringLiteral(".schedule."), conversion);
        return result(error);
    }
    const QJsonArray machines = body.value(QStringLiteral("machines")).toArray();
    return callResult(type == QLatin1String("START_MAINTENANCE") ? cluster.startMaintenance(machines)
                                                                 : cluster.stopMaintenance(machines));
}

// POST /master/teardown with the form body frameworkId=<id>.
SimOperatorCalls::Answer teardownEndpoint(SimCluster& cluster, const HttpRequest& request) {
    if (request.method != "POST")
        return methodNotAllowed(QStringLiteral("'POST'"), request.method);
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (!form.hasQueryItem(QStringLiteral("frameworkId")))
        return text(400, QStringLiteral("Missing 'frameworkId' query parameter in the request body"));
    return callResult(
        cluster.teardownFramework(form.queryItemValue(QStringLiteral("frameworkId"), QUrl::FullyDecoded)));
}

// POST /master/machine/down|up: a JSON array of MachineID.
SimOperatorCalls::Answer machineEndpoint(SimCluster& cluster, const HttpRequest& request, bool down) {
    if (request.method != "POST")
        return methodNotAllowed(QStringLiteral("'POST'"), request.method);
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
    if (!body.isArray())
        return text(400, error.error != QJsonParseError::NoError
                             ? QStringLiteral("Failed to parse JSON: %1").arg(error.errorString())
                             : QStringLiteral("Unexpected JSON type parsed"));
    return callResult(down ? cluster.startMaintenance(body.array()) : cluster.stopMaintenance(body.array()));
}
} // namespace

namespace SimOperatorCalls {

bool handleCall(SimCluster& cluster, const QString& type, const QJsonObject& call, Answer* answer) {
    SimRoles& roles = cluster.roles();
    auto response = [&](const QString& field, const QJsonObject& body) {
        *answer = json({{QStringLiteral("type"), type}, {field, body}});
    };
    if (type == QLatin1String("GET_ROLES")) {
        response(QStringLiteral("get_roles"), roles.getRoles(cluster));
    } else if (type == QLatin1String("GET_QUOTA")) {
        response(QStringLiteral("get_quota"), roles.getQuota());
    } else if (type == QLatin1String("GET_WEIGHTS")) {
        response(QStringLiteral("get_weights"), roles.getWeights());
    } else if (type == QLatin1String("UPDATE_QUOTA")) {
        const QString missing = expecting(call, QStringLiteral("update_quota"));
        *answer =
            !missing.isEmpty()
                ? text(400, missing)
                : result(roles.updateQuota(call.value(QStringLiteral("update_quota")).toObject(), cluster));
    } else if (type == QLatin1String("UPDATE_WEIGHTS")) {
        const QString missing = expecting(call, QStringLiteral("update_weights"));
        *answer = !missing.isEmpty() ? text(400, missing)
                                     : result(roles.updateWeights(call.value(QStringLiteral("update_weights"))
                                                                      .toObject()
                                                                      .value(QStringLiteral("weight_infos"))
                                                                      .toArray()));
    } else if (type == QLatin1String("GET_MAINTENANCE_SCHEDULE")) {
        response(QStringLiteral("get_maintenance_schedule"),
                 QJsonObject{{QStringLiteral("schedule"), cluster.maintenance().schedule()}});
    } else if (type == QLatin1String("GET_MAINTENANCE_STATUS")) {
        response(QStringLiteral("get_maintenance_status"),
                 QJsonObject{{QStringLiteral("status"), cluster.maintenanceStatus()}});
    } else if (type == QLatin1String("UPDATE_MAINTENANCE_SCHEDULE") ||
               type == QLatin1String("START_MAINTENANCE") || type == QLatin1String("STOP_MAINTENANCE")) {
        *answer = maintenanceCall(cluster, type, call);
    } else if (type == QLatin1String("TEARDOWN")) {
        *answer = teardownCall(cluster, call);
    } else if (type == QLatin1String("DRAIN_AGENT") || type == QLatin1String("DEACTIVATE_AGENT") ||
               type == QLatin1String("REACTIVATE_AGENT")) {
        *answer = agentCall(cluster, type, call);
    } else {
        return false;
    }
    return true;
}

bool handleEndpoint(SimCluster& cluster, const HttpRequest& request, Answer* answer) {
    const QString& path = request.path;
    SimRoles& roles = cluster.roles();
    if (isOneOf(path, {"/master/roles", "/master/roles.json", "/roles", "/roles.json"})) {
        *answer = json(roles.rolesJson(cluster));
    } else if (isOneOf(path, {"/master/quota", "/quota"})) {
        // The deprecated v0 POST/DELETE (guarantee-only requests) are not simulated.
        *answer = request.method == "GET" ? json(roles.quotaStatus())
                                          : text(405, QStringLiteral("Expecting 'GET', received '%1'")
                                                          .arg(QString::fromLatin1(request.method)));
    } else if (isOneOf(path, {"/master/maintenance/schedule", "/maintenance/schedule"})) {
        if (request.method == "GET") {
            *answer = json(cluster.maintenance().schedule());
        } else if (request.method == "POST") {
            QJsonParseError error;
            const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
            *answer =
                !body.isObject()
                    ? text(400, error.error != QJsonParseError::NoError
                                    ? QStringLiteral("Failed to parse JSON: %1").arg(error.errorString())
                                    : QStringLiteral("Unexpected JSON type parsed"))
                    : result(cluster.maintenance().updateSchedule(body.object(), {}, {}));
        } else {
            *answer = methodNotAllowed(QStringLiteral("'GET', 'POST'"), request.method);
        }
    } else if (isOneOf(path, {"/master/maintenance/status", "/maintenance/status"})) {
        *answer = request.method == "GET" ? json(cluster.maintenanceStatus())
                                          : methodNotAllowed(QStringLiteral("'GET'"), request.method);
    } else if (isOneOf(path, {"/master/teardown", "/teardown"})) {
        *answer = teardownEndpoint(cluster, request);
    } else if (isOneOf(path, {"/master/machine/down", "/machine/down"})) {
        *answer = machineEndpoint(cluster, request, true);
    } else if (isOneOf(path, {"/master/machine/up", "/machine/up"})) {
        *answer = machineEndpoint(cluster, request, false);
    } else if (isOneOf(path, {"/master/weights", "/weights"})) {
        if (request.method == "GET") {
            *answer = {200, QJsonDocument(roles.weightInfos()).toJson(QJsonDocument::Compact),
                       "application/json"};
        } else if (request.method == "PUT") {
            QJsonParseError error;
            const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
            *answer = !body.isArray()
                          ? text(400, QStringLiteral("Failed to parse update weights request JSON '%1': %2")
                                          .arg(QString::fromUtf8(request.body), error.errorString()))
                          : result(roles.updateWeights(body.array()));
        } else {
            *answer = text(405, QStringLiteral("Expecting 'GET' or 'PUT', received '%1'")
                                    .arg(QString::fromLatin1(request.method)));
        }
    } else {
        return false;
    }
    return true;
}

} // namespace SimOperatorCalls
