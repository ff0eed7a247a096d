#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QStringList toStringList(const QJsonValue& value) {
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            out << (v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
    } else if (value.isString()) {
        out << value.toString();
    }
    return out;
}
} // namespace

ApiError ApiError::make(Kind kind, const QString& message) {
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray& body) {
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.body = body.left(64 * 1024);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    error.message = o.value(QLatin1String("message")).toString();
    const QJsonValue details = o.value(QLatin1String("details"));
    if (details.isArray()) {
        for (const QJsonValue& d : details.toArray()) {
            const QJsonObject item = d.toObject();
            FieldError field;
            field.path = item.value(QLatin1String("path")).toString();
            if (field.path.isEmpty())
                field.path = item.value(QLatin1String("attribute")).toString(); // Marathon 0.15
            field.errors = toStringList(item.value(QLatin1String("errors")));
            field.errors += toStringList(item.value(QLatin1String("error")));
            error.details << field;
        }
    } else if (details.isString()) {
        error.details << FieldError{QString(), {details.toString()}};
    }
    for (const QJsonValue& e : o.value(QLatin1String("errors")).toArray()) { // Marathon <= 0.11, DC/OS
        const QJsonObject item = e.toObject();
        error.details << FieldError{item.value(QLatin1String("attribute")).toString(),
                                    toStringList(item.value(QLatin1String("error")))};
    }
    for (const QJsonValue& d : o.value(QLatin1String("deployments")).toArray())
        error.deploymentIds << d.toObject().value(QLatin1String("id")).toString();
    if (error.message.isEmpty()) {
        // Mesos answers with plain text ("No leader elected"), Jetty with HTML: keep a short plain excerpt.
        const QString text = QString::fromUtf8(body).simplified();
        error.message = doc.isNull() && !text.startsWith(u'<') ? text.left(300) : QString();
    }
    return error;
}

QString ApiError::summary() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        return message.isEmpty() ? ApiError::tr("HTTP %1").arg(httpStatus)
                                 : ApiError::tr("HTTP %1: %2").arg(httpStatus).arg(message);
    case Kind::Timeout:
        return message.isEmpty() ? ApiError::tr("the request timed out") : message;
    default:
        return message;
    }
}

QString ApiError::fullText() const {
    QString text = summary();
    for (const FieldError& field : details) {
        const QString where = field.path.isEmpty() ? QString() : field.path + QStringLiteral(": ");
        text += u'\n' + where + field.errors.join(QStringLiteral("; "));
    }
    return text;
}
