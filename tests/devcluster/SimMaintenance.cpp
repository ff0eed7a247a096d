#include "SimMaintenance.h"

#include "SimRecords.h"
#include "core/Clock.h"
#include "operator/MaintenanceCalls.h"

#include <QHostAddress>
#include <QJsonDocument>

namespace {
qint64 nowNanos() {
    return Clock::currentMSecsSinceEpoch() * 1000000;
}

QJsonObject nanos(qint64 value) {
    return {{QStringLiteral("nanoseconds"), value}};
}

// stout's protobuf::parse on a string field given something else.
QString typeError(const QJsonValue& value, const QString& field) {
    const char* kind = value.isObject()   ? "object"
                       : value.isArray()  ? "array"
                       : value.isDouble() ? "number"
                                          : "boolean";
    return QStringLiteral("Not expecting a JSON %1 for field '%2'").arg(QLatin1String(kind), field);
}

// A required int64 nanoseconds inside a TimeInfo/DurationInfo object.
bool readNanos(const QJsonValue& value, qint64* out) {
    const QJsonValue field = value.toObject().value(QStringLiteral("nanoseconds"));
    if (!field.isDouble())
        return false;
    *out = field.toInteger(qint64(field.toDouble()));
    return true;
}
} // namespace

QJsonObject SimMaintenance::MachineId::json() const {
    QJsonObject object;
    if (hasHostname)
        object.insert(QStringLiteral("hostname"), hostname);
    if (hasIp)
        object.insert(QStringLiteral("ip"), ip);
    return object;
}

QString SimMaintenance::MachineId::jsonText() const {
    return QString::fromUtf8(QJsonDocument(json()).toJson(QJsonDocument::Compact));
}

QString SimMaintenance::MachineId::display() const {
    if (hasHostname && hasIp)
        return QStringLiteral("%1 (%2)").arg(hostname, ip);
    return hasHostname ? hostname : QStringLiteral("(%1)").arg(ip);
}

SimMaintenance::MachineId SimMaintenance::MachineId::ofAgent(const SimAgentRecord& agent) {
    // The master takes the ip from the agent's pid (slave(1)@<ip>:<port>); devcluster agents
    // listen on loopback and are named by their address, or by a name when given one.
    const bool isAddress = !QHostAddress(agent.hostname).isNull();
    return {true, agent.hostname, true, isAddress ? agent.hostname : QStringLiteral("127.0.0.1")};
}

QJsonObject SimMaintenance::schedule() const {
    QJsonArray windows;
    for (const Window& window : m_windows) {
        QJsonArray ids;
        for (const MachineId& id : window.machines)
            ids.append(id.json());
        QJsonObject unavailability{{QStringLiteral("start"), nanos(window.startNanos)}};
        if (window.hasDuration)
            unavailability.insert(QStringLiteral("duration"), nanos(window.durationNanos));
        windows.append(QJsonObject{{QStringLiteral("machine_ids"), ids},
                                   {QStringLiteral("unavailability"), unavailability}});
    }
    return windows.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("windows"), windows}};
}

QJsonObject SimMaintenance::status(const std::function<QStringList(const MachineId&)>& agentsOn) const {
    QJsonArray draining, down;
    for (const Machine& machine : m_machines) {
        if (machine.mode == Mode::Down) {
            down.append(machine.id.json());
            continue;
        }
        QJsonObject entry{{QStringLiteral("id"), machine.id.json()}};
        QJsonArray statuses;
        const QStringList agents = agentsOn(machine.id);
        for (const Answer& answer : m_answers) {
            if (answer.machine == machine.id && agents.contains(answer.agentId))
                statuses.append(QJsonObject{{QStringLiteral("status"), answer.status},
                                            {QStringLiteral("framework_id"),
                                             QJsonObject{{QStringLiteral("value"), answer.frameworkId}}},
                                            {QStringLiteral("timestamp"), nanos(answer.timestampNanos)}});
        }
        if (!statuses.isEmpty()) // repeated fields are left out when empty
            entry.insert(QStringLiteral("statuses"), statuses);
        draining.append(entry);
    }
    QJsonObject status;
    if (!draining.isEmpty())
        status.insert(QStringLiteral("draining_machines"), draining);
    if (!down.isEmpty())
        status.insert(QStringLiteral("down_machines"), down);
    return status;
}

