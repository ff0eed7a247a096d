#include "PaletteDelegate.h"

#include "PaletteModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Margin = 6;
constexpr int KindWidthEm = 7; // "Framework" and its translations fit

// The title cut into runs of matched and unmatched characters: (text, bold).
QList<std::pair<QString, bool>> runsOf(const QString& title, const QList<int>& positions) {
    QList<std::pair<QString, bool>> runs;
    qsizetype p = 0;
    for (qsizetype i = 0; i < title.size(); ++i) {
        while (p < positions.size() && positions.at(p) < i)
            ++p;
        const bool bold = p < positions.size() && positions.at(p) == i;
        if (runs.isEmpty() || runs.last().second != bold)
            runs.append({QString(), bold});
        runs.last().first += title.at(i);
    }
    return runs;
}
} // namespace

QSize PaletteDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    Q_UNUSED(index);
    return {option.rect.width(), option.fontMetrics.height() + 2 * Margin};
}

void PaletteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and the selection only; the text is drawn below
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.6f);
    QRect rect = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QFontMetrics fm(option.font);

    // The kind, dim and fixed in width so the titles line up.
    const int kindWidth = fm.averageCharWidth() * KindWidthEm;
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(
        QRect(rect.left(), rect.top(), kindWidth, rect.height()),
        Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
        fm.elidedText(index.data(PaletteModel::KindTextRole).toString(), Qt::ElideRight, kindWidth));
    rect.setLeft(rect.left() + kindWidth + Margin);

    // The title: matched letters bold. Long titles are cut at the right edge (the tooltip has them whole).
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString title = index.data(PaletteModel::TitleRole).toString();
    const QList<int> positions = index.data(PaletteModel::PositionsRole).value<QList<int>>();
    int x = rect.left();
    const int titleRight = rect.right();
    painter->setPen(text);
    for (const auto& [run, isBold] : runsOf(title, positions)) {
        const QFontMetrics& metrics = isBold ? boldMetrics : fm;
        painter->setFont(isBold ? bold : option.font);
        const int room = titleRight - x;
        if (room <= 0)
            break;
        const QString shown =
            metrics.horizontalAdvance(run) > room ? metrics.elidedText(run, Qt::ElideRight, room) : run;
        painter->drawText(QRect(x, rect.top(), room, rect.height()),
                          Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, shown);
        x += metrics.horizontalAdvance(shown);
    }

    // The subtitle in what is left.
    const QString subtitle = index.data(PaletteModel::SubtitleRole).toString();
    x += 2 * Margin;
    if (!subtitle.isEmpty() && titleRight - x > fm.averageCharWidth() * 4) {
        painter->setFont(option.font);
        painter->setPen(dim);
        painter->drawText(QRect(x, rect.top(), titleRight - x, rect.height()),
                          Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                          fm.elidedText(subtitle, Qt::ElideRight, titleRight - x));
    }
    painter->restore();
}
