#include "MarathonSource.h"

#include "MarathonClient.h"
#include "MarathonParser.h"
#include "net/HttpTransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>

MarathonSource::MarathonSource(HttpTransport* transport, QObject* parent)
    : QObject(parent), m_transport(transport), m_client(new MarathonClient(transport, this)) {
    m_pollTimer.setSingleShot(false);
    connect(&m_pollTimer, &QTimer::timeout, this, &MarathonSource::refresh);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &MarathonSource::refresh);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &MarathonSource::openStream);
    m_targeted.setSingleShot(true);
    connect(&m_targeted, &QTimer::timeout, this, &MarathonSource::flushTargeted);
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
    const QString scheme = m_url.scheme().isEmpty() ? m_leaderScheme : m_url.scheme();
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
    m_info = {}; // another Marathon may answer there: never show the last one's name
    m_podSupport = PodSupport::Unknown; // another Marathon may be older or newer
    m_podsReason.clear();
    m_pods.clear();
    m_podsKnown = false;
    emit podSupportChanged();
    emit podsChanged();
    emit urlChanged(url);
    emit infoChanged();
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
        // Another Marathon (not a new leader of the same one): drop the last one's apps.
        const QString before = std::exchange(m_frameworkId, info.frameworkId);
        if (!before.isEmpty() && !info.frameworkId.isEmpty() && before != info.frameworkId) {
            m_apps.clear();
            m_deployments.clear();
            m_queue.clear();
            m_pods.clear();
            m_podsKnown = false;
            emit podsChanged();
            emit appsChanged();
            emit deploymentsChanged();
            emit queueChanged();
            refresh();
        }
    });
    refresh(); // asks HEAD /v2/pods first
    if (m_useStream)
        openStream();
    restartPolling();
}

void MarathonSource::checkPodSupport() {
    const quint64 generation = m_generation;
    m_client->podsSupported(this, [this, generation](const ApiError& error, bool supported) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            // Not an answer about pods: ask again with the next full round.
            return;
        }
        m_podSupport = supported ? PodSupport::Supported : PodSupport::Unsupported;
        m_podsReason = supported
                           ? QString()
                           : tr("This Marathon does not offer pods (HEAD /v2/pods answered 404: pods need "
                                "Marathon 1.4 or later).");
        emit podSupportChanged();
        if (supported)
            scheduleRefresh(0);
    });
}

const MarathonPod* MarathonSource::pod(const QString& podId) const {
    for (const MarathonPod& p : m_pods)
        if (p.id == podId)
            return &p;
    return nullptr;
}

void MarathonSource::takePods(const QList<MarathonPod>& pods) {
    if (std::exchange(m_podsKnown, true) && pods == m_pods)
        return;
    m_pods = pods;
    emit podsChanged();
}

void MarathonSource::replacePod(const QString& podId, const MarathonPod* pod) {
    const auto it =
        std::find_if(m_pods.begin(), m_pods.end(), [&](const MarathonPod& p) { return p.id == podId; });
    if (!pod) {
        if (it == m_pods.end())
            return;
        m_pods.erase(it);
    } else if (it == m_pods.end()) {
        m_pods.append(*pod);
    } else if (*it == *pod) {
        return;
    } else {
        *it = *pod;
    }
    emit podsChanged();
}

void MarathonSource::takeDeployments(const QList<MarathonDeployment>& deployments) {
    // The first answer is told even when empty: a follower needs to know which deployments
    // ran before it came, and an empty list is that answer too.
    if (std::exchange(m_deploymentsKnown, true) && deployments == m_deployments)
        return;
    m_deployments = deployments;
    emit deploymentsChanged();
}

void MarathonSource::restartPolling() {
    if (m_url.isEmpty())
        return;
    // Live, events tell what changed and polls are only a check; a round that failed (a refused
    // or broken answer while the stream stayed up) leaves the apps unconfirmed: poll as often
    // as without events until one succeeds.
    const bool trusted = m_live && m_problem.isEmpty();
    m_pollTimer.start((trusted ? m_livePollMs : m_pollMs) * (m_background ? BackgroundSlowdown : 1));
}

