#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <functional>

// Turns a request body into a checked app definition the way Marathon's /v2/apps does:
// 400 "Invalid JSON" for unparsable JSON or wrong JSON types, 422 "Object is not valid" with
// details[].path/errors for values Marathon rejects, otherwise the app with Marathon's
// defaults filled in.
class AppValidator {
public:
    struct Result {
        int status = 0;        // 0 when valid, else 400 or 422
        QByteArray errorBody;  // the error body for status
        QJsonObject app;       // the parsed object (normalized by normalize())
        bool ok() const { return status == 0; }
    };

    // Parses body into an object; 400 when it is not a JSON object.
    static Result parseObject(const QByteArray& body);
    // Validates a complete app definition (after merging a partial update).
    static Result validate(const QJsonObject& app);
    // Fills every default Marathon writes back; nextServicePort hands out service ports
    // (10000 upwards, unique in the cluster) for port definitions with port 0.
    static QJsonObject normalize(QJsonObject app, const std::function<int()>& nextServicePort);
    static QJsonObject normalizeHealthCheck(QJsonObject check);
    static bool isValidIdSegment(const QString& segment);
};
