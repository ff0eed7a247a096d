#include "TlsPolicy.h"

#include "PinStore.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QVariant>

namespace {
const char* const FailureProperty = "mesosdesk_tls_failure";

// What trusting one exact certificate may excuse: that no trusted CA issued it, or that it names
// another host. Never an expired, not yet valid, revoked or malformed certificate.
bool excusedByPin(QSslError::SslError error) {
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

TlsFailure describe(QNetworkReply* reply, const QList<QSslError>& sslErrors, const QStringList& errors,
                    const QString& pinned) {
    TlsFailure failure;
    failure.url = reply->url();
    failure.hostPort = TlsFailure::hostPortOf(reply->url());
    failure.errors = errors;
    failure.chain = reply->sslConfiguration().peerCertificateChain();
    // The errors name the certificates too (the server's own first), should the reply not yet.
    for (const QSslError& e : sslErrors) {
        if (failure.chain.isEmpty() && !e.certificate().isNull())
            failure.chain.append(e.certificate());
    }
    failure.pinnedFingerprint = pinned;
    return failure;
}
} // namespace

TlsPolicy::TlsPolicy() : m_configuration(QSslConfiguration::defaultConfiguration()) {}

bool TlsPolicy::setCaFile(const QString& path, QString* error) {
    if (path.isEmpty()) {
        m_caFile.clear();
        m_configuration = QSslConfiguration::defaultConfiguration();
        return true;
    }
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(path, QSsl::Pem);
    if (extra.isEmpty()) {
        if (error)
            *error = TlsPolicy::tr("The CA file %1 cannot be read or holds no PEM certificate.").arg(path);
        return false;
    }
    m_caFile = path;
    m_configuration = QSslConfiguration::defaultConfiguration();
    // Setting CAs stops Qt loading the system ones on demand: name them explicitly, then the extra.
    m_configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    return true;
}

QString TlsPolicy::pinFor(const QString& hostPort) const {
    return m_pins ? m_pins->pinned(hostPort) : QString();
}

std::optional<TlsFailure> TlsPolicy::onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors) const {
    QStringList texts;
    for (const QSslError& e : errors)
        texts << e.errorString();
    const TlsFailure failure = describe(reply, errors, texts, pinFor(TlsFailure::hostPortOf(reply->url())));
    const QList<QSslCertificate> chain = failure.chain;
    const bool excused =
        !failure.pinnedFingerprint.isEmpty() && !failure.pinChanged() && !chain.isEmpty() &&
        std::all_of(errors.begin(), errors.end(), [&](const QSslError& e) {
            return excusedByPin(e.error()) && (e.certificate().isNull() || chain.contains(e.certificate()));
        });
    if (excused) {
        reply->ignoreSslErrors(errors); // these errors, about this certificate chain, and nothing else
        return std::nullopt;
    }
    record(reply, failure);
    return failure;
}

std::optional<TlsFailure> TlsPolicy::onEncrypted(QNetworkReply* reply) const {
    const QString pinned = pinFor(TlsFailure::hostPortOf(reply->url()));
    if (pinned.isEmpty())
        return std::nullopt;
    const TlsFailure failure =
        describe(reply, {}, {TlsPolicy::tr("the certificate is not the pinned one")}, pinned);
    if (!failure.pinChanged())
        return std::nullopt;
    record(reply, failure);
    reply->abort();
    return failure;
}

void TlsPolicy::record(QNetworkReply* reply, const TlsFailure& failure) {
    reply->setProperty(FailureProperty, QVariant::fromValue(std::make_shared<const TlsFailure>(failure)));
}

std::shared_ptr<const TlsFailure> TlsPolicy::failureOf(const QNetworkReply* reply) {
    return reply->property(FailureProperty).value<std::shared_ptr<const TlsFailure>>();
}
