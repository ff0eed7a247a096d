#pragma once

#include "HttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>

// A small in-memory Marathon for client and GUI tests, on tests/support/HttpServer. It keeps
// apps and tasks, answers like Marathon (201/200 with deployment ids, 404, 409 duplicate and
// 409 locked unless ?force=true, 400 for scale+wipe), streams /v2/events, and can be told to
// fail the next matching request (any status and body, a stall for timeouts, a dropped
// connection).
class FakeMarathon : public QObject {
    Q_OBJECT
public:
    struct Seen {
        QByteArray method;
        QString path;
        QByteArray rawPath;
        QByteArray body;
    };

    explicit FakeMarathon(QObject* parent = nullptr);
    bool start();
    QString baseUrl() const { return m_server.baseUrl(); }
    HttpServer& server() { return m_server; }

    void addApp(const QJsonObject& app, int runningTasks = -1);
    QJsonObject app(const QString& id) const { return m_apps.value(id); }
    bool hasApp(const QString& id) const { return m_apps.contains(id); }
    QList<QJsonObject> tasksOf(const QString& appId) const;
    void lock(const QString& appId, const QString& deploymentId);
    void setQueue(const QJsonArray& queue) { m_queue = queue; }

    // The next request whose method matches and whose path starts with pathPrefix fails.
    void failNext(const QByteArray& method, const QString& pathPrefix, int status, const QByteArray& body);
    void stallNext(const QByteArray& method, const QString& pathPrefix);  // never answered: a timeout
    void abortNext(const QByteArray& method, const QString& pathPrefix);  // connection dropped

    // /v2/events
    void pushEvent(const QByteArray& type, const QJsonObject& data);
    int eventStreams() const;
    void dropEventStreams();
    void setEventsRedirect(const QString& location) { m_eventsRedirect = location; }

    QList<Seen> requests() const { return m_seen; }
    Seen lastChange() const; // the last non-GET request
    void clearRequests() { m_seen.clear(); }

private:
    struct Failure {
        QByteArray method;
        QString prefix;
        int status = 0; // 0: stall, -1: abort
        QByteArray body;
    };
    void handle(const HttpRequest& request, HttpResponder* responder);
    void reply(HttpResponder* responder, int status, const QJsonValue& body, const HttpResponder::Headers& headers = {});
    QString newDeployment(const QString& appId);
    void setInstances(const QString& appId, int instances);
    QJsonObject appWithCounts(const QString& id, bool withTasks) const;

    HttpServer m_server;
    QMap<QString, QJsonObject> m_apps;
    QMap<QString, QList<QJsonObject>> m_tasks;
    QMap<QString, QString> m_locks; // appId -> deployment
    QMap<QString, QStringList> m_versions;
    QJsonArray m_queue;
    QList<Failure> m_failures;
    QList<Seen> m_seen;
    QList<QPointer<HttpResponder>> m_streams;
    QList<HttpResponder*> m_stalled;
    QString m_eventsRedirect;
    int m_counter = 0;
};
