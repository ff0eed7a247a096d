#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

// Why MesosDesk refused a server's certificate: what the server presented, what was wrong with
// it, and, when the operator had pinned a certificate for that host:port, which one. The UI
// shows all of it (widgets/tls) and lets the operator trust exactly this certificate.
struct TlsFailure {
    QUrl url;                     // the request that was refused
    QString hostPort;             // "host:port", the key of a pin
    QStringList errors;           // the TLS library's verification errors, plain text
    QList<QSslCertificate> chain; // as presented, the server's own certificate first
    QString pinnedFingerprint;    // the pin for hostPort, empty when none

    QSslCertificate certificate() const { return chain.value(0); }
    QString fingerprint() const; // SHA-256 of certificate(), lower-case hex
    // A pin exists and the server presented another certificate.
    bool pinChanged() const { return !pinnedFingerprint.isEmpty() && pinnedFingerprint != fingerprint(); }
    // One paragraph for an error line: the host, and either both fingerprints or the errors.
    QString summary() const;

    // "host:port" of a URL, the port defaulted from the scheme.
    static QString hostPortOf(const QUrl& url);
    static QString fingerprintOf(const QSslCertificate& certificate);
    // "ab12cd..." as "AB:12:CD:...", how browsers and openssl show a fingerprint.
    static QString formatFingerprint(const QString& hex);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(TlsFailure)
};
