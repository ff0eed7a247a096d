// Fuzz target: ZooKeeper URLs and connection targets.
#include "core/ConnectionTarget.h"
#include "zookeeper/ZkUrl.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const ZkUrl url = ZkUrl::parse(text, &error);
    if (url.isValid()) {
        // A valid URL re-parses to itself (without the password, the display form must be valid too).
        const ZkUrl again = ZkUrl::parse(url.toDisplayString(), &error);
        if (!url.hasCredentials() && (again.hosts != url.hosts || again.path != url.path))
            std::abort();
        if (!url.path.startsWith(u'/') || url.hosts.isEmpty())
            std::abort();
    } else if (error.isEmpty()) {
        std::abort(); // every rejection says why
    }
    ConnectionTarget::parse(text, &error);
    return 0;
}
