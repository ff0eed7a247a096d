#include "FileTail.h"

#include "FilesReadChunk.h"
#include "SandboxBrowse.h"
#include "net/HttpTransport.h"

#include <QNetworkReply>

FileTail::FileTail(HttpTransport* transport, const QUrl& agentUrl, const QString& path, QObject* parent)
    : QObject(parent), m_transport(transport), m_agentUrl(agentUrl), m_path(path) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FileTail::next);
}

FileTail::~FileTail() { stop(); }

QString FileTail::unauthorizedMessage() {
    return tr("You are not authorized to read this file (the agent answered 401/403). "
              "Check the credentials of this cluster.");
}

QUrl FileTail::readUrl(qint64 offset, qint64 length) const {
    QByteArray query = "offset=" + QByteArray::number(offset);
    if (length >= 0)
        query += "&length=" + QByteArray::number(length);
    return SandboxBrowse::filesUrl(m_agentUrl, QStringLiteral("read"), m_path, query);
}

void FileTail::start() {
    stop();
    ++m_generation;
    m_running = true;
    m_paused = false;
    m_finishing = m_finished = false;
    m_initialized = false;
    m_start = m_end = 0;
    m_size = -1;
    m_nextStep = Step::Probe;
    schedule(0);
}

void FileTail::stop() {
    ++m_generation;
    m_running = false;
    m_timer.stop();
    if (m_reply)
        m_reply->abort();
    if (m_pageReply)
        m_pageReply->abort();
    m_reply = nullptr;
    m_pageReply = nullptr;
}

void FileTail::finish() {
    if (!m_running || m_finishing)
        return;
    m_finishing = true;
    // An idle tail waits a poll interval; probe at once so the end is read without delay.
    if (!m_reply && !m_paused && m_nextStep == Step::Probe)
        schedule(0);
}

void FileTail::pause() {
    if (!m_running || m_paused)
        return;
    m_paused = true;
    m_timer.stop();
    emit progressChanged();
}

void FileTail::resume() {
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_resumeProbe = true;
    m_nextStep = Step::Probe;
    if (!m_reply)
        schedule(0);
    emit progressChanged();
}

void FileTail::schedule(int ms) {
    if (!m_running || m_paused)
        return;
    m_timer.start(ms);
}

void FileTail::next() {
    if (!m_running || m_paused || m_reply)
        return;
    if (m_nextStep == Step::Read)
        read();
    else
        probe();
}

void FileTail::probe() {
    const quint64 generation = m_generation;
    m_reply = m_transport->get(readUrl(-1, -1), this, [this, generation](const HttpTransport::Response& r) {
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        if (!r.ok()) {
            if (!handleError(r.status, r.error.summary()))
                schedule(m_options.retryIntervalMs);
            return;
        }
        onProbe(r.body);
    });
}

void FileTail::onProbe(const QByteArray& body) {
    QString error;
    const auto chunk = FilesReadChunk::parse(body, &error);
    if (!chunk) {
        // A garbled answer is treated like no answer: keep the text, retry.
        setStale(true);
        emit failed(error, false);
        schedule(m_options.retryIntervalMs);
        return;
    }
    setStale(false);
    const qint64 size = chunk->offset;
    const bool sizeChanged = size != m_size;
    m_size = size;
    if (!m_initialized) {
        m_initialized = true;
        m_start = m_end = size > m_options.pageSize ? size - m_options.pageSize : 0;
        m_cutFirstLine = m_start > 0;
    } else if (size < m_end) {
        // Truncated or rotated: follow the new file from its start (or its last page).
        const qint64 oldEnd = m_end;
        m_start = m_end = size > m_options.pageSize ? size - m_options.pageSize : 0;
        m_cutFirstLine = m_start > 0;
        emit restarted(oldEnd, size);
    } else if (m_resumeProbe && size - m_end > m_options.resumeCatchUpBytes) {
        const qint64 jumpTo = size - m_options.pageSize;
        emit skipped(jumpTo - m_end);
        m_end = jumpTo;
        m_cutFirstLine = true;
    }
    m_resumeProbe = false;
    if (sizeChanged)
        emit progressChanged();
    if (m_size > m_end) {
        m_nextStep = Step::Read;
        schedule(0);
    } else if (m_finishing) {
        stop();
        m_finished = true;
        emit progressChanged();
        emit finished();
    } else {
        m_nextStep = Step::Probe;
        schedule(m_options.pollIntervalMs);
    }
}

