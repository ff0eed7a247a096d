#pragma once

#include "AppDefinitionValidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// Checks a pod definition against the parts of Marathon's pod RAML types (pod.raml,
// podContainer.raml, stringTypes.raml, resources.raml) an operator can get wrong: the id, at
// least one container, names (^[a-z0-9]([-a-z0-9]*[a-z0-9])?$, at most 63), resources and
// ports in range, the image kind, volume mounts naming a declared volume, the scaling policy
// (kind "fixed", instances >= 0), unknown top-level keys. Paths are JSON pointers like the
// server's 422 details ("/containers/0/resources/cpus"), so both land in the same places.
class PodDefinitionValidator {
public:
    using Problem = AppDefinitionValidator::Problem;

    static QList<Problem> validate(const QJsonObject& pod);
    static bool isValidName(const QString& name);

    Q_DECLARE_TR_FUNCTIONS(PodDefinitionValidator)
};
