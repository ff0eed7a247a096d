#include "MaintenanceCalls.h"

#include "OperatorCalls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace {
QJsonObject machineJson(const MachineId& machine) {
    QJsonObject object;
    if (!machine.hostname.isEmpty())
        object.insert(QStringLiteral("hostname"), machine.hostname);
    if (!machine.ip.isEmpty())
        object.insert(QStringLiteral("ip"), machine.ip);
    return object;
}

QJsonArray machinesJson(const QList<MachineId>& machines) {
    QJsonArray array;
    for (const MachineId& machine : machines)
        array.append(machineJson(machine));
    return array;
}

QJsonObject nanos(qint64 value) {
    return {{QStringLiteral("nanoseconds"), value}};
}

QJsonObject scheduleJson(const MaintenanceSchedule& schedule) {
    QJsonArray windows;
    for (const MaintenanceWindow& window : schedule.windows) {
        QJsonObject unavailability{{QStringLiteral("start"), nanos(window.startNanos)}};
        if (window.hasDuration)
            unavailability.insert(QStringLiteral("duration"), nanos(window.durationNanos));
        windows.append(QJsonObject{{QStringLiteral("machine_ids"), machinesJson(window.machines)},
                                   {QStringLiteral("unavailability"), unavailability}});
    }
    return windows.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("windows"), windows}};
}

QByteArray compact(const QJsonDocument& document) {
    return document.toJson(QJsonDocument::Compact);
}

MaintenanceCalls::Request v1(const QString& type, const QJsonObject& body = {}) {
    QJsonObject call{{QStringLiteral("type"), type}};
    if (!body.isEmpty())
        call.insert(type.toLower(), body);
    return {"POST", QStringLiteral("/api/v1"), compact(QJsonDocument(call))};
}

MaintenanceCalls::Request machinesCall(const QString& type, const QString& endpoint,
                                       const QList<MachineId>& machines, const QString& version) {
    if (MaintenanceCalls::useV1(version))
        return v1(type, {{QStringLiteral("machines"), machinesJson(machines)}});
    return {"POST", endpoint, compact(QJsonDocument(machinesJson(machines)))};
}
} // namespace

namespace MaintenanceCalls {

bool useV1(const QString& version) {
    return OperatorCalls::versionAtLeastOrUnknown(version, V1Major, V1Minor);
}

Request getSchedule(const QString& version) {
    return useV1(version) ? v1(QStringLiteral("GET_MAINTENANCE_SCHEDULE"))
                          : Request{"GET", QStringLiteral("/master/maintenance/schedule"), {}};
}

Request getStatus(const QString& version) {
    return useV1(version) ? v1(QStringLiteral("GET_MAINTENANCE_STATUS"))
                          : Request{"GET", QStringLiteral("/master/maintenance/status"), {}};
}

Request updateSchedule(const MaintenanceSchedule& schedule, const QString& version) {
    const QJsonObject json = scheduleJson(schedule);
    if (useV1(version)) // schedule is required in the call, even when it is empty
        return {"POST", QStringLiteral("/api/v1"),
                compact(QJsonDocument(
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("UPDATE_MAINTENANCE_SCHEDULE")},
                                {QStringLiteral("update_maintenance_schedule"),
                                 QJsonObject{{QStringLiteral("schedule"), json}}}}))};
    return {"POST", QStringLiteral("/master/maintenance/schedule"), compact(QJsonDocument(json))};
}

Request machinesDown(const QList<MachineId>& machines, const QString& version) {
    return machinesCall(QStringLiteral("START_MAINTENANCE"), QStringLiteral("/master/machine/down"), machines,
                        version);
}

Request machinesUp(const QList<MachineId>& machines, const QString& version) {
    return machinesCall(QStringLiteral("STOP_MAINTENANCE"), QStringLiteral("/master/machine/up"), machines,
                        version);
}

bool isIPv4(const QString& text) {
    // inet_pton(AF_INET), which the master uses: four decimal parts 0..255, no leading zeros.
    static const QRegularExpression part(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    return std::all_of(parts.cbegin(), parts.cend(),
                       [](const QString& p) { return part.match(p).hasMatch() && p.toInt() <= 255; });
}

QString machineProblem(const MachineId& machine) {
    if (machine.hostname.trimmed().isEmpty())
        return QCoreApplication::translate(
            "MaintenanceCalls",
            "A hostname is needed: Mesos matches a machine on its hostname and IP together.");
    if (machine.hostname.trimmed() != machine.hostname)
        return QCoreApplication::translate("MaintenanceCalls", "The hostname has spaces at its ends.");
    if (machine.ip.isEmpty())
        return QCoreApplication::translate(
            "MaintenanceCalls",
            "An IP address is needed: Mesos matches a machine on its hostname and IP together.");
    if (!isIPv4(machine.ip))
        return QCoreApplication::translate("MaintenanceCalls", "Not an IPv4 address (such as 10.0.0.1).");
    return {};
}

QString windowProblem(const MaintenanceWindow& window) {
    if (window.machines.isEmpty())
        return QCoreApplication::translate("MaintenanceCalls", "A window needs at least one machine.");
    if (window.hasDuration && window.durationNanos < 0)
        return QCoreApplication::translate("MaintenanceCalls", "The duration is negative.");
    for (const MachineId& machine : window.machines)
        if (const QString problem = machineProblem(machine); !problem.isEmpty())
            return problem;
    return {};
}

QString scheduleProblem(const MaintenanceSchedule& schedule) {
    QList<MachineId> seen;
    for (qsizetype i = 0; i < schedule.windows.size(); ++i) {
        const MaintenanceWindow& window = schedule.windows.at(i);
        if (const QString problem = windowProblem(window); !problem.isEmpty())
            return QCoreApplication::translate("MaintenanceCalls", "Window %1: %2").arg(i + 1).arg(problem);
        for (const MachineId& machine : window.machines) {
            const bool twice = std::any_of(seen.cbegin(), seen.cend(), [&](const MachineId& other) {
                return other.sameMachine(machine);
            });
            if (twice)
                return QCoreApplication::translate(
                           "MaintenanceCalls",
                           "Machine %1 (%2) is in more than one window: a machine can be in only one.")
                    .arg(machine.hostname, machine.ip);
            seen.append(machine);
        }
    }
    return {};
}

} // namespace MaintenanceCalls
