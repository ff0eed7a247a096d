#include "LogDecoder.h"

#include <QString>

#include <simdjson.h>

#include <cstring>

namespace {
constexpr char Esc = '\x1b';
constexpr qsizetype MaxEscapeBytes = 64; // longer "escapes" are not escapes: the ESC is dropped

int utf8Length(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 0; // a continuation byte or an invalid lead
}

// Where an escape sequence starting at p (on ESC) ends: the index just past it, 0 when it is
// still incomplete at end, -1 when it is not a well-formed escape (the ESC alone is dropped).
qsizetype escapeEnd(const char* p, const char* end) {
    if (end - p < 2)
        return 0;
    const unsigned char kind = static_cast<unsigned char>(p[1]);
    if (kind == '[') { // CSI: parameters and intermediates, then a final byte 0x40..0x7E
        for (const char* q = p + 2; q < end; ++q) {
            const unsigned char c = static_cast<unsigned char>(*q);
            if (c >= 0x40 && c <= 0x7E)
                return q - p + 1;
            if (c < 0x20 || c > 0x3F)
                return -1;
            if (q - p > MaxEscapeBytes)
                return -1;
        }
        return end - p > MaxEscapeBytes ? -1 : 0;
    }
    if (kind == ']') { // OSC: up to BEL or ESC '\'
        for (const char* q = p + 2; q < end; ++q) {
            if (*q == '\a')
                return q - p + 1;
            if (*q == Esc && q + 1 < end && q[1] == '\\')
                return q - p + 2;
            if (*q == '\n' || q - p > 512)
                return -1;
        }
        return end - p > 512 ? -1 : 0;
    }
    if (kind == '(' || kind == ')')
        return end - p < 3 ? 0 : 3; // charset selection
    if (kind >= 0x30 && kind <= 0x7E)
        return 2; // a two-byte escape such as ESC c, ESC M, ESC 7
    return -1;
}
} // namespace

qsizetype LogDecoder::incompleteUtf8Tail(const char* data, qsizetype size) {
    // Look back over at most 3 bytes for the lead byte of the last sequence.
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const unsigned char c = static_cast<unsigned char>(data[size - back]);
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte: keep looking for the lead
        const int length = utf8Length(c);
        return length > back ? back : 0;
    }
    return 0;
}

void LogDecoder::reset() {
    m_carry.clear();
    m_state = {};
    m_open = false;
    m_openBytes = 0;
}

void LogDecoder::decode(const char* data, qsizetype size, std::vector<Line>& out) {
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = m_carry;
        joined.append(data, size);
        m_carry.clear();
        data = joined.constData();
        size = joined.size();
    }
    const qsizetype tail = incompleteUtf8Tail(data, size);
    qsizetype usable = size - tail;
    QByteArray repaired;
    if (!simdjson::validate_utf8(data, size_t(usable))) {
        // Rare: let Qt replace every invalid sequence with U+FFFD, then work on valid UTF-8.
        repaired = QString::fromUtf8(data, usable).toUtf8();
        const QByteArray rest(data + usable, tail);
        repaired.append(rest); // keep the tail bytes after the repaired text, they are carried below
        data = repaired.constData();
        size = repaired.size();
        usable = size - tail;
    }
    const char* p = data;
    const char* end = data + usable;
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        // An escape cut at the chunk end is carried with the rest of the unfinished line's escape.
        if (!nl) {
            const char* esc = static_cast<const char*>(std::memchr(p, Esc, size_t(end - p)));
            while (esc) {
                const qsizetype e = escapeEnd(esc, end);
                if (e == 0) {
                    m_carry = QByteArray(esc, end - esc);
                    lineEnd = esc;
                    break;
                }
                const char* next = esc + (e > 0 ? e : 1);
                esc = next < end ? static_cast<const char*>(std::memchr(next, Esc, size_t(end - next))) : nullptr;
            }
        }
        if (lineEnd > p || nl)
            emitSegment(p, lineEnd, nl != nullptr, out);
        p = nl ? nl + 1 : end;
    }
    m_carry.append(data + usable, tail);
}

