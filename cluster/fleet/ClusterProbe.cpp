#include "ClusterProbe.h"

#include "connections/ProfilePinStore.h"
#include "core/Clock.h"
#include "core/ConnectionTarget.h"
#include "marathon/MarathonLeaderDetector.h"
#include "mesos/MesosLeaderDetector.h"
#include "tls/TlsPolicy.h"
#include "zookeeper/ZkSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <zookeeper/zookeeper.h>

namespace {
// Marathon's leader latch is read in the same ZooKeeper round as the masters; this much longer
// is allowed for it before a cluster counts as having no Marathon.
constexpr int MarathonGraceMs = 1000;

constexpr Profile::Endpoint AllEndpoints[] = {Profile::Endpoint::Masters, Profile::Endpoint::Agents,
                                              Profile::Endpoint::Marathon, Profile::Endpoint::ZooKeeper};

int metric(const QJsonObject& metrics, const char* key) {
    const QJsonValue value = metrics.value(QLatin1String(key));
    return value.isDouble() ? int(value.toDouble()) : -1;
}

QString endpointName(Profile::Endpoint endpoint) {
    switch (endpoint) {
    case Profile::Endpoint::Masters:
        return ClusterProbe::tr("masters");
    case Profile::Endpoint::Agents:
        return ClusterProbe::tr("agents");
    case Profile::Endpoint::Marathon:
        return ClusterProbe::tr("Marathon");
    case Profile::Endpoint::ZooKeeper:
        break;
    }
    return ClusterProbe::tr("ZooKeeper");
}
} // namespace

ClusterProbe::ClusterProbe(const Profile& profile, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_profile(profile), m_timeout(timeout), m_http(new HttpTransport(this)),
      m_auth(new AuthBroker(this)), m_deadline(new QTimer(this)) {
    m_http->setTimeout(timeout);
    m_auth->install(m_http);
    // A look never prompts: a server that asks is the answer (needed, or refused).
    connect(m_auth, &AuthBroker::credentialsNeeded, this, &ClusterProbe::onCredentialsNeeded);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        const QString seconds = QString::number(double(m_timeout.count()) / 1000.0, 'g', 3);
        if (m_step == Step::Keychain)
            return fail(m_step, FleetStatus::State::AuthNeeded,
                        tr("the keychain did not answer within %1 s").arg(seconds));
        fail(m_step, FleetStatus::State::Unreachable, tr("no answer within %1 s").arg(seconds));
    });
}

// The ZooKeeper session closes on a background thread and the HTTP transport aborts what it
// still has open: nothing here waits on the network.
ClusterProbe::~ClusterProbe() = default;

void ClusterProbe::start() {
    m_deadline->start(m_timeout);
    if (!ProfileSecrets::needsKeychain(m_profile)) {
        emit stepDone(Step::Keychain, Outcome::Skipped, tr("the profile sends no credentials"));
        return begin({});
    }
    if (m_secrets)
        return onSecrets(*m_secrets);
    if (!m_keychain) {
        ProfileSecrets::Loaded none;
        none.error = tr("no keychain");
        return onSecrets(none);
    }
    ProfileSecrets::load(m_keychain, m_profile, this, [this](const ProfileSecrets::Loaded& loaded) {
        if (m_finished)
            return;
        emit secretsLoaded(loaded);
        onSecrets(loaded);
    });
}

void ClusterProbe::onSecrets(const ProfileSecrets::Loaded& loaded) {
    ProfileSecrets::Loaded given = loaded;
    for (auto it = m_typed.cbegin(); it != m_typed.cend(); ++it) {
        if (!it.value().isEmpty())
            given.secrets.insert(it.key(), it.value());
    }
    m_keychainError = loaded.error;
    QStringList found, missing;
    for (Profile::Endpoint endpoint : AllEndpoints) {
        if (m_profile.auth(endpoint).kind != Profile::Auth::Kind::None)
            (given.secrets.contains(endpoint) ? found : missing) << endpointName(endpoint);
    }
    const QString sep = QStringLiteral(", ");
    if (!loaded.error.isEmpty() && !missing.isEmpty())
        emit stepDone(Step::Keychain, Outcome::Failed,
                      tr("not read (%1): nothing to send to the %2").arg(loaded.error, missing.join(sep)));
    else if (!missing.isEmpty())
        emit stepDone(Step::Keychain, Outcome::Failed,
                      found.isEmpty() ? tr("nothing stored for the %1").arg(missing.join(sep))
                                      : tr("a secret for the %1; nothing stored for the %2")
                                            .arg(found.join(sep), missing.join(sep)));
    else
        emit stepDone(Step::Keychain, Outcome::Ok, tr("a secret for the %1").arg(found.join(sep)));
    begin(given);
}

