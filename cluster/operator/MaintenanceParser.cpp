#include "MaintenanceParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool readObject(const QByteArray& json, QJsonObject* root, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("MaintenanceParser", "Malformed JSON: %1")
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error =
            QCoreApplication::translate("MaintenanceParser", "Not a maintenance answer: not a JSON object");
        return false;
    }
    *root = document.object();
    return true;
}

// int64 nanoseconds: a JSON number (stout writes them so), or a string (proto3 JSON does).
bool nanoseconds(const QJsonValue& time, qint64* out) {
    const QJsonValue value = time.toObject().value(QLatin1String("nanoseconds"));
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok)
            *out = parsed;
        return ok;
    }
    if (!value.isDouble())
        return false;
    const double asDouble = value.toDouble();
    if (!(asDouble > -9.2e18 && asDouble < 9.2e18)) // outside int64 (or NaN): not a time
        return false;
    *out = value.toInteger(qint64(asDouble));
    return true;
}

MachineId machineFrom(const QJsonValue& value) {
    const QJsonObject object = value.toObject();
    return {object.value(QLatin1String("hostname")).toString(), object.value(QLatin1String("ip")).toString()};
}

// The v1 envelope's inner object, or the document itself for the v0 endpoint.
QJsonObject unwrap(const QJsonObject& root, const char* response, const char* field) {
    if (root.contains(QLatin1String(response)))
        return root.value(QLatin1String(response)).toObject().value(QLatin1String(field)).toObject();
    return root;
}
} // namespace

namespace MaintenanceParser {

Result<MaintenanceSchedule> parseSchedule(const QByteArray& json) {
    Result<MaintenanceSchedule> result;
    QJsonObject root;
    if (!readObject(json, &root, &result.error))
        return result;
    const QJsonObject schedule = unwrap(root, "get_maintenance_schedule", "schedule");
    const QJsonValue windows = schedule.value(QLatin1String("windows"));
    if (!windows.isUndefined() && !windows.isArray()) {
        result.error =
            QCoreApplication::translate("MaintenanceParser", "Not a schedule: \"windows\" is not a list");
        return result;
    }
    for (const QJsonValue& value : windows.toArray()) {
        const QJsonObject object = value.toObject();
        MaintenanceWindow window;
        for (const QJsonValue& machine : object.value(QLatin1String("machine_ids")).toArray())
            window.machines.append(machineFrom(machine));
        const QJsonObject unavailability = object.value(QLatin1String("unavailability")).toObject();
        if (!nanoseconds(unavailability.value(QLatin1String("start")), &window.startNanos)) {
            // start is required: a window without one is not a window the master could hold.
            // A refused document gives nothing back, not the windows read before this one.
            result.value.windows.clear();
            result.error = QCoreApplication::translate("MaintenanceParser",
                                                       "Not a schedule: a window has no start time");
            return result;
        }
        window.hasDuration =
            nanoseconds(unavailability.value(QLatin1String("duration")), &window.durationNanos);
        result.value.windows.append(window);
    }
    return result;
}

Result<MaintenanceStatus> parseStatus(const QByteArray& json) {
    Result<MaintenanceStatus> result;
    QJsonObject root;
    if (!readObject(json, &root, &result.error))
        return result;
    const QJsonObject status = unwrap(root, "get_maintenance_status", "status");
    for (const QJsonValue& value : status.value(QLatin1String("draining_machines")).toArray()) {
        const QJsonObject object = value.toObject();
        MaintenanceStatus::Draining draining{machineFrom(object.value(QLatin1String("id"))), {}};
        for (const QJsonValue& answerValue : object.value(QLatin1String("statuses")).toArray()) {
            const QJsonObject answer = answerValue.toObject();
            InverseOfferAnswer entry;
            entry.frameworkId = answer.value(QLatin1String("framework_id"))
                                    .toObject()
                                    .value(QLatin1String("value"))
                                    .toString();
            entry.status = answer.value(QLatin1String("status")).toString();
            nanoseconds(answer.value(QLatin1String("timestamp")), &entry.timestampNanos);
            draining.answers.append(entry);
        }
        result.value.draining.append(draining);
    }
    for (const QJsonValue& value : status.value(QLatin1String("down_machines")).toArray())
        result.value.down.append(machineFrom(value));
    return result;
}

} // namespace MaintenanceParser
