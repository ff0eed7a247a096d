#include "ResourceBarDelegate.h"

#include "MesosRoles.h"
#include "ThemeColors.h"

#include <QPainter>
#include <algorithm>

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
    using Role = ThemeColors::Role;
    painter->setBrush(ThemeColors::color(Role::BarTrack));
    painter->drawRect(bar);
    const QRect filled(bar.topLeft(), QSize(int(bar.width() * std::clamp(f, 0.0, 1.0)), bar.height()));
    painter->setBrush(ThemeColors::color(f > 0.9 ? Role::BarFull : f > 0.7 ? Role::BarHigh : Role::BarOk));
    painter->drawRect(filled);
    // The text crosses fill and track: each part in the colour that reads on what is under it.
    const QRect textRect = bar.adjusted(4, 0, -4, 0);
    painter->setClipRect(filled);
    painter->setPen(ThemeColors::color(Role::BarText));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->setClipRect(QRect(filled.topRight() + QPoint(1, 0), bar.bottomRight()));
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}
