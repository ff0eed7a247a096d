#include "MesosClusterPages.h"

#include "AgentDrainModel.h"
#include "AgentPage.h"
#include "AgentsModel.h"
#include "ChartsPage.h"
#include "ClusterHistory.h"
#include "FrameworkPage.h"
#include "FrameworkTeardown.h"
#include "FrameworksModel.h"
#include "MesosFilterProxy.h"
#include "MesosTablePage.h"
#include "NoticeBar.h"
#include "OverviewPanel.h"
#include "ResourceBarDelegate.h"
#include "TasksModel.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"
#include "net/HttpTransport.h"
#include "sandbox/SandboxTaskRefs.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace {
QWidget* withBar(QWidget* page, QWidget* parent) {
    auto* box = new QWidget(parent);
    // Named after its page ("agentsPage" -> "agentsTab"), so the screenshot tour names its files
    // the same in every language.
    box->setObjectName(page->objectName().replace(QLatin1String("Page"), QLatin1String("Tab")));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);
    return box;
}
} // namespace

MesosClusterPages::MesosClusterPages(QTabWidget* tabs, QObject* parent)
    : QObject(parent), m_tabs(tabs), m_overview(new OverviewPanel(tabs)), m_stale(new NoticeBar(tabs)),
      m_agentsPage(new MesosTablePage(Settings::AgentsTableHeader, tabs)),
      m_frameworksPage(new MesosTablePage(Settings::FrameworksTableHeader, tabs)),
      m_tasksPage(new MesosTablePage(Settings::TasksTableHeader, tabs)), m_charts(new ChartsPage(tabs)),
      m_bars(new ResourceBarDelegate(this)),
      m_history(new ClusterHistory(nullptr, ClusterHistory::DefaultCapacity, this)) {
    m_stale->setObjectName(QStringLiteral("clusterStaleBar"));
    m_stale->hide();
    m_agentsPage->setObjectName(QStringLiteral("agentsPage"));
    m_frameworksPage->setObjectName(QStringLiteral("frameworksPage"));
    m_tasksPage->setObjectName(QStringLiteral("tasksPage"));
    m_charts->setObjectName(QStringLiteral("chartsPage"));
    tabs->addTab(withBar(m_agentsPage, tabs), tr("Agents"));
    QWidget* frameworksTab = withBar(m_frameworksPage, tabs);
    auto* teardownFeedback = new QLabel(frameworksTab);
    static_cast<QVBoxLayout*>(frameworksTab->layout())->insertWidget(0, teardownFeedback);
    m_teardown = new FrameworkTeardown(m_frameworksPage, teardownFeedback, this);
    tabs->addTab(frameworksTab, tr("Frameworks"));
    tabs->addTab(withBar(m_tasksPage, tabs), tr("Tasks"));
    tabs->addTab(m_charts, tr("Charts"));

    m_agentsPage->setCategories({{tr("All agents"), QString()},
                                 {tr("Active"), QStringLiteral("active")},
                                 {tr("Inactive"), QStringLiteral("inactive")},
                                 {tr("Unreachable"), QStringLiteral("unreachable")},
                                 {tr("Removed"), QStringLiteral("removed")}});
    // Least important first: dropped in this order while a table is wider than its page.
    m_agentsPage->setOptionalColumns({AgentsModel::Attributes, AgentsModel::Version, AgentsModel::Ports,
                                      AgentsModel::Registered, AgentsModel::Gpus, AgentsModel::Id,
                                      AgentsModel::Disk});
    m_frameworksPage->setOptionalColumns(
        {FrameworksModel::Gpus, FrameworksModel::Disk, FrameworksModel::User, FrameworksModel::Registered,
         FrameworksModel::Connected, FrameworksModel::Role, FrameworksModel::TerminalTasks,
         FrameworksModel::Id, FrameworksModel::FailedTasks, FrameworksModel::Mem});
    m_tasksPage->setOptionalColumns({TasksModel::Ip, TasksModel::Gpus, TasksModel::Disk, TasksModel::Health,
                                     TasksModel::Started, TasksModel::Framework, TasksModel::Mem,
                                     TasksModel::Cpus});
    m_frameworksPage->setCategories({{tr("All frameworks"), QString()},
                                     {tr("Active"), QStringLiteral("active")},
                                     {tr("Inactive"), QStringLiteral("inactive")},
                                     {tr("Completed"), QStringLiteral("completed")}});
    QList<QPair<QString, QString>> states{{tr("All tasks"), QString()},
                                          {tr("Active"), QStringLiteral("active")},
                                          {tr("Ended"), QStringLiteral("terminal")}};
    for (int i = 0; i < MesosTaskStateCount; ++i)
        states.append({MesosTaskStates::label(MesosTaskState(i)), MesosTaskStates::name(MesosTaskState(i))});
    m_tasksPage->setCategories(states);
    for (int c : {AgentsModel::Cpus, AgentsModel::Mem, AgentsModel::Disk, AgentsModel::Gpus, AgentsModel::Ports})
        m_agentsPage->setDelegateForColumn(c, m_bars);

    m_agentsPage->setWebUiLink([this](const QModelIndex& index) {
        const auto agent = m_agents ? m_agents->at(index.row()) : nullptr;
        return agent ? webUiUrl(QStringLiteral("/agents/") + agent->id) : QUrl();
    });
    m_frameworksPage->setWebUiLink([this](const QModelIndex& index) {
        const auto framework = m_frameworks ? m_frameworks->at(index.row()) : nullptr;
        return framework ? webUiUrl(QStringLiteral("/frameworks/") + framework->id) : QUrl();
    });
    m_tasksPage->setWebUiLink([this](const QModelIndex& index) {
        const auto task = m_tasks ? m_tasks->at(index.row()) : nullptr;
        if (!task)
            return QUrl();
        // The web UI shows a task on its executor's page (the command executor's id is the task id).
        const QString executor = task->executorId.isEmpty() ? task->id : task->executorId;
        return webUiUrl(QStringLiteral("/agents/%1/frameworks/%2/executors/%3")
                            .arg(task->agentId, task->frameworkId, executor));
    });

    // One click from a task to its logs (running or finished, as long as the agent keeps the sandbox).
    m_openStdout = new QAction(tr("Open stdout"), this);
    m_openStdout->setObjectName(QStringLiteral("openStdoutAction"));
    m_openStdout->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_openStdout->setToolTip(tr("Follow the selected task's stdout in the Sandbox tab (%1)")
                                 .arg(m_openStdout->shortcut().toString(QKeySequence::NativeText)));
    m_openStderr = new QAction(tr("Open stderr"), this);
    m_openStderr->setObjectName(QStringLiteral("openStderrAction"));
    m_openStderr->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_browseSandbox = new QAction(tr("Browse sandbox"), this);
    m_browseSandbox->setObjectName(QStringLiteral("browseSandboxAction"));
    connect(m_openStdout, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stdout")); });
    connect(m_openStderr, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stderr")); });
    connect(m_browseSandbox, &QAction::triggered, this, [this] { requestLogs(QString()); });
    for (QAction* action : {m_openStdout, m_openStderr, m_browseSandbox})
        m_tasksPage->addRowAction(action);
    m_clearGone = new QAction(tr("Clear removed agents"), this);
    m_clearGone->setObjectName(QStringLiteral("clearGoneAgentsAction"));
    m_clearGone->setToolTip(
        tr("Stop listing the agents the master no longer lists (unreachable or removed)"));
    connect(m_clearGone, &QAction::triggered, this, [this] {
        if (m_store)
            m_store->clearGoneAgents();
    });
    m_agentsPage->addPageAction(m_clearGone);
    m_openAgentPage = new QAction(tr("Open agent page"), this);
    m_openAgentPage->setObjectName(QStringLiteral("openAgentPageAction"));
    m_openAgentPage->setToolTip(tr("The selected agent in a window of its own (double-click, Enter)"));
    connect(m_openAgentPage, &QAction::triggered, this,
            [this] { openAgentPage(m_agentsPage->selectedKey()); });
    m_agentsPage->setOpenAction(m_openAgentPage);
    m_openFramework = new QAction(tr("Open framework page"), this);
    m_openFramework->setObjectName(QStringLiteral("openFrameworkPageAction"));
    m_openFramework->setToolTip(
        tr("The selected framework in a window of its own: identity, resources, tasks, "
           "offers (Enter or double-click)"));
    connect(m_openFramework, &QAction::triggered, this, [this] {
        if (const QString id = m_frameworksPage->selectedKey(); !id.isEmpty())
            openFrameworkPage(id);
    });
    m_frameworksPage->setOpenAction(m_openFramework);
    attach(nullptr, nullptr);
}

FrameworkPage* MesosClusterPages::frameworkPage(const QString& frameworkId) const {
    return m_frameworkPages.value(frameworkId);
}

FrameworkPage* MesosClusterPages::openFrameworkPage(const QString& frameworkId) {
    FrameworkPage* page = m_frameworkPages.value(frameworkId);
    if (!page) {
        page = new FrameworkPage(frameworkId, m_tabs->window());
        page->setMesosWebUiLink(
            [this, frameworkId] { return webUiUrl(QStringLiteral("/frameworks/") + frameworkId); });
        page->setReadOnly(m_readOnly);
        page->attach(m_session, &m_agentLabels);
        connect(page, &FrameworkPage::openLogsRequested, this,
                [this](const SandboxTaskRef& task, const QString& file) {
                    m_tabs->window()->raise(); // the Sandbox tab is in the main window
                    m_tabs->window()->activateWindow();
                    emit openLogsRequested(task, file);
                });
        connect(page, &FrameworkPage::logsUnavailable, this, &MesosClusterPages::logsUnavailable);
        m_frameworkPages.insert(frameworkId, page);
    }
    page->show();
    page->raise();
    page->activateWindow();
    return page;
}

void MesosClusterPages::requestLogs(const QString& fileName) {
    const QModelIndex current = m_tasksPage->view()->currentIndex();
    const auto task = m_tasks && current.isValid() ? m_tasks->at(m_tasksPage->proxy()->mapToSource(current).row()) : nullptr;
    if (!task || !m_store)
        return;
    QString error;
    if (const auto ref = SandboxTaskRefs::forMesosTask(*m_store, *task, &error))
        emit openLogsRequested(*ref, fileName);
    else
        emit logsUnavailable(error);
}

MesosClusterPages::~MesosClusterPages() {
    for (const QPointer<AgentPage>& page : std::as_const(m_agentPages))
        delete page.data(); // top-level windows: not children of the tabs
}

void MesosClusterPages::setAgentPageSources(HttpTransport* agentTransport, const AgentDrainModel* drain) {
    m_agentTransport = agentTransport;
    m_drain = drain;
}

AgentPage* MesosClusterPages::agentPage(const QString& agentId) const {
    return m_agentPages.value(agentId);
}

AgentPage* MesosClusterPages::openAgentPage(const QString& agentId) {
    if (AgentPage* open = m_agentPages.value(agentId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    if (!m_store || agentId.isEmpty() ||
        (!m_store->agents().contains(agentId) && !m_store->goneAgents().contains(agentId)))
        return nullptr;
    auto* page = new AgentPage(
        agentId, {m_store, m_agentTransport, m_drain, [this](const QString& f) { return webUiUrl(f); }});
    connect(page, &AgentPage::openLogsRequested, this, &MesosClusterPages::openLogsRequested);
    // The logs open in the main window: brought up over the agent's.
    connect(page, &AgentPage::openLogsRequested, this, [this] {
        m_tabs->window()->raise();
        m_tabs->window()->activateWindow();
    });
    connect(page, &AgentPage::logsUnavailable, this, &MesosClusterPages::logsUnavailable);
    connect(page, &AgentPage::drainTabRequested, this, &MesosClusterPages::agentDrainRequested);
    m_agentPages.insert(agentId, page);
    page->show();
    return page;
}

QUrl MesosClusterPages::webUiUrl(const QString& fragment) const {
    if (!m_source || m_source->master().isEmpty())
        return {};
    QUrl url = m_source->master();
    url.setPath(QStringLiteral("/"));
    url.setFragment(fragment);
    return url;
}

void MesosClusterPages::attachSession(ClusterSession* session) {
    attach(session ? session->mesosStore() : nullptr, session ? session->mesosSource() : nullptr);
    m_teardown->attach(session);
    m_session = session;
    for (FrameworkPage* page : std::as_const(m_frameworkPages))
        if (page)
            page->attach(session, &m_agentLabels);
}

void MesosClusterPages::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_teardown->setReadOnly(readOnly);
    for (FrameworkPage* page : std::as_const(m_frameworkPages))
        if (page)
            page->setReadOnly(readOnly);
}

void MesosClusterPages::attach(ClusterStore* store, MesosSource* source) {
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (store != m_store) // another session's agents: their pages go with it
        for (const QPointer<AgentPage>& page : std::exchange(m_agentPages, {}))
            if (page)
                page->close();
    m_store = store;
    m_source = source;
    auto* oldAgents = m_agents;
    auto* oldFrameworks = m_frameworks;
    auto* oldTasks = m_tasks;
    m_agentLabels.rebuild(store ? store->agentRows() : QHash<QString, MesosAgentPtr>());
    m_agents = new AgentsModel(&m_agentLabels, this);
    m_frameworks = new FrameworksModel(this);
    m_tasks = new TasksModel(store, this, &m_agentLabels);
    m_history->setStore(store);
    // Room for what is long and read whole: host names, task ids, web UI addresses, why an agent went.
    m_agentsPage->setModel(m_agents, AgentsModel::Hostname,
                           {{AgentsModel::Hostname, 200},
                            {AgentsModel::Active, 330},
                            {AgentsModel::Attributes, 260},
                            {AgentsModel::Id, 330}});
    m_frameworksPage->setModel(m_frameworks, FrameworksModel::Name, {{FrameworksModel::WebUi, 240}});
    m_tasksPage->setModel(m_tasks, TasksModel::Name,
                          {{TasksModel::Name, 160}, {TasksModel::Id, 320}, {TasksModel::Agent, 200}});
    delete oldAgents;
    delete oldFrameworks;
    delete oldTasks;
    m_overview->setStore(store);
    m_charts->setSources(store, m_history);
    m_clearGone->setEnabled(store && !store->goneAgents().isEmpty());
    if (store) {
        m_agents->load(store->agentRows());
        m_frameworks->load(store->frameworks());
        m_tasks->load(store->tasks());
        m_agents->loadTasks(store->tasks(), store->hasTasks());
        // Labels first: rows inserted next show the new ones.
        m_connections << connect(store, &ClusterStore::agentsChanged, this,
                                 &MesosClusterPages::onAgentsChanged);
        m_connections << connect(store, &ClusterStore::agentsChanged, m_agents, &AgentsModel::apply);
        m_connections << connect(store, &ClusterStore::frameworksChanged, m_frameworks, &FrameworksModel::apply);
        m_connections << connect(store, &ClusterStore::tasksChanged, m_tasks, &TasksModel::apply);
        m_connections << connect(store, &ClusterStore::tasksChanged, m_agents, &AgentsModel::applyTasks);
        m_connections << connect(store, &ClusterStore::updated, m_agents,
                                 [agents = m_agents, store] { agents->setTasksKnown(store->hasTasks()); });
        // Task rows show framework names and agent hosts: refresh them when those change.
        m_connections << connect(store, &ClusterStore::frameworksChanged, this, [this](const MesosFrameworkChanges& c) {
            if (!c.added.isEmpty() && m_tasks->rowCount() > 0)
                emit m_tasks->dataChanged(m_tasks->index(0, TasksModel::Framework),
                                          m_tasks->index(m_tasks->rowCount() - 1, TasksModel::Framework));
        });
    }
    if (source) {
        m_connections << connect(source, &MesosSource::statusChanged, this, &MesosClusterPages::showStatus);
    }
    showStatus();
}

void MesosClusterPages::onAgentsChanged(const MesosAgentChanges& changes) {
    m_clearGone->setEnabled(m_store && !m_store->goneAgents().isEmpty());
    // Labels depend on which hosts have several agents: only arrivals and departures change that.
    if (!m_store || (changes.added.isEmpty() && changes.removed.isEmpty()) ||
        !m_agentLabels.rebuild(m_store->agentRows()))
        return;
    if (m_agents->rowCount() > 0)
        emit m_agents->dataChanged(m_agents->index(0, AgentsModel::Hostname),
                                   m_agents->index(m_agents->rowCount() - 1, AgentsModel::Hostname));
    if (m_tasks->rowCount() > 0)
        emit m_tasks->dataChanged(m_tasks->index(0, TasksModel::Agent),
                                  m_tasks->index(m_tasks->rowCount() - 1, TasksModel::Agent));
}

void MesosClusterPages::showStatus() {
    if (!m_source) {
        m_stale->hide();
        return;
    }
    const MesosSource::Status status = m_source->status();
    if (m_history)
        m_history->setSourceProblem(status.state == MesosSource::State::Live ? QString() : status.message);
    m_stale->setToolTip(status.details); // which requests fail, and how, on request
    if (status.state == MesosSource::State::Stale) {
        m_stale->showNotice(NoticeBar::Level::Warning,
                            tr("Stale data (last update %1): %2")
                                .arg(status.lastGood.toLocalTime().toString(QStringLiteral("HH:mm:ss")), status.message));
        m_stale->show();
    } else if (status.state == MesosSource::State::Connecting && !status.message.isEmpty()) {
        m_stale->showNotice(NoticeBar::Level::Info, status.message);
        m_stale->show();
    } else {
        m_stale->hide();
    }
}
