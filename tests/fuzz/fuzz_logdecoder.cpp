// Fuzz target: the UTF-8/ANSI log decoder. Whatever the bytes and however they are cut into
// chunks, the output is valid UTF-8 without ESC, spans stay inside their line, and cutting the
// input differently gives the same text.
#include "sandbox/LogDecoder.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {
QByteArray run(const QByteArray& input, qsizetype step) {
    LogDecoder decoder;
    decoder.setMaxLineBytes(1 << 20);
    std::vector<LogDecoder::Line> lines;
    for (qsizetype at = 0; at < input.size(); at += step)
        decoder.decode(input.mid(at, step), lines);
    QByteArray text;
    for (const LogDecoder::Line& l : lines) {
        if (l.text.contains('\x1b') || l.text.contains('\n'))
            std::abort();
        if (QString::fromUtf8(l.text).toUtf8() != l.text)
            std::abort(); // not valid UTF-8
        for (const LogDecoder::Span& s : l.spans)
            if (qint64(s.start) + s.length > l.text.size() || s.length == 0)
                std::abort();
        if (!l.continuation && !text.isEmpty())
            text += '\n';
        text += l.text;
    }
    return text;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray whole = run(input, qMax<qsizetype>(1, input.size()));
    const QByteArray bytewise = run(input, 1);
    const QByteArray sevens = run(input, 7);
    // Escapes cut by a chunk edge are carried, so only a stray ESC at the very end can differ.
    if (!input.contains('\x1b') && !input.contains('\r') && (whole != bytewise || whole != sevens))
        std::abort();
    return 0;
}
