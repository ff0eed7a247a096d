#pragma once

#include "MarathonApp.h"
#include "MarathonDeployment.h"
#include "MarathonEvent.h"
#include "MarathonInfo.h"
#include "MarathonPod.h"
#include "MarathonQueueEntry.h"
#include "SseParser.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class HttpTransport;
class MarathonClient;
class QNetworkReply;

// The live picture of one Marathon: apps, deployments and the launch queue. Where Marathon
// is comes from ZooKeeper (setLeaderHostPort, fed by MarathonLeaderDetector), from the Mesos
// framework list or the connection (setMarathonUrl). Updates arrive through /v2/events
// (SSE; the transport follows the 302 a standby sends to the leader); each event triggers a
// hint: only what it touches is fetched again after a short debounce (the apps it names, the
// deployments, the queue), so a cluster of thousands of apps is not re-listed per event;
// events the source cannot place, and every reconnect, fetch everything (events may have
// been missed). Without a stream it polls.
class MarathonSource : public QObject {
    Q_OBJECT
public:
    explicit MarathonSource(HttpTransport* transport, QObject* parent = nullptr);
    ~MarathonSource() override;

    MarathonClient* client() const { return m_client; }

    // The seam for every way of finding Marathon; an empty URL stops everything.
    void setMarathonUrl(const QUrl& url);
    void setLeaderHostPort(const QString& hostPort); // "host:port" from ZooKeeper
    // The scheme for a host:port from ZooKeeper before any URL is known ("https" under TLS).
    void setLeaderScheme(const QString& scheme) { m_leaderScheme = scheme; }
    QUrl marathonUrl() const { return m_url; }

    void setPollInterval(int ms) { m_pollMs = ms; }
    void setLivePollInterval(int ms) { m_livePollMs = ms; }
    // Nobody looks (the window is minimised): poll BackgroundSlowdown times less often; events
    // still come. Back in front, a refresh at once.
    void setBackground(bool background);
    static constexpr int BackgroundSlowdown = 5;
    void setUseEventStream(bool use) { m_useStream = use; }
    void setBackoffLimits(int firstMs, int maxMs) { m_backoffFirstMs = firstMs; m_backoffMaxMs = maxMs; }
    // Above this many apps named by events in one debounce window, one full re-fetch is cheaper.
    void setTargetedLimit(int apps) { m_targetedLimit = apps; }
    int fullRefreshCount() const { return m_fullRefreshes; } // for tests: rounds of full re-fetch
    // A full round is running, wanted after the running one, or due at once.
    bool isRefreshing() const { return m_inFlight > 0 || m_refreshPending || m_debounce.isActive(); }

    bool isLive() const { return m_live; }
    // Why the event stream last ended (live updates interrupted); kept apart from problem(),
    // which is about Marathon answering at all, so each notice ends with its own cause.
    QString streamError() const { return m_streamError; }
    QString problem() const { return m_problem; }
    const QList<MarathonApp>& apps() const { return m_apps; }
    const QList<MarathonDeployment>& deployments() const { return m_deployments; }
    // Whether Marathon has answered for its deployments yet (an empty list is not yet "none").
    bool deploymentsKnown() const { return m_deploymentsKnown; }
    const QList<MarathonQueueEntry>& queue() const { return m_queue; }
    const MarathonInfo& info() const { return m_info; }
    // Pods (Marathon 1.4+): HEAD /v2/pods decides; until it has answered nothing is said.
    enum class PodSupport { Unknown, Supported, Unsupported };
    PodSupport podSupport() const { return m_podSupport; }
    // Why pods are not shown (an older Marathon), for the tab to say.
    QString podsUnavailableReason() const { return m_podsReason; }
    const QList<MarathonPod>& pods() const { return m_pods; }
    // Whether Marathon has answered for its pods yet (an empty list is not yet "none").
    bool podsKnown() const { return m_podsKnown; }
    const MarathonPod* pod(const QString& podId) const;
    // "name (frameworkId)" to tell several Marathons apart.
    QString displayName() const;

public slots:
    void refresh();

signals:
    void urlChanged(const QUrl& url);
    void appsChanged();
    void deploymentsChanged();
    void queueChanged();
    void podsChanged();
    void podSupportChanged();
    void infoChanged();
    void eventReceived(const MarathonEvent& event);
    void liveChanged(bool live);
    void problemChanged(const QString& problem);

private:
    void openStream();
    void closeStream();
    void onStreamData(const QByteArray& chunk);
    void onStreamEnded(const QString& why);
    void setLive(bool live);
    void setProblem(const QString& problem);
    void scheduleRefresh(int ms);
    void restartPolling();
    void noteEvent(const MarathonEvent& event);
    void flushTargeted();
    void replaceApp(const QString& appId, const MarathonApp* app);
    void takeDeployments(const QList<MarathonDeployment>& deployments);
    void takePods(const QList<MarathonPod>& pods);
    void replacePod(const QString& podId, const MarathonPod* pod);
    void checkPodSupport();
    void notePod(const QString& podId);

    HttpTransport* m_transport;
    MarathonClient* m_client;
    QUrl m_url;
    QString m_leaderScheme = QStringLiteral("http");
    QList<MarathonApp> m_apps;
    QList<MarathonDeployment> m_deployments;
    bool m_deploymentsKnown = false;
    QList<MarathonQueueEntry> m_queue;
    MarathonInfo m_info;
    QList<MarathonPod> m_pods;
    bool m_podsKnown = false;
    PodSupport m_podSupport = PodSupport::Unknown;
    QString m_podsReason;
    QSet<QString> m_dirtyPods;
    QString m_frameworkId; // of the Marathon whose data is shown
    QTimer m_pollTimer;
    QTimer m_debounce;
    QTimer m_reconnect;
    QTimer m_targeted;             // debounces event-driven partial re-fetches
    QSet<QString> m_dirtyApps;     // apps events named since the last flush
    bool m_dirtyDeployments = false;
    bool m_dirtyQueue = false;
    bool m_dirtyAll = false;
    QPointer<QNetworkReply> m_stream;
    SseParser m_sse;
    quint64 m_generation = 0;       // callbacks for an older URL are ignored
    quint64 m_streamGeneration = 0; // callbacks of an older event stream are ignored
    int m_inFlight = 0;
    int m_targetedLimit = 50;
    int m_fullRefreshes = 0;
    bool m_refreshPending = false;
    bool m_live = false;
    bool m_useStream = true;
    int m_pollMs = 5000;
    int m_livePollMs = 30000;
    bool m_background = false;
    int m_backoffFirstMs = 1000;
    int m_backoffMaxMs = 30000;
    int m_backoffMs = 1000;
    QString m_problem;
    QString m_streamError;
};
