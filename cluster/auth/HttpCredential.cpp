#include "HttpCredential.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray HttpCredential::authorization() const {
    if (kind == Kind::Token)
        return "token=" + secret.toUtf8();
    return "Basic " + (user + u':' + secret).toUtf8().toBase64();
}

QString HttpCredential::who() const {
    return kind == Kind::Token ? QCoreApplication::translate("HttpCredential", "the token")
                               : u'"' + user + u'"';
}

QString HttpCredential::serialize() const {
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("kind"),
                                   kind == Kind::Token ? QStringLiteral("token") : QStringLiteral("basic")},
                                  {QStringLiteral("user"), user},
                                  {QStringLiteral("secret"), secret}})
            .toJson(QJsonDocument::Compact));
}

std::optional<HttpCredential> HttpCredential::deserialize(const QString& text) {
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    HttpCredential credential;
    credential.kind =
        o.value(QLatin1String("kind")).toString() == QLatin1String("token") ? Kind::Token : Kind::Basic;
    credential.user = o.value(QLatin1String("user")).toString();
    credential.secret = o.value(QLatin1String("secret")).toString();
    if (!credential.isValid())
        return std::nullopt;
    return credential;
}
