// Fuzz target: one framework's details (MesosFrameworkDetails), whole and inside a document
// (the in-place read, whose padding is the rest of the document).
#include "mesos/MesosFrameworkDetails.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const MesosFrameworkDetails whole = MesosFrameworkDetails::fromBytes(bytes, &error);
    if (!error.isEmpty() && !(whole == MesosFrameworkDetails()))
        std::abort(); // an error leaves nothing half read
    const QByteArray document = "[" + bytes + "]" + QByteArray(80, ' ');
    QString inPlaceError;
    const MesosFrameworkDetails inPlace =
        MesosFrameworkDetails::fromRaw(RawJson{document, 1, bytes.size()}, &inPlaceError);
    if (inPlaceError.isEmpty() != error.isEmpty() || !(inPlace == whole))
        std::abort(); // where the text sits changes nothing
    return 0;
}
