#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

// A blocking HTTP call for tests and tools that talk to the devcluster (never the GUI): it spins
// a local event loop, does not follow redirects, and gives status, headers and body back.
struct HttpFetch {
    int status = 0;          // 0: no HTTP answer (refused, dropped, timed out)
    QString error;           // the network error, if any
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }

    static HttpFetch get(const QString& url, int timeoutMs = 10000);
    static HttpFetch post(const QString& url, const QByteArray& body, const QByteArray& contentType = "application/json",
                          int timeoutMs = 10000);
    static HttpFetch request(const QByteArray& method, const QString& url, const QByteArray& body,
                             const QByteArray& contentType, int timeoutMs);
};
