#pragma once

#include <QList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QTableWidget;
struct AgentDetails;
struct AgentDrain;
struct MesosAgent;

// The Agent page's first tab: resources used / reserved / total per kind with bars, the
// reservations by role, the drain state and config with the deactivated flag, the attributes.
// Everything from what it is given; a value not reported reads "not reported", never 0.
class AgentOverviewView : public QWidget {
    Q_OBJECT
public:
    explicit AgentOverviewView(QWidget* parent = nullptr);

    void showAgent(const MesosAgent& agent, const AgentDetails& details);
    // drain: the polled GET_AGENTS entry, null when the agent is not in it (or not polled yet);
    // the master's own state document may still tell (details, 1.9+ summaries).
    void showDrain(const AgentDrain* drain, const AgentDetails& details, bool polled);
    void setWorkDir(const QString& workDir); // from the agent's flags, empty while not read

    QProgressBar* bar(int kind) const { return m_bars.value(kind); }
    QLabel* drainStateLabel() const { return m_drainState; }
    QLabel* deactivatedLabel() const { return m_deactivated; }
    QTableWidget* attributesTable() const { return m_attributes; }
    QString resourceText(int kind) const; // the row's text as shown (tests)

    enum Kind { Cpus, Mem, Disk, Gpus, Ports, KindCount };

private:
    QLabel* plain(const QString& objectName);

    QList<QProgressBar*> m_bars;
    QList<QLabel*> m_reserved;
    QList<QLabel*> m_total;
    QLabel* m_roles;
    QLabel* m_offered;
    QLabel* m_domain;
    QLabel* m_workDir;
    QLabel* m_capabilities;
    QLabel* m_drainState;
    QLabel* m_deactivated;
    QLabel* m_maxGrace;
    QLabel* m_markGone;
    QLabel* m_drainStarted;
    QTableWidget* m_attributes;
    QLabel* m_noAttributes;
    bool m_active = true; // the agent's connection, for a drain state read from the master's document
};
