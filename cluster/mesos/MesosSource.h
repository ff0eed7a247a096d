#pragma once

#include "MasterInfo.h"
#include "MesosEvent.h"
#include "MesosJsonParser.h"
#include "RecordIoDecoder.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>

class ClusterStore;
class HttpTransport;
class QTimer;

// Keeps a ClusterStore current from the leading master:
//  - polls /master/state-summary and /metrics/snapshot (cheap) at an interval that grows with
//    the cluster, like the Mesos web UI's, but never below what the size warrants;
//  - streams tasks from the v1 operator API (POST /api/v1 SUBSCRIBE, RecordIO): SUBSCRIBED's
//    state, then events applied as they come; a missed heartbeat counts as a dropped stream
//    (reconnect and resynchronise);
//  - falls back to polling /master/state where the master does not stream (before 1.1, 404/405);
//  - follows 307s to the leader, treats 503 as "no leader yet", times requests out, backs off
//    on errors, and on failover switches masters without clearing what the store holds.
// Failures never clear data: the status turns Stale with the reason, the data stays.
class MesosSource : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Live, Stale };
    struct Status {
        State state = State::Idle;
        QString message;    // plain text, one sentence: what is wrong and what happens next
        QString details;    // plain text, one line per failing request (shown on request)
        QDateTime lastGood; // the last successful update
    };

    MesosSource(HttpTransport* transport, ClusterStore* store, QObject* parent = nullptr);
    ~MesosSource() override;

    // The leading master ("http://host:5050"); an empty URL means no leader is known.
    void setMaster(const QUrl& baseUrl);
    // A master the operator named (a master URL connection), leading or not: a standby
    // redirects to the leader, which is then asked directly; when that leader stops
    // answering, the entry is asked again for the new one (as the web UI's /master/redirect).
    void setEntry(const QUrl& baseUrl);
    void setLeader(const MasterInfo& leader); // from MesosLeaderDetector
    // ZooKeeper names a leader by host:port only: "https" when the cluster serves TLS.
    void setLeaderScheme(const QString& scheme) { m_leaderScheme = scheme; }
    void stop();

    QUrl master() const { return m_base; }
    QUrl entry() const { return m_entry; }
    // What the master answering says of itself (v1 GET_MASTER): its MasterInfo and when it
    // was elected. Null / invalid until it answered, and again after every change of master;
    // masters before 1.0 have no v1 API and elected_time came with 1.5 (then unknown).
    MasterInfo leaderInfo() const { return m_leaderInfo; }
    QDateTime electedTime() const { return m_electedTime; }
    // The master asked answered 503: it is not leading and knows of no leader.
    bool noLeader() const { return m_noLeader; }
    // The master has no v1 GET_MASTER (before 1.0): leaderInfo() stays null.
    bool identityUnavailable() const { return m_identityUnavailable; }
    // The master asked does not answer at all (refused, timed out): who leads is not known.
    bool isUnreachable() const { return m_unreachable; }
    Status status() const { return m_status; }
    bool isStreaming() const { return m_streamOpen; }
    bool streamUnsupported() const { return m_streamUnsupported; }

    // Seams for tests: fixed intervals instead of the size-based ones; the heartbeat slack.
    void setPollInterval(std::chrono::milliseconds interval) { m_fixedInterval = interval; }
    // Nobody looks (the window is minimised): poll BackgroundSlowdown times less often. The event
    // stream still brings every change; back in front, the next poll comes at once.
    void setBackground(bool background);
    static constexpr int BackgroundSlowdown = 5;
    void setHeartbeatSlack(std::chrono::milliseconds slack) { m_heartbeatSlack = slack; }
    void setStreamingEnabled(bool enabled) { m_streamingEnabled = enabled; }

    // Poll intervals by number of agents (the Mesos web UI's table for /master/state).
    static std::chrono::milliseconds summaryInterval(int agents);
    static std::chrono::milliseconds stateInterval(int agents);

signals:
    void statusChanged(const MesosSource::Status& status);
    void masterChanged(const QUrl& baseUrl);
    void leaderInfoChanged(); // leaderInfo, electedTime, noLeader, identityUnavailable or isUnreachable

private:
    enum class Endpoint { Summary, Metrics, State, Stream };
    void restart();
    void fetchVersion();
    void fetchIdentity();
    void fallBackToEntry();
    void setLeaderInfo(const MasterInfo& info, const QDateTime& elected, bool noLeader);
    void setReachability(bool unreachable, bool identityUnavailable);
    void poll();
    void scheduleNextPoll();
    void request(Endpoint endpoint, const QString& path);
    void onResponse(Endpoint endpoint, int generation, int status, const QUrl& finalUrl,
                    const QByteArray& body, const QString& error);
    void adoptFinalUrl(const QUrl& finalUrl, bool identify = true);
    void openStream();
    void dropStream();
    void onStreamHeaders(int generation, int status, const QUrl& finalUrl);
    void onStreamData(int generation, const QByteArray& data);
    void onStreamFinished(int generation, const QString& error);
    void onHeartbeatMissed();
    void handleRecords(const QList<QByteArray>& records);
    void onSubscribed(const MesosJsonParser::Result<MesosEvent>& parsed);
    bool needsStatePolling() const;
    void scheduleStreamRetry(std::chrono::milliseconds delay);
    void setEndpointError(Endpoint endpoint, const QString& error);
    void clearEndpointError(Endpoint endpoint);
    void updateStatus();
    std::chrono::milliseconds backoff() const;
    QString endpointName(Endpoint endpoint) const;

    HttpTransport* m_transport;
    ClusterStore* m_store;
    QUrl m_base;
    QUrl m_entry;
    QString m_leaderScheme = QStringLiteral("http");
    bool m_identityFailed = false; // GET_MASTER got no HTTP answer: ask again after the next good poll
    MasterInfo m_leaderInfo;
    QDateTime m_electedTime;
    bool m_noLeader = false;
    bool m_identityUnavailable = false;
    bool m_unreachable = false;
    int m_generation = 0; // bumped on every leader change: answers from the old one are ignored
    QTimer* m_pollTimer;
    QTimer* m_streamRetryTimer;
    QTimer* m_heartbeatTimer;
    QObject* m_requestContext = nullptr;
    QObject* m_streamContext = nullptr;
    QHash<int, bool> m_inFlight;  // Endpoint -> busy
    QHash<int, QString> m_errors; // Endpoint -> message
    QDateTime m_lastStatePoll;
    int m_failures = 0;
    bool m_streamingEnabled = true;
    bool m_streamOpen = false;
    bool m_streamUnsupported = false;
    bool m_snapshotPending = false;
    bool m_subscribed = false;
    bool m_summaryUnsupported = false;
    bool m_switching = false;
    int m_streamGeneration = 0;
    QString m_statePath = QStringLiteral("/master/state");
    double m_heartbeatSeconds = 15;
    RecordIoDecoder m_decoder;
    QList<QByteArray> m_queuedRecords;
    std::chrono::milliseconds m_fixedInterval{0};
    bool m_background = false;
    std::chrono::milliseconds m_heartbeatSlack{5000};
    Status m_status;
};
