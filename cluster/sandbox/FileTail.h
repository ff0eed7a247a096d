#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class HttpTransport;
#include <QNetworkReply>

// Follows one file of an agent's sandbox through /files/read, like `tail -f`.
//
// The offset state machine (the Mesos UI's pailer, plus what it lacks):
//  1. probe: read(offset=-1) answers the size. The first time, start at size - pageSize when the
//     file is bigger than a page, and cut the first partial line.
//  2. read(offset=end, length=chunkSize) (chunkSize <= 64 KiB, the agent's cap). A full chunk reads
//     again at once; a short one waits pollInterval, then probes again.
//  3. An idle poll is a probe: when the size falls below the read offset the file was truncated
//     or rotated (Mesos answers empty data for offsets past the end, so only the size tells):
//     emit restarted() and follow the new file from its start (or its last page).
//  4. A request that fails (no answer, 5xx) marks the tail stale and retries every retryInterval;
//     the first answer clears it. 401/403 stop with failed(unauthorized = true). 404 stops too.
//  5. pause() stops requesting; resume() probes and jumps to the end when more than
//     resumeCatchUpBytes were missed (skipped() reports how many).
//  6. finish() (the task ended, nothing writes the file any more): read to the end the agent
//     reports, then stop and emit finished().
//  7. loadEarlier() reads pageSize bytes before the first byte shown (looping over short reads),
//     cut at the first newline, and emits prepended().
class FileTail : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 pageSize = 32 * 1024;
        qint64 chunkSize = 64 * 1024;
        int pollIntervalMs = 1000;
        int retryIntervalMs = 1000;
        qint64 resumeCatchUpBytes = 4 * 1024 * 1024;
    };

    FileTail(HttpTransport* transport, const QUrl& agentUrl, const QString& path, QObject* parent = nullptr);
    ~FileTail() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    QUrl agentUrl() const { return m_agentUrl; }
    QString path() const { return m_path; }

    void start();
    void stop();
    void pause();
    void resume();
    void loadEarlier();
    void finish();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool isStale() const { return m_stale; }
    bool isFinishing() const { return m_finishing; }
    bool isFinished() const { return m_finished; } // finish() read the file to its end
    bool isLoadingEarlier() const { return m_pageReply != nullptr; }
    qint64 startOffset() const { return m_start; } // first byte shown
    qint64 endOffset() const { return m_end; }     // next byte to read
    qint64 fileSize() const { return m_size; }     // last size the agent reported, -1 before

    QUrl readUrl(qint64 offset, qint64 length) const;

    static QString unauthorizedMessage();

signals:
    void appended(const QByteArray& bytes);     // new bytes at the end, contiguous with the last
    void prepended(const QByteArray& bytes);    // earlier bytes, ending where the shown text starts
    void restarted(qint64 oldEnd, qint64 newSize); // truncated or rotated: the text that follows is a new file
    void skipped(qint64 bytes);                 // resume jumped over bytes that were never read
    void staleChanged(bool stale);
    void failed(const QString& message, bool unauthorized);
    void progressChanged(); // offsets or size changed
    void finished();        // after finish(): the whole file is read, no more polling

private:
    enum class Step { Idle, Probe, Read };
    void schedule(int ms);
    void next();
    void probe();
    void read();
    void onProbe(const QByteArray& body);
    void onRead(const QByteArray& body, qint64 requestedOffset);
    bool handleError(int status, const QString& message); // true when the tail stops
    void setStale(bool stale);
    void pageStep(qint64 from, qint64 to, QByteArray collected);

    HttpTransport* m_transport;
    QUrl m_agentUrl;
    QString m_path;
    Options m_options;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkReply> m_pageReply;
    Step m_nextStep = Step::Probe;
    bool m_running = false;
    bool m_paused = false;
    bool m_stale = false;
    bool m_initialized = false; // the first probe placed m_start/m_end
    bool m_cutFirstLine = false;
    bool m_resumeProbe = false;
    bool m_finishing = false;
    bool m_finished = false;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_size = -1;
    quint64 m_generation = 0; // answers of an older generation are ignored
};
