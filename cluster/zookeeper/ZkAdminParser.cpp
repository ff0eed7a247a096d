#include "ZkAdminParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace {
// Counters are JSON integers; anything else (a string, a float where a count belongs) is not known.
std::optional<qint64> count(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // The range first: converting a double beyond qint64 is undefined behaviour.
    if (!(number >= 0 && number <= 9.0e18) || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

std::optional<double> real(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

// "3.8.0-${mvngit.commit.id}, built on ..." -> "3.8.0"
QString versionOf(const QJsonValue& value) {
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d+\\.\\d+\\.\\d+)"));
    const QRegularExpressionMatch match = number.match(value.toString());
    return match.hasMatch() ? match.captured(1) : QString();
}

void applyLatency(ZkServerReport& report, const QJsonObject& object) {
    // All three or none: an average without its range would be a half-told story.
    const auto low = real(object, "min_latency");
    const auto average = real(object, "avg_latency");
    const auto high = real(object, "max_latency");
    if (low && average && high) {
        report.latencyMin = low;
        report.latencyAvg = average;
        report.latencyMax = high;
    }
}
} // namespace

ZkAdminParser::Answer ZkAdminParser::classify(const QByteArray& body) {
    Answer answer;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return answer;
    answer.object = document.object();
    const QJsonValue said = answer.object.value(QLatin1String("error"));
    if (said.isNull() || said.isUndefined()) {
        answer.kind = Kind::Content;
        return answer;
    }
    answer.error =
        said.isString() ? said.toString() : QString::fromUtf8(QJsonDocument(answer.object).toJson());
    if (answer.error.trimmed().isEmpty()) // an error field with nothing in it still is an error
        answer.error =
            QCoreApplication::translate("ZkAdminParser", "the AdminServer answered an error without a text");
    if (answer.error.contains(QLatin1String("not currently serving requests")))
        answer.kind = Kind::NotServing;
    else if (answer.error.startsWith(QLatin1String("Unknown command")))
        answer.kind = Kind::UnknownCommand;
    else
        answer.kind = Kind::Error;
    return answer;
}

bool ZkAdminParser::applySrvr(ZkServerReport& report, const QJsonObject& object) {
    const QJsonObject stats = object.value(QLatin1String("server_stats")).toObject();
    const QString state = stats.value(QLatin1String("server_state")).toString();
    if (state.isEmpty())
        return false;
    report.mode = state;
    report.version = versionOf(object.value(QLatin1String("version")));
    report.zxid = count(stats, "last_processed_zxid");
    report.outstanding = count(stats, "outstanding_requests");
    report.connections = count(stats, "num_alive_client_connections");
    report.nodeCount = count(object, "node_count");
    applyLatency(report, stats);
    return true;
}

bool ZkAdminParser::applyMonitor(ZkServerReport& report, const QJsonObject& object) {
    if (object.isEmpty())
        return false;
    report.watchCount = count(object, "watch_count");
    if (!report.nodeCount)
        report.nodeCount = count(object, "znode_count");
    if (!report.outstanding)
        report.outstanding = count(object, "outstanding_requests");
    if (!report.connections)
        report.connections = count(object, "num_alive_connections");
    if (report.mode.isEmpty())
        report.mode = object.value(QLatin1String("server_state")).toString();
    if (report.version.isEmpty())
        report.version = versionOf(object.value(QLatin1String("version")));
    if (!report.latencyAvg)
        applyLatency(report, object);
    return true;
}
