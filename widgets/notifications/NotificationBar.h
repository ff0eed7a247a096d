#pragma once

#include <QFrame>

class NotificationModel;
class QLabel;
class QToolButton;

// The window's one bar: the notification the model calls current (the most severe open one),
// with its time. It hides itself when nothing is open, so it never outlives its cause; ×
// dismisses what it shows; "n more" opens the list.
class NotificationBar : public QFrame {
    Q_OBJECT
public:
    explicit NotificationBar(NotificationModel* model, QWidget* parent = nullptr);

    QString text() const;      // what it says (whole), empty when hidden
    QString shownText() const; // as it fits: at most two lines, the rest in the tooltip and the list
    int shownRow() const { return m_row; }
    QToolButton* moreButton() const { return m_more; }

signals:
    void showAllRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void fit();

    NotificationModel* m_model;
    QLabel* m_time;
    QLabel* m_label;
    QToolButton* m_more;
    QToolButton* m_close;
    int m_row = -1;
    QString m_message;
};