void LogDecoder::emitSegment(const char* begin, const char* end, bool complete, std::vector<Line>& out) {
    if (complete && end > begin && end[-1] == '\r')
        --end;
    const qsizetype length = end - begin;
    // Split pathological lines so one line never holds more than m_maxLineBytes.
    if (m_openBytes + length > m_maxLineBytes && length > 0) {
        qsizetype room = qMax<qsizetype>(0, m_maxLineBytes - m_openBytes);
        if (room == 0 && m_open) {
            m_open = false;
            m_openBytes = 0;
            room = m_maxLineBytes;
        }
        if (room < length) {
            // Cut on a character boundary.
            qsizetype cut = room;
            while (cut > 0 && (static_cast<unsigned char>(begin[cut]) & 0xC0) == 0x80)
                --cut;
            if (cut == 0)
                cut = room;
            emitSegment(begin, begin + cut, true, out);
            emitSegment(begin + cut, end, complete, out);
            return;
        }
    }
    Line line;
    line.continuation = m_open;
    line.complete = complete;
    if (!std::memchr(begin, Esc, size_t(length))) {
        line.text = QByteArray(begin, length);
        if (!m_state.isDefault() && length > 0)
            line.spans.append({0, quint32(length), m_state.foreground, m_state.background, m_state.attributes});
    } else {
        line.text.reserve(length);
        const char* p = begin;
        while (p < end) {
            const char* esc = static_cast<const char*>(std::memchr(p, Esc, size_t(end - p)));
            const char* runEnd = esc ? esc : end;
            appendText(line, p, runEnd - p);
            if (!esc)
                break;
            const qsizetype e = escapeEnd(esc, end);
            if (e <= 0) {
                p = esc + 1; // drop a stray ESC
                continue;
            }
            if (esc[1] == '[' && esc[e - 1] == 'm')
                applySgr(esc + 2, e - 3);
            p = esc + e;
        }
    }
    if (!line.text.isValidUtf8()) {
        // Backstop for the one promise the viewer makes: shown text is valid UTF-8 with
        // invalid bytes replaced. (Fuzzing found an escape sequence split byte by byte next to
        // a broken multi-byte character that slipped through; the spans no longer fit then.)
        line.text = QString::fromUtf8(line.text).toUtf8();
        line.spans.clear();
    }
    m_open = !complete;
    m_openBytes = complete ? 0 : m_openBytes + line.text.size();
    out.push_back(std::move(line));
}

void LogDecoder::appendText(Line& line, const char* data, qsizetype size) {
    if (size <= 0)
        return;
    const quint32 start = quint32(line.text.size());
    line.text.append(data, size);
    if (m_state.isDefault())
        return;
    if (!line.spans.isEmpty()) {
        Span& last = line.spans.last();
        if (last.start + last.length == start && last.foreground == m_state.foreground &&
            last.background == m_state.background && last.attributes == m_state.attributes) {
            last.length += quint32(size);
            return;
        }
    }
    line.spans.append({start, quint32(size), m_state.foreground, m_state.background, m_state.attributes});
}

void LogDecoder::applySgr(const char* params, qsizetype length) {
    // Parameters are separated by ';' (or ':' in the ITU form of 38/48); empty means 0.
    int values[32];
    int count = 0;
    int current = 0;
    bool any = false;
    for (qsizetype i = 0; i <= length; ++i) {
        const char c = i < length ? params[i] : ';';
        if (c >= '0' && c <= '9') {
            current = qMin(current * 10 + (c - '0'), 100000);
            any = true;
        } else if (c == ';' || c == ':') {
            if (count < 32)
                values[count++] = any ? current : 0;
            current = 0;
            any = false;
        } else {
            return; // private or unknown parameters: not an SGR we understand
        }
    }
    for (int i = 0; i < count; ++i) {
        const int v = values[i];
        if (v == 0) {
            m_state = {};
        } else if (v == 1) {
            m_state.attributes |= Bold;
        } else if (v == 3) {
            m_state.attributes |= Italic;
        } else if (v == 4) {
            m_state.attributes |= Underline;
        } else if (v == 7) {
            m_state.attributes |= Inverse;
        } else if (v == 22) {
            m_state.attributes &= quint8(~Bold);
        } else if (v == 23) {
            m_state.attributes &= quint8(~Italic);
        } else if (v == 24) {
            m_state.attributes &= quint8(~Underline);
        } else if (v == 27) {
            m_state.attributes &= quint8(~Inverse);
        } else if (v >= 30 && v <= 37) {
            m_state.foreground = v - 30;
        } else if (v == 39) {
            m_state.foreground = -1;
        } else if (v >= 40 && v <= 47) {
            m_state.background = v - 40;
        } else if (v == 49) {
            m_state.background = -1;
        } else if (v >= 90 && v <= 97) {
            m_state.foreground = v - 90 + 8;
        } else if (v >= 100 && v <= 107) {
            m_state.background = v - 100 + 8;
        } else if (v == 38 || v == 48) {
            qint32 colour = -2;
            if (i + 2 < count && values[i + 1] == 5) {
                colour = qBound(0, values[i + 2], 255);
                i += 2;
            } else if (i + 4 < count && values[i + 1] == 2) {
                colour = TrueColor | (qBound(0, values[i + 2], 255) << 16) | (qBound(0, values[i + 3], 255) << 8) |
                         qBound(0, values[i + 4], 255);
                i += 4;
            } else {
                i = count; // malformed extended colour: ignore the rest
            }
            if (colour != -2)
                (v == 38 ? m_state.foreground : m_state.background) = colour;
        }
    }
}
