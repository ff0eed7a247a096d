#include "MesosSource.h"

#include "ClusterStore.h"
#include "MesosJsonParser.h"
#include "core/Clock.h"
#include "net/HttpTransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <utility>

using namespace std::chrono_literals;

namespace {
int key(int endpoint) {
    return endpoint;
}
} // namespace

MesosSource::MesosSource(HttpTransport* transport, ClusterStore* store, QObject* parent)
    : QObject(parent), m_transport(transport), m_store(store), m_pollTimer(new QTimer(this)),
      m_streamRetryTimer(new QTimer(this)), m_heartbeatTimer(new QTimer(this)) {
    m_pollTimer->setSingleShot(true);
    m_streamRetryTimer->setSingleShot(true);
    m_heartbeatTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &MesosSource::poll);
    connect(m_streamRetryTimer, &QTimer::timeout, this, &MesosSource::openStream);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &MesosSource::onHeartbeatMissed);
}

MesosSource::~MesosSource() = default;

std::chrono::milliseconds MesosSource::summaryInterval(int agents) {
    // state-summary and metrics are cheap for the master, but still grow with the cluster.
    if (agents < 500)
        return 5s;
    if (agents < 1000)
        return 10s;
    if (agents < 5000)
        return 20s;
    if (agents < 10000)
        return 30s;
    return 60s;
}

std::chrono::milliseconds MesosSource::stateInterval(int agents) {
    // The Mesos web UI's table (controllers.js updateInterval) for the expensive /master/state.
    if (agents < 500)
        return 10s;
    if (agents < 1000)
        return 20s;
    if (agents < 5000)
        return 60s;
    if (agents < 10000)
        return 120s;
    if (agents < 15000)
        return 240s;
    if (agents < 20000)
        return 480s;
    return 960s;
}

void MesosSource::setLeader(const MasterInfo& leader) {
    if (leader.isNull()) {
        setMaster({});
        return;
    }
    setMaster(QUrl(m_leaderScheme + QStringLiteral("://") + leader.hostPort()));
    m_store->setMasterVersion(leader.version);
}

void MesosSource::setEntry(const QUrl& baseUrl) {
    m_entry = baseUrl;
    setMaster(baseUrl);
}

void MesosSource::setMaster(const QUrl& baseUrl) {
    if (baseUrl == m_base && m_requestContext)
        return;
    m_base = baseUrl;
    ++m_generation;
    setLeaderInfo({}, {}, false);
    setReachability(false, false);
    if (!m_base.isEmpty()) {
        m_store->setMasterLeader(m_base.authority());
        m_store->setMasterScheme(m_base.scheme());
    } else
        m_store->clearMasterLeader();
    emit masterChanged(m_base);
    restart();
}

void MesosSource::stop() {
    m_base = QUrl();
    ++m_generation;
    restart();
}

void MesosSource::restart() {
    delete m_requestContext;
    m_requestContext = new QObject(this);
    m_inFlight.clear();
    m_errors.clear();
    m_failures = 0;
    dropStream();
    m_streamUnsupported = false;
    m_statePath = QStringLiteral("/master/state");
    m_summaryUnsupported = false;
    m_lastStatePoll = QDateTime();
    m_pollTimer->stop();
    m_streamRetryTimer->stop();
    if (m_base.isEmpty()) {
        updateStatus();
        return;
    }
    m_switching = true;
    updateStatus();
    poll();
    openStream();
    fetchVersion();
    fetchIdentity();
}

// GET_MASTER names the master that answers (a standby's 307 leads to the leader) and when it
// was elected: "Elected" is that moment, not when MesosDesk first saw the leader.
void MesosSource::fetchIdentity() {
    QUrl url = m_base;
    url.setPath(QStringLiteral("/api/v1"));
    const int generation = m_generation;
    m_transport->send(
        "POST", url, R"({"type":"GET_MASTER"})", "application/json", m_requestContext,
        [this, generation](const HttpTransport::Response& r) {
            if (generation != m_generation)
                return;
            if (r.status == 503) {
                setLeaderInfo({}, {}, true);
                return;
            }
            if (!r.ok()) {
                // No v1 API (before 1.0): the leader is still named by ZooKeeper or the URL.
                if (r.status >= 400)
                    setReachability(m_unreachable, true);
                // No answer at all (refused, a certificate not yet trusted): asked again once the
                // master answers a poll.
                m_identityFailed = r.status == 0;
                return;
            }
            m_identityFailed = false;
            const QJsonObject answer =
                QJsonDocument::fromJson(r.body).object().value(u"get_master").toObject();
            const MasterInfo info = MasterInfo::fromJson(
                QJsonDocument(answer.value(u"master_info").toObject()).toJson(QJsonDocument::Compact));
            const double elected = answer.value(u"elected_time").toDouble();
            adoptFinalUrl(r.url, false);
            if (!info.version.isEmpty())
                m_store->setMasterVersion(info.version); // the leader's, not the standby's /version
            setLeaderInfo(info,
                          elected > 0
                              ? QDateTime::fromMSecsSinceEpoch(qint64(elected * 1000), QTimeZone::utc())
                              : QDateTime(),
                          false);
        },
        {{"Accept", "application/json"}});
}