void ClusterProbe::begin(const ProfileSecrets::Loaded& secrets) {
    m_step = Step::ZooKeeper;
    QString error;
    if (!m_profile.tls.caFile.isEmpty() && !m_http->tlsPolicy()->setCaFile(m_profile.tls.caFile, &error))
        return fail(Step::Leader, FleetStatus::State::TlsUntrusted, error);
    m_http->tlsPolicy()->setPinStore(m_pins ? m_pins : std::make_shared<ProfilePinStore>(nullptr, m_profile));
    // Credentials go to the hosts the profile names, and below to those its ZooKeeper names.
    ProfileSecrets::apply(m_auth, m_profile, secrets);
    const ConnectionTarget target = ProfileSecrets::target(m_profile, secrets, &error);
    if (!target.isValid())
        return fail(Step::ZooKeeper, FleetStatus::State::Unreachable, error);
    if (target.kind == ConnectionTarget::Kind::Master) {
        emit stepDone(Step::ZooKeeper, Outcome::Skipped, tr("no ZooKeeper URL: asking the master"));
        m_step = Step::Leader;
        m_scheme = target.master.scheme();
        return probeEntry(target.master);
    }
    m_scheme = m_profile.tls.discoveredHttps ? QStringLiteral("https") : QStringLiteral("http");
    m_zk = new ZkSession(this);
    m_mesos = new MesosLeaderDetector(m_zk, target.zk.path, this);
    if (m_profile.marathonUrl.isEmpty()) {
        m_marathon = new MarathonLeaderDetector(m_zk, m_profile.marathonZkPath, this);
        connect(m_marathon, &MarathonLeaderDetector::leaderChanged, m_auth, [this](const QString& hostPort) {
            if (!hostPort.isEmpty())
                m_auth->trust(leaderUrl(hostPort), Profile::Endpoint::Marathon);
        });
    }
    m_zkUser = target.zk.user;
    connect(m_zk, &ZkSession::stateChanged, this, &ClusterProbe::onZooKeeperState);
    connect(m_mesos, &MesosLeaderDetector::mastersChanged, this, &ClusterProbe::onMembership);
    // A path ZooKeeper will not list (no digest, or another's) never gives members: say why now.
    connect(m_mesos, &MesosLeaderDetector::problemChanged, this, [this](const QString& problem) {
        if (m_finished || m_step != Step::Leader || problem.isEmpty() || m_mesos->isKnown())
            return;
        const bool refused = problem.contains(ZkSession::errorString(ZNOAUTH));
        fail(Step::Leader,
             !refused             ? FleetStatus::State::NoLeader
             : m_zkUser.isEmpty() ? FleetStatus::State::AuthNeeded
                                  : FleetStatus::State::AuthFailed,
             problem);
    });
    m_zk->open(target.zk.hosts, m_timeout, target.zk.user, target.zk.password);
}

void ClusterProbe::onZooKeeperState() {
    if (m_finished || m_step != Step::ZooKeeper)
        return;
    if (m_zk->state() == ZkSession::State::AuthFailed)
        return m_zkUser.isEmpty()
                   ? fail(Step::ZooKeeper, FleetStatus::State::AuthNeeded,
                          tr("ZooKeeper %1 wants credentials; the profile sends none").arg(m_zk->hosts()))
                   : fail(Step::ZooKeeper, FleetStatus::State::AuthFailed,
                          tr("ZooKeeper %1 refused the digest of %2").arg(m_zk->hosts(), m_zkUser));
    if (m_zk->state() != ZkSession::State::Connected)
        return;
    emit stepDone(Step::ZooKeeper, Outcome::Ok,
                  m_zkUser.isEmpty()
                      ? tr("connected to %1").arg(m_zk->hosts())
                      : tr("connected to %1 with the digest of %2").arg(m_zk->hosts(), m_zkUser));
    m_step = Step::Leader;
    m_mesos->start();
    if (m_marathon)
        m_marathon->start();
}

