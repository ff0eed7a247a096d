#pragma once

#include "operator/MesosRole.h"

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The quota and weight of one role, as the operator wants them: filled from the selected
// role (or a new role's name typed in), sent by the page after its confirmation. The
// buttons show whether the action can be taken and why not (read-only, master version).
class RoleEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit RoleEditor(QWidget* parent = nullptr);

    // Fills the fields from what the master reports; null clears them (keeps a typed name).
    void showRole(const MesosRole* role);
    QString roleName() const;
    ResourceQuantities guarantees() const;
    ResourceQuantities limits() const; // only the limited resources
    double weight() const;
    bool force() const;

    // Why an action cannot be taken now (empty: it can); shown as the button's tooltip.
    void setQuotaBlocked(const QString& why);
    void setWeightBlocked(const QString& why);

    QPushButton* quotaButton() const { return m_setQuota; }
    QPushButton* weightButton() const { return m_setWeight; }
    QLineEdit* roleEdit() const { return m_role; }
    QDoubleSpinBox* guaranteeBox(const QString& resource) const { return m_guarantee.value(resource); }
    QDoubleSpinBox* limitBox(const QString& resource) const { return m_limit.value(resource); }
    QDoubleSpinBox* weightBox() const { return m_weight; }

signals:
    void setQuotaRequested();
    void setWeightRequested();

private:
    void updateButtons();

    QLineEdit* m_role;
    QDoubleSpinBox* m_weight;
    QHash<QString, QDoubleSpinBox*> m_guarantee;
    QHash<QString, QDoubleSpinBox*> m_limit;
    QCheckBox* m_force;
    QPushButton* m_setQuota;
    QPushButton* m_setWeight;
    QString m_quotaBlocked;
    QString m_weightBlocked;
};
