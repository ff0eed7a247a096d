#pragma once

#include <QJsonObject>

// The app definition rules the simulated Marathon enforces, as a JSON schema of our own
// (types, ranges and enums of Marathon's AppDefinition). Unknown fields are not rejected:
// real Marathon ignores them (marathon#2164).
class AppSchema {
public:
    static const QJsonObject& schema();
};
