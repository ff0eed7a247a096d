#include "MarathonSource.h"

#include "MarathonClient.h"
#include "MarathonParser.h"
#include "net/HttpTransport.h"

#include <QCoreApplication>
#include <QNetworkReply>

MarathonSource::MarathonSource(HttpTransport* transport, QObject* parent)
    : QObject(parent), m_transport(transport), m_client(new MarathonClient(transport, this)) {
    m_pollTimer.setSingleShot(false);
    connect(&m_pollTimer, &QTimer::timeout, this, &MarathonSource::refresh);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &MarathonSource::refresh);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &MarathonSource::openStream);
}

MarathonSource::~MarathonSource() { closeStream(); }

QString MarathonSource::displayName() const {
    if (m_info.isNull())
        return m_url.toDisplayString(QUrl::RemoveUserInfo);
    return tr("%1 (%2)").arg(m_info.name.isEmpty() ? tr("marathon") : m_info.name,
                             m_info.frameworkId.isEmpty() ? m_url.authority() : m_info.frameworkId);
}

void MarathonSource::setLeaderHostPort(const QString& hostPort) {
    if (hostPort.isEmpty()) {
        setProblem(tr("No Marathon instance leads right now."));
        return; // keep talking to the last one: any instance proxies to the next leader
    }
    const QString scheme = m_url.scheme().isEmpty() ? QStringLiteral("http") : m_url.scheme();
    setMarathonUrl(QUrl(scheme + QStringLiteral("://") + hostPort));
}

void MarathonSource::setMarathonUrl(const QUrl& url) {
    if (url == m_url)
        return;
    ++m_generation;
    closeStream();
    m_inFlight = 0; // answers for the old URL are ignored; do not wait for them
    m_refreshPending = false;
    m_url = url;
    m_client->setBaseUrl(url);
    emit urlChanged(url);
    m_backoffMs = m_backoffFirstMs;
    if (url.isEmpty()) {
        m_pollTimer.stop();
        setLive(false);
        return;
    }
    const quint64 generation = m_generation;
    m_client->info(this, [this, generation](const ApiError& error, const MarathonInfo& info) {
        if (generation != m_generation || error.isError())
            return;
        m_info = info;
        emit infoChanged();
    });
    refresh();
    if (m_useStream)
        openStream();
    restartPolling();
}

void MarathonSource::restartPolling() {
    if (m_url.isEmpty())
        return;
    m_pollTimer.start(m_live ? m_livePollMs : m_pollMs);
}

void MarathonSource::scheduleRefresh(int ms) {
    if (!m_debounce.isActive())
        m_debounce.start(ms);
}

void MarathonSource::refresh() {
    if (m_url.isEmpty())
        return;
    if (m_inFlight > 0) { // one round at a time; remember that another is wanted
        m_refreshPending = true;
        return;
    }
    m_inFlight = 3;
    const quint64 generation = m_generation;
    auto finishOne = [this, generation] {
        if (generation != m_generation)
            return;
        if (--m_inFlight == 0 && m_refreshPending) {
            m_refreshPending = false;
            scheduleRefresh(0);
        }
    };
    m_client->listApps(this, [this, generation, finishOne](const ApiError& error, const QList<MarathonApp>& apps) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            setProblem(error.summary());
        } else {
            setProblem({});
            m_apps = apps;
            emit appsChanged();
        }
        finishOne();
    });
    m_client->listDeployments(this, [this, generation, finishOne](const ApiError& error, const QList<MarathonDeployment>& d) {
        if (generation != m_generation)
            return;
        if (!error.isError() && d != m_deployments) {
            m_deployments = d;
            emit deploymentsChanged();
        }
        finishOne();
    });
    m_client->listQueue(this, [this, generation, finishOne](const ApiError& error, const QList<MarathonQueueEntry>& q) {
        if (generation != m_generation)
            return;
        if (!error.isError() && q != m_queue) {
            m_queue = q;
            emit queueChanged();
        }
        finishOne();
    });
}

void MarathonSource::openStream() {
    if (m_url.isEmpty() || m_stream)
        return;
    m_sse.reset();
    const quint64 generation = ++m_streamGeneration;
    m_stream = m_transport->openStream(
        "GET", m_client->eventsUrl(), {}, {{"Accept", "text/event-stream"}}, this,
        [this, generation](int status, const QUrl&) {
            if (generation != m_streamGeneration || status < 200 || status >= 300)
                return;
            m_backoffMs = m_backoffFirstMs;
            setLive(true);
            refresh(); // events may have been missed while we were not attached
        },
        [this, generation](const QByteArray& chunk) {
            if (generation == m_streamGeneration)
                onStreamData(chunk);
        },
        [this, generation](const HttpTransport::Response& response) {
            if (generation != m_streamGeneration)
                return;
            m_stream = nullptr;
            onStreamEnded(response.ok() ? tr("Marathon closed the event stream.") : response.error.summary());
        });
}

void MarathonSource::closeStream() {
    m_reconnect.stop();
    ++m_streamGeneration; // the aborted stream's callbacks are stale
    if (m_stream) {
        QNetworkReply* stream = m_stream;
        m_stream = nullptr;
        stream->abort();
    }
}

void MarathonSource::onStreamData(const QByteArray& chunk) {
    for (const SseParser::Event& sse : m_sse.feed(chunk)) {
        const auto event = MarathonParser::parseEvent(sse.data, sse.event);
        if (!event)
            continue; // a torn or foreign event: the next refresh covers it
        emit eventReceived(*event);
        if (event->type != QLatin1String("event_stream_attached"))
            scheduleRefresh(250);
    }
}

void MarathonSource::onStreamEnded(const QString& why) {
    setLive(false);
    if (m_url.isEmpty() || !m_useStream)
        return;
    setProblem(tr("Live updates interrupted (%1); polling every %2 s and reconnecting.").arg(why).arg(m_pollMs / 1000));
    m_reconnect.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_backoffMaxMs);
}

void MarathonSource::setLive(bool live) {
    if (live == m_live)
        return;
    m_live = live;
    if (live)
        setProblem({});
    restartPolling();
    emit liveChanged(live);
}

void MarathonSource::setProblem(const QString& problem) {
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}
