#pragma once

#include "MesosResources.h"
#include "RawJson.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// What the framework page shows beyond the table's columns, read from ONE framework's JSON when
// its page needs it (never on the hot path that parses 50,000 tasks): its principal, roles,
// capabilities, failover timeout, times and the resources offered to it. Any shape the master
// writes: /master/state and /master/frameworks (v0, FullFrameworkWriter: capabilities as names,
// times in seconds, resource maps), v1 GET_FRAMEWORKS / GET_STATE / SUBSCRIBED (framework_info
// with capabilities as {"type"}, times as {"nanoseconds"}, resource arrays). Absent is absent:
// the page says "not reported" rather than showing a 0.
struct MesosFrameworkDetails {
    QString principal;
    QStringList roles;                     // "roles" of a MULTI_ROLE framework, else its one "role"
    QStringList capabilities;              // as Mesos names them: "PARTITION_AWARE", "MULTI_ROLE"...
    bool capabilitiesReported = false;     // a list was there (maybe empty): state-summary has none
    std::optional<double> failoverTimeout; // seconds
    std::optional<bool> checkpoint;
    std::optional<bool> recovered;
    QString pid;                 // libprocess schedulers only (HTTP ones have none)
    double registeredTime = 0;   // epoch seconds; 0 = not reported
    double reregisteredTime = 0; // Mesos writes it only once the framework re-registered
    double unregisteredTime = 0; // set when it disconnected or was removed
    std::optional<MesosResources> offered;
    // Of what it uses, the part on reservations: only v1 resources say (v0 maps have no roles).
    std::optional<MesosResources> reserved;
    int offers = -1; // outstanding offers listed with it; -1 when the answer has no list

    bool operator==(const MesosFrameworkDetails&) const = default;

    static MesosFrameworkDetails fromJson(const QJsonObject& framework);
    // The framework's own fields, its task and executor lists skipped unread (simdjson, no copy
    // of a big document): errors leave the details empty, with the reason in *error.
    static MesosFrameworkDetails fromRaw(const RawJson& raw, QString* error = nullptr);
    // One framework of a v1 GET_FRAMEWORKS answer (no tasks in it, so it stays small): the
    // master's full word on it when the store's copy came from state-summary. nullopt when the
    // answer does not list it or is not such an answer.
    static std::optional<MesosFrameworkDetails> fromGetFrameworks(const QByteArray& answer,
                                                                  const QString& frameworkId);
    // The same from the framework's text alone (tests, fuzzing).
    static MesosFrameworkDetails fromBytes(const QByteArray& json, QString* error = nullptr);
    // What this answer leaves out, from an earlier one: the store's copy of a framework alternates
    // between state-summary (no framework info) and the full state or event stream, and who a
    // framework is does not change between them. Times of unregistering are not carried over.
    void keepFrom(const MesosFrameworkDetails& earlier);
    // The framework's own fields as a JSON object, without tasks, executors and their lists.
    static QByteArray ownFields(const char* data, qsizetype size, qsizetype capacity, QString* error);
};
