#include "ResourceBarDelegate.h"

#include "MesosRoles.h"

#include <QPainter>

void ResourceBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QVariant fraction = index.data(MesosRoles::FractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double f = fraction.toDouble();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect bar = option.rect.adjusted(3, 3, -3, -3);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::AlternateBase).darker(108));
    painter->drawRect(bar);
    const QColor fill = f > 0.9 ? QColor(0xe7, 0x9a, 0x8f) : f > 0.7 ? QColor(0xf3, 0xc9, 0x7a) : QColor(0x9c, 0xcf, 0xa8);
    painter->setBrush(fill);
    painter->drawRect(QRect(bar.topLeft(), QSize(int(bar.width() * f), bar.height())));
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}
