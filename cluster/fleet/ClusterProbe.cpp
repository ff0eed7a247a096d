#include "ClusterProbe.h"

#include "connections/ProfileJson.h"
#include "core/Clock.h"
#include "core/ConnectionTarget.h"
#include "marathon/MarathonLeaderDetector.h"
#include "mesos/MesosLeaderDetector.h"
#include "net/HttpTransport.h"
#include "zookeeper/ZkSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {
// Marathon's leader latch is read in the same ZooKeeper round as the masters; this much longer
// is allowed for it before a cluster counts as having no Marathon.
constexpr int MarathonGraceMs = 1000;

// How a failed answer counts: a certificate not trusted, credentials wanted or refused, or no answer.
FleetStatus::State stateOf(const HttpTransport::Response& r) {
    if (r.error.kind == ApiError::Kind::Tls)
        return FleetStatus::State::TlsUntrusted;
    if (r.status == 401 || r.status == 403)
        return FleetStatus::State::AuthNeeded;
    return FleetStatus::State::Unreachable;
}

int metric(const QJsonObject& metrics, const char* key) {
    const QJsonValue value = metrics.value(QLatin1String(key));
    return value.isDouble() ? int(value.toDouble()) : -1;
}
} // namespace

ClusterProbe::ClusterProbe(const Profile& profile, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_profile(profile), m_timeout(timeout), m_http(new HttpTransport(this)),
      m_deadline(new QTimer(this)) {
    m_http->setTimeout(timeout);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        fail(m_step, FleetStatus::State::Unreachable,
             tr("no answer within %1 s").arg(double(m_timeout.count()) / 1000.0, 0, 'g', 3));
    });
}

// The ZooKeeper session closes on a background thread and the HTTP transport aborts what it
// still has open: nothing here waits on the network.
ClusterProbe::~ClusterProbe() = default;

void ClusterProbe::start() {
    m_deadline->start(m_timeout);
    QString error;
    const ConnectionTarget target = ProfileJson::target(m_profile, &error);
    if (!target.isValid())
        return fail(Step::ZooKeeper, FleetStatus::State::Unreachable, error);
    if (target.kind == ConnectionTarget::Kind::Master) {
        emit stepDone(Step::ZooKeeper, Outcome::Skipped, tr("no ZooKeeper URL: asking the master"));
        m_step = Step::Leader;
        m_scheme = target.master.scheme();
        return probeEntry(target.master);
    }
    m_zk = new ZkSession(this);
    m_mesos = new MesosLeaderDetector(m_zk, target.zk.path, this);
    if (m_profile.marathonUrl.isEmpty())
        m_marathon = new MarathonLeaderDetector(m_zk, m_profile.marathonZkPath, this);
    connect(m_zk, &ZkSession::stateChanged, this, &ClusterProbe::onZooKeeperState);
    connect(m_mesos, &MesosLeaderDetector::mastersChanged, this, &ClusterProbe::onMembership);
    m_zk->open(target.zk.hosts, m_timeout, target.zk.user, target.zk.password);
}

void ClusterProbe::onZooKeeperState() {
    if (m_finished || m_step != Step::ZooKeeper)
        return;
    if (m_zk->state() == ZkSession::State::AuthFailed)
        return fail(Step::ZooKeeper, FleetStatus::State::AuthNeeded,
                    tr("ZooKeeper %1 refused the digest credentials").arg(m_zk->hosts()));
    if (m_zk->state() != ZkSession::State::Connected)
        return;
    emit stepDone(Step::ZooKeeper, Outcome::Ok, tr("connected to %1").arg(m_zk->hosts()));
    m_step = Step::Leader;
    m_mesos->start();
    if (m_marathon)
        m_marathon->start();
}

void ClusterProbe::onMembership() {
    if (m_finished || m_step != Step::Leader || !m_mesos->isKnown())
        return;
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
            return fail(Step::Leader, stateOf(r), r.error.summary());
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
            return fail(Step::Mesos, stateOf(r), tr("%1: %2").arg(leader.authority(), r.error.summary()));
        const QJsonObject metrics = QJsonDocument::fromJson(r.body).object();
        if (metric(metrics, "master/elected") != 1)
            return fail(Step::Mesos, FleetStatus::State::NoLeader,
                        tr("%1 no longer leads").arg(leader.authority()));
        m_status.agentsActive = metric(metrics, "master/slaves_active");
        m_status.agentsUnreachable = metric(metrics, "master/slaves_unreachable");
        m_status.tasksRunning = metric(metrics, "master/tasks_running");
        m_status.tasksFailed = metric(metrics, "master/tasks_failed");
        emit stepDone(
            Step::Mesos, Outcome::Ok,
            tr("%1 agents active, %2 tasks running").arg(m_status.agentsActive).arg(m_status.tasksRunning));
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
                          tr("%1: %n deployment(s) in progress", nullptr, m_status.deployments)
                              .arg(marathon.authority()));
            return finish();
        }
        const QString reason =
            tr("Marathon %1: %2")
                .arg(marathon.authority(), r.ok() ? tr("not a deployments list") : r.error.summary());
        if (!r.ok() && stateOf(r) != FleetStatus::State::Unreachable)
            return fail(Step::Marathon, stateOf(r), reason);
        // Mesos answered: the cluster is up even if its Marathon is not.
        m_status.marathonProblem = reason;
        emit stepDone(Step::Marathon, Outcome::Failed, reason);
        finish();
    });
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
