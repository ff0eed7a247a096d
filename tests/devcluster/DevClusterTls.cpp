#include "DevClusterTls.h"

#include "SslTcpServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslKey>

namespace {
// P-256 keys: made in milliseconds, and what current deployments use.
const QStringList NewKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
} // namespace

bool DevClusterTls::run(const QStringList& arguments, QString* error) const {
    // A tool at start (or a control call) of a test cluster, never the GUI: waiting is fine here.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run openssl (Debian package openssl): %1").arg(openssl.errorString());
        return false;
    }
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return false;
    }
    return true;
}

bool DevClusterTls::start(const QString& dir, QString* error) {
    m_dir = QDir(dir).absoluteFilePath(QStringLiteral("tls"));
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    QFile extensions(m_dir + QStringLiteral("/server.ext"));
    if (!extensions.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                         "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n") < 0) {
        *error = QStringLiteral("cannot write %1").arg(extensions.fileName());
        return false;
    }
    extensions.close();
    QStringList ca{QStringLiteral("req"), QStringLiteral("-x509")};
    ca << NewKey
       << QStringList{
              QStringLiteral("-keyout"), QStringLiteral("ca.key"),
              QStringLiteral("-out"),    QStringLiteral("ca.pem"),
              QStringLiteral("-days"),   QStringLiteral("30"),
              QStringLiteral("-subj"),   QStringLiteral("/O=MesosDesk devcluster/CN=MesosDesk devcluster CA"),
              QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
              QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    return run(ca, error) && issue(error);
}

bool DevClusterTls::rotate(QString* error) {
    return isActive() && issue(error);
}

bool DevClusterTls::issue(QString* error) {
    ++m_serial;
    const QString key = QStringLiteral("server%1.key").arg(m_serial);
    const QString csr = QStringLiteral("server%1.csr").arg(m_serial);
    const QString pem = QStringLiteral("server%1.pem").arg(m_serial);
    QStringList request{QStringLiteral("req")};
    request << NewKey
            << QStringList{QStringLiteral("-keyout"), key,
                           QStringLiteral("-out"),    csr,
                           QStringLiteral("-subj"),   QStringLiteral("/O=MesosDesk devcluster/CN=127.0.0.1")};
    const QStringList sign{QStringLiteral("x509"),        QStringLiteral("-req"),
                           QStringLiteral("-in"),         csr,
                           QStringLiteral("-CA"),         QStringLiteral("ca.pem"),
                           QStringLiteral("-CAkey"),      QStringLiteral("ca.key"),
                           QStringLiteral("-set_serial"), QString::number(m_serial),
                           QStringLiteral("-days"),       QStringLiteral("30"),
                           QStringLiteral("-extfile"),    QStringLiteral("server.ext"),
                           QStringLiteral("-out"),        pem};
    if (!run(request, error) || !run(sign, error))
        return false;
    QFile keyFile(m_dir + u'/' + key);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_dir + u'/' + pem);
    const QList<QSslCertificate> authority = QSslCertificate::fromPath(caFile());
    if (!keyFile.open(QIODevice::ReadOnly) || chain.isEmpty() || authority.isEmpty()) {
        *error = QStringLiteral("cannot read the certificate made in %1").arg(m_dir);
        return false;
    }
    const QSslKey privateKey(&keyFile, QSsl::Ec);
    if (privateKey.isNull()) {
        *error = QStringLiteral("cannot read the key %1").arg(keyFile.fileName());
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain({chain.first(), authority.first()});
    configuration.setPrivateKey(privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not present certificates
    m_certificate = chain.first();
    SslTcpServer::setServerConfiguration(configuration);
    // The devcluster's own clients (a Marathon standby proxying to the leader) trust its CA.
    QSslConfiguration clients = QSslConfiguration::defaultConfiguration();
    clients.addCaCertificates(authority);
    QSslConfiguration::setDefaultConfiguration(clients);
    return true;
}

void DevClusterTls::stop() {
    if (!isActive())
        return;
    m_certificate = QSslCertificate();
    SslTcpServer::setServerConfiguration(std::nullopt);
}

QString DevClusterTls::fingerprint() const {
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
}