QString SimMaintenance::parseMachines(const QJsonArray& array, QList<MachineId>* out) {
    for (const QJsonValue& value : array) {
        if (!value.isObject())
            return typeError(value, QStringLiteral("machine_ids"));
        const QJsonObject object = value.toObject();
        MachineId id;
        for (const char* key : {"hostname", "ip"}) {
            const QJsonValue member = object.value(QLatin1String(key));
            if (member.isUndefined() || member.isNull())
                continue;
            if (!member.isString())
                return typeError(member, QLatin1String(key));
            if (key[0] == 'h')
                id = {true, member.toString(), id.hasIp, id.ip};
            else
                id = {id.hasHostname, id.hostname, true, member.toString()};
        }
        out->append(id);
    }
    return {};
}

QString SimMaintenance::validMachine(const MachineId& id) {
    if (id.hostname.isEmpty() && id.ip.isEmpty())
        return QStringLiteral("Both 'hostname' and 'ip' for a machine are empty");
    if (!id.ip.isEmpty() && !MaintenanceCalls::isIPv4(id.ip))
        return QStringLiteral("Failed to parse IPv4: %1").arg(id.ip);
    return {};
}

// maintenance::validation::machines.
QString SimMaintenance::validateMachines(const QList<MachineId>& ids) {
    if (ids.isEmpty())
        return QStringLiteral("List of machines is empty");
    QList<MachineId> unique;
    for (const MachineId& id : ids) {
        if (const QString error = validMachine(id); !error.isEmpty())
            return error;
        if (unique.contains(id))
            return QStringLiteral("Machine '%1' appears more than once in the schedule").arg(id.jsonText());
        unique.append(id);
    }
    return {};
}

int SimMaintenance::machineIndex(const MachineId& id) const {
    for (qsizetype i = 0; i < m_machines.size(); ++i)
        if (m_machines.at(i).id == id)
            return int(i);
    return -1;
}

SimMaintenance::Mode SimMaintenance::mode(const MachineId& id) const {
    const int index = machineIndex(id);
    return index < 0 ? Mode::Up : m_machines.at(index).mode;
}

bool SimMaintenance::inSchedule(const MachineId& id) const {
    for (const Window& window : m_windows)
        if (window.machines.contains(id))
            return true;
    return false;
}

void SimMaintenance::machineUp(const MachineId& id) {
    const int index = machineIndex(id);
    if (index >= 0)
        m_machines.removeAt(index);
    m_answers.removeIf([&](const Answer& answer) { return answer.machine == id; });
}

