#include "OperatorClient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

OperatorClient::OperatorClient(HttpTransport* transport, MasterUrl master, QObject* parent)
    : QObject(parent), m_transport(transport), m_master(std::move(master)) {}

void OperatorClient::call(const QByteArray& body, QObject* context, Done done) {
    send("POST", QStringLiteral("/api/v1"), body, context, std::move(done));
}

void OperatorClient::get(const QString& path, QObject* context, Done done) {
    send("GET", path, {}, context, std::move(done));
}

void OperatorClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                          QObject* context, Done done) {
    send(method, path, body, method == "POST" ? QByteArray("application/json") : QByteArray(), context,
         std::move(done));
}

void OperatorClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                          const QByteArray& contentType, QObject* context, Done done) {
    const QUrl base = m_master ? m_master() : QUrl();
    if (!base.isValid() || base.isEmpty()) {
        // Told on the next turn, as an answer would be: callers never see done() inside call().
        HttpTransport::Response response;
        response.error =
            ApiError::make(ApiError::Kind::Network,
                           QCoreApplication::translate("OperatorClient", "No leading master is known."));
        QTimer::singleShot(0, context, [done = std::move(done), response] { done(response); });
        return;
    }
    QUrl url = base;
    const QString query = path.section(u'?', 1);
    url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + path.section(u'?', 0, 0));
    if (!query.isEmpty())
        url.setQuery(query);
    m_transport->send(method, url, body, contentType, context, std::move(done),
                      {{"Accept", "application/json"}});
}