void MesosSource::setReachability(bool unreachable, bool identityUnavailable) {
    if (unreachable == m_unreachable && identityUnavailable == m_identityUnavailable)
        return;
    m_unreachable = unreachable;
    m_identityUnavailable = identityUnavailable;
    emit leaderInfoChanged();
}

void MesosSource::setLeaderInfo(const MasterInfo& info, const QDateTime& elected, bool noLeader) {
    if (info == m_leaderInfo && elected == m_electedTime && noLeader == m_noLeader)
        return;
    m_leaderInfo = info;
    m_electedTime = elected;
    m_noLeader = noLeader;
    emit leaderInfoChanged();
}

// The leader a standby sent us to stopped answering: ask the entry again, which redirects to
// the new leader (or answers 503 while there is none). Failures are kept, so retries back off.
void MesosSource::fallBackToEntry() {
    m_base = m_entry;
    ++m_generation;
    setLeaderInfo({}, {}, false);
    setReachability(false, false);
    delete m_requestContext;
    m_requestContext = new QObject(this);
    m_inFlight.clear();
    dropStream();
    m_switching = true;
    emit masterChanged(m_base);
    updateStatus();
    m_pollTimer->start(backoff());
    scheduleStreamRetry(backoff());
    QTimer::singleShot(backoff(), m_requestContext, [this] { fetchIdentity(); });
}

// Neither state-summary nor the event stream names the master's version; /version does (and
// when it is missing, as on very old masters, the overview just says "unknown").
void MesosSource::fetchVersion() {
    QUrl url = m_base;
    url.setPath(QStringLiteral("/version"));
    const int generation = m_generation;
    m_transport->get(url, m_requestContext, [this, generation](const HttpTransport::Response& r) {
        if (generation != m_generation || !r.ok())
            return;
        const QJsonValue version = QJsonDocument::fromJson(r.body).object().value(u"version");
        if (version.isString())
            m_store->setMasterVersion(version.toString());
    });
}

std::chrono::milliseconds MesosSource::backoff() const {
    const auto interval = m_fixedInterval.count() > 0 ? m_fixedInterval : summaryInterval(int(m_store->agents().size()));
    if (m_fixedInterval.count() > 0)
        return std::min(interval, std::chrono::milliseconds(qint64(m_fixedInterval.count()) << std::min(m_failures, 6)));
    const std::chrono::milliseconds grow(1000LL << std::min(std::max(m_failures - 1, 0), 6));
    return std::min(interval, grow);
}

void MesosSource::scheduleNextPoll() {
    if (m_base.isEmpty())
        return;
    const auto interval = m_fixedInterval.count() > 0 ? m_fixedInterval : summaryInterval(int(m_store->agents().size()));
    m_pollTimer->start((m_errors.isEmpty() ? interval : backoff()) * (m_background ? BackgroundSlowdown : 1));
}

void MesosSource::setBackground(bool background) {
    if (std::exchange(m_background, background) == background)
        return;
    if (!background && m_pollTimer->isActive())
        m_pollTimer->start(0); // what changed while nobody looked, now
}

bool MesosSource::needsStatePolling() const {
    return !m_streamingEnabled || m_streamUnsupported || m_summaryUnsupported;
}

void MesosSource::poll() {
    if (m_base.isEmpty())
        return;
    if (!m_summaryUnsupported)
        request(Endpoint::Summary, QStringLiteral("/master/state-summary"));
    request(Endpoint::Metrics, QStringLiteral("/metrics/snapshot"));
    if (needsStatePolling()) {
        const auto interval = m_fixedInterval.count() > 0 ? m_fixedInterval : stateInterval(int(m_store->agents().size()));
        const QDateTime now = Clock::currentDateTimeUtc();
        if (!m_lastStatePoll.isValid() || m_lastStatePoll.msecsTo(now) >= interval.count() - 50 ||
            m_errors.contains(key(int(Endpoint::State)))) {
            m_lastStatePoll = now;
            request(Endpoint::State, m_statePath);
        }
    }
    scheduleNextPoll();
}

