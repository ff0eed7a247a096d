#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <memory>

struct TlsFailure;

// Why a request failed, in one shape for every server MesosDesk talks to.
// Marathon's error bodies vary by version ({"message","details":[{path,errors}]},
// details as a string, {"errors":[{attribute,error}]}...), so they are parsed leniently.
struct ApiError {
    enum class Kind { None, Network, Timeout, Tls, Http, Parse, Canceled };

    struct FieldError {
        QString path;      // JSON path such as "/upgradeStrategy/minimumHealthCapacity", may be empty
        QStringList errors;
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;             // the server's "message" (or ours), plain text
    QList<FieldError> details;
    QStringList deploymentIds;   // Marathon 409 "locked by deployments"
    QByteArray body;             // raw body, for the details pane
    std::shared_ptr<const TlsFailure> tls; // Kind::Tls: the certificate and why it was refused

    bool isError() const { return kind != Kind::None; }
    // One line for a status bar or message box, e.g. "HTTP 409: App is locked by one or more deployments."
    QString summary() const;
    // The summary plus every field error, one per line.
    QString fullText() const;

    static ApiError fromHttp(int status, const QByteArray& body);
    static ApiError make(Kind kind, const QString& message);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

Q_DECLARE_METATYPE(ApiError)