void ClusterProbe::onMembership() {
    if (m_finished || m_step != Step::Leader || !m_mesos->isKnown())
        return;
    // What ZooKeeper lists is what the profile names: every registered master.
    for (const MasterInfo& master : m_mesos->masters())
        m_auth->trust(leaderUrl(master.hostPort()), Profile::Endpoint::Masters);
    const MasterInfo leader = m_mesos->leader();
    if (leader.isNull()) {
        const QString problem = m_mesos->problem();
        return fail(Step::Leader, FleetStatus::State::NoLeader,
                    problem.isEmpty() ? tr("no master leads (%n registered)", nullptr, m_mesos->masterCount())
                                      : problem);
    }
    m_status.leader = leader.hostPort();
    m_status.version = leader.version;
    emit stepDone(Step::Leader, Outcome::Ok,
                  leader.version.isEmpty() ? m_status.leader
                                           : tr("%1 (Mesos %2)").arg(m_status.leader, leader.version));
    m_step = Step::Mesos;
    readMetrics(leaderUrl(m_status.leader));
}

QUrl ClusterProbe::leaderUrl(const QString& hostPort) const {
    return QUrl(QStringLiteral("%1://%2").arg(m_scheme, hostPort));
}

// A master URL: that master leads, or /master/redirect names who does (a standby's 307).
void ClusterProbe::probeEntry(const QUrl& entry) {
    QUrl url = entry;
    url.setPath(QStringLiteral("/metrics/snapshot"));
    m_http->get(url, this, [this, entry](const HttpTransport::Response& r) {
        if (m_finished)
            return;
        if (!r.ok())
            return failHttp(Step::Leader, r, {});
        const QJsonObject metrics = QJsonDocument::fromJson(r.body).object();
        if (metric(metrics, "master/elected") == 1) {
            m_status.leader = entry.authority();
            emit stepDone(Step::Leader, Outcome::Ok, tr("%1 leads").arg(m_status.leader));
            m_step = Step::Mesos;
            return readMetrics(entry);
        }
        QUrl redirect = entry;
        redirect.setPath(QStringLiteral("/master/redirect"));
        m_http->get(redirect, this, [this, entry](const HttpTransport::Response& answer) {
            if (m_finished)
                return;
            if (answer.status == 503)
                return fail(Step::Leader, FleetStatus::State::NoLeader,
                            tr("%1 says no master is elected").arg(entry.authority()));
            if (answer.url.authority() == entry.authority() || answer.url.host().isEmpty())
                return fail(Step::Leader, FleetStatus::State::Unreachable,
                            tr("%1 does not lead and named no leader (%2)")
                                .arg(entry.authority(), answer.error.summary()));
            m_status.leader = answer.url.authority();
            m_scheme = answer.url.scheme();
            emit stepDone(Step::Leader, Outcome::Ok,
                          tr("%1 leads (named by %2)").arg(m_status.leader, entry.authority()));
            m_step = Step::Mesos;
            readMetrics(leaderUrl(m_status.leader));
        });
    });
}

