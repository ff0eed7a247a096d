#include "TlsFailure.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {} // namespace

QString TlsFailure::fingerprint() const {
    return fingerprintOf(certificate());
}

QString TlsFailure::fingerprintOf(const QSslCertificate& certificate) {
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString TlsFailure::formatFingerprint(const QString& hex) {
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (!out.isEmpty())
            out += u':';
        out += hex.mid(i, 2).toUpper();
    }
    return out;
}

QString TlsFailure::hostPortOf(const QUrl& url) {
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    return host + u':' + QString::number(port);
}

QString TlsFailure::summary() const {
    if (pinChanged())
        return TlsFailure::tr(
                   "The certificate of %1 changed and was refused: the trusted (pinned) certificate has "
                   "SHA-256 %2, "
                   "the server now presents %3.")
            .arg(hostPort, formatFingerprint(pinnedFingerprint), formatFingerprint(fingerprint()));
    return TlsFailure::tr("The certificate of %1 is not trusted: %2")
        .arg(hostPort, errors.join(QStringLiteral("; ")));
}
