#pragma once

#include <QList>
#include <QString>

// A machine as Mesos's maintenance names it: MachineID {hostname, ip}. An agent's machine has
// both, and the master matches a schedule's entry only when both fields are the same (the
// hostname compared lowercased), so the console always sends both. An empty field is absent.
struct MachineId {
    QString hostname;
    QString ip;

    bool sameMachine(const MachineId& other) const {
        return hostname.toLower() == other.hostname.toLower() && ip == other.ip;
    }
    bool operator==(const MachineId&) const = default;
};

// One maintenance window: machines that are unavailable from start for duration (a window
// without a duration has no known end). Times in nanoseconds since the epoch, as Mesos sends.
struct MaintenanceWindow {
    QList<MachineId> machines;
    qint64 startNanos = 0;
    bool hasDuration = false;
    qint64 durationNanos = 0;

    bool operator==(const MaintenanceWindow&) const = default;
};

// The cluster's maintenance schedule (Mesos keeps one; an update replaces it whole).
struct MaintenanceSchedule {
    QList<MaintenanceWindow> windows;
    bool operator==(const MaintenanceSchedule&) const = default;
};

// A framework's answer to an inverse offer for a DRAINING machine (the allocator's
// InverseOfferStatus): ACCEPT, DECLINE or UNKNOWN, and when it was given.
struct InverseOfferAnswer {
    QString frameworkId;
    QString status;
    qint64 timestampNanos = 0;
    bool operator==(const InverseOfferAnswer&) const = default;
};

// GET_MAINTENANCE_STATUS / /master/maintenance/status: the DRAINING machines with their
// answers, and the DOWN machines. Scheduled machines listed in neither are UP.
struct MaintenanceStatus {
    struct Draining {
        MachineId machine;
        QList<InverseOfferAnswer> answers;
        bool operator==(const Draining&) const = default;
    };
    QList<Draining> draining;
    QList<MachineId> down;
    bool operator==(const MaintenanceStatus&) const = default;
};
