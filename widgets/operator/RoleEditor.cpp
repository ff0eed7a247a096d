#include "RoleEditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
// The resources a quota is usually set on, with their unit (mem and disk in MB, as Mesos counts).
const QStringList Resources{QStringLiteral("cpus"), QStringLiteral("mem"), QStringLiteral("disk"),
                            QStringLiteral("gpus")};
// A limit box at its minimum means "no limit" (Mesos: the resource is left out of limits).
constexpr double NoLimit = -1;

QDoubleSpinBox* amountBox(QWidget* parent, bool limit) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(2);
    box->setRange(limit ? NoLimit : 0, 1e12);
    box->setSpecialValueText(limit ? RoleEditor::tr("no limit") : RoleEditor::tr("none"));
    box->setValue(limit ? NoLimit : 0);
    box->setAccelerated(true);
    return box;
}
} // namespace

RoleEditor::RoleEditor(QWidget* parent) : QGroupBox(tr("Quota and weight"), parent) {
    setObjectName(QStringLiteral("roleEditor"));
    auto* grid = new QGridLayout(this);
    m_role = new QLineEdit(this);
    m_role->setObjectName(QStringLiteral("roleName"));
    m_role->setPlaceholderText(tr("Role (select one, or type a new name)"));
    grid->addWidget(new QLabel(tr("Role:"), this), 0, 0);
    grid->addWidget(m_role, 0, 1, 1, 4);

    const QStringList titles{tr("CPUs"), tr("Memory (MB)"), tr("Disk (MB)"), tr("GPUs")};
    for (int i = 0; i < Resources.size(); ++i) {
        auto* title = new QLabel(titles.at(i), this);
        grid->addWidget(title, 1, i + 1);
    }
    grid->addWidget(new QLabel(tr("Guarantee:"), this), 2, 0);
    grid->addWidget(new QLabel(tr("Limit:"), this), 3, 0);
    for (int i = 0; i < Resources.size(); ++i) {
        QDoubleSpinBox* guarantee = amountBox(this, false);
        guarantee->setObjectName(QStringLiteral("guarantee_") + Resources.at(i));
        QDoubleSpinBox* limit = amountBox(this, true);
        limit->setObjectName(QStringLiteral("limit_") + Resources.at(i));
        m_guarantee.insert(Resources.at(i), guarantee);
        m_limit.insert(Resources.at(i), limit);
        grid->addWidget(guarantee, 2, i + 1);
        grid->addWidget(limit, 3, i + 1);
    }
    m_force = new QCheckBox(tr("Force (skip the master's capacity and consumption checks)"), this);
    m_force->setObjectName(QStringLiteral("quotaForce"));
    m_setQuota = new QPushButton(tr("Set quota…"), this);
    m_setQuota->setObjectName(QStringLiteral("setQuota"));
    auto* quotaRow = new QHBoxLayout;
    quotaRow->addWidget(m_force, 1);
    quotaRow->addWidget(m_setQuota);
    grid->addLayout(quotaRow, 4, 0, 1, 5);

    m_weight = new QDoubleSpinBox(this);
    m_weight->setObjectName(QStringLiteral("weight"));
    m_weight->setDecimals(3);
    m_weight->setRange(0.001, 1e6);
    m_weight->setValue(1);
    m_setWeight = new QPushButton(tr("Set weight…"), this);
    m_setWeight->setObjectName(QStringLiteral("setWeight"));
    grid->addWidget(new QLabel(tr("Weight:"), this), 5, 0);
    grid->addWidget(m_weight, 5, 1);
    grid->addWidget(m_setWeight, 5, 4);
    grid->setColumnStretch(5, 1);

    connect(m_role, &QLineEdit::textChanged, this, &RoleEditor::updateButtons);
    connect(m_setQuota, &QPushButton::clicked, this, &RoleEditor::setQuotaRequested);
    connect(m_setWeight, &QPushButton::clicked, this, &RoleEditor::setWeightRequested);
    updateButtons();
}

void RoleEditor::showRole(const MesosRole* role) {
    if (!role)
        return;
    m_role->setText(role->name);
    for (const QString& resource : Resources) {
        m_guarantee.value(resource)->setValue(role->guarantee.value(resource, 0));
        m_limit.value(resource)->setValue(role->limit.contains(resource) ? role->limit.value(resource)
                                                                         : NoLimit);
    }
    m_weight->setValue(role->weight);
    m_force->setChecked(false);
}

QString RoleEditor::roleName() const {
    return m_role->text().trimmed();
}

ResourceQuantities RoleEditor::guarantees() const {
    ResourceQuantities out;
    for (const QString& resource : Resources)
        if (const double value = m_guarantee.value(resource)->value(); value > 0)
            out.insert(resource, value);
    return out;
}

ResourceQuantities RoleEditor::limits() const {
    ResourceQuantities out;
    for (const QString& resource : Resources)
        if (const double value = m_limit.value(resource)->value(); value > NoLimit)
            out.insert(resource, value);
    return out;
}

double RoleEditor::weight() const {
    return m_weight->value();
}
bool RoleEditor::force() const {
    return m_force->isChecked();
}

void RoleEditor::setQuotaBlocked(const QString& why) {
    m_quotaBlocked = why;
    updateButtons();
}

void RoleEditor::setWeightBlocked(const QString& why) {
    m_weightBlocked = why;
    updateButtons();
}

void RoleEditor::updateButtons() {
    const QString noRole = roleName().isEmpty() ? tr("Select a role or type its name first.") : QString();
    const QString quotaWhy = !m_quotaBlocked.isEmpty() ? m_quotaBlocked : noRole;
    const QString weightWhy = !m_weightBlocked.isEmpty() ? m_weightBlocked : noRole;
    m_setQuota->setEnabled(quotaWhy.isEmpty());
    m_setQuota->setToolTip(quotaWhy.isEmpty() ? tr("Replaces this role's guarantee and limit (UPDATE_QUOTA).")
                                              : quotaWhy);
    m_setWeight->setEnabled(weightWhy.isEmpty());
    m_setWeight->setToolTip(weightWhy.isEmpty() ? tr("Sets this role's weight (UPDATE_WEIGHTS).")
                                                : weightWhy);
}
