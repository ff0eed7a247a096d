#include "AppValidator.h"

#include "AppSchema.h"
#include "JsonSchemaValidator.h"
#include "MarathonJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace {
// Marathon's PathId rule for each segment of an id.
const QString kSegmentPattern = QStringLiteral(
    "^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])|(\\.|\\.\\.)$");
} // namespace

AppValidator::Result AppValidator::parseObject(const QByteArray& body)
{
    Result result;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Marathon passes the parser's message through as a plain string here.
        result.status = 400;
        result.errorBody = MarathonJson::bytes(QJsonObject{
            {QStringLiteral("message"), QStringLiteral("Invalid JSON")},
            {QStringLiteral("details"),
             QStringLiteral("Unexpected character at offset %1: %2").arg(error.offset).arg(error.errorString())}});
        return result;
    }
    if (!doc.isObject()) {
        result.status = 400;
        result.errorBody = MarathonJson::errorWithDetails(
            QStringLiteral("Invalid JSON"),
            MarathonJson::groupDetails({{QStringLiteral("/"), QStringLiteral("error.expected.jsobject")}}));
        return result;
    }
    result.app = doc.object();
    return result;
}

bool AppValidator::isValidIdSegment(const QString& segment)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(kSegmentPattern));
    return re.match(segment).hasMatch();
}

AppValidator::Result AppValidator::validate(const QJsonObject& app)
{
    Result result;
    result.app = app;
    static const JsonSchemaValidator validator(AppSchema::schema());
    QList<QPair<QString, QString>> issues;
    result.errorBody = validator.typeErrorBody(app, &issues);
    if (!result.errorBody.isEmpty()) {
        result.status = 400;
        return result;
    }

    const QString id = app.value(QLatin1String("id")).toString();
    for (const QString& segment : id.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!isValidIdSegment(segment)) {
            issues.append({QStringLiteral("/id"),
                           QStringLiteral("must fully match regular expression '%1'").arg(kSegmentPattern)});
            break;
        }
    }
    const bool hasCmd = app.contains(QLatin1String("cmd")) && !app.value(QLatin1String("cmd")).isNull();
    const bool hasArgs = !app.value(QLatin1String("args")).toArray().isEmpty();
    const bool hasContainer = app.value(QLatin1String("container")).isObject();
    if ((hasCmd && hasArgs) || (!hasCmd && !hasArgs && !hasContainer))
        issues.append({QStringLiteral("/"),
                       QStringLiteral("AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.")});

    const int portCount = app.contains(QLatin1String("portDefinitions"))
        ? int(app.value(QLatin1String("portDefinitions")).toArray().size())
        : (app.contains(QLatin1String("ports")) ? int(app.value(QLatin1String("ports")).toArray().size()) : 1);
    const QJsonArray checks = app.value(QLatin1String("healthChecks")).toArray();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject check = checks.at(i).toObject();
        const QString protocol = check.value(QLatin1String("protocol")).toString(QStringLiteral("HTTP"));
        const QString path = QStringLiteral("/healthChecks(%1)").arg(i);
        if (protocol == QLatin1String("COMMAND")) {
            if (!check.value(QLatin1String("command")).isObject())
                issues.append({path + QStringLiteral("/command"), QStringLiteral("is empty")});
        } else if (!check.contains(QLatin1String("port"))
                   && check.value(QLatin1String("portIndex")).toInt(0) >= portCount) {
            issues.append({path, QStringLiteral("Health check port indices must address an element of the ports "
                                                "array or container port mappings.")});
        }
    }
    QStringList names;
    for (const QJsonValue& def : app.value(QLatin1String("portDefinitions")).toArray()) {
        const QString name = def.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty() && names.contains(name)) {
            issues.append({QStringLiteral("/portDefinitions"), QStringLiteral("Port names must be unique.")});
            break;
        }
        names << name;
    }

    const QJsonArray readiness = app.value(QLatin1String("readinessChecks")).toArray();
    if (readiness.size() > 1)
        issues.append(
            {QStringLiteral("/readinessChecks"), QStringLiteral("must be less than or equal to 1")});
    for (qsizetype i = 0; i < readiness.size(); ++i) {
        const QString portName =
            readiness.at(i).toObject().value(QLatin1String("portName")).toString(QStringLiteral("http-api"));
        if (!names.contains(portName))
            issues.append({QStringLiteral("/readinessChecks(%1)/portName").arg(i),
                           QStringLiteral("No port definition reference for portName %1").arg(portName)});
    }

    if (!issues.isEmpty()) {
        result.status = 422;
        result.errorBody = MarathonJson::errorWithDetails(QStringLiteral("Object is not valid"),
                                                          MarathonJson::groupDetails(issues));
    }
    return result;
}

QJsonObject AppValidator::normalizeHealthCheck(QJsonObject check)
{
    const QString protocol = check.value(QLatin1String("protocol")).toString(QStringLiteral("HTTP"));
    check.insert(QStringLiteral("protocol"), protocol);
    const auto fill = [&check](const char* key, const QJsonValue& value) {
        if (!check.contains(QLatin1String(key)))
            check.insert(QLatin1String(key), value);
    };
    fill("gracePeriodSeconds", 300);
    fill("intervalSeconds", 60);
    fill("timeoutSeconds", 20);
    fill("maxConsecutiveFailures", 3);
    fill("delaySeconds", 15);
    if (protocol == QLatin1String("HTTP") || protocol == QLatin1String("HTTPS") || protocol == QLatin1String("MESOS_HTTP")
        || protocol == QLatin1String("MESOS_HTTPS")) {
        fill("path", QStringLiteral("/"));
        fill("ignoreHttp1xx", false);
    }
    if (protocol != QLatin1String("COMMAND") && !check.contains(QLatin1String("port")))
        fill("portIndex", 0);
    return check;
}

