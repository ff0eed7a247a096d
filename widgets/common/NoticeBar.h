#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A strip above the content that tells the operator something happened (a failover, no
// leader). Plain text only: messages may carry server-supplied text.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit NoticeBar(QWidget* parent = nullptr);

    void showNotice(Level level, const QString& text);
    QString text() const;
    Level level() const { return m_level; }
    // Gives bar the look of a bar of this level (in the theme's colours), for other bars of the
    // window to match.
    static void applyStyle(QFrame* bar, Level level);

private:
    QLabel* m_label;
    QToolButton* m_close;
    Level m_level = Level::Info;
};
