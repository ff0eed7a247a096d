#include "ProfilePinStore.h"

#include "ProfileStore.h"

ProfilePinStore::ProfilePinStore(ProfileStore* store, const Profile& profile)
    : m_store(store), m_profileId(profile.id), m_pinned(profile.tls.pinned) {}

// The store's copy wins: a pin removed in the profiles dialog stops counting at once.
QString ProfilePinStore::pinned(const QString& hostPort) const {
    if (m_store) {
        const auto profile = m_store->byId(m_profileId);
        return profile ? profile->tls.pinned.value(hostPort) : QString();
    }
    return m_pinned.value(hostPort);
}

void ProfilePinStore::pin(const QString& hostPort, const QString& sha256Hex) {
    m_pinned.insert(hostPort, sha256Hex.toLower());
    auto profile = m_store ? m_store->byId(m_profileId) : std::nullopt;
    if (!profile)
        return;
    profile->tls.pinned.insert(hostPort, sha256Hex.toLower());
    m_store->save(*profile);
}
