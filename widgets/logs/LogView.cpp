#include "LogView.h"

#include "LogLineDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>

LogView::LogView(QWidget* parent) : QListView(parent), m_delegate(new LogLineDelegate(this)) {
    setItemDelegate(m_delegate);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_scrollTimer.setSingleShot(true);
    m_scrollTimer.setInterval(0);
    connect(&m_scrollTimer, &QTimer::timeout, this, [this] {
        if (m_follow)
            scrollToBottom();
    });
    // The range grows after the rows it scrolled to are laid out (a wrapped view lays out in
    // batches, from the top): following means staying at the end whatever the range becomes, or
    // the thumb stops mid-track and Follow on lands near the top.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_follow)
            verticalScrollBar()->setValue(max);
    });
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { QTimer::singleShot(0, this, &LogView::onUserScrolled); });
}

void LogView::setModel(QAbstractItemModel* model) {
    QListView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &LogView::scheduleScroll);
        connect(model, &QAbstractItemModel::modelReset, this, &LogView::scheduleScroll);
    }
}

void LogView::scheduleScroll() {
    if (m_follow && !m_scrollTimer.isActive())
        m_scrollTimer.start();
}

void LogView::setFollow(bool follow) {
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (follow)
        scrollToBottom();
    emit followChanged(follow);
}

void LogView::onUserScrolled() {
    QScrollBar* bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    if (atBottom != m_follow)
        setFollow(atBottom);
    if (bar->value() <= bar->minimum() && bar->maximum() > 0)
        emit reachedTop();
}

void LogView::setWrap(bool wrap) {
    m_wrap = wrap;
    m_delegate->setWrap(wrap);
    m_delegate->setWrapWidth(viewport()->width());
    // Wrapped rows differ in height; the layout then works in batches to stay responsive.
    setUniformItemSizes(!wrap);
    setLayoutMode(wrap ? QListView::Batched : QListView::SinglePass);
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    scheduleDelayedItemsLayout();
    if (m_follow)
        scheduleScroll();
}

void LogView::resizeEvent(QResizeEvent* event) {
    QListView::resizeEvent(event);
    if (m_wrap) {
        m_delegate->setWrapWidth(viewport()->width());
        scheduleDelayedItemsLayout();
    }
}

void LogView::setFontPointSize(int size) {
    size = qBound(5, size, 48);
    if (size == font().pointSize())
        return;
    QFont f = font();
    f.setPointSize(size);
    setFont(f);
    scheduleDelayedItemsLayout();
    emit fontPointSizeChanged(size);
}

void LogView::setCurrentMatchRow(int row) {
    m_delegate->setCurrentMatchRow(row);
    viewport()->update();
}

QString LogView::selectedText() const {
    if (!model() || !selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex& index : rows)
        lines << index.data(Qt::DisplayRole).toString();
    return lines.join(u'\n');
}

void LogView::copySelection() const {
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QStringList LogView::allLines() const {
    QStringList lines;
    if (!model())
        return lines;
    const int rows = model()->rowCount();
    lines.reserve(rows);
    for (int row = 0; row < rows; ++row)
        lines << model()->index(row, 0).data(Qt::DisplayRole).toString();
    return lines;
}

void LogView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    QListView::keyPressEvent(event);
    QTimer::singleShot(0, this, &LogView::onUserScrolled);
}

void LogView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QListView::wheelEvent(event);
}
