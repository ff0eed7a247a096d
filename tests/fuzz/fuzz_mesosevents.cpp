// Fuzz target: a SUBSCRIBE stream: RecordIO framing (fed in uneven pieces), then each
// record as a v1 event.
#include "SnapshotDifference.h"
#include "mesos/MesosJsonParser.h"
#include "mesos/RecordIoDecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    RecordIoDecoder decoder(1 << 20);
    qsizetype step = 1;
    QList<QByteArray> records;
    for (qsizetype i = 0; i < bytes.size(); i += step, step = step * 2 + 1)
        records += decoder.feed(bytes.mid(i, step));
    qsizetype total = 0;
    for (const QByteArray& r : records)
        total += r.size();
    if (total > bytes.size())
        std::abort();
    for (const QByteArray& record : records) {
        const auto event = MesosJsonParser::parseEvent(record);
        if (event.ok() && event.value.typeName.isEmpty())
            std::abort();
    }
    // The whole input as one event too (JSON-lines streams have no framing), also through the
    // two-thread path a big SUBSCRIBED takes, which must come to the same.
    const auto whole = MesosJsonParser::parseEvent(bytes);
    if (size % 4 != 0) // a quarter of the inputs (by size, so a finding replays): a thread each is slow
        return 0;
    MesosJsonParser::setTaskPipeThreshold(0);
    const auto piped = MesosJsonParser::parseEvent(bytes);
    MesosJsonParser::setTaskPipeThreshold(-1);
    if (whole.error != piped.error || whole.value.type != piped.value.type)
        std::abort();
    if (whole.value.state && !SnapshotDifference::between(*whole.value.state, *piped.value.state).isEmpty())
        std::abort();
    return 0;
}
