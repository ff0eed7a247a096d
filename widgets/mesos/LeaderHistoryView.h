#pragma once

#include <QWidget>

class LeaderHistoryModel;
class QLabel;
class QTableView;

// The Overview's "Leader changes": the failovers of the Mesos masters and of Marathon seen while
// connected, newest first. On a healthy cluster the list stays empty for days, so instead of an
// empty table it says since when nothing has changed (or that no cluster is watched).
class LeaderHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit LeaderHistoryView(LeaderHistoryModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }

private:
    void refresh();

    LeaderHistoryModel* m_model;
    QLabel* m_empty;
    QTableView* m_table;
};
