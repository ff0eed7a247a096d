#pragma once

#include "AgentLabels.h"
#include "mesos/MesosChangeSet.h"
#include "sandbox/SandboxTaskRef.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class AgentDrainModel;
class AgentPage;
class AgentsModel;
class ChartsPage;
class ClusterHistory;
class ClusterSession;
class ClusterStore;
class FrameworkPage;
class FrameworkTeardown;
class FrameworksModel;
class HttpTransport;
class MesosSource;
class MesosTablePage;
class NoticeBar;
class OverviewPanel;
class QAction;
class QTabWidget;
class ResourceBarDelegate;
class TasksModel;

// The cluster view: Agents, Frameworks, Tasks and Charts tabs (and the overview panel the
// main window places on its Overview tab), bound to one session's store and source.
class MesosClusterPages : public QObject {
    Q_OBJECT
public:
    explicit MesosClusterPages(QTabWidget* tabs, QObject* parent = nullptr);
    ~MesosClusterPages() override;

    // Binds the views to a session (models are rebuilt per session); null detaches. The chart
    // history stays when the store is of the same cluster (ClusterStore::clusterKey).
    void attach(ClusterStore* store, MesosSource* source);
    // The same for a whole session, which also gives the Frameworks tab its teardown action.
    void attachSession(ClusterSession* session);
    // The window's read-only switch: no teardown while it is on.
    void setReadOnly(bool readOnly);
    FrameworkTeardown* teardown() const { return m_teardown; }
    // The framework's own window (FrameworkPage), one per id: opened, or raised when open.
    FrameworkPage* openFrameworkPage(const QString& frameworkId);
    FrameworkPage* frameworkPage(const QString& frameworkId) const; // null when not open
    QAction* openFrameworkPageAction() const { return m_openFramework; }

    OverviewPanel* overview() const { return m_overview; }
    MesosTablePage* agentsPage() const { return m_agentsPage; }
    MesosTablePage* frameworksPage() const { return m_frameworksPage; }
    MesosTablePage* tasksPage() const { return m_tasksPage; }
    ChartsPage* chartsPage() const { return m_charts; }
    NoticeBar* staleBar() const { return m_stale; }
    AgentsModel* agentsModel() const { return m_agents; }
    FrameworksModel* frameworksModel() const { return m_frameworks; }
    TasksModel* tasksModel() const { return m_tasks; }
    ClusterHistory* history() const { return m_history; }

    // The Mesos web UI (served by the leader) on the same object.
    QUrl webUiUrl(const QString& fragment) const;

    // The Logs actions of the Tasks tab (selected task): stdout, stderr, the sandbox browser.
    QAction* openStdoutAction() const { return m_openStdout; }
    QAction* openStderrAction() const { return m_openStderr; }
    QAction* browseSandboxAction() const { return m_browseSandbox; }
    // Stops listing the agents the master lost (unreachable, removed); enabled while there are some.
    QAction* clearGoneAgentsAction() const { return m_clearGone; }
    const AgentLabels& agentLabels() const { return m_agentLabels; }

    // What agent pages read besides the store: the agents' transport (the sandbox's, with the
    // agent credentials and TLS) and the drain states the Drain tab polls (may be null).
    void setAgentPageSources(HttpTransport* agentTransport, const AgentDrainModel* drain);
    // The agent's page, opened or raised (one per agent id); null when the store lists no such agent.
    AgentPage* openAgentPage(const QString& agentId);
    AgentPage* agentPage(const QString& agentId) const; // the open one, else null
    QAction* openAgentPageAction() const { return m_openAgentPage; }

signals:
    // fileName empty: only browse the sandbox.
    void openLogsRequested(const SandboxTaskRef& task, const QString& fileName);
    void logsUnavailable(const QString& message);
    void agentDrainRequested(const QString& agentId); // an agent page's "Drain, deactivate…"

private:
    void showStatus();
    void requestLogs(const QString& fileName);
    void onAgentsChanged(const MesosChangeSet<MesosAgent>& changes);

    QTabWidget* m_tabs;
    OverviewPanel* m_overview;
    NoticeBar* m_stale;
    MesosTablePage* m_agentsPage;
    MesosTablePage* m_frameworksPage;
    MesosTablePage* m_tasksPage;
    ChartsPage* m_charts;
    FrameworkTeardown* m_teardown;
    ResourceBarDelegate* m_bars;
    QPointer<ClusterStore> m_store;
    QPointer<MesosSource> m_source;
    AgentsModel* m_agents = nullptr;
    FrameworksModel* m_frameworks = nullptr;
    TasksModel* m_tasks = nullptr;
    ClusterHistory* m_history = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QAction* m_openStdout;
    QAction* m_openStderr;
    QAction* m_browseSandbox;
    QAction* m_clearGone;
    QAction* m_openFramework;
    QHash<QString, QPointer<FrameworkPage>> m_frameworkPages;
    QPointer<ClusterSession> m_session;
    bool m_readOnly = false;
    AgentLabels m_agentLabels;
    QAction* m_openAgentPage;
    QHash<QString, QPointer<AgentPage>> m_agentPages;
    QPointer<HttpTransport> m_agentTransport;
    QPointer<const AgentDrainModel> m_drain;
};
