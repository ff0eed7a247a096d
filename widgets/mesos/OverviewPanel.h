#pragma once

#include <QHash>
#include <QWidget>

class ClusterStore;
class QLabel;

// The cluster at a glance: leader, version, uptime, agents, frameworks, tasks by state,
// resources used against total. Plain text only.
class OverviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPanel(QWidget* parent = nullptr);
    void setStore(ClusterStore* store);
    void refresh();
    QString text() const; // everything shown, for tests
    // The agent counts shown, by the Agents tab's filter category ("active", "inactive",
    // "unreachable", "removed"): the same rows the table lists.
    QHash<QString, int> agentCounts() const { return m_agentCounts; }

private:
    QLabel* m_master;
    QLabel* m_agents;
    QLabel* m_tasks;
    QLabel* m_resources;
    ClusterStore* m_store = nullptr;
    QHash<QString, int> m_agentCounts;
};
