#include "HealthBarDelegate.h"

#include "AppsModel.h"
#include "ThemeColors.h"

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
    using Role = ThemeColors::Role;
    painter->fillRect(bar, ThemeColors::color(Role::BarTrack));
    const QColor colors[] = {ThemeColors::color(Role::HealthHealthy),
                             ThemeColors::color(Role::HealthUnhealthy),
                             ThemeColors::color(Role::HealthUnknown), ThemeColors::color(Role::HealthStaged)};
    int x = bar.left();
    for (int i = 0; i < 4 && total > 0; ++i) {
        const int w = i == 3 ? bar.right() + 1 - x : bar.width() * counts.at(i).toInt() / total;
        if (counts.at(i).toInt() > 0)
            painter->fillRect(QRect(x, bar.top(), w, bar.height()), colors[i]);
        x += w;
    }
    painter->restore();
}
