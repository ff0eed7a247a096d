#pragma once

#include <QDockWidget>

class NotificationModel;
class QTableView;

// Every notification of the session, newest first, with its time, severity and area; what
// is over is greyed, the whole story (every task id, the server's reason) is in the tooltip.
class NotificationPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit NotificationPanel(NotificationModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

private:
    NotificationModel* m_model;
    QTableView* m_table;
};
