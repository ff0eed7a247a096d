#pragma once

#include <QListView>
#include <QTimer>

class LogLineDelegate;

// The list of log lines: one row per line, uniform row heights (fast with 200,000 rows) unless
// wrapping is on. Follow keeps the last line in view as lines arrive; scrolling up by hand turns
// it off, scrolling back to the bottom turns it on. Reaching the top by hand asks for earlier text.
class LogView : public QListView {
    Q_OBJECT
public:
    explicit LogView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;

    bool follow() const { return m_follow; }
    void setFollow(bool follow);
    bool wrap() const { return m_wrap; }
    void setWrap(bool wrap);
    int fontPointSize() const { return font().pointSize(); }
    void setFontPointSize(int size);
    void zoomIn() { setFontPointSize(fontPointSize() + 1); }
    void zoomOut() { setFontPointSize(fontPointSize() - 1); }
    void setCurrentMatchRow(int row);

    QString selectedText() const; // selected lines, in row order, newline-separated
    void copySelection() const;
    QStringList allLines() const; // every row the view holds (after filtering)

signals:
    void followChanged(bool follow);
    void reachedTop();
    void fontPointSizeChanged(int size);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onUserScrolled();
    void scheduleScroll();

    LogLineDelegate* m_delegate;
    QTimer m_scrollTimer; // coalesces "scroll to bottom" over bursts of inserted rows
    bool m_follow = true;
    bool m_wrap = false;
};
