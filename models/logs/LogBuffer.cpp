#include "LogBuffer.h"

namespace {
constexpr qsizetype BlockBytes = 256 * 1024;
}

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
    // Back-paged text ends where the shown text begins, on a line boundary; a last line without
    // newline cannot be continued, so it stays a line of its own.
    LogDecoder decoder;
    decoder.decode(bytes, out);
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

void LogBuffer::setOpen(int source, qsizetype row) {
    state(source).openSequence = row < 0 ? 0 : m_firstSequence + quint64(row);
}

QByteArrayView LogBuffer::text(qsizetype row) const {
    const Entry& e = at(row);
    if (e.length == 0)
        return {};
    return QByteArrayView(blockAt(e.block).bytes.constData() + e.offset, e.length);
}

void LogBuffer::place(QByteArrayView text, Entry& entry) {
    if (m_blocks.empty() ||
        (m_blocks.back().live > 0 &&
         m_blocks.back().bytes.size() + text.size() > qMax(BlockBytes, m_blocks.back().bytes.capacity())))
        m_blocks.emplace_back();
    Block& block = m_blocks.back();
    if (block.live == 0)
        block.bytes.clear(); // an empty block is reused
    if (block.bytes.capacity() < block.bytes.size() + text.size())
        block.bytes.reserve(qMax(BlockBytes, block.bytes.size() + text.size()));
    entry.block = m_firstBlock + quint32(m_blocks.size() - 1);
    entry.offset = quint32(block.bytes.size());
    entry.length = quint32(text.size());
    block.bytes.append(text.constData(), text.size());
    ++block.live;
    m_textBytes += text.size();
}

void LogBuffer::release(quint32 id) {
    Block& block = blockAt(id);
    if (--block.live == 0 && m_blocks.size() > 1)
        block.bytes = QByteArray(); // give the memory back at once
    // Blocks die in order as the front is trimmed; keep the last one for appending.
    while (m_blocks.size() > 1 && m_blocks.front().live == 0) {
        m_blocks.pop_front();
        ++m_firstBlock;
    }
}

LogBuffer::Entry LogBuffer::store(QByteArrayView text, Spans spans, quint16 source, Kind kind) {
    Entry e;
    e.source = source;
    e.kind = kind;
    if (!spans.isEmpty())
        e.spans = std::make_unique<Spans>(std::move(spans));
    place(text, e);
    return e;
}

void LogBuffer::appendToRow(qsizetype row, const LogDecoder::Line& line) {
    Entry& e = m_entries[size_t(row)];
    const quint32 shift = e.length;
    Block& block = blockAt(e.block);
    const bool atEnd = e.block == m_firstBlock + quint32(m_blocks.size() - 1) &&
                       qsizetype(e.offset + e.length) == block.bytes.size() &&
                       block.bytes.size() + line.text.size() <= block.bytes.capacity();
    if (atEnd) {
        block.bytes.append(line.text); // in place: nothing was stored after this line
        e.length += quint32(line.text.size());
        m_textBytes += line.text.size();
    } else {
        QByteArray joined(text(row).toByteArray());
        joined.append(line.text);
        m_textBytes -= e.length;
        const quint32 old = e.block;
        place(joined, e);
        release(old);
    }
    if (!line.spans.isEmpty()) {
        if (!e.spans)
            e.spans = std::make_unique<Spans>();
        for (LogDecoder::Span span : line.spans) {
            span.start += shift;
            e.spans->append(span);
        }
    }
}

void LogBuffer::append(QByteArrayView text, Spans spans, quint16 source, Kind kind) {
    m_entries.push_back(store(text, std::move(spans), source, kind));
}

void LogBuffer::prepend(QByteArrayView text, Spans spans, quint16 source, Kind kind) {
    m_entries.push_front(store(text, std::move(spans), source, kind));
    --m_firstSequence;
}

void LogBuffer::removeFront(qsizetype count) {
    count = qMin(count, size());
    for (qsizetype i = 0; i < count; ++i) {
        const Entry& e = m_entries.front();
        m_textBytes -= e.length;
        const quint32 block = e.block;
        m_entries.pop_front();
        release(block);
    }
    m_firstSequence += quint64(count);
}

void LogBuffer::clear() {
    m_firstSequence += quint64(size());
    m_entries.clear();
    m_blocks.clear();
    m_firstBlock = 0;
    m_textBytes = 0;
    for (SourceState& s : m_sources)
        s.openSequence = 0;
}
