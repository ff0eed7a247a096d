#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

// mesosdesk-devcluster --tls: a CA and a server certificate for 127.0.0.1 and localhost, made
// with the openssl command in the work dir at start, installed on every server of the process
// (SslTcpServer). rotate() signs a new server certificate (new key) with the same CA, as an
// operator renewing a certificate does: a client that trusts the CA keeps working, one that
// pinned the old certificate sees it change.
class DevClusterTls {
public:
    // Makes the CA and the first server certificate under dir/tls and installs them.
    bool start(const QString& dir, QString* error);
    bool rotate(QString* error);
    // Uninstalls the certificate (the process's servers go back to plain HTTP).
    void stop();

    bool isActive() const { return !m_certificate.isNull(); }
    QString caFile() const { return m_dir + QStringLiteral("/ca.pem"); }
    // Lower-case hex SHA-256 of the server certificate's DER, the form MesosDesk pins.
    QString fingerprint() const;

private:
    bool run(const QStringList& arguments, QString* error) const;
    bool issue(QString* error);

    QString m_dir;
    int m_serial = 1;
    QSslCertificate m_certificate;
};
