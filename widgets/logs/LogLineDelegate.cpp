#include "LogLineDelegate.h"

#include "LogFilterModel.h"
#include "LogModel.h"
#include "ThemeColors.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int Margin = 4;

void layoutText(QTextLayout& layout, int width, bool wrap) {
    QTextOption option;
    option.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        if (wrap)
            line.setLineWidth(qMax(20, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}
} // namespace

LogLineDelegate::LogLineDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void LogLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QList<QTextLayout::FormatRange> formats = index.data(LogModel::FormatsRole).value<QList<QTextLayout::FormatRange>>();
    const auto matches = index.data(LogFilterModel::MatchRangesRole).value<QList<QPair<int, int>>>();
    const bool current = index.row() == m_currentRow;
    for (const auto& m : matches) {
        QTextCharFormat f;
        f.setBackground(
            ThemeColors::color(current ? ThemeColors::Role::LogMatchCurrent : ThemeColors::Role::LogMatch));
        f.setForeground(ThemeColors::color(ThemeColors::Role::LogMatchText));
        formats.append({m.first, m.second, f});
    }
    QTextLayout layout(text, option.font);
    layout.setFormats(formats);
    layoutText(layout, option.rect.width() - 2 * Margin, m_wrap);
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QVariant fg = index.data(Qt::ForegroundRole);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                    : fg.isValid() ? fg.value<QColor>()
                                   : option.palette.color(QPalette::Text));
    painter->setClipRect(option.rect);
    layout.draw(painter, QPointF(option.rect.left() + Margin, option.rect.top() + 1));
    painter->restore();
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height() + 2;
    if (!m_wrap)
        return QSize(metrics.horizontalAdvance(QLatin1Char('m')) * 300, lineHeight);
    QTextLayout layout(index.data(Qt::DisplayRole).toString(), option.font);
    layoutText(layout, m_wrapWidth - 2 * Margin, true);
    return QSize(m_wrapWidth, qMax(lineHeight, int(layout.boundingRect().height()) + 2));
}
