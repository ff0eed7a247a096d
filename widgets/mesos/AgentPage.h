#pragma once

#include "mesos/AgentDetails.h"
#include "mesos/ClusterStore.h"
#include "sandbox/SandboxTaskRef.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <functional>

class AgentDrainModel;
class AgentFlagsView;
class AgentOverviewView;
class AgentTasksModel;
class HttpTransport;
class MesosFilterProxy;
class NoticeBar;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

// One agent, live, in a window of its own (from the Agents table): who it is (host, id, state,
// version, registration times), its resources, attributes and drain, the tasks of every
// framework on it (with their logs one action away), and its flags read from the agent itself.
// It follows the store (only this agent and its tasks) and the polled drain states; when the
// master stops listing the agent the page says so at the top, with when and why, and what it
// shows is marked as the last report, not as current.
class AgentPage : public QWidget {
    Q_OBJECT
public:
    struct Sources {
        QPointer<ClusterStore> store;
        QPointer<HttpTransport> agentTransport; // the sandbox's: agent credentials and TLS
        QPointer<const AgentDrainModel> drain;  // GET_AGENTS, polled by the Drain tab; may be null
        std::function<QUrl(const QString& fragment)> webUi; // the Mesos web UI; may be empty
    };

    AgentPage(const QString& agentId, const Sources& sources, QWidget* parent = nullptr);
    ~AgentPage() override;

    const QString& agentId() const { return m_agentId; }
    AgentOverviewView* overview() const { return m_overview; }
    AgentFlagsView* flags() const { return m_flags; }
    AgentTasksModel* tasksModel() const { return m_tasks; }
    QTableView* tasksView() const { return m_tasksView; }
    QTabWidget* tabs() const { return m_tabs; }
    NoticeBar* goneBar() const { return m_gone; }
    QLabel* stateLabel() const { return m_state; }
    QAction* openStdoutAction() const { return m_openStdout; }
    QAction* browseSandboxAction() const { return m_browseSandbox; }
    QPushButton* drainTabButton() const { return m_drainTab; }

signals:
    // fileName empty: only browse the sandbox (the Sandbox tab's path, as the Tasks tab's).
    void openLogsRequested(const SandboxTaskRef& task, const QString& fileName);
    void logsUnavailable(const QString& message);
    void drainTabRequested(const QString& agentId); // the Drain tab's actions on this agent

private:
    MesosAgentPtr currentAgent() const;
    void onAgentsChanged(const MesosAgentChanges& changes);
    void showAgent();
    void showHeader(const MesosAgent& agent);
    // agent null: no longer listed at all (cleared), or the session went (disconnected).
    void showGone(const MesosAgent* agent, bool disconnected = false);
    void showDrain();
    void showTaskSummary();
    void requestLogs(const QString& fileName);
    QWidget* buildTasksTab();

    QString m_agentId;
    Sources m_sources;
    AgentDetails m_details;
    size_t m_shownHash = 0;
    bool m_shownOnce = false;
    NoticeBar* m_gone;
    QLabel* m_title;
    QLabel* m_id;
    QLabel* m_state;
    QLabel* m_version;
    QLabel* m_registered;
    QLabel* m_reregistered;
    QTabWidget* m_tabs;
    AgentOverviewView* m_overview;
    AgentTasksModel* m_tasks;
    MesosFilterProxy* m_tasksProxy;
    QTableView* m_tasksView;
    QLabel* m_tasksSummary;
    AgentFlagsView* m_flags;
    QAction* m_openStdout;
    QAction* m_browseSandbox;
    QPushButton* m_webUi;
    QPushButton* m_drainTab;
};
