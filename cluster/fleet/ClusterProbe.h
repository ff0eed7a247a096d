#pragma once

#include "FleetStatus.h"
#include "auth/AuthBroker.h"
#include "connections/Profile.h"
#include "connections/ProfileSecrets.h"
#include "credentials/CredentialStore.h"
#include "net/HttpTransport.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>

class MarathonLeaderDetector;
class PinStore;
class MesosLeaderDetector;
class QJsonObject;
class QTimer;
class ZkSession;

// One light look at a cluster, for the fleet home and the profiles dialog's "Test": the profile's
// secrets read from the keychain, ZooKeeper reachable (with its digest), a leader found, the
// leader's /metrics/snapshot, Marathon's /v2/deployments, with the profile's credentials (only to
// the hosts the profile or its ZooKeeper names) and its TLS trust (CA file, pins). Never the full
// state. Each step is told as it completes; the whole look ends within the timeout, whatever the
// cluster or the keychain does (a port that accepts and never answers included). One use only.
class ClusterProbe : public QObject {
    Q_OBJECT
public:
    enum class Step { Keychain, ZooKeeper, Leader, Mesos, Marathon };
    Q_ENUM(Step)
    enum class Outcome { Ok, Failed, Skipped };
    Q_ENUM(Outcome)

    ClusterProbe(const Profile& profile, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~ClusterProbe() override;

    // The profile's secrets as already known (the fleet's cache): the keychain is not asked.
    void setSecrets(const ProfileSecrets::Loaded& secrets) { m_secrets = secrets; }
    // Where to read them otherwise (not taken over); without either, none are sent.
    void setCredentialStore(CredentialStore* store) { m_keychain = store; }
    // Secrets typed but not saved yet (the profiles dialog): they win over the keychain's.
    void setTypedSecrets(const QHash<Profile::Endpoint, QString>& typed) { m_typed = typed; }
    // The certificates trusted; default: the profile's own pins.
    void setPinStore(std::shared_ptr<PinStore> pins) { m_pins = std::move(pins); }

    void start();
    bool isFinished() const { return m_finished; }
    const FleetStatus& status() const { return m_status; }
    HttpTransport* http() const { return m_http; }
    AuthBroker* authBroker() const { return m_auth; }

signals:
    void stepDone(ClusterProbe::Step step, ClusterProbe::Outcome outcome, const QString& detail);
    void finished(const FleetStatus& status);
    // What the keychain gave (not the typed secrets), for a cache.
    void secretsLoaded(const ProfileSecrets::Loaded& secrets);

private:
    void begin(const ProfileSecrets::Loaded& secrets);
    void onSecrets(const ProfileSecrets::Loaded& loaded);
    void onCredentialsNeeded(const AuthBroker::Request& request);
    void failHttp(Step step, const HttpTransport::Response& r, const QString& prefix);
    QString signedInAs(Profile::Endpoint endpoint) const;
    QString withCredential(const QString& outcome, Profile::Endpoint endpoint, const QUrl& url) const;
    void onZooKeeperState();
    void onMembership();
    void probeEntry(const QUrl& entry);
    void readMetrics(const QUrl& leader);
    void readVersion(const QUrl& leader);
    void findMarathon();
    void readDeployments(const QUrl& marathon);
    void fail(Step step, FleetStatus::State state, const QString& reason);
    void finish();
    QUrl leaderUrl(const QString& hostPort) const;

    Profile m_profile;
    std::chrono::milliseconds m_timeout;
    FleetStatus m_status;
    Step m_step = Step::Keychain;
    bool m_finished = false;
    QString m_scheme = QStringLiteral("http");
    std::optional<ProfileSecrets::Loaded> m_secrets;
    QPointer<CredentialStore> m_keychain;
    QHash<Profile::Endpoint, QString> m_typed;
    std::shared_ptr<PinStore> m_pins;
    QString m_keychainError;
    QString m_zkUser; // the digest's user, empty when none is sent
    HttpTransport* m_http;
    AuthBroker* m_auth;
    QTimer* m_deadline;
    QTimer* m_marathonGrace = nullptr;
    ZkSession* m_zk = nullptr;
    MesosLeaderDetector* m_mesos = nullptr;
    MarathonLeaderDetector* m_marathon = nullptr;
};
