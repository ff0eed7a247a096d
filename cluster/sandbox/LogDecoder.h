#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

// Turns the bytes of a log file, as they arrive in chunks, into lines of clean UTF-8 text:
//  - a UTF-8 sequence split across two chunks is carried to the next chunk, never garbled;
//  - invalid bytes become U+FFFD (one per bad sequence), never dropped;
//  - ANSI escape sequences are removed from the text; SGR colours and attributes become spans,
//    so a view can render them or ignore them, but never shows them raw. An escape split
//    across chunks is carried too. The SGR state carries from line to line, like a terminal.
//  - "\r\n" line ends lose their "\r".
// The last line of a chunk usually has no newline yet: it is delivered with complete=false and
// the next chunk's first line continues it (continuation=true).
class LogDecoder {
public:
    enum Attribute : quint8 { Bold = 1, Italic = 2, Underline = 4, Inverse = 8 };
    // Colours: -1 default; 0..255 the xterm palette; TrueColor | 0xRRGGBB.
    static constexpr qint32 TrueColor = 0x1000000;

    struct Span {
        quint32 start = 0;  // in bytes of the line's UTF-8 text
        quint32 length = 0;
        qint32 foreground = -1;
        qint32 background = -1;
        quint8 attributes = 0;
        bool operator==(const Span&) const = default;
    };
    struct Line {
        QByteArray text;
        QList<Span> spans;
        bool continuation = false; // continues the previous (incomplete) line
        bool complete = true;      // ended by a newline
    };

    // Appends the lines found in bytes to out.
    void decode(const char* data, qsizetype size, std::vector<Line>& out);
    void decode(const QByteArray& bytes, std::vector<Line>& out) { decode(bytes.constData(), bytes.size(), out); }
    // Forget carried bytes and state (a new file, or a jump to another offset).
    void reset();
    // A line longer than this is cut into several (protects memory against files without newlines).
    void setMaxLineBytes(qsizetype bytes) { m_maxLineBytes = bytes; }

    // Bytes that make a valid UTF-8 prefix ending on a character boundary (for carrying).
    static qsizetype incompleteUtf8Tail(const char* data, qsizetype size);

private:
    struct State {
        qint32 foreground = -1;
        qint32 background = -1;
        quint8 attributes = 0;
        bool isDefault() const { return foreground < 0 && background < 0 && attributes == 0; }
    };
    void applySgr(const char* params, qsizetype length);
    void appendText(Line& line, const char* data, qsizetype size);
    void emitSegment(const char* begin, const char* end, bool complete, std::vector<Line>& out);

    QByteArray m_carry;
    State m_state;
    bool m_open = false;       // the last delivered line had no newline
    qsizetype m_openBytes = 0; // its length so far
    qsizetype m_maxLineBytes = 1 << 20;
};
