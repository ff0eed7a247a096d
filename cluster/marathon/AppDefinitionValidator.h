#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Checks an app definition against the parts of Marathon's AppDefinition JSON schema
// (v1.7) that a console user can get wrong: types, minimums, the id pattern, enums,
// unknown top-level keys, "cmd" and "args" together, upgradeStrategy bounds. The rules are
// our own code (the app may not read schema files at runtime); paths use the server's
// JSON-pointer style ("/upgradeStrategy/minimumHealthCapacity") so server 422 details and
// local errors land in the same places.
class AppDefinitionValidator {
public:
    struct Problem {
        QString path;
        QString message;
        bool operator==(const Problem&) const = default;
    };

    static QList<Problem> validate(const QJsonObject& app, bool requireId = true);
    static bool isValidId(const QString& id);
};
