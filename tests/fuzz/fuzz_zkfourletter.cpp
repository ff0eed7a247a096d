// Fuzz target: four-letter-word replies (srvr, mntr) and the explorer's data formats.
#include "zookeeper/ZkDataFormat.h"
#include "zookeeper/ZkServerReport.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ZkServerReport report;
    ZkServerReport::classify(bytes);
    if (report.applySrvr(bytes) && report.mode.isEmpty())
        std::abort(); // a mode was claimed but none kept
    report.applyMntr(bytes);
    if (report.latencyAvg && !(report.latencyMin && report.latencyMax))
        std::abort(); // latency is all three or nothing
    const ZkDataFormat::Kind kind = ZkDataFormat::detect(bytes);
    const QString hex = ZkDataFormat::hexDump(bytes);
    // Every 16 bytes make one line of the dump.
    if (hex.count(u'\n') + (bytes.isEmpty() ? 0 : 1) != (bytes.size() + 15) / 16)
        std::abort();
    if (kind == ZkDataFormat::Kind::Json && ZkDataFormat::prettyJson(bytes).isEmpty())
        std::abort();
    return 0;
}