void ClusterProbe::readMetrics(const QUrl& leader) {
    QUrl url = leader;
    url.setPath(QStringLiteral("/metrics/snapshot"));
    m_http->get(url, this, [this, leader](const HttpTransport::Response& r) {
        if (m_finished)
            return;
        if (!r.ok())
            return failHttp(Step::Mesos, r, leader.authority());
        const QJsonObject metrics = QJsonDocument::fromJson(r.body).object();
        if (metric(metrics, "master/elected") != 1)
            return fail(Step::Mesos, FleetStatus::State::NoLeader,
                        tr("%1 no longer leads").arg(leader.authority()));
        m_status.agentsActive = metric(metrics, "master/slaves_active");
        m_status.agentsUnreachable = metric(metrics, "master/slaves_unreachable");
        m_status.tasksRunning = metric(metrics, "master/tasks_running");
        m_status.tasksFailed = metric(metrics, "master/tasks_failed");
        const QString counts =
            tr("%1 agents active, %2 tasks running").arg(m_status.agentsActive).arg(m_status.tasksRunning);
        emit stepDone(Step::Mesos, Outcome::Ok, withCredential(counts, Profile::Endpoint::Masters, r.url));
        if (m_status.version.isEmpty())
            return readVersion(leader);
        findMarathon();
    });
}

// Masters found through a URL do not say their version in the metrics; /version does, cheaply.
void ClusterProbe::readVersion(const QUrl& leader) {
    QUrl url = leader;
    url.setPath(QStringLiteral("/version"));
    m_http->get(url, this, [this](const HttpTransport::Response& r) {
        if (m_finished)
            return;
        if (r.ok())
            m_status.version =
                QJsonDocument::fromJson(r.body).object().value(QLatin1String("version")).toString();
        findMarathon();
    });
}

void ClusterProbe::findMarathon() {
    m_step = Step::Marathon;
    if (!m_profile.marathonUrl.isEmpty())
        return readDeployments(QUrl(m_profile.marathonUrl));
    if (!m_marathon) {
        m_status.marathonProblem = tr("no Marathon URL in the profile");
        emit stepDone(Step::Marathon, Outcome::Skipped, m_status.marathonProblem);
        return finish();
    }
    if (!m_marathon->leader().isEmpty())
        return readDeployments(leaderUrl(m_marathon->leader()));
    m_marathonGrace = new QTimer(this);
    m_marathonGrace->setSingleShot(true);
    connect(m_marathonGrace, &QTimer::timeout, this, [this] {
        m_status.marathonProblem = tr("no Marathon leader under %1").arg(m_profile.marathonZkPath);
        emit stepDone(Step::Marathon, Outcome::Skipped, m_status.marathonProblem);
        finish();
    });
    connect(m_marathon, &MarathonLeaderDetector::leaderChanged, this, [this](const QString& leader) {
        if (m_finished || leader.isEmpty() || !m_marathonGrace->isActive())
            return;
        m_marathonGrace->stop();
        readDeployments(leaderUrl(leader));
    });
    m_marathonGrace->start(MarathonGraceMs);
}

void ClusterProbe::readDeployments(const QUrl& marathon) {
    QUrl url = marathon;
    url.setPath(QStringLiteral("/v2/deployments"));
    m_http->get(url, this, [this, marathon](const HttpTransport::Response& r) {
        if (m_finished)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (r.ok() && doc.isArray()) {
            m_status.deployments = int(doc.array().size());
            emit stepDone(Step::Marathon, Outcome::Ok,
                          withCredential(tr("%1: %n deployment(s) in progress", nullptr, m_status.deployments)
                                             .arg(marathon.authority()),
                                         Profile::Endpoint::Marathon, r.url));
            return finish();
        }
        if (!r.ok() && (r.error.kind == ApiError::Kind::Tls || r.status == 401 || r.status == 403))
            return failHttp(Step::Marathon, r, tr("Marathon %1").arg(marathon.authority()));
        const QString reason =
            tr("Marathon %1: %2")
                .arg(marathon.authority(), r.ok() ? tr("not a deployments list") : r.error.summary());
        // Mesos answered: the cluster is up even if its Marathon is not.
        m_status.marathonProblem = reason;
        emit stepDone(Step::Marathon, Outcome::Failed, reason);
        finish();
    });
}

