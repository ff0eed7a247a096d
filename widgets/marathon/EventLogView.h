#pragma once

#include "EventLogModel.h"

#include <QWidget>

class QSystemTrayIcon;
class QTableView;
class QToolButton;

// The event log panel and desktop notifications (system tray) for failures; each kind of
// notification is off until the operator turns it on (a typed setting).
class EventLogView : public QWidget {
    Q_OBJECT
public:
    explicit EventLogView(EventLogModel* model, QWidget* parent = nullptr);

    void record(const MarathonEvent& event);
    static bool notifies(EventLogModel::Kind kind);
    static void setNotifies(EventLogModel::Kind kind, bool on);
    int notificationsShown() const { return m_shown; }
    QTableView* table() const { return m_table; }

private:
    EventLogModel* m_model;
    QTableView* m_table;
    QSystemTrayIcon* m_tray = nullptr;
    int m_shown = 0;
};
