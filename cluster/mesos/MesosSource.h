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
        QString message;   // plain text: what is wrong (or what is happening)
        QDateTime lastGood; // the last successful update
    };

    MesosSource(HttpTransport* transport, ClusterStore* store, QObject* parent = nullptr);
    ~MesosSource() override;

    // The leading master ("http://host:5050"); an empty URL means no leader is known.
    void setMaster(const QUrl& baseUrl);
    void setLeader(const MasterInfo& leader); // from MesosLeaderDetector
    void stop();

    QUrl master() const { return m_base; }
    Status status() const { return m_status; }
    bool isStreaming() const { return m_streamOpen; }
    bool streamUnsupported() const { return m_streamUnsupported; }

    // Seams for tests: fixed intervals instead of the size-based ones; the heartbeat slack.
    void setPollInterval(std::chrono::milliseconds interval) { m_fixedInterval = interval; }
    void setHeartbeatSlack(std::chrono::milliseconds slack) { m_heartbeatSlack = slack; }
    void setStreamingEnabled(bool enabled) { m_streamingEnabled = enabled; }

    // Poll intervals by number of agents (the Mesos web UI's table for /master/state).
    static std::chrono::milliseconds summaryInterval(int agents);
    static std::chrono::milliseconds stateInterval(int agents);

signals:
    void statusChanged(const MesosSource::Status& status);
    void masterChanged(const QUrl& baseUrl);

private:
    enum class Endpoint { Summary, Metrics, State, Stream };
    void restart();
    void fetchVersion();
    void poll();
    void scheduleNextPoll();
    void request(Endpoint endpoint, const QString& path);
    void onResponse(Endpoint endpoint, int generation, int status, const QUrl& finalUrl, const QByteArray& body,
                    const QString& error);
    void adoptFinalUrl(const QUrl& finalUrl);
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
    int m_generation = 0; // bumped on every leader change: answers from the old one are ignored
    QTimer* m_pollTimer;
    QTimer* m_streamRetryTimer;
    QTimer* m_heartbeatTimer;
    QObject* m_requestContext = nullptr;
    QObject* m_streamContext = nullptr;
    QHash<int, bool> m_inFlight; // Endpoint -> busy
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
    std::chrono::milliseconds m_heartbeatSlack{5000};
    Status m_status;
};
