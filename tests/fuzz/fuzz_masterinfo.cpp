// Fuzz target: the three MasterInfo encodings found in ZooKeeper (JSON, protobuf, UPID).
#include "mesos/MasterInfo.h"
#include "mesos/MesosLeaderDetector.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (auto decode : {&MasterInfo::fromJson, &MasterInfo::fromProtobuf, &MasterInfo::fromUpid}) {
        QString error;
        const MasterInfo info = decode(bytes, &error);
        if (info.isNull() && error.isEmpty())
            std::abort();
        if (!info.isNull() && (info.port <= 0 || info.port > 65535))
            std::abort();
    }
    MesosLeaderDetector::parseMember(QString::fromUtf8(bytes));
    return 0;
}
