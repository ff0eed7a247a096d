#include "JsonSchemaValidator.h"

#include "MarathonJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

JsonSchemaValidator::JsonSchemaValidator(QJsonObject schema)
    : m_root(std::move(schema))
{
}

QList<JsonSchemaValidator::Issue> JsonSchemaValidator::validate(const QJsonValue& value) const
{
    QList<Issue> out;
    check(value, m_root, QString(), out);
    return out;
}

QJsonObject JsonSchemaValidator::resolve(const QJsonObject& schema) const
{
    QJsonObject current = schema;
    // Bounded: a self-referencing "$ref" must not hang the checker.
    for (int depth = 0; depth < 16 && current.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = current.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            return {};
        QJsonValue node = m_root;
        for (const QString& part : ref.mid(2).split(QLatin1Char('/')))
            node = node.toObject().value(part);
        current = node.toObject();
    }
    return current;
}

bool JsonSchemaValidator::hasType(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("null"))
        return value.isNull();
    return true;
}

QString JsonSchemaValidator::typeErrorCode(const QString& type)
{
    // Play JSON's codes, which Marathon passes through in its 400 "Invalid JSON" details.
    if (type == QLatin1String("integer"))
        return QStringLiteral("error.expected.int");
    if (type == QLatin1String("number"))
        return QStringLiteral("error.expected.jsnumber");
    if (type == QLatin1String("boolean"))
        return QStringLiteral("error.expected.jsboolean");
    return QStringLiteral("error.expected.js") + type;
}

QString JsonSchemaValidator::formatNumber(double value, bool integer)
{
    if (integer)
        return QString::number(qint64(value));
    // Scala's Double.toString: integral values keep ".0".
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(qint64(value)) + QStringLiteral(".0");
    return QString::number(value, 'g', 15);
}

void JsonSchemaValidator::check(const QJsonValue& value, const QJsonObject& rawSchema, const QString& path,
                                QList<Issue>& out) const
{
    const QJsonObject schema = resolve(rawSchema);
    const QString here = path.isEmpty() ? QStringLiteral("/") : path;

    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue typeValue = schema.value(QLatin1String("type"));
        QStringList types;
        if (typeValue.isArray()) {
            for (const QJsonValue& t : typeValue.toArray())
                types << t.toString();
        } else {
            types << typeValue.toString();
        }
        bool matches = false;
        for (const QString& t : types)
            matches = matches || hasType(value, t);
        if (!matches) {
            out.append({here, typeErrorCode(types.value(0)), true});
            return;
        }
    }

    if (schema.contains(QLatin1String("enum"))) {
        if (!schema.value(QLatin1String("enum")).toArray().contains(value))
            out.append({here, QStringLiteral("error.unknown.enum.literal"), true});
    }

    if (value.isDouble()) {
        const bool integer = schema.value(QLatin1String("type")).toString() == QLatin1String("integer");
        const double number = value.toDouble();
        if (schema.contains(QLatin1String("minimum"))) {
            const double minimum = schema.value(QLatin1String("minimum")).toDouble();
            if (number < minimum)
                out.append({here, QStringLiteral("got %1, expected %2 or more")
                                      .arg(formatNumber(number, integer), formatNumber(minimum, integer))});
        }
        if (schema.contains(QLatin1String("maximum"))) {
            const double maximum = schema.value(QLatin1String("maximum")).toDouble();
            if (number > maximum)
                out.append({here, QStringLiteral("got %1, expected %2 or less")
                                      .arg(formatNumber(number, integer), formatNumber(maximum, integer))});
        }
    }

    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(QLatin1String("minLength")) && text.size() < schema.value(QLatin1String("minLength")).toInt())
            out.append({here, QStringLiteral("must not be empty")});
        if (schema.contains(QLatin1String("maxLength")) && text.size() > schema.value(QLatin1String("maxLength")).toInt())
            out.append({here, QStringLiteral("must not be longer than %1 characters")
                                  .arg(schema.value(QLatin1String("maxLength")).toInt())});
        if (schema.contains(QLatin1String("pattern")) && !text.isEmpty()) {
            const QString pattern = schema.value(QLatin1String("pattern")).toString();
            const QRegularExpression re(pattern);
            if (re.isValid() && !re.match(text).hasMatch())
                out.append({here, QStringLiteral("must fully match regular expression '%1'").arg(pattern)});
        }
    }

    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(QLatin1String("minItems")) && array.size() < schema.value(QLatin1String("minItems")).toInt())
            out.append({here, QStringLiteral("must have at least %1 elements")
                                  .arg(schema.value(QLatin1String("minItems")).toInt())});
        const QJsonValue items = schema.value(QLatin1String("items"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = path + QStringLiteral("(%1)").arg(i);
            if (items.isObject())
                check(array.at(i), items.toObject(), itemPath, out);
            else if (items.isArray() && i < items.toArray().size())
                check(array.at(i), items.toArray().at(i).toObject(), itemPath, out);
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue& name : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(name.toString()))
                out.append({path + QLatin1Char('/') + name.toString(), QStringLiteral("error.path.missing"), true});
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonObject patternProperties = schema.value(QLatin1String("patternProperties")).toObject();
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + QLatin1Char('/') + it.key();
            bool known = false;
            if (properties.contains(it.key())) {
                known = true;
                check(it.value(), properties.value(it.key()).toObject(), childPath, out);
            }
            for (auto p = patternProperties.begin(); p != patternProperties.end(); ++p) {
                if (QRegularExpression(p.key()).match(it.key()).hasMatch()) {
                    known = true;
                    check(it.value(), p.value().toObject(), childPath, out);
                }
            }
            if (known)
                continue;
            if (additional.isBool() && !additional.toBool())
                out.append({childPath, QStringLiteral("unknown property"), false});
            else if (additional.isObject())
                check(it.value(), additional.toObject(), childPath, out);
        }
    }

    if (schema.contains(QLatin1String("oneOf"))) {
        int matching = 0;
        for (const QJsonValue& option : schema.value(QLatin1String("oneOf")).toArray()) {
            QList<Issue> trial;
            check(value, option.toObject(), path, trial);
            matching += trial.isEmpty() ? 1 : 0;
        }
        if (matching != 1)
            out.append({here, QStringLiteral("must match exactly one of the allowed forms")});
    }
    for (const QJsonValue& part : schema.value(QLatin1String("allOf")).toArray())
        check(value, part.toObject(), path, out);
    if (schema.contains(QLatin1String("not"))) {
        QList<Issue> trial;
        check(value, schema.value(QLatin1String("not")).toObject(), path, trial);
        if (trial.isEmpty())
            out.append({here, QStringLiteral("must not match the excluded form")});
    }
}

QByteArray JsonSchemaValidator::typeErrorBody(const QJsonValue& value,
                                              QList<QPair<QString, QString>>* issues) const {
    QList<QPair<QString, QString>> typeIssues;
    for (const Issue& issue : validate(value))
        (issue.typeError ? typeIssues : *issues).append({issue.path, issue.message});
    if (typeIssues.isEmpty())
        return {};
    return MarathonJson::errorWithDetails(QStringLiteral("Invalid JSON"),
                                          MarathonJson::groupDetails(typeIssues));
}
