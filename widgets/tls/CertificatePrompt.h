#pragma once

#include "tls/TlsFailure.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

class CertificateDialog;
class HttpTransport;
class NotificationModel;
class PinStore;
class QWidget;

// The window's side of TLS trust. It configures each HttpTransport it watches (the pin store,
// the extra CA file) and, when one refuses a certificate, shows a CertificateDialog: one per
// host:port and certificate at a time, however many requests failed, and never again in this
// session for a certificate the operator refused (polling would otherwise reopen it every few
// seconds). Trusting pins the certificate; the next poll then succeeds on its own.
class CertificatePrompt : public QObject {
    Q_OBJECT
public:
    CertificatePrompt(std::shared_ptr<PinStore> pins, QWidget* window);

    // Applies the trust settings to transport and listens to its refusals (until it is destroyed).
    void watch(HttpTransport* transport);
    // A new session: certificates refused earlier may be asked about again.
    void forgetRefusals() { m_refused.clear(); }
    // A profile's trust (its CA file, its pins) for the transports watched from now on and
    // those already watched.
    void setCaFile(const QString& path);
    void setPinStore(std::shared_ptr<PinStore> pins);
    // The window's notification stream: a refused certificate is an open condition there
    // (cause "tls:host:port") until it is trusted.
    void setNotifications(NotificationModel* notifications) { m_notifications = notifications; }

    CertificateDialog* openDialog() const; // the dialog on screen, if any
    PinStore* pinStore() const { return m_pins.get(); }

signals:
    void trusted(const QString& hostPort, const QString& fingerprint);
    void refused(const TlsFailure& failure);

private:
    void onFailure(const TlsFailure& failure);
    void configure(HttpTransport* transport);
    void configureAll();
    void tell(const TlsFailure& failure, bool trusted);

    std::shared_ptr<PinStore> m_pins;
    QWidget* m_window;
    NotificationModel* m_notifications = nullptr; // the window's, outlives this
    QString m_caFile;
    QList<QPointer<HttpTransport>> m_transports;
    QHash<QString, QPointer<CertificateDialog>> m_open; // hostPort + fingerprint -> dialog
    QSet<QString> m_refused;
};
