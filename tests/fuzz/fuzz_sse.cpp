// Fuzz target: SSE framing. Feeding the input whole or split at any byte must give the same events.
#include "marathon/SseParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    SseParser whole;
    const auto expected = whole.feed(bytes);
    const qsizetype cut = size ? qsizetype(data[0]) % (bytes.size() + 1) : 0;
    SseParser split;
    auto got = split.feed(bytes.left(cut));
    got += split.feed(bytes.mid(cut));
    if (got.size() != expected.size())
        std::abort();
    for (qsizetype i = 0; i < got.size(); ++i)
        if (got[i].data != expected[i].data || got[i].event != expected[i].event)
            std::abort();
    return 0;
}
