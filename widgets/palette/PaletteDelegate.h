#pragma once

#include <QStyledItemDelegate>

// One palette result: its kind on the left, the title with the matched letters in bold and the
// subtitle dimmer after it, each drawn as plain text (names come from servers: never markup).
class PaletteDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
