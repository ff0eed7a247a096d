#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Small helpers shared by the simulated Marathon: Marathon's timestamp format, error bodies,
// uuids and path ids. Stateless.
class MarathonJson {
public:
    // "2015-09-25T15:13:48.343Z": ISO-8601 UTC with milliseconds, as Marathon writes every timestamp.
    static QString timestamp(const QDateTime& time);
    static QString now();
    static QString newUuid();
    static QByteArray bytes(const QJsonObject& object);
    static QByteArray bytes(const QJsonArray& array);
    static QByteArray error(const QString& message);
    // 422/400 body: {"message":..., "details":[{"path":..,"errors":[..]}]}
    static QByteArray errorWithDetails(const QString& message, const QJsonArray& details);
    // (path, message) pairs as details[]: one entry per path, its messages in order.
    static QJsonArray groupDetails(const QList<QPair<QString, QString>>& issues);
    // "/group/app" from "group/app", "/group/app/" or "//group/app".
    static QString normalizeId(const QString& id);
    // The app part of a Marathon task id: "/group/app" -> "group_app".
    static QString taskIdPrefix(const QString& appId);
    static QJsonObject deploymentResult(const QString& deploymentId, const QString& version);
};
