#include "CertificateDialog.h"

#include "DialogFitter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSslCertificateExtension>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QString names(const QSslCertificate& certificate, QSslCertificate::SubjectInfo info, bool issuer) {
    const QStringList values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
    return values.join(QStringLiteral(", "));
}

// "CN=127.0.0.1, O=MesosDesk devcluster": the parts a person reads, most specific first.
QString distinguishedName(const QSslCertificate& certificate, bool issuer) {
    QStringList parts;
    const QList<QPair<QSslCertificate::SubjectInfo, QString>> fields{
        {QSslCertificate::CommonName, QStringLiteral("CN")},
        {QSslCertificate::Organization, QStringLiteral("O")},
        {QSslCertificate::OrganizationalUnitName, QStringLiteral("OU")},
        {QSslCertificate::LocalityName, QStringLiteral("L")},
        {QSslCertificate::CountryName, QStringLiteral("C")}};
    for (const auto& [info, key] : fields) {
        const QString value = names(certificate, info, issuer);
        if (!value.isEmpty())
            parts << key + u'=' + value;
    }
    return parts.join(QStringLiteral(", "));
}

// 32 bytes as "AB:CD:..." are too wide for a dialog on a small screen: two lines of 16.
QString twoLines(const QString& hex) {
    return TlsFailure::formatFingerprint(hex.left(32)) + u'\n' + TlsFailure::formatFingerprint(hex.mid(32));
}

QString alternativeNames(const QSslCertificate& certificate) {
    QStringList out;
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        out << (it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP ") : QStringLiteral("DNS ")) +
                   it.value();
    return out.join(QStringLiteral(", "));
}
} // namespace

CertificateDialog::CertificateDialog(const TlsFailure& failure, QWidget* parent)
    : QDialog(parent), m_failure(failure) {
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(failure.pinChanged() ? tr("Certificate changed") : tr("Untrusted certificate"));
    auto* layout = new QVBoxLayout(this);
    m_headline = new QLabel(headline(), this);
    m_headline->setObjectName(QStringLiteral("certificateHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_headline->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_headline);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QSslCertificate certificate = failure.certificate();
    const QLocale locale;
    addRow(form, tr("Server"), failure.hostPort, QStringLiteral("certificateServer"));
    addRow(form, tr("Subject"), distinguishedName(certificate, false), QStringLiteral("certificateSubject"));
    addRow(form, tr("Issuer"), distinguishedName(certificate, true), QStringLiteral("certificateIssuer"));
    addRow(form, tr("Alternative names"), alternativeNames(certificate), QStringLiteral("certificateSans"));
    addRow(form, tr("Valid"),
           certificate.isNull()
               ? QString()
               : tr("from %1 until %2")
                     .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                          locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)),
           QStringLiteral("certificateValidity"));
    if (failure.pinChanged()) {
        addRow(form, tr("Pinned SHA-256"), twoLines(failure.pinnedFingerprint),
               QStringLiteral("certificatePinned"));
        addRow(form, tr("Presented SHA-256"), twoLines(failure.fingerprint()),
               QStringLiteral("certificateFingerprint"));
    } else {
        addRow(form, tr("SHA-256"), twoLines(failure.fingerprint()),
               QStringLiteral("certificateFingerprint"));
    }
    addRow(form, tr("Errors"), failure.errors.join(u'\n'), QStringLiteral("certificateErrors"));
    layout->addLayout(form);
    layout->addStretch(1); // extra height goes below the fields, never between the headline's lines

    auto* buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(failure.pinChanged() ? tr("Trust the new certificate")
                                                      : tr("Trust this certificate"),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    // Not the default: Enter must never trust a certificate by accident.
    m_trust->setAutoDefault(false);
    QPushButton* refuse = buttons->addButton(tr("Refuse"), QDialogButtonBox::RejectRole);
    refuse->setObjectName(QStringLiteral("refuseCertificateButton"));
    refuse->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    // As tall as the wrapped texts need at that width, not as their unwrapped hints suggest.
    resize(560, layout->totalHeightForWidth(560));
    DialogFitter::install(this);
}

QString CertificateDialog::headline() const {
    if (m_failure.pinChanged())
        return tr("The certificate of %1 is not the one you trusted, so MesosDesk refused the connection. "
                  "If the server's certificate was not renewed on purpose, someone may be intercepting the "
                  "connection.")
            .arg(m_failure.hostPort);
    return tr("The certificate of %1 is not trusted, so MesosDesk refused the connection. Trust it only if "
              "you "
              "know this is the server's certificate (compare the SHA-256 fingerprint).")
        .arg(m_failure.hostPort);
}

QString CertificateDialog::detailsText() const {
    return m_lines.join(u'\n');
}

void CertificateDialog::addRow(QFormLayout* form, const QString& name, const QString& value,
                               const QString& objectName) {
    auto* label = new QLabel(value.isEmpty() ? tr("(none)") : value, this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // certificate fields and errors come from the server
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    form->addRow(name, label);
    m_lines << name + QStringLiteral(": ") + label->text();
}
