#pragma once

#include "MarathonPod.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// Marathon's pod documents (1.4+), read with simdjson On-Demand. Strict where the old app
// parser is lenient: pods came with one API shape, so a field of the wrong type, a missing id
// or malformed JSON is an error naming the JSON path ("/instances/2/status: expected a
// string"), never a half-read pod. Unknown fields are skipped (newer servers add some).
class MarathonPodParser {
public:
    // GET /v2/pods/::status: an array of PodStatus.
    static std::optional<QList<MarathonPod>> parseStatuses(const QByteArray& body, QString* error = nullptr);
    // GET /v2/pods/{id}::status.
    static std::optional<MarathonPod> parseStatus(const QByteArray& body, QString* error = nullptr);
    // GET /v2/pods: an array of pod definitions (no status).
    static std::optional<QList<MarathonPod>> parsePods(const QByteArray& body, QString* error = nullptr);
    // GET /v2/pods/{id}, ::versions/{v}, and the answer of POST/PUT.
    static std::optional<MarathonPod> parsePod(const QByteArray& body, QString* error = nullptr);
    // GET /v2/pods/{id}::versions: an array of timestamps.
    static std::optional<QStringList> parseVersions(const QByteArray& body, QString* error = nullptr);

    Q_DECLARE_TR_FUNCTIONS(MarathonPodParser)
};
