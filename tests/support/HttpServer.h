#pragma once

#include "SslTcpServer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>

class QTcpSocket;

// The devcluster's HTTP/1.1 server: plain TCP (or TLS under --tls, see SslTcpServer), loopback only. It
// exists (instead of QHttpServer 6.4) because the simulated Mesos and Marathon must stream (RecordIO,
// Server-Sent Events), answer with exact status codes and headers, and misbehave on demand (truncate, stall,
// drop the connection).
struct HttpRequest {
    QByteArray method;   // "GET", "POST", ...
    QString path;        // percent-decoded path, e.g. "/slave(1)/state"
    QByteArray rawPath;  // as sent, with the query, e.g. "/master/tasks?limit=10"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& lowerName) const;
};

// One request's answer. Either respond() once, or startStream() + writeChunk()... + endStream().
// Valid until the connection closes (then closed() is emitted and it is deleted later).
class HttpResponder : public QObject {
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    void respond(int status, const QByteArray& body, const QByteArray& contentType = "application/json",
                 const Headers& headers = {});
    // Sends a body that stops short of its Content-Length, then closes: a torn response.
    void respondTruncated(int status, const QByteArray& body, qsizetype keepBytes,
                          const QByteArray& contentType = "application/json");
    void startStream(int status, const QByteArray& contentType, const Headers& headers = {});
    void writeChunk(const QByteArray& data);
    void endStream();
    void abort(); // drop the connection without a word

    // Lets a wrapper around a handler (a fault injector) see a plain response before it is sent.
    // The filter runs once; it returns true when it answered (or dropped) the request itself.
    using ResponseFilter = std::function<bool(HttpResponder* responder, int status, const QByteArray& body,
                                              const QByteArray& contentType, const Headers& headers)>;
    void setResponseFilter(ResponseFilter filter) { m_filter = std::move(filter); }

    bool isOpen() const;
    bool isStreaming() const { return m_streaming; }

    static QByteArray reasonPhrase(int status);

signals:
    void closed();

private:
    friend class HttpServer;
    explicit HttpResponder(QTcpSocket* socket, bool keepAlive, QObject* parent);
    void writeHead(int status, const QByteArray& contentType, const Headers& headers, qint64 contentLength);
    void finishResponse();

    QPointer<QTcpSocket> m_socket;
    bool m_keepAlive;
    bool m_streaming = false;
    bool m_done = false;
    ResponseFilter m_filter;
};

class HttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest&, HttpResponder*)>;

    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; 0 picks a free port
    void close();                  // stop listening and drop every connection (a crash, as seen by clients)
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const; // "http://127.0.0.1:PORT", "https://..." under TLS
    bool isListening() const { return m_server.isListening(); }
    // Stays plain HTTP when the process serves TLS (the devcluster's control API).
    void setPlainOnly(bool plain) { m_server.setPlainOnly(plain); }
    // "https" while the process serves TLS, else "http": for URLs the simulated servers hand out.
    static QString scheme();

    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);

    SslTcpServer m_server;
    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_sockets;
};
