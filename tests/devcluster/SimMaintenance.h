#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

struct SimAgentRecord;

// The maintenance primitives of a Mesos master (0.25+): one schedule of windows, the mode of
// each scheduled machine (DRAINING until brought DOWN, UP again when brought up or dropped from
// the schedule) and the frameworks' answers to inverse offers. The schedule and the modes live
// in the registry (one SimMaintenance per cluster, so they survive failover); the answers come
// from the allocator and are lost on failover. Validation and texts follow
// src/master/maintenance.cpp and http.cpp (_updateMaintenanceSchedule, _startMaintenance,
// _stopMaintenance); the caller removes the agents of machines brought down.
class SimMaintenance {
public:
    enum class Mode { Up, Draining, Down };

    // MachineID {hostname, ip}: a field is either set or absent, and two ids are the same
    // machine only with the same set of fields (hostname compared lowercased, type_utils.hpp).
    struct MachineId {
        bool hasHostname = false;
        QString hostname;
        bool hasIp = false;
        QString ip;

        bool operator==(const MachineId& other) const {
            return hasHostname == other.hasHostname && hostname.toLower() == other.hostname.toLower() &&
                   hasIp == other.hasIp && ip == other.ip;
        }
        QJsonObject json() const;
        QString jsonText() const; // JSON::protobuf(id) as the master's messages quote it
        QString display() const;  // operator<<: "host (ip)", "host" or "(ip)"
        // The machine an agent runs on: its hostname and the address of its pid.
        static MachineId ofAgent(const SimAgentRecord& agent);
    };

    // GET_MAINTENANCE_SCHEDULE's schedule and GET /master/maintenance/schedule: {} when empty.
    QJsonObject schedule() const;
    // ClusterStatus {draining_machines[{id, statuses[]}], down_machines[]}: {} when none.
    // agentsOn gives the ids of the registered agents on a machine.
    QJsonObject status(const std::function<QStringList(const MachineId&)>& agentsOn) const;

    // A Schedule object (v0 body, or v1 update_maintenance_schedule.schedule). Empty on
    // success (applied); else the 400 text. field prefixes the protobuf conversion errors'
    // field paths ("update_maintenance_schedule.schedule." for v1).
    // conversion prefixes those errors ("Failed to convert JSON into Call protobuf: " for v1).
    QString updateSchedule(const QJsonObject& schedule, const QString& field, const QString& conversion);
    // START_MAINTENANCE / machine/down: empty and the machines (now DOWN) on success.
    QString startMaintenance(const QJsonArray& machines, QList<MachineId>* down);
    // STOP_MAINTENANCE / machine/up: the machines go UP and leave the schedule.
    QString stopMaintenance(const QJsonArray& machines);

    // The master also knows the machines of its registered agents (UP), which changes which
    // refusal a machine not in the schedule gets.
    std::function<bool(const MachineId&)> hasAgents;

    Mode mode(const MachineId& id) const;
    bool inSchedule(const MachineId& id) const;

    // A framework answers an inverse offer for an agent on a DRAINING machine (ACCEPT or DECLINE).
    void answerInverseOffer(const SimAgentRecord& agent, const QString& frameworkId, const QString& answer);
    void agentRemoved(const QString& agentId);
    void masterFailedOver() { m_answers.clear(); }

private:
    struct Window {
        QList<MachineId> machines;
        qint64 startNanos = 0;
        bool hasDuration = false;
        qint64 durationNanos = 0;
    };
    struct Machine {
        MachineId id;
        Mode mode = Mode::Draining;
    };
    struct Answer {
        QString agentId;
        MachineId machine;
        QString frameworkId;
        QString status;
        qint64 timestampNanos = 0;
    };
    static QString parseMachines(const QJsonArray& array, QList<MachineId>* out);
    // The checks _startMaintenance and _stopMaintenance share: valid ids, each known in mode.
    QString checkMachines(const QJsonArray& machines, Mode required, QList<MachineId>* ids) const;
    static QString validateMachines(const QList<MachineId>& ids);
    static QString validMachine(const MachineId& id);
    int machineIndex(const MachineId& id) const;
    void machineUp(const MachineId& id); // back to UP: no longer tracked, its answers gone

    QList<Window> m_windows;
    QList<Machine> m_machines; // every machine that is not UP
    QList<Answer> m_answers;   // the last answer of each framework for each agent
};
