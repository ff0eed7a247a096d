#pragma once

#include "NotificationBar.h"
#include "NotificationPanel.h"

#include <QObject>
#include <QToolButton>

class ClusterEventFeed;
class ClusterSession;
class NotificationModel;
class QMainWindow;

// The window-level notifications, put together for the shell: the stream (model), the feed
// that fills it from the session's sources, the bar, the list (a dock) and a status bar
// button that says how many are open and opens the list.
class NotificationCenter : public QObject {
    Q_OBJECT
public:
    explicit NotificationCenter(QMainWindow* window);

    void attach(ClusterSession* session);

    NotificationModel* model() const { return m_model; }
    ClusterEventFeed* feed() const { return m_feed; }
    NotificationBar* bar() const { return m_bar; }
    NotificationPanel* panel() const { return m_panel; }
    QToolButton* statusButton() const { return m_button; }

private:
    void updateButton();

    NotificationModel* m_model;
    ClusterEventFeed* m_feed;
    NotificationBar* m_bar;
    NotificationPanel* m_panel;
    QToolButton* m_button;
};
