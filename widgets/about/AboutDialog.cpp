#include "AboutDialog.h"

#include "BuildInfo.h"
#include "Icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QLabel* valueLabel(const QString& text, const char* name, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    // Selectable, so a bug report can quote the exact build.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About MesosDesk"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto* name = new QLabel(tr("MesosDesk"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    auto* summary =
        new QLabel(tr("A desktop console for operators of Apache Mesos and Marathon clusters."), this);
    summary->setWordWrap(true);

    const QString revision = QString::fromLatin1(BuildInfo::gitRevision);
    m_version = valueLabel(QString::fromLatin1(BuildInfo::version), "aboutVersion", this);
    m_revision =
        valueLabel(revision == QLatin1String("unknown") ? tr("unknown (not built from git)") : revision,
                   "aboutRevision", this);
    m_qt = valueLabel(
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        "aboutQt", this);
    m_licence = valueLabel(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(BuildInfo::licenseName),
                                                         QString::fromLatin1(BuildInfo::licenseSpdx)),
                           "aboutLicence", this);

    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Revision:"), m_revision);
    form->addRow(tr("Qt:"), m_qt);
    form->addRow(tr("Licence:"), m_licence);

    auto* text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addLayout(form);
    text->addStretch(1);

    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString AboutDialog::versionText() const {
    return m_version->text();
}
QString AboutDialog::revisionText() const {
    return m_revision->text();
}
QString AboutDialog::qtText() const {
    return m_qt->text();
}
QString AboutDialog::licenceText() const {
    return m_licence->text();
}
