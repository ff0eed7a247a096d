#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Checks a pod body the way Marathon's /v2/pods does: 400 "Invalid JSON" for wrong JSON types
// and missing required fields (play-json's error.path.missing), 422 "Object is not valid" for
// values Marathon's PodsValidation rejects; then fills Marathon's defaults (Raml.toRaml(podDef)).
class PodValidator {
public:
    struct Result {
        int status = 0;       // 0 when valid, else 400 or 422
        QByteArray errorBody; // the error body for status
        QJsonObject pod;      // the checked pod, nulls dropped (play-json reads null as absent)
        bool ok() const { return status == 0; }
    };

    static Result validate(const QByteArray& body);
    static Result validate(const QJsonObject& pod);
    // version: the definition's new version timestamp; role: Marathon's default role.
    static QJsonObject normalize(QJsonObject pod, const QString& version);
    // What the devcluster cannot run (images, health checks); empty when it can run the pod.
    static QString unsupported(const QJsonObject& pod);
    static QJsonObject withoutNulls(const QJsonObject& object);
};
