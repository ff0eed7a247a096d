#pragma once

#include "sandbox/LogDecoder.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <vector>

// The lines a log view holds: a bounded deque of decoded lines (UTF-8 text without escapes, plus
// colour spans), fed by one LogDecoder per source so chunk edges never garble a character.
// It never signals: LogModel asks what a chunk would change, announces it, then applies it.
class LogBuffer {
public:
    enum class Kind : quint8 { Text, Marker };
    struct Entry {
        QByteArray text;
        QList<LogDecoder::Span> spans;
        quint16 source = 0;
        Kind kind = Kind::Text;
    };

    explicit LogBuffer(qsizetype lineCap = 200000);

    qsizetype lineCap() const { return m_cap; }
    void setLineCap(qsizetype cap) { m_cap = qMax<qsizetype>(1, cap); }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    const Entry& at(qsizetype row) const { return m_entries[size_t(row)]; }
    quint64 firstSequence() const { return m_firstSequence; }

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
    void append(Entry entry);
    void prepend(Entry entry);
    void removeFront(qsizetype count);
    void clear();

    qint64 textBytes() const { return m_textBytes; }

private:
    struct SourceState {
        LogDecoder decoder;
        quint64 openSequence = 0; // sequence number of the open line, 0 = none
    };
    SourceState& state(int source);

    std::deque<Entry> m_entries;
    std::vector<SourceState> m_sources;
    qsizetype m_cap;
    quint64 m_firstSequence = quint64(1) << 40; // sequence number of row 0 (room to prepend)
    qint64 m_textBytes = 0;
};
