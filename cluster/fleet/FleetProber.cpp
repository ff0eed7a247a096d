#include "FleetProber.h"

#include "ClusterProbe.h"
#include "credentials/CredentialStore.h"

#include <QTimer>

namespace {
// A fleet of many clusters polled as often as each cluster's own view would be is still light
// (metrics only), but a ZooKeeper session per look should not come more often than this.
constexpr int MinIntervalMs = 2000;
constexpr int TickMs = 100;
} // namespace

FleetProber::FleetProber(QObject* parent) : QObject(parent), m_tick(new QTimer(this)) {
    m_clock.start();
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &FleetProber::launchDue);
}

FleetProber::~FleetProber() = default;

int FleetProber::intervalMs(const Profile& profile) {
    return qMax(MinIntervalMs, profile.mesosPollMs);
}

void FleetProber::setCredentialStore(CredentialStore* store) {
    m_keychain = store;
    m_secrets.clear();
}

void FleetProber::refreshSecrets(const QString& profileId) {
    m_secrets.remove(profileId);
    m_due[profileId] = 0;
    if (ClusterProbe* probe = m_running.take(profileId))
        probe->deleteLater(); // it signs in with what was there before
    launchDue();
}

void FleetProber::setProfiles(const QList<Profile>& profiles) {
    QHash<QString, FleetStatus> kept;
    QHash<QString, qint64> due;
    for (const Profile& p : profiles) {
        kept.insert(p.id, m_status.value(p.id));
        due.insert(p.id, m_due.value(p.id, 0));
    }
    // A probe of a profile that went (or changed) is dropped; a changed one is looked at again now.
    for (auto it = m_running.begin(); it != m_running.end();) {
        const auto same = std::find_if(profiles.cbegin(), profiles.cend(), [&](const Profile& p) {
            return p.id == it.key() && m_profiles.contains(p);
        });
        if (same == profiles.cend()) {
            due[it.key()] = 0;
            it.value()->deleteLater();
            it = m_running.erase(it);
        } else {
            ++it;
        }
    }
    for (const Profile& p : profiles) {
        if (!m_profiles.contains(p)) {
            due[p.id] = 0;
            m_secrets.remove(p.id); // its endpoints' auth may be another now
        }
    }
    m_profiles = profiles;
    m_status = kept;
    m_due = due;
    launchDue();
}

void FleetProber::start() {
    m_tick->start();
    launchDue();
}

void FleetProber::stop() {
    m_tick->stop();
    for (ClusterProbe* probe : std::as_const(m_running))
        probe->deleteLater();
    m_running.clear();
}

// Longest overdue first, so a slot freed by a dead cluster goes to whoever waited longest.
void FleetProber::launchDue() {
    if (!m_tick->isActive())
        return;
    const qint64 now = m_clock.elapsed();
    QList<const Profile*> due;
    for (const Profile& p : std::as_const(m_profiles)) {
        if (!m_running.contains(p.id) && m_due.value(p.id) <= now)
            due.append(&p);
    }
    std::stable_sort(due.begin(), due.end(), [this](const Profile* a, const Profile* b) {
        return m_due.value(a->id) < m_due.value(b->id);
    });
    for (const Profile* p : std::as_const(due)) {
        if (m_running.size() >= m_maxInFlight)
            break;
        const QString id = p->id;
        auto* probe = new ClusterProbe(*p, m_timeout, this);
        if (const auto known = m_secrets.constFind(id); known != m_secrets.cend())
            probe->setSecrets(*known);
        else
            probe->setCredentialStore(m_keychain);
        connect(probe, &ClusterProbe::secretsLoaded, this,
                [this, id, probe](const ProfileSecrets::Loaded& loaded) {
                    // A keychain that failed is asked again next time, not remembered as empty.
                    if (m_running.value(id) == probe && loaded.error.isEmpty())
                        m_secrets.insert(id, loaded);
                });
        m_running.insert(id, probe);
        m_peakInFlight = qMax(m_peakInFlight, int(m_running.size()));
        connect(probe, &ClusterProbe::finished, this, [this, id, probe](const FleetStatus& status) {
            if (m_running.value(id) == probe)
                onFinished(id, status);
        });
        probe->start();
    }
}

void FleetProber::onFinished(const QString& id, const FleetStatus& result) {
    ClusterProbe* probe = m_running.take(id);
    probe->deleteLater();
    const auto profile =
        std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile& p) { return p.id == id; });
    m_due.insert(id,
                 m_clock.elapsed() + (profile == m_profiles.cend() ? MinIntervalMs : intervalMs(*profile)));
    if (result.state == FleetStatus::State::AuthNeeded || result.state == FleetStatus::State::AuthFailed)
        m_secrets.remove(id); // stored meanwhile (a window's sign-in, the dialog): read them again
    FleetStatus status = result;
    if (!status.lastGood.isValid())
        status.lastGood = m_status.value(id).lastGood; // when it last answered, even if not now
    if (status != m_status.value(id)) {
        m_status.insert(id, status);
        emit statusChanged(id, status);
    }
    launchDue();
}
