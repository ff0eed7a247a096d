#pragma once

#include "MarathonApp.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// Marathon's app documents read with simdjson On-Demand, giving the same MarathonApp values as
// MarathonParser::appFromJson (the QJsonDocument reference) wherever both accept the input.
// Lenient where real servers (0.8 to 1.10) differ: numbers sent as strings, nulls for absent
// fields, unknown fields, labels of any type. Strict where a document is broken: malformed JSON
// or an object or array where a value is expected (or the reverse) is an error naming the JSON
// path ("/apps/3/instances: expected a number"), never half a list. Each app's raw is a view
// into the one document all apps of an answer share, made into JSON only when shown.
class MarathonAppsParser {
public:
    // {"apps":[...]}, a bare array, a group {"apps":[...],"groups":[...]} (flattened), or {"*":[...]}.
    static std::optional<QList<MarathonApp>> parseApps(const QByteArray& body, QString* error = nullptr);
    // {"app":{...}} or a bare app definition (versions/{v}, POST /v2/apps answer).
    static std::optional<MarathonApp> parseApp(const QByteArray& body, QString* error = nullptr);
};
