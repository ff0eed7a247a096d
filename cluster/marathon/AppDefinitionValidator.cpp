#include "AppDefinitionValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace {
enum class Type { String, Number, Integer, Boolean, Object, Array, Any };

struct Rule {
    const char* key;
    Type type;
    double minimum;
    bool hasMinimum;
};

// Top-level properties of AppDefinition.json with their type and minimum.
const Rule kRules[] = {
    {"id", Type::String, 0, false},          {"acceptedResourceRoles", Type::Array, 0, false},
    {"args", Type::Array, 0, false},         {"backoffFactor", Type::Number, 1, true},
    {"backoffSeconds", Type::Integer, 0, true}, {"cmd", Type::String, 0, false},
    {"constraints", Type::Array, 0, false},  {"container", Type::Object, 0, false},
    {"cpus", Type::Number, 0, true},         {"dependencies", Type::Array, 0, false},
    {"disk", Type::Number, 0, true},         {"env", Type::Object, 0, false},
    {"executor", Type::String, 0, false},    {"executorResources", Type::Object, 0, false},
    {"fetch", Type::Array, 0, false},        {"healthChecks", Type::Array, 0, false},
    {"instances", Type::Integer, 0, true},   {"labels", Type::Object, 0, false},
    {"maxLaunchDelaySeconds", Type::Integer, 0, true}, {"mem", Type::Number, 0, true},
    {"gpus", Type::Integer, 0, true},        {"networks", Type::Array, 0, false},
    {"ipAddress", Type::Object, 0, false},   {"ports", Type::Array, 0, false},
    {"portDefinitions", Type::Array, 0, false}, {"readinessChecks", Type::Array, 0, false},
    {"residency", Type::Object, 0, false},   {"requirePorts", Type::Boolean, 0, false},
    {"secrets", Type::Object, 0, false},     {"taskKillGracePeriodSeconds", Type::Integer, 0, true},
    {"upgradeStrategy", Type::Object, 0, false}, {"uris", Type::Array, 0, false},
    {"user", Type::String, 0, false},        {"version", Type::String, 0, false},
    {"versionInfo", Type::Object, 0, false}, {"killSelection", Type::String, 0, false},
    {"unreachableStrategy", Type::Any, 0, false}, {"role", Type::String, 0, false},
    {"tty", Type::Boolean, 0, false},
};

QString typeName(Type t) {
    switch (t) {
    case Type::String:
        return AppDefinitionValidator::tr("a string");
    case Type::Number:
        return AppDefinitionValidator::tr("a number");
    case Type::Integer:
        return AppDefinitionValidator::tr("an integer");
    case Type::Boolean:
        return AppDefinitionValidator::tr("true or false");
    case Type::Object:
        return AppDefinitionValidator::tr("an object");
    case Type::Array:
        return AppDefinitionValidator::tr("a list");
    case Type::Any: break;
    }
    return {};
}

bool hasType(const QJsonValue& v, Type t) {
    switch (t) {
    case Type::String: return v.isString();
    case Type::Number: return v.isDouble();
    case Type::Integer: // std::trunc: converting a double beyond qint64 would be undefined behaviour
        return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::trunc(v.toDouble());
    case Type::Boolean: return v.isBool();
    case Type::Object: return v.isObject();
    case Type::Array: return v.isArray();
    case Type::Any: return true;
    }
    return false;
}
} // namespace

bool AppDefinitionValidator::isValidId(const QString& id) {
    // The schema's pathType: segments of lower-case letters, digits, '-' and '.', or "..".
    static const QRegularExpression re(
        QStringLiteral("^(\\/?((\\.{2})|([a-z0-9][a-z0-9\\-.]*[a-z0-9]+)|([a-z0-9]*))($|\\/))+$"));
    return !id.isEmpty() && re.match(id).hasMatch();
}

