#include "SslTcpServer.h"

#include <QSslSocket>

std::optional<QSslConfiguration> SslTcpServer::s_configuration;
QList<SslTcpServer*> SslTcpServer::s_servers;

SslTcpServer::SslTcpServer(QObject* parent) : QTcpServer(parent) {
    s_servers.append(this);
}

SslTcpServer::~SslTcpServer() {
    s_servers.removeAll(this);
}

void SslTcpServer::setServerConfiguration(const std::optional<QSslConfiguration>& configuration) {
    s_configuration = configuration;
    for (SslTcpServer* server : std::as_const(s_servers))
        server->dropEncryptedConnections();
}

void SslTcpServer::dropEncryptedConnections() {
    const auto sockets = std::exchange(m_encrypted, {});
    for (const QPointer<QSslSocket>& socket : sockets) {
        if (socket)
            socket->abort();
    }
}

void SslTcpServer::incomingConnection(qintptr descriptor) {
    if (!isEncrypted()) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*s_configuration);
    // A client that refuses the certificate just closes: HttpServer sees a disconnect.
    m_encrypted.removeAll(nullptr);
    m_encrypted.append(socket);
    socket->startServerEncryption();
    addPendingConnection(socket);
}
