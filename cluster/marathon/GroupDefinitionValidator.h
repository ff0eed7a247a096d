#pragma once

#include "AppDefinitionValidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// Checks a group definition as PUT/POST /v2/groups take it (GroupUpdate in
// spec/v2/types/group.raml, schema/Group.json) before it is sent: an absolute id (child groups
// and apps may be relative to their group, and must lie directly in it), apps and groups as
// arrays of objects (each app through AppDefinitionValidator), dependencies as paths, no pods
// (GroupUpdate has none), and neither "version" nor "scaleBy", which turn a PUT into a rollback
// or a scale that ignores everything else. Paths are JSON pointers ("/apps/1/instances").
class GroupDefinitionValidator {
public:
    using Problem = AppDefinitionValidator::Problem;

    static QList<Problem> validate(const QJsonObject& group);

    Q_DECLARE_TR_FUNCTIONS(GroupDefinitionValidator)
};