QJsonObject AppValidator::normalize(QJsonObject app, const std::function<int()>& nextServicePort)
{
    app.insert(QStringLiteral("id"), MarathonJson::normalizeId(app.value(QLatin1String("id")).toString()));
    const auto fill = [&app](const char* key, const QJsonValue& value) {
        if (!app.contains(QLatin1String(key)) || app.value(QLatin1String(key)).isNull())
            app.insert(QLatin1String(key), value);
    };
    fill("env", QJsonObject());
    fill("instances", 1);
    fill("cpus", 1);
    fill("mem", 128);
    fill("disk", 0);
    fill("gpus", 0);
    fill("executor", QString());
    fill("constraints", QJsonArray());
    fill("uris", QJsonArray());
    fill("fetch", QJsonArray());
    fill("requirePorts", false);
    fill("backoffSeconds", 1);
    fill("backoffFactor", 1.15);
    fill("maxLaunchDelaySeconds", 3600);
    fill("healthChecks", QJsonArray());
    fill("readinessChecks", QJsonArray());
    fill("dependencies", QJsonArray());
    fill("labels", QJsonObject());
    fill("killSelection", QStringLiteral("YOUNGEST_FIRST"));
    fill("unreachableStrategy", QJsonObject{{QStringLiteral("inactiveAfterSeconds"), 0},
                                            {QStringLiteral("expungeAfterSeconds"), 0}});
    fill("secrets", QJsonObject());
    fill("networks", QJsonArray{QJsonObject{{QStringLiteral("mode"), QStringLiteral("host")}}});

    // Marathon turns "uris" into "fetch" entries (and back), so both always agree.
    if (app.value(QLatin1String("fetch")).toArray().isEmpty() && !app.value(QLatin1String("uris")).toArray().isEmpty()) {
        QJsonArray fetch;
        for (const QJsonValue& uri : app.value(QLatin1String("uris")).toArray())
            fetch.append(QJsonObject{{QStringLiteral("uri"), uri}, {QStringLiteral("extract"), true},
                                     {QStringLiteral("executable"), false}, {QStringLiteral("cache"), false}});
        app.insert(QStringLiteral("fetch"), fetch);
    }

    QJsonObject upgrade = app.value(QLatin1String("upgradeStrategy")).toObject();
    if (!upgrade.contains(QLatin1String("minimumHealthCapacity")))
        upgrade.insert(QStringLiteral("minimumHealthCapacity"), 1);
    if (!upgrade.contains(QLatin1String("maximumOverCapacity")))
        upgrade.insert(QStringLiteral("maximumOverCapacity"), 1);
    app.insert(QStringLiteral("upgradeStrategy"), upgrade);

    QJsonArray checks;
    for (const QJsonValue& check : app.value(QLatin1String("healthChecks")).toArray())
        checks.append(normalizeHealthCheck(check.toObject()));
    app.insert(QStringLiteral("healthChecks"), checks);

    // Readiness checks get Marathon's defaults (ReadinessCheck.scala).
    QJsonArray readiness;
    for (const QJsonValue& value : app.value(QLatin1String("readinessChecks")).toArray()) {
        QJsonObject check = value.toObject();
        const auto fillCheck = [&check](const char* key, const QJsonValue& v) {
            if (!check.contains(QLatin1String(key)))
                check.insert(QLatin1String(key), v);
        };
        fillCheck("name", QStringLiteral("readinessCheck"));
        fillCheck("protocol", QStringLiteral("HTTP"));
        fillCheck("path", QStringLiteral("/"));
        fillCheck("portName", QStringLiteral("http-api"));
        fillCheck("intervalSeconds", 30);
        fillCheck("timeoutSeconds", 10);
        fillCheck("httpStatusCodesForReady", QJsonArray{200});
        fillCheck("preserveLastResponse", false);
        readiness.append(check);
    }
    app.insert(QStringLiteral("readinessChecks"), readiness);

    // Port definitions: the deprecated "ports" list or one dynamic port by default; port 0
    // gets a cluster-unique service port, which "ports" mirrors.
    QJsonArray definitions;
    if (app.contains(QLatin1String("portDefinitions"))) {
        definitions = app.value(QLatin1String("portDefinitions")).toArray();
    } else if (app.contains(QLatin1String("ports"))) {
        for (const QJsonValue& port : app.value(QLatin1String("ports")).toArray())
            definitions.append(QJsonObject{{QStringLiteral("port"), port.toInt()}});
    } else if (!app.value(QLatin1String("container")).isObject()) {
        definitions.append(QJsonObject{{QStringLiteral("port"), 0}});
    }
    QJsonArray ports;
    for (qsizetype i = 0; i < definitions.size(); ++i) {
        QJsonObject def = definitions.at(i).toObject();
        if (def.value(QLatin1String("port")).toInt(0) == 0 && nextServicePort)
            def.insert(QStringLiteral("port"), nextServicePort());
        if (!def.contains(QLatin1String("protocol")))
            def.insert(QStringLiteral("protocol"), QStringLiteral("tcp"));
        if (!def.contains(QLatin1String("labels")))
            def.insert(QStringLiteral("labels"), QJsonObject());
        definitions[i] = def;
        ports.append(def.value(QLatin1String("port")).toInt());
    }
    app.insert(QStringLiteral("portDefinitions"), definitions);
    app.insert(QStringLiteral("ports"), ports);
    return app;
}
