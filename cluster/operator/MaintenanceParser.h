#pragma once

#include "MaintenanceSchedule.h"
#include "mesos/MesosJsonParser.h"

// Parsers of the maintenance answers (small documents: QJsonDocument). Both shapes of each are
// read: the v1 Response ({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":
// {"schedule":…}}) and the v0 endpoint's bare object. Repeated fields left out are empty
// (protobuf JSON), so {} is an empty schedule or status; malformed JSON is an error.
namespace MaintenanceParser {
template <typename T> using Result = MesosJsonParser::Result<T>;

Result<MaintenanceSchedule> parseSchedule(const QByteArray& json);
Result<MaintenanceStatus> parseStatus(const QByteArray& json);
} // namespace MaintenanceParser
