#pragma once

#include "Profile.h"

#include <QJsonObject>

struct ConnectionTarget;

// A profile as stored (one JSON object of the profiles list) and how it is reached. Secrets
// are not fields of Profile, so they cannot end up here.
namespace ProfileJson {
QJsonObject toJson(const Profile& profile);
Profile fromJson(const QJsonObject& object);
// The profile's way in: its ZooKeeper URL, else its first master URL (invalid when neither parses).
ConnectionTarget target(const Profile& profile, QString* error = nullptr);
} // namespace ProfileJson
