#include "OperatorCalls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject scalarMap(const ResourceQuantities& amounts) {
    QJsonObject map;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        map.insert(it.key(), QJsonObject{{QStringLiteral("value"), it.value()}});
    return map;
}
} // namespace

namespace OperatorCalls {

QByteArray updateQuota(const QString& role, const ResourceQuantities& guarantees,
                       const ResourceQuantities& limits, bool force) {
    const QJsonObject config{{QStringLiteral("role"), role},
                             {QStringLiteral("guarantees"), scalarMap(guarantees)},
                             {QStringLiteral("limits"), scalarMap(limits)}};
    return compact({{QStringLiteral("type"), QStringLiteral("UPDATE_QUOTA")},
                    {QStringLiteral("update_quota"),
                     QJsonObject{{QStringLiteral("force"), force},
                                 {QStringLiteral("quota_configs"), QJsonArray{config}}}}});
}

QByteArray updateWeight(const QString& role, double weight) {
    const QJsonObject info{{QStringLiteral("role"), role}, {QStringLiteral("weight"), weight}};
    return compact({{QStringLiteral("type"), QStringLiteral("UPDATE_WEIGHTS")},
                    {QStringLiteral("update_weights"),
                     QJsonObject{{QStringLiteral("weight_infos"), QJsonArray{info}}}}});
}

QByteArray drainAgent(const QString& agentId, qint64 graceSeconds, bool markGone) {
    QJsonObject drain{{QStringLiteral("agent_id"), QJsonObject{{QStringLiteral("value"), agentId}}},
                      {QStringLiteral("mark_gone"), markGone}};
    if (graceSeconds >= 0)
        drain.insert(QStringLiteral("max_grace_period"),
                     QJsonObject{{QStringLiteral("seconds"), graceSeconds}});
    return compact(
        {{QStringLiteral("type"), QStringLiteral("DRAIN_AGENT")}, {QStringLiteral("drain_agent"), drain}});
}

QByteArray agentCall(const QString& type, const QString& agentId) {
    const QJsonObject body{{QStringLiteral("agent_id"), QJsonObject{{QStringLiteral("value"), agentId}}}};
    return compact({{QStringLiteral("type"), type}, {type.toLower(), body}});
}

QString loggingToggle(int level, qint64 seconds) {
    return QStringLiteral("/logging/toggle?level=%1&duration=%2secs").arg(level).arg(seconds);
}

QByteArray setLoggingLevel(int level, qint64 seconds) {
    const QJsonObject body{
        {QStringLiteral("level"), level},
        {QStringLiteral("duration"), QJsonObject{{QStringLiteral("nanoseconds"), double(seconds) * 1e9}}}};
    return compact({{QStringLiteral("type"), QStringLiteral("SET_LOGGING_LEVEL")},
                    {QStringLiteral("set_logging_level"), body}});
}

bool versionAtLeast(const QString& version, int major, int minor) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(version.trimmed());
    if (!match.hasMatch())
        return false;
    const int haveMajor = match.captured(1).toInt();
    const int haveMinor = match.captured(2).toInt();
    return haveMajor != major ? haveMajor > major : haveMinor >= minor;
}

bool versionAtLeastOrUnknown(const QString& version, int major, int minor) {
    static const QRegularExpression readable(QStringLiteral("^\\d+\\.\\d+"));
    return !readable.match(version.trimmed()).hasMatch() || versionAtLeast(version, major, minor);
}

} // namespace OperatorCalls
