#pragma once

#include "Profile.h"
#include "tls/PinStore.h"

#include <QPointer>
#include <QString>

class ProfileStore;

// The certificates one profile trusts (Profile::Tls::pinned): a profile's window checks its hosts
// against them, and trusting a certificate there pins it in that profile, not for every cluster.
class ProfilePinStore : public PinStore {
public:
    // store may be null (a window without one): then the profile's pins as given, kept in memory.
    ProfilePinStore(ProfileStore* store, const Profile& profile);

    QString pinned(const QString& hostPort) const override;
    void pin(const QString& hostPort, const QString& sha256Hex) override;

private:
    QPointer<ProfileStore> m_store;
    QString m_profileId;
    QHash<QString, QString> m_pinned; // as last known
};
