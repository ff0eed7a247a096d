#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// A small JSON Schema (draft 4) checker covering what Marathon's AppDefinition schema uses:
// type, required, properties, patternProperties, additionalProperties, minimum/maximum,
// minLength/maxLength, pattern, enum, items (schema or tuple), minItems, oneOf, allOf, not,
// and local "$ref": "#/definitions/x". Messages follow Marathon's wording where Marathon has
// one ("got -3.0, expected 0.0 or more"); paths use Marathon's "/healthChecks(0)/path" form.
class JsonSchemaValidator {
public:
    struct Issue {
        QString path;
        QString message;
        bool typeError = false; // Marathon reports these as 400 "Invalid JSON", the rest as 422
    };

    explicit JsonSchemaValidator(QJsonObject schema);

    QList<Issue> validate(const QJsonValue& value) const;
    // As Marathon answers them: the type errors' 400 "Invalid JSON" body (empty when there are
    // none, then issues holds the rest as (path, message) for a 422).
    QByteArray typeErrorBody(const QJsonValue& value, QList<QPair<QString, QString>>* issues) const;

private:
    void check(const QJsonValue& value, const QJsonObject& schema, const QString& path, QList<Issue>& out) const;
    QJsonObject resolve(const QJsonObject& schema) const;
    static bool hasType(const QJsonValue& value, const QString& type);
    static QString typeErrorCode(const QString& type);
    static QString formatNumber(double value, bool integer);

    QJsonObject m_root;
};