// How a failed answer counts: a certificate not trusted (with its fingerprint), a credential
// refused, or no answer. A 401 with the broker installed comes as onCredentialsNeeded instead.
void ClusterProbe::failHttp(Step step, const HttpTransport::Response& r, const QString& where) {
    auto at = [&](const QString& reason) {
        return where.isEmpty() ? reason : tr("%1: %2").arg(where, reason);
    };
    if (r.error.kind == ApiError::Kind::Tls) {
        const std::shared_ptr<const TlsFailure> tls = r.error.tls;
        const QString fingerprint = tls ? tls->fingerprint() : QString();
        const QString reason = !tls || tls->pinChanged() || fingerprint.isEmpty()
                                   ? r.error.summary()
                                   : tr("%1 (the server presents SHA-256 %2)")
                                         .arg(r.error.summary(), TlsFailure::formatFingerprint(fingerprint));
        return fail(step, FleetStatus::State::TlsUntrusted, reason);
    }
    const Profile::Endpoint endpoint =
        step == Step::Marathon ? Profile::Endpoint::Marathon : Profile::Endpoint::Masters;
    if (r.status == 403 && m_auth->hasCredential(r.url))
        return fail(step, FleetStatus::State::AuthFailed,
                    at(tr("403 Forbidden for %1: read-only credentials without the right to read this")
                           .arg(signedInAs(endpoint))));
    if (r.status == 401 || r.status == 403)
        return fail(step, FleetStatus::State::AuthNeeded,
                    at(tr("HTTP %1 without credentials: %2").arg(r.status).arg(r.error.summary())));
    fail(step, FleetStatus::State::Unreachable, at(r.error.summary()));
}

// Who the look signs in as, for the step's outcome (never the secret).
QString ClusterProbe::signedInAs(Profile::Endpoint endpoint) const {
    const Profile::Auth& auth = m_profile.auth(endpoint);
    switch (auth.kind) {
    case Profile::Auth::Kind::Basic:
        return auth.user;
    case Profile::Auth::Kind::Token:
        return tr("the token");
    case Profile::Auth::Kind::None:
        break;
    }
    return {};
}

// Said only when a credential really went with the request (an open server asks for none).
QString ClusterProbe::withCredential(const QString& outcome, Profile::Endpoint endpoint,
                                     const QUrl& url) const {
    const QString who = signedInAs(endpoint);
    return who.isEmpty() || !m_auth->hasCredential(url) ? outcome
                                                        : tr("%1 (signed in as %2)").arg(outcome, who);
}

void ClusterProbe::onCredentialsNeeded(const AuthBroker::Request& request) {
    if (m_finished)
        return;
    const QString host =
        request.realm.isEmpty() ? request.host : tr("%1 (realm \"%2\")").arg(request.host, request.realm);
    if (!request.trusted)
        return fail(
            m_step, FleetStatus::State::AuthNeeded,
            tr("%1 asks for credentials; the profile does not name it, so none are sent there").arg(host));
    if (!request.error.isEmpty()) // the credential held was refused: a wrong password, an old token
        return fail(m_step, FleetStatus::State::AuthFailed, request.error);
    const QString group = endpointName(request.group);
    if (m_profile.auth(request.group).kind == Profile::Auth::Kind::None)
        return fail(m_step, FleetStatus::State::AuthNeeded,
                    tr("%1 asks for credentials; the profile has none for the %2").arg(host, group));
    if (!m_keychainError.isEmpty())
        return fail(m_step, FleetStatus::State::AuthNeeded,
                    tr("%1 asks for credentials; the keychain did not give those of the %2: %3")
                        .arg(host, group, m_keychainError));
    fail(m_step, FleetStatus::State::AuthNeeded,
         tr("%1 asks for credentials; nothing is stored in the keychain for the %2").arg(host, group));
}

void ClusterProbe::fail(Step step, FleetStatus::State state, const QString& reason) {
    if (m_finished)
        return;
    m_status.state = state;
    m_status.reason = reason;
    emit stepDone(step, Outcome::Failed, reason);
    finish();
}

void ClusterProbe::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    if (m_status.state == FleetStatus::State::Checking) {
        m_status.state = FleetStatus::State::Connected;
        m_status.lastGood = Clock::currentDateTimeUtc();
    }
    if (m_zk)
        m_zk->close(); // its session ends now, not when this object goes
    emit finished(m_status);
}
