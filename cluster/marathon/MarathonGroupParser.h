#pragma once

#include "MarathonGroup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// GET /v2/groups/{id} and what the group editor sends back. Strict about the shape (a group is
// an object with a string id; apps, pods and groups are arrays of objects with string ids;
// dependencies are strings), lenient about the rest; nesting deeper than 64 groups is refused
// rather than followed (Marathon's ids are paths, never that deep).
class MarathonGroupParser {
public:
    static std::optional<MarathonGroup> parseGroup(const QByteArray& body, QString* error = nullptr);
    static std::optional<MarathonGroup> fromJson(const QJsonObject& group, QString* error = nullptr);

    // The group as PUT /v2/groups/{id} takes it (GroupUpdate): without what only GroupInfo has
    // (version, which in a PUT means "roll back to it"; pods, which GroupUpdate has no field
    // for; each app's counts, tasks, deployments and versionInfo), in every child group too.
    static QJsonObject editable(const QJsonObject& group);

    // Marathon's PathId.canonicalPath: "db" and "../db" against base "/g" are "/g/db" and "/db".
    static QString canonical(const QString& id, const QString& base);
    static QString parentOf(const QString& id);                     // "/a/b" -> "/a", "/a" -> "/"
    static bool isUnder(const QString& id, const QString& groupId); // strictly below

    Q_DECLARE_TR_FUNCTIONS(MarathonGroupParser)
};
