#pragma once

#include "net/HttpTransport.h"

#include <QObject>
#include <QUrl>
#include <functional>

// The operator console's requests to the leading master: POST /api/v1 calls and v0 GETs,
// through the session's transport (its authentication, TLS policy and redirects: a standby
// answers 307 and the call is sent again to the leader). Errors carry the master's own text.
class OperatorClient : public QObject {
    Q_OBJECT
public:
    using MasterUrl = std::function<QUrl()>; // the leading master's base URL, empty when none is known
    using Done = std::function<void(const HttpTransport::Response& response)>;

    OperatorClient(HttpTransport* transport, MasterUrl master, QObject* parent = nullptr);

    // A v1 call; done gets the answer (response.error kind None on 2xx), on context's thread,
    // unless context is destroyed first.
    void call(const QByteArray& body, QObject* context, Done done);
    void get(const QString& path, QObject* context, Done done);
    // Any request to the master (v0 endpoints that take a POST body); a body is sent as JSON.
    void send(const QByteArray& method, const QString& path, const QByteArray& body, QObject* context,
              Done done);
    // The same with the body's own content type (a form for /master/teardown).
    void send(const QByteArray& method, const QString& path, const QByteArray& body,
              const QByteArray& contentType, QObject* context, Done done);

private:
    HttpTransport* m_transport;
    MasterUrl m_master;
};
