#include "FilesReadChunk.h"

#include <QCoreApplication>

#include <cctype>
#include <cstring>
#include <limits>

namespace {
struct Cursor {
    const char* p;
    const char* end;
    void skipSpace() {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    }
};

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(Cursor& c, char32_t* out) {
    if (c.end - c.p < 4)
        return false;
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(c.p[i]);
        if (h < 0)
            return false;
        value = (value << 4) | char32_t(h);
    }
    c.p += 4;
    *out = value;
    return true;
}

void appendUtf8(QByteArray& out, char32_t cp) {
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// A JSON string at c.p (on the opening quote) to raw bytes.
bool readString(Cursor& c, QByteArray* out) {
    if (c.p >= c.end || *c.p != '"')
        return false;
    ++c.p;
    out->clear();
    while (c.p < c.end) {
        // Copy the run up to the next quote or backslash in one go.
        const char* run = c.p;
        while (c.p < c.end && *c.p != '"' && *c.p != '\\')
            ++c.p;
        out->append(run, c.p - run);
        if (c.p >= c.end)
            return false;
        if (*c.p == '"') {
            ++c.p;
            return true;
        }
        ++c.p; // backslash
        if (c.p >= c.end)
            return false;
        const char e = *c.p++;
        switch (e) {
        case '"': out->append('"'); break;
        case '\\': out->append('\\'); break;
        case '/': out->append('/'); break;
        case 'b': out->append('\b'); break;
        case 'f': out->append('\f'); break;
        case 'n': out->append('\n'); break;
        case 'r': out->append('\r'); break;
        case 't': out->append('\t'); break;
        case 'u': {
            char32_t cp = 0;
            if (!readHex4(c, &cp))
                return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                Cursor save = c;
                if (c.end - c.p >= 6 && c.p[0] == '\\' && c.p[1] == 'u') {
                    c.p += 2;
                    if (readHex4(c, &low) && low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else {
                        c = save;
                        cp = 0xFFFD;
                    }
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD; // a lone low surrogate
            }
            appendUtf8(*out, cp);
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool readNumber(Cursor& c, qint64* out) {
    bool negative = false;
    if (c.p < c.end && *c.p == '-') {
        negative = true;
        ++c.p;
    }
    if (c.p >= c.end || *c.p < '0' || *c.p > '9')
        return false;
    qint64 value = 0;
    while (c.p < c.end && *c.p >= '0' && *c.p <= '9') {
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return false;
        value = value * 10 + (*c.p - '0');
        ++c.p;
    }
    // Mesos writes integers; tolerate a ".0" or exponent-free fraction from other writers.
    if (c.p < c.end && *c.p == '.') {
        ++c.p;
        while (c.p < c.end && *c.p >= '0' && *c.p <= '9')
            ++c.p;
    }
    *out = negative ? -value : value;
    return true;
}

// Skips any other JSON value (for unknown keys).
bool skipValue(Cursor& c, int depth = 0) {
    if (depth > 64)
        return false;
    c.skipSpace();
    if (c.p >= c.end)
        return false;
    const char ch = *c.p;
    if (ch == '"') {
        QByteArray ignored;
        return readString(c, &ignored);
    }
    if (ch == '{' || ch == '[') {
        const char close = ch == '{' ? '}' : ']';
        ++c.p;
        c.skipSpace();
        if (c.p < c.end && *c.p == close) {
            ++c.p;
            return true;
        }
        while (c.p < c.end) {
            if (ch == '{') {
                QByteArray key;
                c.skipSpace();
                if (!readString(c, &key))
                    return false;
                c.skipSpace();
                if (c.p >= c.end || *c.p++ != ':')
                    return false;
            }
            if (!skipValue(c, depth + 1))
                return false;
            c.skipSpace();
            if (c.p >= c.end)
                return false;
            if (*c.p == ',') {
                ++c.p;
                continue;
            }
            if (*c.p == close) {
                ++c.p;
                return true;
            }
            return false;
        }
        return false;
    }
    const char* start = c.p;
    while (c.p < c.end && (std::isalnum(static_cast<unsigned char>(*c.p)) || *c.p == '-' || *c.p == '+' || *c.p == '.'))
        ++c.p;
    return c.p > start;
}

} // namespace

std::optional<FilesReadChunk> FilesReadChunk::parse(const QByteArray& json, QString* error) {
    auto fail = [error](const QString& message) -> std::optional<FilesReadChunk> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Cursor c{json.constData(), json.constData() + json.size()};
    c.skipSpace();
    if (c.p >= c.end || *c.p != '{')
        return fail(FilesReadChunk::tr("the agent's answer to /files/read is not a JSON object"));
    ++c.p;
    FilesReadChunk chunk;
    bool haveData = false;
    bool haveOffset = false;
    c.skipSpace();
    if (c.p < c.end && *c.p == '}') {
        ++c.p;
    } else {
        while (true) {
            c.skipSpace();
            QByteArray key;
            if (!readString(c, &key))
                return fail(FilesReadChunk::tr("malformed JSON in the agent's answer to /files/read"));
            c.skipSpace();
            if (c.p >= c.end || *c.p++ != ':')
                return fail(FilesReadChunk::tr("malformed JSON in the agent's answer to /files/read"));
            c.skipSpace();
            bool ok = true;
            if (key == "data") {
                ok = readString(c, &chunk.data);
                haveData = ok;
            } else if (key == "offset") {
                ok = readNumber(c, &chunk.offset);
                haveOffset = ok;
            } else {
                ok = skipValue(c);
            }
            if (!ok)
                return fail(FilesReadChunk::tr("malformed JSON in the agent's answer to /files/read"));
            c.skipSpace();
            if (c.p >= c.end)
                return fail(FilesReadChunk::tr("the agent's answer to /files/read was cut short"));
            if (*c.p == ',') {
                ++c.p;
                continue;
            }
            if (*c.p == '}') {
                ++c.p;
                break;
            }
            return fail(FilesReadChunk::tr("malformed JSON in the agent's answer to /files/read"));
        }
    }
    c.skipSpace();
    if (c.p != c.end)
        return fail(FilesReadChunk::tr("unexpected text after the agent's answer to /files/read"));
    if (!haveData || !haveOffset)
        return fail(FilesReadChunk::tr("the agent's answer to /files/read lacks \"data\" or \"offset\""));
    if (chunk.offset < 0)
        return fail(FilesReadChunk::tr("the agent answered a negative file offset"));
    return chunk;
}
