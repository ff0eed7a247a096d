#pragma once

#include "tls/TlsFailure.h"

#include <QDialog>

class QLabel;
class QPushButton;

// A refused server certificate, in full: subject, issuer, alternative names, validity,
// SHA-256 fingerprint and the exact errors, and for a pinned host:port that now presents
// another certificate, both fingerprints. "Trust this certificate" (accept) pins exactly this
// certificate for this host:port; closing refuses it. Everything shown is plain text.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    explicit CertificateDialog(const TlsFailure& failure, QWidget* parent = nullptr);

    const TlsFailure& failure() const { return m_failure; }
    QString headline() const;
    QString detailsText() const; // every field, one per line (what the labels show)
    QPushButton* trustButton() const { return m_trust; }

private:
    void addRow(class QFormLayout* form, const QString& name, const QString& value,
                const QString& objectName);

    TlsFailure m_failure;
    QLabel* m_headline;
    QPushButton* m_trust;
    QStringList m_lines;
};
