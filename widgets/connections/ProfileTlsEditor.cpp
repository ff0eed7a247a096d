#include "ProfileTlsEditor.h"

#include "ThemeStyle.h"
#include "tls/TlsFailure.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum PinColumn { ServerColumn, FingerprintColumn };
}

ProfileTlsEditor::ProfileTlsEditor(QWidget* parent) : QWidget(parent) {
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("profileCaFile"));
    m_caFile->setPlaceholderText(tr("empty: the system's certificate authorities only"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("profileCaBrowse"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    m_caStatus = new QLabel(this);
    m_caStatus->setObjectName(QStringLiteral("profileCaStatus"));
    m_caStatus->setTextFormat(Qt::PlainText); // names from the certificate
    m_caStatus->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* caLabel = new QLabel(tr("Extra CA &file (PEM):"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_caStatus);
    // ZooKeeper gives host:port only, so the scheme of a TLS cluster has to be said here.
    m_discoveredHttps = new QCheckBox(tr("Leaders found in Zoo&Keeper serve HTTPS"), this);
    m_discoveredHttps->setObjectName(QStringLiteral("profileDiscoveredHttps"));
    m_discoveredHttps->setToolTip(
        tr("ZooKeeper names the leading master and Marathon by host and port only. Check this when "
           "they serve TLS; MesosDesk never falls back to plain HTTP on its own."));
    form->addRow(QString(), m_discoveredHttps);

    m_pins = new QTreeWidget(this);
    m_pins->setObjectName(QStringLiteral("profilePins"));
    m_pins->setRootIsDecorated(false);
    m_pins->setHeaderLabels({tr("Server"), tr("SHA-256 of the trusted certificate")});
    m_pins->header()->setSectionResizeMode(ServerColumn, QHeaderView::ResizeToContents);
    m_pins->header()->setStretchLastSection(true);
    m_pins->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pins->setMinimumHeight(90);
    m_removePin = new QPushButton(tr("&Remove"), this);
    m_removePin->setObjectName(QStringLiteral("profileRemovePin"));
    m_removePin->setEnabled(false);
    auto* pinsLabel = new QLabel(tr("Certificates trusted for this profile's servers:"), this);
    pinsLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(pinsLabel);
    layout->addWidget(m_pins, 1);
    layout->addWidget(m_removePin, 0, Qt::AlignLeft);

    connect(m_caFile, &QLineEdit::textChanged, this, [this] {
        checkCaFile();
        emit changed();
    });
    connect(m_browse, &QPushButton::clicked, this, &ProfileTlsEditor::browse);
    connect(m_discoveredHttps, &QCheckBox::toggled, this, &ProfileTlsEditor::changed);
    connect(m_pins, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removePin->setEnabled(!m_pins->selectedItems().isEmpty()); });
    connect(m_removePin, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_pins->selectedItems());
        emit changed();
    });
    checkCaFile();
}

void ProfileTlsEditor::setTls(const Profile::Tls& tls) {
    const QSignalBlocker block(m_caFile);
    m_caFile->setText(tls.caFile);
    {
        const QSignalBlocker blockHttps(m_discoveredHttps);
        m_discoveredHttps->setChecked(tls.discoveredHttps);
    }
    m_pins->clear();
    QStringList servers = tls.pinned.keys();
    servers.sort();
    for (const QString& server : std::as_const(servers)) {
        auto* item = new QTreeWidgetItem(m_pins);
        item->setText(ServerColumn, server);
        item->setText(FingerprintColumn, TlsFailure::formatFingerprint(tls.pinned.value(server)));
        item->setData(FingerprintColumn, Qt::UserRole, tls.pinned.value(server));
        item->setToolTip(FingerprintColumn, item->text(FingerprintColumn));
    }
    m_removePin->setEnabled(false);
    checkCaFile();
}

Profile::Tls ProfileTlsEditor::tls() const {
    Profile::Tls tls;
    tls.caFile = m_caFile->text().trimmed();
    tls.discoveredHttps = m_discoveredHttps->isChecked();
    for (int i = 0; i < m_pins->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_pins->topLevelItem(i);
        tls.pinned.insert(item->text(ServerColumn), item->data(FingerprintColumn, Qt::UserRole).toString());
    }
    return tls;
}

// A small local file, read when its name changes: what TlsPolicy will read when the profile opens.
void ProfileTlsEditor::checkCaFile() {
    const QString path = m_caFile->text().trimmed();
    m_problem.clear();
    QString status;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.exists()) {
            m_problem = tr("the CA file %1 does not exist").arg(path);
        } else if (!info.isFile() || !info.isReadable()) {
            m_problem = tr("the CA file %1 cannot be read").arg(path);
        } else {
            const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
            if (certificates.isEmpty()) {
                m_problem = tr("the CA file %1 holds no PEM certificate").arg(path);
            } else {
                const QSslCertificate& first = certificates.first();
                const QString subject = first.subjectDisplayName();
                status = tr("%n certificate(s), the first: %1", nullptr, int(certificates.size()))
                             .arg(subject.isEmpty() ? tr("(no name)") : subject);
            }
        }
    }
    m_caStatus->setText(m_problem.isEmpty() ? status : m_problem);
    if (m_problem.isEmpty())
        ThemeStyle::clear(m_caStatus);
    else
        ThemeStyle::setTextColor(m_caStatus, ThemeColors::Role::StateError);
    m_caStatus->setVisible(!m_caStatus->text().isEmpty());
}

void ProfileTlsEditor::browse() {
    auto* dialog = new QFileDialog(this, tr("Extra CA file"), QFileInfo(m_caFile->text()).absolutePath(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { m_caFile->setText(file); });
    dialog->open(); // not exec(): the window's other work goes on
}
