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
    // The look of a bar of this level, for other bars of the window to match.
    static QString styleSheet(Level level, const QString& objectName);

private:
    QLabel* m_label;
    QToolButton* m_close;
    Level m_level = Level::Info;
};
