#pragma once

#include <QStyledItemDelegate>

// Draws "used / total" cells as a bar (MesosRoles::FractionRole) under the text.
class ResourceBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
