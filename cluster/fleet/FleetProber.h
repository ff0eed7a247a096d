#pragma once

#include "FleetStatus.h"
#include "connections/Profile.h"
#include "connections/ProfileSecrets.h"
#include "credentials/CredentialStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <chrono>

class ClusterProbe;

class QTimer;

// Keeps a FleetStatus for every profile by probing each one (ClusterProbe) every poll interval
// of its own. At most maxInFlight probes run at once and each ends within its timeout, so a
// dead or slow cluster takes one slot for a bounded time and never holds up the others.
// Each profile's secrets are read from the keychain once (within its probe, so asynchronously and
// within the same timeout) and kept for the session; they are read again after a look that ended
// in "authentication needed" or "failed", when the profile changes, and on refreshSecrets().
class FleetProber : public QObject {
    Q_OBJECT
public:
    explicit FleetProber(QObject* parent = nullptr);
    ~FleetProber() override;

    // Profiles that stay (same id) keep their status; new ones are probed first.
    void setProfiles(const QList<Profile>& profiles);
    const QList<Profile>& profiles() const { return m_profiles; }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Where the profiles' passwords and tokens are read (not taken over); none: nothing is sent.
    void setCredentialStore(CredentialStore* store);
    // The profile's secrets changed in the keychain (the profiles dialog saved): read them again
    // and look at it now.
    void refreshSecrets(const QString& profileId);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void start();
    void stop();

    FleetStatus status(const QString& profileId) const { return m_status.value(profileId); }
    int inFlight() const { return int(m_running.size()); }
    int peakInFlight() const { return m_peakInFlight; }
    // The interval a profile is looked at (its Mesos poll interval, not below a floor).
    static int intervalMs(const Profile& profile);

signals:
    void statusChanged(const QString& profileId, const FleetStatus& status);

private:
    void launchDue();
    void onFinished(const QString& id, const FleetStatus& status);

    QList<Profile> m_profiles;
    QHash<QString, FleetStatus> m_status;
    QHash<QString, qint64> m_due; // monotonic ms (m_clock) when a profile is next looked at
    QHash<QString, ClusterProbe*> m_running;
    QHash<QString, ProfileSecrets::Loaded> m_secrets; // by profile id, as the keychain last gave them
    QPointer<CredentialStore> m_keychain;
    QElapsedTimer m_clock;
    QTimer* m_tick;
    int m_maxInFlight = 4;
    int m_peakInFlight = 0;
    std::chrono::milliseconds m_timeout{3000};
};
