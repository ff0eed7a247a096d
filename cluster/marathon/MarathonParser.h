#pragma once

#include "MarathonApp.h"
#include "MarathonDeployment.h"
#include "MarathonEvent.h"
#include "MarathonInfo.h"
#include "MarathonQueueEntry.h"
#include "MarathonTask.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Lenient parsers for Marathon responses, old and new shapes. Apps are read by
// MarathonAppsParser (simdjson); parseApps/parseApp here stay as its reference (conformance
// tests and the fuzzer compare both) while the QJsonDocument reading exists. Each returns nullopt with a
// plain-text reason in *error when the body is not the expected document at all; unknown or
// missing fields never fail (servers from 0.8 to 1.10 differ widely).
class MarathonParser {
public:
    // {"apps":[...]}, a bare array, a group {"apps":[...],"groups":[...]} (flattened), or {"*":[...]}.
    static std::optional<QList<MarathonApp>> parseApps(const QByteArray& body, QString* error = nullptr);
    // {"app":{...}} or a bare app definition (versions/{v}, POST /v2/apps answer).
    static std::optional<MarathonApp> parseApp(const QByteArray& body, QString* error = nullptr);
    // {"tasks":[...]}, {"task":{...}} or a bare array.
    static std::optional<QList<MarathonTask>> parseTasks(const QByteArray& body, QString* error = nullptr);
    static std::optional<QList<MarathonDeployment>> parseDeployments(const QByteArray& body, QString* error = nullptr);
    static std::optional<QList<MarathonQueueEntry>> parseQueue(const QByteArray& body, QString* error = nullptr);
    static std::optional<MarathonInfo> parseInfo(const QByteArray& body, QString* error = nullptr);
    static std::optional<QStringList> parseVersions(const QByteArray& body, QString* error = nullptr);
    // {"leader":"host:port"}
    static std::optional<QString> parseLeader(const QByteArray& body, QString* error = nullptr);
    // The data of one SSE event; eventName is the SSE "event:" field (used when eventType is absent).
    static std::optional<MarathonEvent> parseEvent(const QByteArray& data, const QString& eventName = {},
                                                   QString* error = nullptr);

    static MarathonApp appFromJson(const QJsonObject& o);
    static MarathonTask taskFromJson(const QJsonObject& o);
    static MarathonDeployment deploymentFromJson(const QJsonObject& o);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(MarathonParser)
};
