#pragma once

#include <QString>

// Where the certificates the operator chose to trust are kept: "host:port" -> lower-case hex
// SHA-256 of the certificate (Profile::Tls::pinned has the same shape). Fingerprints are not
// secrets. SettingsPinStore keeps them in the settings until profiles do; a profile-backed
// store implements the same two calls.
class PinStore {
public:
    virtual ~PinStore() = default;
    virtual QString pinned(const QString& hostPort) const = 0; // empty when none
    virtual void pin(const QString& hostPort, const QString& sha256Hex) = 0;
};
