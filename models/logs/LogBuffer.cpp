#include "LogBuffer.h"

LogBuffer::LogBuffer(qsizetype lineCap) : m_cap(qMax<qsizetype>(1, lineCap)) {}

LogBuffer::SourceState& LogBuffer::state(int source) {
    if (size_t(source) >= m_sources.size())
        m_sources.resize(size_t(source) + 1);
    return m_sources[size_t(source)];
}

void LogBuffer::decode(int source, const QByteArray& bytes, std::vector<LogDecoder::Line>& out) {
    state(source).decoder.decode(bytes, out);
}

void LogBuffer::decodeDetached(const QByteArray& bytes, std::vector<LogDecoder::Line>& out) {
    LogDecoder decoder;
    decoder.decode(bytes, out);
    // Back-paged text ends where the shown text begins, on a line boundary; a last line without
    // newline cannot be continued, so it stays a line of its own.
}

void LogBuffer::resetSource(int source) {
    SourceState& s = state(source);
    s.decoder.reset();
    s.openSequence = 0;
}

qsizetype LogBuffer::openRow(int source) const {
    if (size_t(source) >= m_sources.size())
        return -1;
    const quint64 seq = m_sources[size_t(source)].openSequence;
    if (seq < m_firstSequence || seq == 0)
        return -1;
    const qsizetype row = qsizetype(seq - m_firstSequence);
    return row < size() ? row : -1;
}

void LogBuffer::setOpen(int source, qsizetype row) { state(source).openSequence = row < 0 ? 0 : m_firstSequence + quint64(row); }

void LogBuffer::appendToRow(qsizetype row, const LogDecoder::Line& line) {
    Entry& e = m_entries[size_t(row)];
    const quint32 shift = quint32(e.text.size());
    e.text.append(line.text);
    m_textBytes += line.text.size();
    for (LogDecoder::Span span : line.spans) {
        span.start += shift;
        e.spans.append(span);
    }
}

void LogBuffer::append(Entry entry) {
    m_textBytes += entry.text.size();
    m_entries.push_back(std::move(entry));
}

void LogBuffer::prepend(Entry entry) {
    m_textBytes += entry.text.size();
    m_entries.push_front(std::move(entry));
    --m_firstSequence;
}

void LogBuffer::removeFront(qsizetype count) {
    count = qMin(count, size());
    for (qsizetype i = 0; i < count; ++i) {
        m_textBytes -= m_entries.front().text.size();
        m_entries.pop_front();
    }
    m_firstSequence += quint64(count);
}

void LogBuffer::clear() {
    m_firstSequence += quint64(size());
    m_entries.clear();
    m_textBytes = 0;
    for (SourceState& s : m_sources)
        s.openSequence = 0;
}
