// Fuzz target: the group parser, the group checks and the JSON pointer locator. A refusal
// always says why; a group read is checked and stripped without a crash, and every path a
// check names is looked up in the text it came from.
#include "marathon/GroupDefinitionValidator.h"
#include "marathon/JsonPathLocator.h"
#include "marathon/MarathonDependencies.h"
#include "marathon/MarathonGroupParser.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto group = MarathonGroupParser::parseGroup(bytes, &error);
    if (!group && error.isEmpty())
        std::abort();
    const QString text = QString::fromUtf8(bytes);
    if (group) {
        if (!group->id.startsWith(u'/'))
            std::abort();
        MarathonDependencies deps;
        deps.addGroup(*group);
        for (const QString& id : group->allAppIds())
            deps.neededBy(id);
        MarathonGroupParser::editable(group->raw);
        for (const auto& problem : GroupDefinitionValidator::validate(group->raw))
            if (JsonPathLocator::offsetOf(text, problem.path) >= qsizetype(text.size()))
                std::abort();
    }
    for (const QString& pointer :
         {QStringLiteral("/id"), QStringLiteral("/apps/0/id"), QStringLiteral("/a/1/b/2")})
        if (JsonPathLocator::offsetOf(text, pointer) >= qsizetype(text.size()) + 1)
            std::abort();
    JsonPathLocator::normalized(text.left(200));
    return 0;
}
