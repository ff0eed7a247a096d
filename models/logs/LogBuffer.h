#pragma once

#include "sandbox/LogDecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <deque>
#include <memory>
#include <vector>

// The lines a log view holds: a bounded deque of decoded lines (UTF-8 text without escapes, plus
// colour spans), fed by one LogDecoder per source so chunk edges never garble a character.
// Line text lives in large shared blocks, not one allocation per line, so 200,000 lines cost
// little more than their text; a block is freed once every line in it was trimmed.
// It never signals: LogModel asks what a chunk would change, announces it, then applies it.
class LogBuffer {
public:
    enum class Kind : quint8 { Text, Marker };
    using Spans = QList<LogDecoder::Span>;
    struct Entry {
        quint32 block = 0;
        quint32 offset = 0;
        quint32 length = 0;
        quint16 source = 0;
        Kind kind = Kind::Text;
        std::unique_ptr<Spans> spans; // null when the line has no colours
    };

    explicit LogBuffer(qsizetype lineCap = 200000);

    qsizetype lineCap() const { return m_cap; }
    void setLineCap(qsizetype cap) { m_cap = qMax<qsizetype>(1, cap); }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    const Entry& at(qsizetype row) const { return m_entries[size_t(row)]; }
    QByteArrayView text(qsizetype row) const;
    const Spans* spans(qsizetype row) const { return at(row).spans.get(); }

    // Decodes bytes of a source; the lines go to out (nothing is stored yet).
    void decode(int source, const QByteArray& bytes, std::vector<LogDecoder::Line>& out);
    // Decodes bytes that come before everything shown (back-paging) with a fresh decoder.
    static void decodeDetached(const QByteArray& bytes, std::vector<LogDecoder::Line>& out);
    void resetSource(int source);

    // The row holding source's unfinished last line, or -1.
    qsizetype openRow(int source) const;
    void setOpen(int source, qsizetype row);

    // Mutators (the model brackets them with begin/end calls).
    void appendToRow(qsizetype row, const LogDecoder::Line& line);
    void append(QByteArrayView text, Spans spans, quint16 source, Kind kind);
    void prepend(QByteArrayView text, Spans spans, quint16 source, Kind kind);
    void removeFront(qsizetype count);
    void clear();

    qint64 textBytes() const { return m_textBytes; }

private:
    struct SourceState {
        LogDecoder decoder;
        quint64 openSequence = 0; // sequence number of the open line, 0 = none
    };
    struct Block {
        QByteArray bytes;
        qsizetype live = 0; // lines stored here
    };
    SourceState& state(int source);
    Entry store(QByteArrayView text, Spans spans, quint16 source, Kind kind);
    void place(QByteArrayView text, Entry& entry);
    void release(quint32 block);
    Block& blockAt(quint32 id) { return m_blocks[size_t(id - m_firstBlock)]; }
    const Block& blockAt(quint32 id) const { return m_blocks[size_t(id - m_firstBlock)]; }

    std::deque<Entry> m_entries;
    std::deque<Block> m_blocks;
    quint32 m_firstBlock = 0; // id of m_blocks.front()
    std::vector<SourceState> m_sources;
    qsizetype m_cap;
    quint64 m_firstSequence = quint64(1) << 40; // sequence number of row 0 (room to prepend)
    qint64 m_textBytes = 0;
};
