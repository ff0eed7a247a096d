#include "MarathonCheckParser.h"

namespace {
int known(const QJsonObject& o, QLatin1String key) {
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toInt() : -1;
}

QString text(const QJsonObject& o, QLatin1String key) {
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

template <typename T, typename F> QList<T> each(const QJsonArray& a, F from) {
    QList<T> out;
    for (const QJsonValue& v : a)
        if (v.isObject())
            out << from(v.toObject());
    return out;
}
} // namespace

MarathonHealthCheck MarathonCheckParser::healthCheck(const QJsonObject& o) {
    MarathonHealthCheck c;
    c.protocol = text(o, QLatin1String("protocol"));
    c.path = text(o, QLatin1String("path"));
    const QJsonValue command = o.value(QLatin1String("command"));
    // {"value": "..."} since 0.7; a bare string in some early definitions.
    c.command = command.isObject() ? text(command.toObject(), QLatin1String("value")) : command.toString();
    if (c.protocol.isEmpty() && !c.command.isEmpty())
        c.protocol = QStringLiteral("COMMAND");
    c.portIndex = known(o, QLatin1String("portIndex"));
    c.port = known(o, QLatin1String("port"));
    c.gracePeriodSeconds = known(o, QLatin1String("gracePeriodSeconds"));
    c.intervalSeconds = known(o, QLatin1String("intervalSeconds"));
    c.timeoutSeconds = known(o, QLatin1String("timeoutSeconds"));
    c.maxConsecutiveFailures = known(o, QLatin1String("maxConsecutiveFailures"));
    c.delaySeconds = known(o, QLatin1String("delaySeconds"));
    return c;
}

MarathonTask::HealthResult MarathonCheckParser::healthResult(const QJsonObject& o) {
    MarathonTask::HealthResult r;
    r.alive = o.value(QLatin1String("alive")).toBool(false);
    r.consecutiveFailures = qMax(0, o.value(QLatin1String("consecutiveFailures")).toInt(0));
    r.firstSuccess = text(o, QLatin1String("firstSuccess"));
    r.lastSuccess = text(o, QLatin1String("lastSuccess"));
    r.lastFailure = text(o, QLatin1String("lastFailure"));
    r.lastFailureCause = text(o, QLatin1String("lastFailureCause"));
    return r;
}

MarathonReadinessCheck MarathonCheckParser::readinessCheck(const QJsonObject& o) {
    MarathonReadinessCheck c;
    c.name = text(o, QLatin1String("name"));
    c.protocol = text(o, QLatin1String("protocol"));
    c.path = text(o, QLatin1String("path"));
    c.portName = text(o, QLatin1String("portName"));
    c.intervalSeconds = known(o, QLatin1String("intervalSeconds"));
    c.timeoutSeconds = known(o, QLatin1String("timeoutSeconds"));
    for (const QJsonValue& code : o.value(QLatin1String("httpStatusCodesForReady")).toArray())
        if (code.isDouble())
            c.httpStatusCodesForReady << code.toInt();
    c.preserveLastResponse = o.value(QLatin1String("preserveLastResponse")).toBool(false);
    return c;
}

MarathonReadinessCheck::Result MarathonCheckParser::readinessResult(const QJsonObject& o) {
    MarathonReadinessCheck::Result r;
    r.name = text(o, QLatin1String("name"));
    r.taskId = text(o, QLatin1String("taskId"));
    r.ready = o.value(QLatin1String("ready")).toBool(false);
    const QJsonValue response = o.value(QLatin1String("lastResponse"));
    if (response.isObject()) {
        const QJsonObject last = response.toObject();
        r.hasResponse = true;
        r.status = last.value(QLatin1String("status")).toInt(0);
        r.contentType = text(last, QLatin1String("contentType"));
        r.body = text(last, QLatin1String("body"));
    }
    return r;
}

QList<MarathonHealthCheck> MarathonCheckParser::healthChecks(const QJsonArray& a) {
    return each<MarathonHealthCheck>(a, &MarathonCheckParser::healthCheck);
}

QList<MarathonReadinessCheck> MarathonCheckParser::readinessChecks(const QJsonArray& a) {
    return each<MarathonReadinessCheck>(a, &MarathonCheckParser::readinessCheck);
}

QList<MarathonReadinessCheck::Result> MarathonCheckParser::readinessResults(const QJsonArray& a) {
    return each<MarathonReadinessCheck::Result>(a, &MarathonCheckParser::readinessResult);
}
