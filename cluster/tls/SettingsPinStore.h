#pragma once

#include "PinStore.h"

// Pins in the typed setting Settings::TlsPinnedCertificates, one "host:port sha256" a line.
class SettingsPinStore : public PinStore {
public:
    QString pinned(const QString& hostPort) const override;
    void pin(const QString& hostPort, const QString& sha256Hex) override;
};