void MesosSource::request(Endpoint endpoint, const QString& path) {
    if (m_inFlight.value(key(int(endpoint))))
        return; // never stack requests on a slow master
    QUrl url = m_base;
    url.setPath(path);
    m_inFlight.insert(key(int(endpoint)), true);
    const int generation = m_generation;
    m_transport->get(url, m_requestContext, [this, endpoint, generation](const HttpTransport::Response& r) {
        onResponse(endpoint, generation, r.status, r.url, r.body, r.ok() ? QString() : r.error.summary());
    });
}

QString MesosSource::endpointName(Endpoint endpoint) const {
    switch (endpoint) {
    case Endpoint::Summary:
        return QStringLiteral("/master/state-summary");
    case Endpoint::Metrics:
        return QStringLiteral("/metrics/snapshot");
    case Endpoint::State:
        return m_statePath;
    case Endpoint::Stream:
        return tr("event stream");
    }
    return {};
}

void MesosSource::onResponse(Endpoint endpoint, int generation, int status, const QUrl& finalUrl,
                             const QByteArray& body, const QString& error) {
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        m_inFlight.remove(key(int(endpoint)));
        if (status == 404 && endpoint == Endpoint::Summary) {
            m_summaryUnsupported = true; // before 0.23: poll the whole state instead
            return;
        }
        if (status == 404 && endpoint == Endpoint::State && m_statePath == u"/master/state") {
            m_statePath = QStringLiteral("/master/state.json"); // masters before 0.25
            m_lastStatePoll = QDateTime();
            return;
        }
        if (status == 404 && endpoint == Endpoint::Metrics) {
            setEndpointError(endpoint, tr("metrics are not available on this master (404)"));
            return;
        }
        ++m_failures;
        if (status == 503) {
            setLeaderInfo({}, {}, true);
            setEndpointError(endpoint, tr("%1: no leading master elected yet (503)").arg(m_base.authority()));
        } else {
            setEndpointError(endpoint, tr("%1 failed: %2").arg(endpointName(endpoint), error));
        }
        if (status == 0 && endpoint != Endpoint::Metrics) {
            if (!m_entry.isEmpty() && m_base != m_entry) {
                fallBackToEntry();
                return;
            }
            setReachability(true, m_identityUnavailable);
        }
        scheduleNextPoll();
        return;
    }
    if (endpoint == Endpoint::Metrics) {
        // Every master serves its own metrics without redirecting: a standby's (master/elected
        // 0) say nothing of the cluster, and its URL is not the leader's.
        m_inFlight.remove(key(int(endpoint)));
        const auto metrics = MesosJsonParser::parseMetrics(body);
        if (!metrics.ok()) {
            setEndpointError(endpoint, tr("%1: %2").arg(endpointName(endpoint), metrics.error));
            return;
        }
        if (metrics.value.value(QStringLiteral("master/elected"), 1) == 0)
            return;
        m_store->setMetrics(metrics.value);
        clearEndpointError(endpoint);
        return;
    }
    if (m_noLeader || std::exchange(m_identityFailed, false))
        fetchIdentity(); // a leader was elected since the 503, or GET_MASTER got no answer before
    setReachability(false, m_identityUnavailable);
    adoptFinalUrl(finalUrl);
    const ClusterStore::Document kind =
        endpoint == Endpoint::Summary ? ClusterStore::Document::StateSummary : ClusterStore::Document::State;
    QPointer<MesosSource> self(this);
    m_store->ingest(body, kind, [self, endpoint, generation](const QString& parseError) {
        if (!self || generation != self->m_generation)
            return;
        self->m_inFlight.remove(key(int(endpoint)));
        if (!parseError.isEmpty()) {
            ++self->m_failures;
            self->setEndpointError(endpoint, tr("%1: %2").arg(self->endpointName(endpoint), parseError));
            return;
        }
        self->clearEndpointError(endpoint);
    });
}

void MesosSource::adoptFinalUrl(const QUrl& finalUrl, bool identify) {
    if (!finalUrl.isValid() || finalUrl.host().isEmpty())
        return;
    if (finalUrl.host() == m_base.host() && finalUrl.port() == m_base.port() && finalUrl.scheme() == m_base.scheme())
        return;
    // A 307 named the leader: talk to it directly from now on (data stays as it is).
    QUrl base;
    base.setScheme(finalUrl.scheme());
    base.setHost(finalUrl.host());
    base.setPort(finalUrl.port());
    m_base = base;
    m_store->setMasterLeader(m_base.authority());
    emit masterChanged(m_base);
    if (identify && m_leaderInfo.isNull())
        fetchIdentity();
}

