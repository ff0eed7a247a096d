#include "MarathonJson.h"

#include "core/Clock.h"

#include <QJsonDocument>
#include <QMap>
#include <QUuid>

QString MarathonJson::timestamp(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString MarathonJson::now()
{
    return timestamp(Clock::currentDateTimeUtc());
}

QString MarathonJson::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray MarathonJson::bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray MarathonJson::bytes(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray MarathonJson::error(const QString& message)
{
    return bytes(QJsonObject{{QStringLiteral("message"), message}});
}

QByteArray MarathonJson::errorWithDetails(const QString& message, const QJsonArray& details)
{
    return bytes(QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("details"), details}});
}

QJsonArray MarathonJson::groupDetails(const QList<QPair<QString, QString>>& issues) {
    QMap<QString, QJsonArray> byPath;
    QStringList order;
    for (const auto& [path, message] : issues) {
        if (!byPath.contains(path))
            order << path;
        byPath[path].append(message);
    }
    QJsonArray details;
    for (const QString& path : order)
        details.append(
            QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("errors"), byPath.value(path)}});
    return details;
}

QString MarathonJson::normalizeId(const QString& id)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QString MarathonJson::taskIdPrefix(const QString& appId)
{
    return normalizeId(appId).mid(1).replace(QLatin1Char('/'), QLatin1Char('_'));
}

QJsonObject MarathonJson::deploymentResult(const QString& deploymentId, const QString& version)
{
    return {{QStringLiteral("deploymentId"), deploymentId}, {QStringLiteral("version"), version}};
}
