#include "OnScreenWatcher.h"

#include <QEvent>
#include <QWidget>

OnScreenWatcher::OnScreenWatcher(QWidget* widget) : QObject(widget), m_widget(widget) {
    widget->installEventFilter(this);
    watchWindow();
    m_onScreen = widget->isVisible() && !widget->window()->isMinimized();
}

void OnScreenWatcher::watchWindow() {
    QWidget* window = m_widget->window();
    if (window == m_window)
        return;
    if (m_window && m_window != m_widget)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window != m_widget)
        window->installEventFilter(this);
}

bool OnScreenWatcher::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::ParentChange: // another window now
        if (watched == m_widget)
            watchWindow();
        update();
        break;
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::WindowStateChange:
        update();
        break;
    default:
        break;
    }
    return false;
}

void OnScreenWatcher::update() {
    // Show and Hide arrive before isVisible() changes for the widget that gets them; decide once
    // the event has been handled.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const bool onScreen = m_widget->isVisible() && !m_widget->window()->isMinimized();
            if (onScreen == m_onScreen)
                return;
            m_onScreen = onScreen;
            emit onScreenChanged(onScreen);
        },
        Qt::QueuedConnection);
}
