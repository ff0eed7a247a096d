#include "TeardownCall.h"

#include "OperatorCalls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace TeardownCall {

bool useV1(const QString& version) {
    return OperatorCalls::versionAtLeastOrUnknown(version, V1Major, V1Minor);
}

Request request(const QString& frameworkId, const QString& version) {
    if (useV1(version)) {
        const QJsonObject call{
            {QStringLiteral("type"), QStringLiteral("TEARDOWN")},
            {QStringLiteral("teardown"), QJsonObject{{QStringLiteral("framework_id"),
                                                      QJsonObject{{QStringLiteral("value"), frameworkId}}}}}};
        return {"POST", QStringLiteral("/api/v1"), QJsonDocument(call).toJson(QJsonDocument::Compact),
                "application/json"};
    }
    // The master decodes the body as a query string (process::http::query::decode).
    return {"POST", QStringLiteral("/master/teardown"), "frameworkId=" + QUrl::toPercentEncoding(frameworkId),
            "application/x-www-form-urlencoded"};
}

} // namespace TeardownCall
