#pragma once

#include "TlsFailure.h"

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <memory>
#include <optional>

class PinStore;
class QNetworkReply;

// What one cluster session trusts: the system CAs, an extra CA file, and the certificates the
// operator pinned for a host:port. HttpTransport asks it about every TLS connection.
//  - Verification is never switched off. A reply's TLS errors are ignored only when the server
//    presented exactly the pinned certificate of that host:port, and then only the errors that
//    say "no trusted issuer" (or a name that does not match) for that certificate.
//  - A pinned host:port accepts nothing else, even a certificate that a CA vouches for.
// A refused reply carries its TlsFailure (failureOf), so its error says why.
class TlsPolicy {
public:
    TlsPolicy();

    // Empty: system CAs only. On failure (unreadable, no certificate in it) the previous trust
    // stays as it was and error says why.
    bool setCaFile(const QString& path, QString* error = nullptr);
    QString caFile() const { return m_caFile; }
    void setPinStore(std::shared_ptr<PinStore> pins) { m_pins = std::move(pins); }
    PinStore* pinStore() const { return m_pins.get(); }

    // For every request.
    const QSslConfiguration& configuration() const { return m_configuration; }

    // QNetworkAccessManager::sslErrors: either ignores these exact errors (pinned certificate)
    // or records and returns why the reply fails.
    std::optional<TlsFailure> onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors) const;
    // QNetworkReply::encrypted, before any request byte is sent: a pinned host:port that
    // presents another (CA-valid) certificate is aborted here.
    std::optional<TlsFailure> onEncrypted(QNetworkReply* reply) const;

    static std::shared_ptr<const TlsFailure> failureOf(const QNetworkReply* reply);

private:
    QString pinFor(const QString& hostPort) const;
    static void record(QNetworkReply* reply, const TlsFailure& failure);

    QString m_caFile;
    QSslConfiguration m_configuration;
    std::shared_ptr<PinStore> m_pins;

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)
};
