#include "GroupScaleDialog.h"

#include "DialogFitter.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace {
constexpr int PreviewLines = 12; // a group of hundreds of apps shows the first few and a count
}

GroupScaleDialog::GroupScaleDialog(const QString& groupId, const AppInstances& apps, QWidget* parent)
    : QDialog(parent), m_groupId(groupId), m_apps(apps) {
    setWindowTitle(tr("Scale group %1").arg(groupId));
    setObjectName(QStringLiteral("groupScaleDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_factor = new QDoubleSpinBox(this);
    m_factor->setObjectName(QStringLiteral("groupScaleFactor"));
    m_factor->setRange(0, 100);
    m_factor->setDecimals(2);
    m_factor->setSingleStep(0.5);
    m_factor->setValue(1);
    m_factor->setPrefix(QStringLiteral("× "));
    m_factor->setToolTip(tr("Every app's instances are multiplied by this factor and rounded up."));
    form->addRow(tr("Scale by:"), m_factor);
    layout->addLayout(form);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("groupScalePreview"));
    m_preview->setTextFormat(Qt::PlainText); // app ids come from the server
    layout->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(this);
    m_scale = buttons->addButton(tr("Scale group"), QDialogButtonBox::AcceptRole);
    m_scale->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_factor, &QDoubleSpinBox::valueChanged, this, &GroupScaleDialog::updatePreview);
    updatePreview();
    DialogFitter::install(this);
}

double GroupScaleDialog::factor() const { return m_factor->value(); }

int GroupScaleDialog::scaled(int instances, double factor) {
    return int(std::ceil(instances * factor)); // exactly as Marathon rounds, float noise included
}

QString GroupScaleDialog::previewText() const { return m_preview->text(); }

void GroupScaleDialog::updatePreview() {
    QStringList lines;
    for (qsizetype i = 0; i < m_apps.size() && i < PreviewLines; ++i)
        lines << tr("%1: %2 → %3").arg(m_apps.at(i).first).arg(m_apps.at(i).second).arg(scaled(m_apps.at(i).second, factor()));
    if (m_apps.size() > PreviewLines)
        lines << tr("… and %n more app(s)", nullptr, int(m_apps.size() - PreviewLines));
    m_preview->setText(lines.join(u'\n'));
    m_scale->setEnabled(!m_apps.isEmpty());
}
