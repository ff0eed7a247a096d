#pragma once

#include "MaintenanceSchedule.h"

#include <QByteArray>
#include <QString>

// The maintenance requests in the shapes src/master/http.cpp parses: the v1 calls (Mesos 1.0+)
// or, for an older leader (0.25 to 0.28), the v0 endpoints with the same meaning and texts.
namespace MaintenanceCalls {
struct Request {
    QByteArray method; // "GET" or "POST"
    QString path;      // "/api/v1" or the v0 endpoint
    QByteArray body;   // JSON; empty for a GET
};

// The v1 maintenance calls came with the v1 operator API (1.0); an unknown version is taken
// as a current master, as nearly every cluster runs one.
constexpr int V1Major = 1, V1Minor = 0;
bool useV1(const QString& version);

Request getSchedule(const QString& version);
Request getStatus(const QString& version);
// Replaces the whole schedule (an empty one cancels every window).
Request updateSchedule(const MaintenanceSchedule& schedule, const QString& version);
Request machinesDown(const QList<MachineId>& machines, const QString& version); // START_MAINTENANCE
Request machinesUp(const QList<MachineId>& machines, const QString& version);   // STOP_MAINTENANCE

// What the master would refuse, checked before sending (maintenance.cpp validation, and both
// fields of each machine, without which it never matches an agent): empty when valid, else
// the reason, translated. A window's problems name the window by its position (1-based).
QString machineProblem(const MachineId& machine);
QString windowProblem(const MaintenanceWindow& window);
QString scheduleProblem(const MaintenanceSchedule& schedule);
bool isIPv4(const QString& text);
} // namespace MaintenanceCalls
