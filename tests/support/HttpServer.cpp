#include "HttpServer.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <utility>

namespace {
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;
const char* const BufferProperty = "mesosdesk_buffer";
const char* const BusyProperty = "mesosdesk_busy";
} // namespace

QByteArray HttpRequest::header(const QByteArray& lowerName) const {
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

HttpResponder::HttpResponder(QTcpSocket* socket, bool keepAlive, QObject* parent)
    : QObject(parent), m_socket(socket), m_keepAlive(keepAlive) {
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_done = true;
        emit closed();
        deleteLater();
    });
}

bool HttpResponder::isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_done; }

QByteArray HttpResponder::reasonPhrase(int status) {
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

void HttpResponder::writeHead(int status, const QByteArray& contentType, const Headers& headers, qint64 contentLength) {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else
        head += "Transfer-Encoding: chunked\r\n";
    head += m_keepAlive && contentLength >= 0 ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void HttpResponder::respond(int status, const QByteArray& body, const QByteArray& contentType, const Headers& headers) {
    if (!isOpen() || m_streaming)
        return;
    if (m_filter) {
        const ResponseFilter filter = std::exchange(m_filter, {});
        if (filter(this, status, body, contentType, headers))
            return;
    }
    writeHead(status, contentType, headers, body.size());
    m_socket->write(body);
    finishResponse();
}

void HttpResponder::respondTruncated(int status, const QByteArray& body, qsizetype keepBytes,
                                     const QByteArray& contentType) {
    if (!isOpen() || m_streaming)
        return;
    m_keepAlive = false;
    writeHead(status, contentType, {}, body.size());
    m_socket->write(body.left(keepBytes));
    m_socket->flush();
    m_done = true;
    m_socket->disconnectFromHost();
}

void HttpResponder::startStream(int status, const QByteArray& contentType, const Headers& headers) {
    if (!isOpen() || m_streaming)
        return;
    m_streaming = true;
    m_keepAlive = false;
    writeHead(status, contentType, headers, -1);
    m_socket->flush();
}

void HttpResponder::writeChunk(const QByteArray& data) {
    if (!isOpen() || !m_streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    m_socket->flush();
}

void HttpResponder::endStream() {
    if (!isOpen() || !m_streaming)
        return;
    m_socket->write("0\r\n\r\n");
    m_done = true;
    m_socket->disconnectFromHost();
}

void HttpResponder::abort() {
    m_done = true;
    if (m_socket)
        m_socket->abort();
}

void HttpResponder::finishResponse() {
    m_done = true;
    if (!m_socket)
        return;
    if (m_keepAlive) {
        m_socket->setProperty(BusyProperty, false);
        disconnect(m_socket, nullptr, this, nullptr);
        deleteLater();
        // A pipelined request may already be waiting.
        if (m_socket->property(BufferProperty).toByteArray().size() > 0 || m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(m_socket, "readyRead", Qt::QueuedConnection);
    } else {
        m_socket->disconnectFromHost();
    }
}

HttpServer::HttpServer(QObject* parent) : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onConnection);
}

bool HttpServer::listen(quint16 port) {
    // A fixed port (a restarted agent or master takes its old one) can be held for a moment by a
    // child forked for a task: it owns a copy of the listening socket from fork() until exec()
    // closes it. That lasts milliseconds, so a bounded retry is the whole cure.
    QDeadlineTimer deadline(port == 0 ? 0 : 2000);
    while (!m_server.listen(QHostAddress::LocalHost, port)) {
        if (m_server.serverError() != QAbstractSocket::AddressInUseError || deadline.hasExpired())
            return false;
        QThread::msleep(5); // fixed-sleep-ok: between binds; no event says when the child lets go
    }
    return true;
}

// Sockets still open at destruction are deleted with m_server, after m_sockets is gone:
// their destroyed() handler must not run then.
HttpServer::~HttpServer() {
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets))
        if (socket)
            QObject::disconnect(socket, nullptr, this, nullptr);
}

void HttpServer::close() {
    m_server.close();
    const auto sockets = m_sockets;
    for (const QPointer<QTcpSocket>& socket : sockets) {
        if (socket)
            socket->abort();
    }
    m_sockets.clear();
}

QString HttpServer::baseUrl() const {
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_server.isEncrypted() ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port());
}

QString HttpServer::scheme() {
    return SslTcpServer::hasServerConfiguration() ? QStringLiteral("https") : QStringLiteral("http");
}

void HttpServer::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_sockets << socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { m_sockets.removeAll(nullptr); });
    }
}

void HttpServer::onReadyRead(QTcpSocket* socket) {
    if (socket->property(BusyProperty).toBool())
        return; // answer one request at a time per connection, in order
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > MaxHeaderBytes)
            socket->abort();
        else
            socket->setProperty(BufferProperty, buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    HttpRequest request;
    qsizetype contentLength = 0;
    bool keepAlive = true;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "connection" && value.toLower() == "close")
            keepAlive = false;
    }
    if (requestLine.size() < 3 || contentLength < 0 || contentLength > MaxBodyBytes) {
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        socket->setProperty(BufferProperty, buffer);
        return; // wait for the rest of the body
    }
    request.method = requestLine.at(0);
    request.rawPath = requestLine.at(1);
    request.body = buffer.mid(headerEnd + 4, contentLength);
    socket->setProperty(BufferProperty, buffer.mid(headerEnd + 4 + contentLength));
    const QUrl url(QString::fromLatin1(request.rawPath));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    socket->setProperty(BusyProperty, true);
    auto* responder = new HttpResponder(socket, keepAlive, socket);
    if (m_handler)
        m_handler(request, responder);
    else
        responder->respond(404, "{\"message\":\"no handler\"}");
}
