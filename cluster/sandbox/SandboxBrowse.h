#pragma once

#include "SandboxFileEntry.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class HttpTransport;
#include <QNetworkReply>

// Lists one sandbox directory with the agent's /files/browse?path=. The answer is parsed off the
// GUI thread (a sandbox may hold thousands of files). One listing at a time: a new list()
// cancels the previous one.
class SandboxBrowse : public QObject {
    Q_OBJECT
public:
    explicit SandboxBrowse(HttpTransport* transport, QObject* parent = nullptr);

    void list(const QUrl& agentUrl, const QString& path);
    void cancel();

    // <agent>/files/<endpoint>?path=<path>[&extraQuery], the path percent-encoded completely.
    static QUrl filesUrl(const QUrl& agentUrl, const QString& endpoint, const QString& path,
                         const QByteArray& extraQuery = {});

signals:
    void listed(const QString& path, const QList<SandboxFileEntry>& entries);
    void failed(const QString& path, const QString& message, bool unauthorized);

private:
    HttpTransport* m_transport;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0;
};
