#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QPointer>
#include <QString>

class QNetworkReply;

// Synchronous-looking HTTP calls for tests (the event loop runs while waiting), plus an SSE
// reader that collects "event:"/"data:" frames.
class TestHttpClient {
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray& name) const;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    };
    struct Event {
        QString type;
        QJsonObject data;
    };

    explicit TestHttpClient(QString baseUrl);
    ~TestHttpClient();

    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {});
    Reply get(const QString& path) { return call("GET", path); }
    Reply post(const QString& path, const QJsonObject& body) { return call("POST", path, QJsonDocument(body).toJson()); }
    Reply put(const QString& path, const QJsonObject& body) { return call("PUT", path, QJsonDocument(body).toJson()); }
    Reply del(const QString& path) { return call("DELETE", path); }

    // Opens /v2/events (query appended) and collects frames into events().
    void openEvents(const QString& query = {});
    const QList<Event>& events() const { return m_events; }
    QStringList eventTypes() const;
    bool waitForEvent(const QString& type, int timeoutMs = 5000);

private:
    QString m_base;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_stream;
    QByteArray m_buffer;
    QList<Event> m_events;
};