void MesosSource::openStream() {
    if (!m_streamingEnabled || m_streamUnsupported || m_base.isEmpty())
        return;
    dropStream();
    m_streamContext = new QObject(this);
    m_decoder.reset();
    m_subscribed = false;
    m_snapshotPending = false;
    m_queuedRecords.clear();
    const int generation = ++m_streamGeneration;
    QUrl url = m_base;
    url.setPath(QStringLiteral("/api/v1"));
    m_transport->openStream(
        "POST", url, R"({"type":"SUBSCRIBE"})", {{"Accept", "application/json"}}, m_streamContext,
        [this, generation](int status, const QUrl& finalUrl) { onStreamHeaders(generation, status, finalUrl); },
        [this, generation](const QByteArray& data) { onStreamData(generation, data); },
        [this, generation](const HttpTransport::Response& r) {
            if (!r.ok() && r.status >= 300 && r.status != 0 && generation == m_streamGeneration) {
                onStreamHeaders(generation, r.status, r.url);
                return;
            }
            onStreamFinished(generation, r.ok() ? QString() : r.error.summary());
        });
    // Silence before the first byte counts like a missed heartbeat.
    m_heartbeatTimer->start(std::chrono::milliseconds(qint64(2 * m_heartbeatSeconds * 1000)) + m_heartbeatSlack);
}

void MesosSource::dropStream() {
    ++m_streamGeneration;
    delete m_streamContext; // aborts the connection
    m_streamContext = nullptr;
    m_streamOpen = false;
    m_heartbeatTimer->stop();
}

void MesosSource::scheduleStreamRetry(std::chrono::milliseconds delay) {
    m_streamRetryTimer->start(delay);
}

void MesosSource::onStreamHeaders(int generation, int status, const QUrl& finalUrl) {
    if (generation != m_streamGeneration)
        return;
    if (status >= 200 && status < 300) {
        m_streamOpen = true;
        adoptFinalUrl(finalUrl);
        return;
    }
    dropStream();
    if (status == 404 || status == 405 || status == 415 || status == 400 || status == 501) {
        // No v1 operator API (Mesos < 1.1): poll the state instead.
        m_streamUnsupported = true;
        clearEndpointError(Endpoint::Stream);
        m_lastStatePoll = QDateTime();
        poll();
        return;
    }
    ++m_failures;
    if (status == 503)
        setEndpointError(Endpoint::Stream, tr("%1: no leading master elected yet (503)").arg(m_base.authority()));
    else
        setEndpointError(Endpoint::Stream, tr("event stream refused: HTTP %1").arg(status));
    scheduleStreamRetry(backoff());
}

void MesosSource::onStreamData(int generation, const QByteArray& data) {
    if (generation != m_streamGeneration)
        return;
    m_heartbeatTimer->start(std::chrono::milliseconds(qint64(2 * m_heartbeatSeconds * 1000)) + m_heartbeatSlack);
    const QList<QByteArray> records = m_decoder.feed(data);
    if (m_decoder.hasError()) {
        setEndpointError(Endpoint::Stream, tr("event stream: %1; resubscribing").arg(m_decoder.error()));
        dropStream();
        ++m_failures;
        scheduleStreamRetry(backoff());
        return;
    }
    handleRecords(records);
}

void MesosSource::handleRecords(const QList<QByteArray>& records) {
    QList<MesosEvent> events;
    for (const QByteArray& record : records) {
        if (!m_subscribed) {
            // SUBSCRIBED carries the whole state: parse it on a worker thread.
            m_subscribed = true;
            m_snapshotPending = true;
            const int generation = m_streamGeneration;
            QPointer<MesosSource> self(this);
            QThreadPool::globalInstance()->start([self, generation, record] {
                auto parsed = std::make_shared<MesosJsonParser::Result<MesosEvent>>(MesosJsonParser::parseEvent(record));
                QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, parsed] {
                    if (self && generation == self->m_streamGeneration)
                        self->onSubscribed(*parsed);
                }, Qt::QueuedConnection);
            });
            continue;
        }
        if (m_snapshotPending) {
            m_queuedRecords.append(record);
            continue;
        }
        auto parsed = MesosJsonParser::parseEvent(record);
        if (!parsed.ok()) {
            // A lost event would leave the view wrong without anyone noticing: resynchronise.
            if (!events.isEmpty())
                m_store->applyEvents(events);
            setEndpointError(Endpoint::Stream, tr("malformed event (%1); resubscribing").arg(parsed.error));
            dropStream();
            scheduleStreamRetry(backoff());
            return;
        }
        if (parsed.value.type != MesosEvent::Type::Heartbeat && parsed.value.type != MesosEvent::Type::Unknown)
            events.append(std::move(parsed.value));
    }
    if (!events.isEmpty()) {
        m_store->applyEvents(events);
        m_status.lastGood = Clock::currentDateTimeUtc();
    }
}

