#include "HealthBarDelegate.h"

#include "AppsModel.h"

#include <QPainter>

void HealthBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index);
    const QVariantList counts = index.data(AppsModel::HealthRole).toList();
    if (counts.size() != 4)
        return;
    int total = 0;
    for (const QVariant& c : counts)
        total += c.toInt();
    const QRect bar = option.rect.adjusted(4, option.rect.height() / 2 - 4, -4, -(option.rect.height() / 2 - 4));
    painter->save();
    painter->fillRect(bar, QColor(0xe5, 0xe7, 0xea));
    const QColor colors[] = {QColor(0x27, 0xae, 0x60), QColor(0xc0, 0x39, 0x2b), QColor(0x95, 0xa5, 0xa6),
                             QColor(0x34, 0x98, 0xdb)};
    int x = bar.left();
    for (int i = 0; i < 4 && total > 0; ++i) {
        const int w = i == 3 ? bar.right() + 1 - x : bar.width() * counts.at(i).toInt() / total;
        if (counts.at(i).toInt() > 0)
            painter->fillRect(QRect(x, bar.top(), w, bar.height()), colors[i]);
        x += w;
    }
    painter->restore();
}
