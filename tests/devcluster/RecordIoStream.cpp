#include "RecordIoStream.h"

#include <QJsonDocument>
#include <QNetworkReply>

RecordIoStream::RecordIoStream(QObject* parent) : QObject(parent) {}

RecordIoStream::~RecordIoStream() { close(); }

void RecordIoStream::open(const QString& apiUrl) {
    QNetworkRequest request{QUrl(apiUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_manager.post(request, QByteArrayLiteral("{\"type\":\"SUBSCRIBE\"}"));
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_buffer += m_reply->readAll();
        if (!takeRecords(m_buffer, &m_events))
            m_framingError = true;
    });
}

void RecordIoStream::close() {
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool RecordIoStream::isFinished() const { return !m_reply || m_reply->isFinished(); }

int RecordIoStream::statusCode() const {
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

QStringList RecordIoStream::types() const {
    QStringList types;
    for (const QJsonObject& event : m_events)
        types << event.value(QStringLiteral("type")).toString();
    return types;
}

bool RecordIoStream::takeRecords(QByteArray& buffer, QList<QJsonObject>* events) {
    while (true) {
        const qsizetype newline = buffer.indexOf('\n');
        if (newline < 0)
            return buffer.size() < 20; // a length prefix is a few digits
        bool ok = false;
        const qint64 length = buffer.left(newline).toLongLong(&ok);
        if (!ok || length < 0)
            return false;
        if (buffer.size() < newline + 1 + length)
            return true;
        const QJsonDocument document = QJsonDocument::fromJson(buffer.mid(newline + 1, length));
        if (!document.isObject())
            return false;
        events->append(document.object());
        buffer.remove(0, newline + 1 + length);
    }
}
