#pragma once

#include "MesosEvent.h"
#include "MesosMetrics.h"
#include "MesosSnapshot.h"

#include <QByteArray>
#include <QString>

#include <memory>

// Turns master answers into immutable domain objects. simdjson On-Demand, one parser per
// thread (reused), meant to run off the GUI thread for big documents. Lenient with what
// real masters send (0.19 to 1.x: v0 maps and v1 arrays, floats for integers, numbers for
// strings); strict about broken JSON: a malformed or truncated document is an error, never
// a half-filled snapshot.
namespace MesosJsonParser {

template <typename T>
struct Result {
    T value{};
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// GET /master/state (state.json) of any version; agent /state documents give their tasks.
Result<std::shared_ptr<MesosSnapshot>> parseState(const QByteArray& json);
// GET /master/state-summary: agents and frameworks with per-state task counters, no tasks.
Result<std::shared_ptr<MesosSnapshot>> parseStateSummary(const QByteArray& json);
// POST /api/v1 answers: GET_STATE, GET_TASKS, GET_AGENTS, GET_FRAMEWORKS (v1 JSON).
Result<std::shared_ptr<MesosSnapshot>> parseV1Response(const QByteArray& json);
// GET /metrics/snapshot.
Result<MesosMetrics> parseMetrics(const QByteArray& json);
// One SUBSCRIBE event (a RecordIO record or a JSON line).
Result<MesosEvent> parseEvent(const QByteArray& json);

// simdjson reads a little past the end of its input; returns json with that padding
// (no copy when the array already has the capacity).
QByteArray padded(const QByteArray& json);

// Documents of at least this many bytes (1 MiB unless set) have their tasks built on a second
// thread while the walk goes on. Tests and fuzzers set 0 to send small documents that way too;
// a negative value restores the default.
void setTaskPipeThreshold(qsizetype bytes);
} // namespace MesosJsonParser
