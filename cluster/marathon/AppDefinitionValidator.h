#pragma once

#include <QCoreApplication>
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

    // The largest agent of the cluster, resource by resource (one agent may have the most CPUs,
    // another the most memory): what one instance can ask for. Negative when not known.
    struct AgentLimits {
        double totalCpus = -1, totalMem = -1, totalDisk = -1;
        double freeCpus = -1, freeMem = -1, freeDisk = -1;
        int agents = 0;
        bool known() const { return agents > 0; }
    };

    // requireId false: a partial definition (a PATCH), which needs neither an id nor a command.
    static QList<Problem> validate(const QJsonObject& app, bool requireId = true);
    // What Marathon accepts but what will not run as meant: a resource request no agent can
    // satisfy (now or ever), no memory at all. Warnings: the operator may still send it.
    static QList<Problem> warnings(const QJsonObject& app, const AgentLimits& limits);
    static bool isValidId(const QString& id);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(AppDefinitionValidator)
};
