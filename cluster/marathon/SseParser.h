#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Server-Sent Events framing (text/event-stream): "field: value" lines, an event ends at a
// blank line, ":" starts a comment, CR, LF or CRLF end lines, and network chunks may cut a
// line (or a CRLF) anywhere. Blank keep-alive lines with no data dispatch nothing.
class SseParser {
public:
    struct Event {
        QString event; // "message" when the stream named none
        QByteArray data;
        QString id;
    };

    // Feeds one chunk; returns the events completed by it.
    QList<Event> feed(const QByteArray& chunk);
    void reset();
    QString lastEventId() const { return m_lastEventId; }
    // A line longer than this is dropped (a broken or hostile stream must not exhaust memory).
    static constexpr qsizetype MaxLineBytes = 8 * 1024 * 1024;

private:
    void processLine(const QByteArray& line, QList<Event>* out);

    QByteArray m_buffer;
    bool m_skipLf = false; // the previous chunk ended in CR: a leading LF belongs to it
    bool m_overflow = false;
    QString m_event;
    QByteArray m_data;
    bool m_hasData = false;
    QString m_lastEventId;
};