void MarathonSource::setBackground(bool background) {
    if (std::exchange(m_background, background) == background)
        return;
    if (!background && !m_url.isEmpty())
        refresh();
    restartPolling();
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
    const bool withPods = m_podSupport == PodSupport::Supported;
    if (m_podSupport == PodSupport::Unknown)
        checkPodSupport(); // the first answer was not about pods (a timeout, a 503)
    m_inFlight = withPods ? 4 : 3;
    ++m_fullRefreshes;
    // A full round covers whatever events asked for so far.
    m_dirtyApps.clear();
    m_dirtyPods.clear();
    m_dirtyDeployments = m_dirtyQueue = m_dirtyAll = false;
    m_targeted.stop();
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
    if (withPods)
        m_client->listPodStatuses(
            this, [this, generation, finishOne](const ApiError& error, const QList<MarathonPod>& pods) {
                if (generation != m_generation)
                    return;
                if (!error.isError()) // else the last list stays (the apps' answer tells any problem)
                    takePods(pods);
                finishOne();
            });
    m_client->listDeployments(this, [this, generation, finishOne](const ApiError& error, const QList<MarathonDeployment>& d) {
        if (generation != m_generation)
            return;
        if (!error.isError())
            takeDeployments(d);
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
        noteEvent(*event);
    }
}

namespace {
void collectActionApps(const QJsonArray& actions, QSet<QString>* apps, QSet<QString>* pods) {
    for (const QJsonValue& a : actions) {
        const QJsonObject action = a.toObject();
        if (const QString id = action.value(QLatin1String("app")).toString(); !id.isEmpty())
            apps->insert(id);
        if (const QString id = action.value(QLatin1String("pod")).toString(); !id.isEmpty())
            pods->insert(id);
    }
}
} // namespace

void MarathonSource::noteEvent(const MarathonEvent& event) {
    static const QSet<QString> ignored{QStringLiteral("event_stream_attached"), QStringLiteral("event_stream_detached"),
                                       QStringLiteral("framework_message_event"), QStringLiteral("subscribe_event"),
                                       QStringLiteral("unsubscribe_event")};
    static const QSet<QString> taskEvents{QStringLiteral("status_update_event"), QStringLiteral("instance_changed_event"),
                                          QStringLiteral("unknown_instance_terminated_event"),
                                          QStringLiteral("unhealthy_instance_kill_event"), QStringLiteral("unhealthy_task_kill_event")};
    static const QSet<QString> appEvents{QStringLiteral("instance_health_changed_event"), QStringLiteral("health_status_changed_event"),
                                         QStringLiteral("failed_health_check_event"), QStringLiteral("add_health_check_event"),
                                         QStringLiteral("remove_health_check_event"), QStringLiteral("app_terminated_event")};
    const QString& type = event.type;
    if (ignored.contains(type))
        return;
    if (type.startsWith(QLatin1String("pod_"))) {
        // pod_created_event / pod_updated_event / pod_deleted_event name the pod by its URI.
        const QString uri = event.raw.value(QLatin1String("uri")).toString();
        const qsizetype at = uri.indexOf(QLatin1String("/v2/pods/"));
        const QString id = at < 0 ? QString() : uri.mid(at + 8).section(QLatin1String("::"), 0, 0);
        if (id.size() > 1)
            notePod(id);
        else
            m_dirtyAll = true;
        m_dirtyDeployments = m_dirtyQueue = true;
    } else if (taskEvents.contains(type) && pod(event.appId)) {
        notePod(event.appId); // a pod instance changed: its status, not an app
        m_dirtyQueue = true;
    } else if (taskEvents.contains(type) && !event.appId.isEmpty()) {
        m_dirtyApps.insert(event.appId); // counts, health, tasks
        m_dirtyQueue = true;             // a task ending may queue a relaunch
    } else if (appEvents.contains(type) && !event.appId.isEmpty()) {
        m_dirtyApps.insert(event.appId);
    } else if (type == QLatin1String("api_post_event")) {
        const QString id = event.raw.value(QLatin1String("appDefinition")).toObject().value(QLatin1String("id")).toString();
        if (id.isEmpty())
            m_dirtyAll = true;
        else
            m_dirtyApps.insert(id);
        m_dirtyDeployments = true;
    } else if (type.startsWith(QLatin1String("deployment_"))) {
        QSet<QString> apps, pods;
        for (const QJsonValue& step : event.raw.value(QLatin1String("plan")).toObject().value(QLatin1String("steps")).toArray())
            collectActionApps(step.isArray() ? step.toArray()
                                             : step.toObject().value(QLatin1String("actions")).toArray(),
                              &apps, &pods);
        collectActionApps(event.raw.value(QLatin1String("currentStep"))
                              .toObject()
                              .value(QLatin1String("actions"))
                              .toArray(),
                          &apps, &pods);
        if (apps.isEmpty() && pods.isEmpty())
            m_dirtyAll = true; // a plan we cannot read: fetch everything
        for (const QString& id : std::as_const(pods))
            notePod(id);
        m_dirtyApps.unite(apps);
        m_dirtyDeployments = m_dirtyQueue = true;
    } else {
        m_dirtyAll = true; // group changes, pods, re-registration, anything new
    }
    if (!m_targeted.isActive())
        m_targeted.start(250);
}

void MarathonSource::notePod(const QString& podId) {
    if (m_podSupport == PodSupport::Supported)
        m_dirtyPods.insert(podId);
}

void MarathonSource::flushTargeted() {
    if (m_url.isEmpty())
        return;
    if (m_dirtyAll || m_dirtyApps.size() > m_targetedLimit) {
        scheduleRefresh(0);
        return;
    }
    const quint64 generation = m_generation;
    const QSet<QString> apps = std::exchange(m_dirtyApps, {});
    for (const QString& id : std::exchange(m_dirtyPods, {})) {
        m_client->getPodStatus(id, this, [this, generation, id](const ApiError& error, const MarathonPod& p) {
            if (generation != m_generation)
                return;
            if (error.httpStatus == 404)
                replacePod(id, nullptr); // destroyed, or an app's id
            else if (!error.isError())
                replacePod(id, &p);
            else
                scheduleRefresh(1000);
        });
    }
    for (const QString& id : apps) {
        m_client->getApp(id, this, [this, generation, id](const ApiError& error, const MarathonApp& app) {
            if (generation != m_generation)
                return;
            if (error.httpStatus == 404)
                replaceApp(id, nullptr); // destroyed
            else if (!error.isError())
                replaceApp(id, &app);
            else
                scheduleRefresh(1000); // not sure of anything: the full round says
        });
    }
    if (std::exchange(m_dirtyDeployments, false))
        m_client->listDeployments(this, [this, generation](const ApiError& error, const QList<MarathonDeployment>& d) {
            if (generation == m_generation && !error.isError())
                takeDeployments(d);
        });
    if (std::exchange(m_dirtyQueue, false))
        m_client->listQueue(this, [this, generation](const ApiError& error, const QList<MarathonQueueEntry>& q) {
            if (generation == m_generation && !error.isError() && q != m_queue) {
                m_queue = q;
                emit queueChanged();
            }
        });
}

void MarathonSource::replaceApp(const QString& appId, const MarathonApp* app) {
    const auto it = std::find_if(m_apps.begin(), m_apps.end(), [&](const MarathonApp& a) { return a.id == appId; });
    if (!app) {
        if (it == m_apps.end())
            return;
        m_apps.erase(it);
    } else {
        MarathonApp light = *app;
        light.tasks.clear(); // the list carries no tasks; the app page fetches its own
        // One app: its definition is rewritten without them (the list's apps stay views).
        if (QJsonObject definition = light.definition(); definition.contains(QLatin1String("tasks"))) {
            definition.remove(QLatin1String("tasks"));
            light.raw = MarathonApp::rawJsonOf(definition);
        }
        if (it == m_apps.end())
            m_apps.append(light);
        else if (*it == light)
            return;
        else
            *it = light;
    }
    emit appsChanged();
}

void MarathonSource::onStreamEnded(const QString& why) {
    m_streamError = why;
    setLive(false);
    if (m_url.isEmpty() || !m_useStream)
        return;
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
    const bool hadProblem = !std::exchange(m_problem, problem).isEmpty();
    if (hadProblem != !problem.isEmpty())
        restartPolling();
    emit problemChanged(problem);
}
