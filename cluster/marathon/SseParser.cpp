#include "SseParser.h"

void SseParser::reset() { *this = SseParser(); }

QList<SseParser::Event> SseParser::feed(const QByteArray& chunk) {
    QList<Event> out;
    qsizetype start = 0;
    if (m_skipLf && !chunk.isEmpty() && chunk.at(0) == '\n')
        start = 1;
    m_skipLf = false;
    for (qsizetype i = start; i < chunk.size(); ++i) {
        const char c = chunk.at(i);
        if (c != '\n' && c != '\r')
            continue;
        if (m_overflow) {
            m_overflow = false; // the over-long line ends here; drop it
            m_buffer.clear();
        } else {
            m_buffer.append(chunk.constData() + start, i - start);
            processLine(m_buffer, &out);
            m_buffer.clear();
        }
        if (c == '\r') {
            if (i + 1 < chunk.size()) {
                if (chunk.at(i + 1) == '\n')
                    ++i;
            } else {
                m_skipLf = true;
            }
        }
        start = i + 1;
    }
    if (!m_overflow)
        m_buffer.append(chunk.constData() + start, chunk.size() - start);
    if (m_buffer.size() > MaxLineBytes) {
        m_buffer.clear();
        m_overflow = true;
    }
    return out;
}

void SseParser::processLine(const QByteArray& line, QList<Event>* out) {
    if (line.isEmpty()) {
        if (m_hasData) {
            QByteArray data = m_data;
            if (data.endsWith('\n'))
                data.chop(1);
            out->append(Event{m_event.isEmpty() ? QStringLiteral("message") : m_event, data, m_lastEventId});
        }
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // comment / keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } // "retry" and unknown fields are ignored
}
