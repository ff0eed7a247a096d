#pragma once

#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

class QSslSocket;

// The devcluster's listening socket: plain TCP, or TLS for every connection while a server
// certificate is installed (mesosdesk-devcluster --tls). The certificate is process-wide, as in
// a real deployment every Mesos and Marathon process of the cluster shares the cluster's
// certificate; swapping it (rotation) drops the TLS connections that are open, as a restarted
// server would, so that clients meet the new certificate at once.
//
// Encryption starts as the connection is accepted and the socket is handed out at once: a
// QSslSocket buffers what is written before the handshake ends, and readyRead carries only
// decrypted bytes, so HttpServer reads and writes it like a plain socket.
class SslTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit SslTcpServer(QObject* parent = nullptr);
    ~SslTcpServer() override;

    // This server stays plain HTTP whatever is installed (the devcluster's control API).
    void setPlainOnly(bool plain) { m_plainOnly = plain; }
    bool isEncrypted() const { return !m_plainOnly && s_configuration.has_value(); }

    // Installs (or, with nullopt, removes) the certificate of every server in the process.
    static void setServerConfiguration(const std::optional<QSslConfiguration>& configuration);
    static bool hasServerConfiguration() { return s_configuration.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void dropEncryptedConnections();

    bool m_plainOnly = false;
    QList<QPointer<QSslSocket>> m_encrypted;
    static std::optional<QSslConfiguration> s_configuration;
    static QList<SslTcpServer*> s_servers;
};
