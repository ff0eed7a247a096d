#include "SimLogging.h"

#include "SimCluster.h"

#include <QRegularExpression>

namespace {
SimLogging::Answer text(int status, const QString& message) {
    return {status, message.toUtf8(), "text/plain; charset=utf-8"};
}
} // namespace

int SimLogging::level() const {
    if (m_until > 0 && SimCluster::now() >= m_until) { // libprocess's revert timer
        m_level = m_original;
        m_until = 0;
    }
    return m_level;
}

void SimLogging::set(int level, double seconds) {
    m_level = level;
    m_until = SimCluster::now() + seconds;
}

bool SimLogging::parseDuration(const QString& text, double* seconds) {
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)(ns|us|ms|secs|mins|hrs|days|weeks)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    static const QHash<QString, double> units{
        {QStringLiteral("ns"), 1e-9},    {QStringLiteral("us"), 1e-6},     {QStringLiteral("ms"), 1e-3},
        {QStringLiteral("secs"), 1},     {QStringLiteral("mins"), 60},     {QStringLiteral("hrs"), 3600},
        {QStringLiteral("days"), 86400}, {QStringLiteral("weeks"), 604800}};
    *seconds = match.captured(1).toDouble() * units.value(match.captured(2));
    return true;
}

SimLogging::Answer SimLogging::toggle(const QUrlQuery& query) {
    const bool hasLevel = query.hasQueryItem(QStringLiteral("level"));
    const bool hasDuration = query.hasQueryItem(QStringLiteral("duration"));
    if (!hasLevel && !hasDuration)
        return text(200, QString::number(level()) + u'\n');
    if (!hasDuration)
        return text(400, QStringLiteral("Expecting 'duration=value' in query.\n"));
    if (!hasLevel)
        return text(400, QStringLiteral("Expecting 'level=value' in query.\n"));
    const QString levelText = query.queryItemValue(QStringLiteral("level"), QUrl::FullyDecoded);
    bool isNumber = false;
    const int wanted = levelText.toInt(&isNumber);
    if (!isNumber) // stout's numify
        return text(400, QStringLiteral("Failed to convert '%1' to number.\n").arg(levelText));
    if (wanted < 0)
        return text(400, QStringLiteral("Invalid level '%1'.\n").arg(wanted));
    if (wanted < m_original)
        return text(400, QStringLiteral("'%1' < original level.\n").arg(wanted));
    const QString durationText = query.queryItemValue(QStringLiteral("duration"), QUrl::FullyDecoded);
    double seconds = 0;
    if (!parseDuration(durationText, &seconds))
        return text(400, QStringLiteral("Invalid duration '%1'.\n").arg(durationText));
    set(wanted, seconds);
    return {200, {}, {}};
}

SimLogging::Answer SimLogging::setLevel(const QJsonObject& call) {
    const QJsonValue body = call.value(QStringLiteral("set_logging_level"));
    if (!body.isObject())
        return text(400, QStringLiteral(
                             "Failed to validate master::Call: Expecting 'set_logging_level' to be present"));
    const QJsonObject fields = body.toObject();
    for (const QString& field : {QStringLiteral("level"), QStringLiteral("duration")})
        if (!fields.contains(field))
            return text(400,
                        QStringLiteral("Failed to convert JSON into Call protobuf: Missing required fields: "
                                       "set_logging_level.%1")
                            .arg(field));
    const double nanos =
        fields.value(QStringLiteral("duration")).toObject().value(QStringLiteral("nanoseconds")).toDouble();
    // uint32 in the proto; the v1 call does not check the original level (the toggle does).
    set(fields.value(QStringLiteral("level")).toInt(), nanos / 1e9);
    return {200, {}, {}};
}

QJsonObject SimLogging::getLevel() const {
    return {{QStringLiteral("type"), QStringLiteral("GET_LOGGING_LEVEL")},
            {QStringLiteral("get_logging_level"), QJsonObject{{QStringLiteral("level"), level()}}}};
}