QList<AppDefinitionValidator::Problem> AppDefinitionValidator::validate(const QJsonObject& app, bool requireId) {
    QList<Problem> problems;
    QSet<QString> known;
    for (const Rule& rule : kRules) {
        const QString key = QString::fromLatin1(rule.key);
        known.insert(key);
        const QJsonValue v = app.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        const QString path = u'/' + key;
        if (!hasType(v, rule.type)) {
            problems << Problem{path, AppDefinitionValidator::tr("must be %1").arg(typeName(rule.type))};
            continue;
        }
        if (rule.hasMinimum && v.toDouble() < rule.minimum)
            problems << Problem{path, AppDefinitionValidator::tr("must be at least %1").arg(rule.minimum)};
    }
    for (auto it = app.begin(); it != app.end(); ++it)
        if (!known.contains(it.key()))
            problems << Problem{u'/' + it.key(), AppDefinitionValidator::tr("is not a known app property")};

    const QJsonValue id = app.value(QLatin1String("id"));
    if (id.isUndefined() || (id.isString() && id.toString().isEmpty())) {
        if (requireId)
            problems << Problem{QStringLiteral("/id"), AppDefinitionValidator::tr("is required")};
    } else if (id.isString() && !isValidId(id.toString())) {
        problems << Problem{
            QStringLiteral("/id"),
            AppDefinitionValidator::tr(
                "must be a path of lower-case letters, digits, '-' and '.', e.g. /group/my-app")};
    }
    // Marathon: "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'."
    const QJsonValue cmd = app.value(QLatin1String("cmd"));
    const bool hasCmd = cmd.isString() && !cmd.toString().trimmed().isEmpty();
    const bool hasArgs = !app.value(QLatin1String("args")).toArray().isEmpty();
    if (cmd.isString() && !hasCmd)
        problems << Problem{QStringLiteral("/cmd"),
                            AppDefinitionValidator::tr("is empty: enter the command to run")};
    else if (requireId && !hasCmd && !hasArgs &&
             !app.value(QLatin1String("container")).isObject()) // a whole app, not a patch
        problems << Problem{
            QStringLiteral("/cmd"),
            AppDefinitionValidator::tr("is needed: enter the command to run (or give args or a container)")};
    if (app.contains(QLatin1String("cmd")) && app.contains(QLatin1String("args"))
        && !app.value(QLatin1String("cmd")).isNull() && !app.value(QLatin1String("args")).isNull())
        problems << Problem{QStringLiteral("/args"),
                            AppDefinitionValidator::tr("cannot be used together with cmd")};
    const QJsonObject labels = app.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (!it.value().isString())
            problems << Problem{QStringLiteral("/labels/") + it.key(),
                                AppDefinitionValidator::tr("must be a string")};
    const QJsonObject env = app.value(QLatin1String("env")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it)
        if (!it.value().isString() && !(it.value().isObject() && it.value().toObject().value(QLatin1String("secret")).isString()))
            problems << Problem{QStringLiteral("/env/") + it.key(),
                                AppDefinitionValidator::tr("must be a string or {\"secret\": name}")};
    const QJsonArray uris = app.value(QLatin1String("uris")).toArray();
    for (qsizetype i = 0; i < uris.size(); ++i)
        if (!uris.at(i).isString() || uris.at(i).toString().isEmpty())
            problems << Problem{QStringLiteral("/uris/%1").arg(i),
                                AppDefinitionValidator::tr("must be a non-empty string")};
    const QJsonArray args = app.value(QLatin1String("args")).toArray();
    for (qsizetype i = 0; i < args.size(); ++i)
        if (!args.at(i).isString())
            problems << Problem{QStringLiteral("/args/%1").arg(i),
                                AppDefinitionValidator::tr("must be a string")};
    if (const QJsonValue k = app.value(QLatin1String("killSelection")); k.isString()
        && k.toString() != QLatin1String("YOUNGEST_FIRST") && k.toString() != QLatin1String("OLDEST_FIRST"))
        problems << Problem{QStringLiteral("/killSelection"),
                            AppDefinitionValidator::tr("must be YOUNGEST_FIRST or OLDEST_FIRST")};
    const QJsonObject upgrade = app.value(QLatin1String("upgradeStrategy")).toObject();
    for (const char* key : {"minimumHealthCapacity", "maximumOverCapacity"}) {
        const QJsonValue v = upgrade.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const QString path = QStringLiteral("/upgradeStrategy/") + QLatin1String(key);
        if (!v.isDouble())
            problems << Problem{path, AppDefinitionValidator::tr("must be a number")};
        else if (v.toDouble() < 0 || v.toDouble() > 1)
            problems << Problem{path, AppDefinitionValidator::tr("must be between 0 and 1")};
    }
    const QJsonArray constraints = app.value(QLatin1String("constraints")).toArray();
    static const QStringList operators{QStringLiteral("UNIQUE"), QStringLiteral("CLUSTER"), QStringLiteral("GROUP_BY"),
                                       QStringLiteral("LIKE"), QStringLiteral("UNLIKE"), QStringLiteral("MAX_PER"),
                                       QStringLiteral("IS")};
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        const QJsonArray c = constraints.at(i).toArray();
        if (c.size() < 2 || c.size() > 3 || !c.at(0).isString() || !operators.contains(c.at(1).toString()))
            problems << Problem{
                QStringLiteral("/constraints/%1").arg(i),
                AppDefinitionValidator::tr("must be [field, operator, value?] with operator one of %1")
                    .arg(operators.join(u", "))};
    }
    return problems;
}

QList<AppDefinitionValidator::Problem> AppDefinitionValidator::warnings(const QJsonObject& app,
                                                                        const AgentLimits& limits) {
    QList<Problem> problems;
    const QJsonValue mem = app.value(QLatin1String("mem"));
    if (mem.isDouble() && mem.toDouble() == 0)
        problems << Problem{
            QStringLiteral("/mem"),
            AppDefinitionValidator::tr("is 0 MiB: no memory is reserved for the task; most commands need "
                                       "at least 32 MiB (Marathon's default is 128)")};
    if (!limits.known())
        return problems;
    struct Resource {
        const char* key;
        double total;
        double free;
        const char* unit;
    };
    for (const Resource& r : {Resource{"cpus", limits.totalCpus, limits.freeCpus, " CPUs"},
                              Resource{"mem", limits.totalMem, limits.freeMem, " MiB"},
                              Resource{"disk", limits.totalDisk, limits.freeDisk, " MiB"}}) {
        const QJsonValue v = app.value(QLatin1String(r.key));
        if (!v.isDouble() || v.toDouble() <= 0)
            continue;
        const double asked = v.toDouble();
        const bool never = r.total >= 0 && asked > r.total;
        if (!never && !(r.free >= 0 && asked > r.free))
            continue;
        const QString text = never
                                 ? AppDefinitionValidator::tr(
                                       "no agent has %1%2 (the largest has %3%2): Marathon accepts the app, "
                                       "but it never starts")
                                 : AppDefinitionValidator::tr(
                                       "no agent has %1%2 free now (the most free is %3%2): instances wait "
                                       "until some is freed");
        problems << Problem{u'/' + QLatin1String(r.key),
                            text.arg(asked).arg(QLatin1String(r.unit)).arg(never ? r.total : r.free)};
    }
    return problems;
}
