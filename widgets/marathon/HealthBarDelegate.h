#pragma once

#include <QStyledItemDelegate>

// Paints AppsModel::HealthRole as a stacked bar: healthy, unhealthy, unknown, staged.
class HealthBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
