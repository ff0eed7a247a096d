// Fuzz target: every Marathon response parser, the error body parser and the app validator.
#include "marathon/AppDefinitionValidator.h"
#include "marathon/MarathonParser.h"
#include "net/ApiError.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (!MarathonParser::parseApps(bytes, &error) && error.isEmpty())
        std::abort(); // a failure always says why
    error.clear();
    if (!MarathonParser::parseApp(bytes, &error) && error.isEmpty())
        std::abort();
    MarathonParser::parseTasks(bytes);
    if (const auto deployments = MarathonParser::parseDeployments(bytes)) {
        for (const auto& d : *deployments)
            if (d.totalSteps < 0 && d.steps.size() > 0)
                std::abort();
    }
    MarathonParser::parseQueue(bytes);
    MarathonParser::parseInfo(bytes);
    MarathonParser::parseVersions(bytes);
    MarathonParser::parseLeader(bytes);
    MarathonParser::parseEvent(bytes, QStringLiteral("message"));
    const ApiError apiError = ApiError::fromHttp(422, bytes);
    (void)apiError.fullText();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        for (const auto& problem : AppDefinitionValidator::validate(doc.object()))
            if (!problem.path.startsWith(u'/'))
                std::abort();
    return 0;
}