QString SimMaintenance::updateSchedule(const QJsonObject& schedule, const QString& field,
                                       const QString& conversion) {
    // protobuf::parse<Schedule>: required fields first, all of them named at once.
    QList<Window> windows;
    QStringList missing;
    const QJsonValue windowsValue = schedule.value(QStringLiteral("windows"));
    if (!windowsValue.isUndefined() && !windowsValue.isNull() && !windowsValue.isArray())
        return conversion + typeError(windowsValue, QStringLiteral("windows"));
    const QJsonArray windowArray = windowsValue.toArray();
    for (qsizetype i = 0; i < windowArray.size(); ++i) {
        const QString path = QStringLiteral("%1windows[%2].").arg(field).arg(i);
        const QJsonObject object = windowArray.at(i).toObject();
        Window window;
        if (const QString error =
                parseMachines(object.value(QStringLiteral("machine_ids")).toArray(), &window.machines);
            !error.isEmpty())
            return conversion + error;
        const QJsonValue unavailability = object.value(QStringLiteral("unavailability"));
        if (!unavailability.isObject()) {
            missing << path + QStringLiteral("unavailability");
            continue;
        }
        const QJsonValue start = unavailability.toObject().value(QStringLiteral("start"));
        if (!start.isObject())
            missing << path + QStringLiteral("unavailability.start");
        else if (!readNanos(start, &window.startNanos))
            missing << path + QStringLiteral("unavailability.start.nanoseconds");
        const QJsonValue duration = unavailability.toObject().value(QStringLiteral("duration"));
        if (duration.isObject()) {
            window.hasDuration = true;
            if (!readNanos(duration, &window.durationNanos))
                missing << path + QStringLiteral("unavailability.duration.nanoseconds");
        }
        windows.append(window);
    }
    if (!missing.isEmpty())
        return conversion +
               QStringLiteral("Missing required fields: %1").arg(missing.join(QStringLiteral(", ")));

    // maintenance::validation::schedule.
    QList<MachineId> updated;
    for (const Window& window : std::as_const(windows)) {
        if (window.machines.isEmpty())
            return QStringLiteral("List of machines in the maintenance window is empty");
        if (window.hasDuration && window.durationNanos < 0)
            return QStringLiteral("Unavailability 'duration' is negative");
        for (const MachineId& id : window.machines) {
            if (const QString error = validMachine(id); !error.isEmpty())
                return error;
            if (updated.contains(id))
                return QStringLiteral("Machine '%1' appears more than once in the schedule")
                    .arg(id.jsonText());
            updated.append(id);
        }
    }
    for (const Machine& machine : std::as_const(m_machines))
        if (machine.mode == Mode::Down && !updated.contains(machine.id))
            return QStringLiteral("Machine '%1' is deactivated and cannot be removed from the schedule")
                .arg(machine.id.jsonText());

    // ___updateMaintenanceSchedule: dropped machines go UP, new ones start DRAINING, the others
    // keep their mode.
    const QList<Machine> before = m_machines;
    for (const Machine& machine : before)
        if (!updated.contains(machine.id))
            machineUp(machine.id);
    for (const MachineId& id : std::as_const(updated))
        if (machineIndex(id) < 0)
            m_machines.append({id, Mode::Draining});
    m_windows = windows;
    return {};
}

QString SimMaintenance::checkMachines(const QJsonArray& machines, Mode required,
                                      QList<MachineId>* ids) const {
    if (const QString error = parseMachines(machines, ids); !error.isEmpty())
        return QStringLiteral("Failed to convert JSON into Call protobuf: ") + error;
    if (const QString error = validateMachines(*ids); !error.isEmpty())
        return error;
    for (const MachineId& id : std::as_const(*ids)) {
        if (machineIndex(id) < 0 && !(hasAgents && hasAgents(id)))
            return QStringLiteral("Machine '%1' is not part of a maintenance schedule").arg(id.jsonText());
        if (mode(id) != required)
            return required == Mode::Down
                       ? QStringLiteral("Machine '%1' is not in DOWN mode and cannot be brought up")
                             .arg(id.jsonText())
                       : QStringLiteral("Machine '%1' is not in DRAINING mode and cannot be brought down")
                             .arg(id.jsonText());
    }
    return {};
}

QString SimMaintenance::startMaintenance(const QJsonArray& machines, QList<MachineId>* down) {
    QList<MachineId> ids;
    if (const QString error = checkMachines(machines, Mode::Draining, &ids); !error.isEmpty())
        return error;
    for (const MachineId& id : std::as_const(ids)) {
        m_machines[machineIndex(id)].mode = Mode::Down;
        m_answers.removeIf([&](const Answer& answer) { return answer.machine == id; });
    }
    *down = ids;
    return {};
}

QString SimMaintenance::stopMaintenance(const QJsonArray& machines) {
    QList<MachineId> ids;
    if (const QString error = checkMachines(machines, Mode::Down, &ids); !error.isEmpty())
        return error;
    for (const MachineId& id : std::as_const(ids)) {
        machineUp(id);
        for (Window& window : m_windows)
            window.machines.removeAll(id);
    }
    m_windows.removeIf([](const Window& window) { return window.machines.isEmpty(); });
    return {};
}

void SimMaintenance::answerInverseOffer(const SimAgentRecord& agent, const QString& frameworkId,
                                        const QString& answer) {
    const MachineId machine = MachineId::ofAgent(agent);
    m_answers.removeIf(
        [&](const Answer& a) { return a.agentId == agent.id && a.frameworkId == frameworkId; });
    m_answers.append({agent.id, machine, frameworkId, answer, nowNanos()});
}

void SimMaintenance::agentRemoved(const QString& agentId) {
    m_answers.removeIf([&](const Answer& answer) { return answer.agentId == agentId; });
}
