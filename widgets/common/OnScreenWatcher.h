#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

// Whether a widget is where the operator can see it: shown (its tab the current one, its
// window open) and its window not minimised. What redraws on a timer or on every change of
// the data (charts, "elected 5 min ago") pauses while it is false and catches up when it turns
// true, so a minimised MesosDesk costs next to nothing.
class OnScreenWatcher : public QObject {
    Q_OBJECT
public:
    explicit OnScreenWatcher(QWidget* widget);

    bool isOnScreen() const { return m_onScreen; }

signals:
    void onScreenChanged(bool onScreen);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchWindow();
    void update();

    QWidget* m_widget;
    QPointer<QWidget> m_window;
    bool m_onScreen = false;
};
