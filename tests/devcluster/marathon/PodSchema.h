#pragma once

#include <QJsonObject>

// The simulated Marathon's JSON schema of a pod (RAML types Pod and PodContainer, the parts
// the devcluster checks), for JsonSchemaValidator.
class PodSchema {
public:
    static const QJsonObject& schema();
};
