#pragma once

#include <QSortFilterProxyModel>

// Filters the apps tree like the Marathon UI's sidebar: status, health, label and text.
// Groups stay visible while any app below them matches.
class AppsFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class HealthFilter { Any, Healthy, Unhealthy, Unknown, Staged };

    explicit AppsFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    void setStatus(int status); // AppStatus::Value, -1 for any
    void setHealth(HealthFilter health);
    void setLabel(const QString& label); // "key" or "key:value"
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    int m_status = -1;
    HealthFilter m_health = HealthFilter::Any;
    QString m_label;
};
