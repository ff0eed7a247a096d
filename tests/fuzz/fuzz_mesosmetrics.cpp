// Fuzz target: /metrics/snapshot.
#include "mesos/MesosJsonParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto result = MesosJsonParser::parseMetrics(bytes);
    if (!result.ok() && !result.value.values.isEmpty() && result.error.isEmpty())
        std::abort();
    return 0;
}