void FileTail::read() {
    const quint64 generation = m_generation;
    const qint64 offset = m_end;
    m_reply = m_transport->get(readUrl(offset, m_options.chunkSize), this,
                               [this, generation, offset](const HttpTransport::Response& r) {
                                   if (generation != m_generation)
                                       return;
                                   m_reply = nullptr;
                                   if (!r.ok()) {
                                       m_nextStep = Step::Probe;
                                       if (!handleError(r.status, r.error.summary()))
                                           schedule(m_options.retryIntervalMs);
                                       return;
                                   }
                                   onRead(r.body, offset);
                               });
}

void FileTail::onRead(const QByteArray& body, qint64 requestedOffset) {
    QString error;
    auto chunk = FilesReadChunk::parse(body, &error);
    if (!chunk || chunk->offset != requestedOffset) {
        setStale(true);
        emit failed(chunk ? tr("The agent answered offset %1 for a read at %2.").arg(chunk->offset).arg(requestedOffset)
                          : error,
                    false);
        m_nextStep = Step::Probe;
        schedule(m_options.retryIntervalMs);
        return;
    }
    setStale(false);
    const qint64 received = chunk->data.size();
    m_end += received;
    if (m_end > m_size)
        m_size = m_end;
    QByteArray data = std::move(chunk->data);
    if (m_cutFirstLine && !data.isEmpty()) {
        // Start on a line boundary: drop the partial first line.
        const qsizetype nl = data.indexOf('\n');
        if (nl < 0) {
            m_start = m_end;
            data.clear();
        } else {
            m_start = requestedOffset + nl + 1;
            data.remove(0, nl + 1);
            m_cutFirstLine = false;
        }
    }
    if (!data.isEmpty())
        emit appended(data);
    emit progressChanged();
    if (received >= m_options.chunkSize) {
        m_nextStep = Step::Read; // more is waiting: read again at once
        schedule(0);
    } else {
        m_nextStep = Step::Probe;
        schedule(received > 0 && m_end < m_size ? 0 : m_options.pollIntervalMs);
    }
}

bool FileTail::handleError(int status, const QString& message) {
    if (status == 401 || status == 403 || status == 404)
        setStale(false); // the agent answers: what it says is final, not a reason to retry
    if (status == 401 || status == 403) {
        m_running = false;
        emit failed(unauthorizedMessage(), true);
        return true;
    }
    if (status == 404) {
        m_running = false;
        emit failed(tr("The file %1 does not exist on the agent (the sandbox may have been garbage collected).")
                        .arg(m_path),
                    false);
        return true;
    }
    const bool wasStale = m_stale;
    setStale(true);
    if (!wasStale)
        emit failed(message, false);
    return false;
}

void FileTail::setStale(bool stale) {
    if (m_stale == stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void FileTail::loadEarlier() {
    if (!m_initialized || m_start <= 0 || m_pageReply)
        return;
    const qint64 to = m_start;
    const qint64 from = qMax<qint64>(0, to - m_options.pageSize);
    pageStep(from, to, QByteArray());
}

void FileTail::pageStep(qint64 from, qint64 to, QByteArray collected) {
    const quint64 generation = m_generation;
    const qint64 offset = from + collected.size();
    const qint64 length = qMin(to - offset, m_options.chunkSize);
    m_pageReply = m_transport->get(
        readUrl(offset, length), this,
        [this, generation, from, to, collected, offset](const HttpTransport::Response& r) mutable {
            if (generation != m_generation)
                return;
            m_pageReply = nullptr;
            if (!r.ok()) {
                handleError(r.status, r.error.summary());
                return;
            }
            QString error;
            const auto chunk = FilesReadChunk::parse(r.body, &error);
            if (!chunk || chunk->offset != offset) {
                emit failed(chunk ? tr("The agent answered an unexpected offset.") : error, false);
                return;
            }
            collected.append(chunk->data);
            if (!chunk->data.isEmpty() && from + collected.size() < to) {
                pageStep(from, to, collected); // a short read: keep going
                return;
            }
            if (collected.size() > to - from)
                collected.truncate(to - from);
            qint64 newStart = from;
            if (from > 0) {
                const qsizetype nl = collected.indexOf('\n');
                if (nl >= 0 && nl + 1 < collected.size()) {
                    collected.remove(0, nl + 1);
                    newStart = from + nl + 1;
                }
            }
            if (newStart >= m_start || collected.isEmpty())
                return;
            m_start = newStart;
            emit prepended(collected);
            emit progressChanged();
        });
}
