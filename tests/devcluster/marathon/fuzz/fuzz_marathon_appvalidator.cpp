// Fuzz target: the simulated Marathon's request-body path (parse, validate, normalize) and the
// JSON schema checker it uses. Any input must end in a clean 400/422 or a normalized app.
#include "AppValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    AppValidator::Result result = AppValidator::parseObject(bytes);
    if (result.ok())
        result = AppValidator::validate(result.app);
    if (!result.ok()) {
        if (result.status != 400 && result.status != 422)
            std::abort();
        const QJsonDocument error = QJsonDocument::fromJson(result.errorBody);
        if (!error.isObject() || !error.object().value(QLatin1String("message")).isString())
            std::abort();
        return 0;
    }
    int port = 10000;
    const QJsonObject app = AppValidator::normalize(result.app, [&port] { return port++; });
    if (!app.value(QLatin1String("id")).toString().startsWith(QLatin1Char('/')))
        std::abort();
    if (app.value(QLatin1String("ports")).toArray().size() != app.value(QLatin1String("portDefinitions")).toArray().size())
        std::abort();
    if (app.value(QLatin1String("instances")).toDouble() < 0)
        std::abort();
    return 0;
}
