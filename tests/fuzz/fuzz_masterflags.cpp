// Fuzz target: the Master page's parsers (flags in both shapes, the logging level as JSON or
// the toggle's text). A success never comes with an error text, a refused document gives
// nothing back, flags come sorted with a name each, and a level is never negative.
#include "operator/OperatorParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto flags = OperatorParser::parseFlags(bytes);
    if (!flags.ok() && !flags.value.isEmpty())
        std::abort();
    for (qsizetype i = 1; i < flags.value.size(); ++i)
        if (flags.value.at(i - 1).name > flags.value.at(i).name)
            std::abort();
    const auto level = OperatorParser::parseLoggingLevel(bytes);
    if (level.ok() && level.value < 0)
        std::abort();
    return 0;
}
