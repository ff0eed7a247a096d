// Fuzz target: the simdjson app parser against the QJsonDocument reference. A refusal always
// says why; an app's raw text lies inside its document; and whatever both parsers accept, they
// read alike, field for field (the definition's JSON included).
#include "../support/MarathonAppDiff.h"
#include "marathon/MarathonAppsParser.h"
#include "marathon/MarathonParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void checkRaw(const MarathonApp& app) {
    if (app.raw.offset < 0 || app.raw.length < 2 || app.raw.offset + app.raw.length > app.raw.document.size())
        std::abort();
    const QByteArray text = app.raw.bytes();
    if (!text.startsWith('{') || !text.endsWith('}'))
        std::abort();
}

void differ(const QString& what) {
    std::fprintf(stderr, "new != old: %s\n", qPrintable(what));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto apps = MarathonAppsParser::parseApps(bytes, &error);
    if (!apps && error.isEmpty())
        std::abort();
    if (apps) {
        for (const MarathonApp& app : *apps)
            checkRaw(app);
        if (const auto reference = MarathonParser::parseApps(bytes))
            if (const QString diff = marathonAppsDiff(*apps, *reference); !diff.isEmpty())
                differ(diff);
    }
    error.clear();
    const auto app = MarathonAppsParser::parseApp(bytes, &error);
    if (!app && error.isEmpty())
        std::abort();
    if (app) {
        checkRaw(*app);
        if (const auto reference = MarathonParser::parseApp(bytes))
            if (const QString diff = marathonAppDiff(*app, *reference); !diff.isEmpty())
                differ(diff);
    }
    return 0;
}
