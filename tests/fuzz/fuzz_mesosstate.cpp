// Fuzz target: /master/state and /master/state-summary (v0, any version) and v1 answers, each
// also through the two-thread path that big documents take, which must give the same result.
#include "SnapshotDifference.h"
#include "mesos/MesosJsonParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (auto parse : {&MesosJsonParser::parseState, &MesosJsonParser::parseStateSummary, &MesosJsonParser::parseV1Response}) {
        const auto result = parse(bytes);
        // Either a snapshot or an error message, never both or neither.
        if (result.ok() == !result.value)
            std::abort();
        if (result.ok()) {
            for (const MesosTaskPtr& t : result.value->tasks) {
                if (t->raw.offset < 0 || t->raw.offset + t->raw.length > bytes.size())
                    std::abort();
            }
        }
        if (size % 4 != 0) // a quarter of the inputs (by size, so a finding replays): a thread each is slow
            continue;
        MesosJsonParser::setTaskPipeThreshold(0);
        const auto piped = parse(bytes);
        MesosJsonParser::setTaskPipeThreshold(-1);
        if (piped.error != result.error)
            std::abort();
        if (result.ok() && !SnapshotDifference::between(*result.value, *piped.value).isEmpty())
            std::abort();
    }
    return 0;
}
