#include "CertificatePrompt.h"

#include "CertificateDialog.h"
#include "NotificationModel.h"
#include "net/HttpTransport.h"
#include "tls/PinStore.h"
#include "tls/TlsPolicy.h"

#include <QWidget>

CertificatePrompt::CertificatePrompt(std::shared_ptr<PinStore> pins, QWidget* window)
    : QObject(window), m_pins(std::move(pins)), m_window(window) {}

void CertificatePrompt::configure(HttpTransport* transport) {
    transport->tlsPolicy()->setPinStore(m_pins);
    QString error;
    if (!transport->tlsPolicy()->setCaFile(m_caFile, &error))
        qWarning("%s", qPrintable(error)); // the system CAs still apply; refusals say the rest
}

void CertificatePrompt::watch(HttpTransport* transport) {
    m_transports.removeAll(nullptr);
    m_transports.append(transport);
    configure(transport);
    connect(transport, &HttpTransport::tlsErrors, this, &CertificatePrompt::onFailure, Qt::UniqueConnection);
}

void CertificatePrompt::setCaFile(const QString& path) {
    m_caFile = path;
    configureAll();
}

void CertificatePrompt::setPinStore(std::shared_ptr<PinStore> pins) {
    m_pins = std::move(pins);
    configureAll();
}

void CertificatePrompt::configureAll() {
    for (const QPointer<HttpTransport>& transport : std::as_const(m_transports)) {
        if (transport)
            configure(transport);
    }
}

CertificateDialog* CertificatePrompt::openDialog() const {
    for (const QPointer<CertificateDialog>& dialog : m_open) {
        if (dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void CertificatePrompt::onFailure(const TlsFailure& failure) {
    const QString key = failure.hostPort + u' ' + failure.fingerprint();
    if (m_refused.contains(key) || m_open.value(key))
        return;
    // Trusted meanwhile (another request was already in flight when the operator pinned it).
    if (m_pins && !failure.fingerprint().isEmpty() &&
        m_pins->pinned(failure.hostPort) == failure.fingerprint() && !failure.pinChanged() &&
        failure.pinnedFingerprint.isEmpty())
        return;
    tell(failure, false);
    auto* dialog = new CertificateDialog(failure, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.insert(key, dialog);
    connect(dialog, &QDialog::finished, this, [this, key, failure](int result) {
        m_open.remove(key);
        if (result == QDialog::Accepted && m_pins) {
            m_pins->pin(failure.hostPort, failure.fingerprint());
            tell(failure, true);
            emit trusted(failure.hostPort, failure.fingerprint());
        } else {
            m_refused.insert(key);
            emit refused(failure);
        }
    });
    dialog->open(); // window-modal, never a nested event loop: the GUI keeps running
}

void CertificatePrompt::tell(const TlsFailure& failure, bool trusted) {
    if (!m_notifications)
        return;
    // Which server it is, from what was asked of it: Marathon's API, an agent's, else a master's.
    const QString path = failure.url.path();
    const Notification::Area area =
        path.startsWith(QLatin1String("/v2/")) ? Notification::Area::Marathon
        : path.startsWith(QLatin1String("/slave(")) || path.startsWith(QLatin1String("/files/"))
            ? Notification::Area::Agents
            : Notification::Area::Mesos;
    const QString cause = QStringLiteral("tls:") + failure.hostPort;
    Notification n = trusted
                         ? Notification::of(Notification::Severity::Info, area, Notification::Kind::Recovery,
                                            tr("The certificate of %1 is trusted now (pinned, SHA-256 %2).")
                                                .arg(failure.hostPort,
                                                     TlsFailure::formatFingerprint(failure.fingerprint())),
                                            cause)
                         : Notification::of(Notification::Severity::Error, area,
                                            Notification::Kind::Condition, failure.summary(), cause);
    n.details = failure.errors.join(u'\n');
    m_notifications->post(n);
}