void MesosSource::onSubscribed(const MesosJsonParser::Result<MesosEvent>& parsed) {
    if (!parsed.ok() || parsed.value.type != MesosEvent::Type::Subscribed || !parsed.value.state) {
        setEndpointError(Endpoint::Stream, parsed.ok() ? tr("event stream did not start with SUBSCRIBED")
                                                       : tr("SUBSCRIBED: %1; resubscribing").arg(parsed.error));
        dropStream();
        ++m_failures;
        scheduleStreamRetry(backoff());
        return;
    }
    if (parsed.value.heartbeatIntervalSeconds > 0)
        m_heartbeatSeconds = parsed.value.heartbeatIntervalSeconds;
    m_heartbeatTimer->start(std::chrono::milliseconds(qint64(2 * m_heartbeatSeconds * 1000)) + m_heartbeatSlack);
    const int generation = m_streamGeneration;
    QPointer<MesosSource> self(this);
    m_store->ingestSnapshot(parsed.value.state, [self, generation](const QString&) {
        if (!self || generation != self->m_streamGeneration)
            return;
        self->m_snapshotPending = false;
        self->clearEndpointError(Endpoint::Stream);
        const QList<QByteArray> queued = std::exchange(self->m_queuedRecords, {});
        self->handleRecords(queued);
    });
}

void MesosSource::onStreamFinished(int generation, const QString& error) {
    if (generation != m_streamGeneration)
        return;
    dropStream();
    ++m_failures;
    setEndpointError(Endpoint::Stream, error.isEmpty() ? tr("the master closed the event stream; resubscribing")
                                                       : tr("event stream: %1; resubscribing").arg(error));
    scheduleStreamRetry(backoff());
}

void MesosSource::onHeartbeatMissed() {
    const int seconds = int(2 * m_heartbeatSeconds + double(m_heartbeatSlack.count()) / 1000.0);
    dropStream();
    ++m_failures;
    setEndpointError(Endpoint::Stream, tr("no heartbeat from the master for %1 s; resubscribing").arg(seconds));
    scheduleStreamRetry(std::min<std::chrono::milliseconds>(backoff(), 2s));
}

void MesosSource::setEndpointError(Endpoint endpoint, const QString& error) {
    m_errors.insert(key(int(endpoint)), error);
    updateStatus();
}

void MesosSource::clearEndpointError(Endpoint endpoint) {
    m_errors.remove(key(int(endpoint)));
    if (m_errors.isEmpty())
        m_failures = 0;
    m_switching = false;
    m_status.lastGood = Clock::currentDateTimeUtc();
    updateStatus();
}

void MesosSource::updateStatus() {
    Status s;
    s.lastGood = m_status.lastGood;
    const bool haveData = s.lastGood.isValid();
    if (m_base.isEmpty()) {
        s.state = haveData ? State::Stale : State::Connecting;
        s.message = tr("No leading Mesos master");
    } else if (!m_errors.isEmpty()) {
        s.state = haveData ? State::Stale : State::Connecting;
        QStringList parts;
        for (int e = 0; e <= int(Endpoint::Stream); ++e)
            if (m_errors.contains(e))
                parts.append(m_errors.value(e));
        s.details = parts.join(u'\n');
        if (m_noLeader)
            s.message = tr("%1: no leading master elected yet; asking again.").arg(m_base.authority());
        else if (parts.size() == 1 && m_errors.contains(key(int(Endpoint::Stream))))
            s.message = parts.first(); // already says what happens next (resubscribing)
        else if (haveData)
            s.message = tr("Updates from the master at %1 fail; retrying, the last data stays shown.")
                            .arg(m_base.authority());
        else
            s.message = tr("No data from the master at %1 yet; retrying.").arg(m_base.authority());
    } else if (m_switching) {
        s.state = haveData ? State::Stale : State::Connecting;
        s.message = tr("Connecting to %1").arg(m_base.authority());
    } else {
        s.state = State::Live;
        s.message = m_streamOpen ? tr("Live from %1 (event stream)").arg(m_base.authority())
                                 : tr("Live from %1 (polling)").arg(m_base.authority());
    }
    if (s.state == m_status.state && s.message == m_status.message && s.details == m_status.details &&
        s.lastGood == m_status.lastGood)
        return;
    m_status = s;
    emit statusChanged(m_status);
}
