#pragma once

#include <QStyledItemDelegate>

// Paints one log line as plain text with QTextLayout: ANSI colours (LogModel::FormatsRole),
// search highlights (LogFilterModel::MatchRangesRole) and the current match. Nothing is ever
// interpreted as markup. Wrapping is optional; without it every row is one line high, which
// lets the view use uniform item sizes.
class LogLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LogLineDelegate(QObject* parent = nullptr);

    void setWrap(bool wrap) { m_wrap = wrap; }
    bool wrap() const { return m_wrap; }
    void setWrapWidth(int width) { m_wrapWidth = width; }
    void setCurrentMatchRow(int row) { m_currentRow = row; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool m_wrap = false;
    int m_wrapWidth = 800;
    int m_currentRow = -1;
};
