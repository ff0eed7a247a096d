// Fuzz target: AdminServer answers (/commands/srvr, /commands/monitor and their errors).
#include "zookeeper/ZkAdminParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ZkAdminParser::Answer answer = ZkAdminParser::classify(bytes);
    if (answer.kind != ZkAdminParser::Kind::Content && answer.kind != ZkAdminParser::Kind::NotJson &&
        answer.error.isEmpty())
        std::abort(); // an error answer always says its error
    ZkServerReport report;
    if (ZkAdminParser::applySrvr(report, answer.object) && report.mode.isEmpty())
        std::abort(); // a mode was claimed but none kept
    ZkAdminParser::applyMonitor(report, answer.object);
    if (report.latencyAvg && !(report.latencyMin && report.latencyMax))
        std::abort(); // latency is all three or nothing
    if ((report.watchCount && *report.watchCount < 0) || (report.nodeCount && *report.nodeCount < 0))
        std::abort(); // counts are never negative
    return 0;
}
