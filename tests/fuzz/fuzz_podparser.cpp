// Fuzz target: the pod parser. A refusal always says why; a pod read always has an id and a
// spec text that is itself JSON the parser reads again to the same pod definition.
#include "marathon/MarathonPodParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (const auto pods = MarathonPodParser::parseStatuses(bytes, &error)) {
        for (const MarathonPod& pod : *pods) {
            if (pod.id.isEmpty() && pod.specJson.isEmpty())
                std::abort();
            const auto again = MarathonPodParser::parsePod(pod.specJson);
            if (!again || again->containers != pod.containers)
                std::abort();
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    error.clear();
    if (!MarathonPodParser::parsePods(bytes, &error) && error.isEmpty())
        std::abort();
    error.clear();
    if (!MarathonPodParser::parsePod(bytes, &error) && error.isEmpty())
        std::abort();
    MarathonPodParser::parseStatus(bytes);
    MarathonPodParser::parseVersions(bytes);
    return 0;
}
