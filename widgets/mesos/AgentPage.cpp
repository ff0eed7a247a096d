#include "AgentPage.h"

#include "AgentDrainModel.h"
#include "AgentFlagsView.h"
#include "AgentOverviewView.h"
#include "AgentTasksModel.h"
#include "AgentsModel.h"
#include "FlagsModel.h"
#include "MaintenanceFormat.h"
#include "MesosFilterProxy.h"
#include "NoticeBar.h"
#include "ThemeColors.h"
#include "UrlOpener.h"
#include "sandbox/AgentState.h"
#include "sandbox/SandboxTaskRefs.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The relative part of the registration times is reworded this often (it reads in minutes).
constexpr int RelativeTimeRefreshMs = 30000;

QLabel* plainLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // host names, ids, versions and reasons come from the cluster
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString when(double epochSeconds) {
    if (epochSeconds <= 0)
        return AgentPage::tr("not reported");
    const auto nanos = qint64(epochSeconds * 1e9);
    return AgentPage::tr("%1 (%2)").arg(
        MaintenanceFormat::localTime(nanos),
        MaintenanceFormat::relative(nanos, QDateTime::currentMSecsSinceEpoch()));
}
} // namespace

AgentPage::AgentPage(const QString& agentId, const Sources& sources, QWidget* parent)
    : QWidget(parent, Qt::Window), m_agentId(agentId), m_sources(sources) {
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("agentPage"));
    auto* layout = new QVBoxLayout(this);
    m_gone = new NoticeBar(this);
    m_gone->setObjectName(QStringLiteral("agentGoneBar"));
    m_gone->hide();
    layout->addWidget(m_gone);

    auto* header = new QGridLayout;
    m_title = plainLabel(this, QStringLiteral("agentTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_state = plainLabel(this, QStringLiteral("agentState"));
    m_state->setWordWrap(true);
    m_id = plainLabel(this, QStringLiteral("agentId"));
    m_version = plainLabel(this, QStringLiteral("agentVersion"));
    m_registered = plainLabel(this, QStringLiteral("agentRegistered"));
    m_reregistered = plainLabel(this, QStringLiteral("agentReregistered"));
    header->addWidget(m_title, 0, 0, 1, 2);
    header->addWidget(m_state, 0, 2, 1, 2);
    header->addWidget(new QLabel(tr("ID:"), this), 1, 0);
    header->addWidget(m_id, 1, 1);
    header->addWidget(new QLabel(tr("Version:"), this), 1, 2);
    header->addWidget(m_version, 1, 3);
    header->addWidget(new QLabel(tr("Registered:"), this), 2, 0);
    header->addWidget(m_registered, 2, 1);
    header->addWidget(new QLabel(tr("Re-registered:"), this), 2, 2);
    header->addWidget(m_reregistered, 2, 3);
    header->setColumnStretch(1, 1);
    header->setColumnStretch(3, 1);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("agentTabs"));
    m_overview = new AgentOverviewView(m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tasks = new AgentTasksModel(agentId, sources.store, this);
    m_tabs->addTab(buildTasksTab(), tr("Tasks"));
    m_flags = new AgentFlagsView(sources.agentTransport, m_tabs);
    m_tabs->addTab(m_flags, tr("Flags"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QHBoxLayout;
    m_webUi = new QPushButton(tr("Open in Mesos web UI"), this);
    m_webUi->setObjectName(QStringLiteral("agentWebUi"));
    m_webUi->setEnabled(bool(sources.webUi));
    m_drainTab = new QPushButton(tr("Drain, deactivate…"), this);
    m_drainTab->setObjectName(QStringLiteral("agentDrainTab"));
    m_drainTab->setToolTip(tr("This agent in the Drain tab of the main window: drain, deactivate, reactivate "
                              "(each confirmed there first)"));
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_webUi);
    buttons->addWidget(m_drainTab);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_drainTab, &QPushButton::clicked, this, [this] { emit drainTabRequested(m_agentId); });
    connect(m_webUi, &QPushButton::clicked, this, [this] {
        if (m_sources.webUi)
            UrlOpener::open(this, m_sources.webUi(QStringLiteral("/agents/") + m_agentId),
                            tr("the agent's web UI page"));
    });
    connect(m_flags, &AgentFlagsView::flagsRead, this,
            [this] { m_overview->setWorkDir(m_flags->model()->valueOf(QStringLiteral("work_dir"))); });

    if (ClusterStore* store = sources.store) {
        m_tasks->loadFrom(store->tasks());
        connect(store, &ClusterStore::tasksChanged, m_tasks, &AgentTasksModel::applyChanges);
        connect(store, &ClusterStore::agentsChanged, this, &AgentPage::onAgentsChanged);
        // The session went: its task objects go with it (the rows name frameworks through the store).
        connect(store, &QObject::destroyed, this, [this] {
            m_tasks->load({});
            showGone(nullptr, true);
        });
    }
    if (const AgentDrainModel* drain = sources.drain) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(drain, signal, this, &AgentPage::showDrain);
        connect(drain, &QAbstractItemModel::dataChanged, this, &AgentPage::showDrain);
        connect(drain, &QAbstractItemModel::modelReset, this, &AgentPage::showDrain);
    }
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_tasks, signal, this, &AgentPage::showTaskSummary);
    auto* tick = new QTimer(this);
    tick->start(RelativeTimeRefreshMs);
    connect(tick, &QTimer::timeout, this, [this] {
        if (const MesosAgentPtr agent = currentAgent())
            showHeader(*agent);
    });
    showAgent();
    showTaskSummary();
    // Flags are read once the page opens (the operator asked for this agent) and on Refresh.
    m_flags->refresh();
    resize(1000, 680);
}

AgentPage::~AgentPage() = default;

QWidget* AgentPage::buildTasksTab() {
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("agentTasksTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* bar = new QHBoxLayout;
    m_tasksSummary = plainLabel(tab, QStringLiteral("agentTasksSummary"));
    auto* filter = new QLineEdit(tab);
    filter->setObjectName(QStringLiteral("agentTasksFilter"));
    filter->setPlaceholderText(tr("Filter tasks (name, id, framework, executor, state)"));
    filter->setClearButtonEnabled(true);
    bar->addWidget(filter, 1);
    m_openStdout = new QAction(tr("Open stdout"), tab);
    m_openStdout->setObjectName(QStringLiteral("agentOpenStdout"));
    m_openStdout->setToolTip(
        tr("Follow the selected task's stdout in the Sandbox tab (double-click, Enter)"));
    m_browseSandbox = new QAction(tr("Browse sandbox"), tab);
    m_browseSandbox->setObjectName(QStringLiteral("agentBrowseSandbox"));
    m_browseSandbox->setToolTip(tr("The selected task's executor sandbox in the Sandbox tab"));
    for (QAction* action : {m_openStdout, m_browseSandbox}) {
        auto* button = new QToolButton(tab);
        button->setDefaultAction(action);
        bar->addWidget(button);
        action->setEnabled(false);
    }
    layout->addWidget(m_tasksSummary);
    layout->addLayout(bar);
    m_tasksProxy = new MesosFilterProxy(this);
    m_tasksProxy->setSourceModel(m_tasks);
    m_tasksView = new QTableView(tab);
    m_tasksView->setObjectName(QStringLiteral("agentTasksTable"));
    m_tasksView->setModel(m_tasksProxy);
    m_tasksView->setSortingEnabled(true);
    m_tasksView->sortByColumn(AgentTasksModel::Framework, Qt::AscendingOrder);
    m_tasksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasksView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasksView->setAlternatingRowColors(true);
    m_tasksView->setTextElideMode(Qt::ElideMiddle);
    m_tasksView->setWordWrap(false);
    m_tasksView->verticalHeader()->hide();
    m_tasksView->horizontalHeader()->setStretchLastSection(true);
    // Room for all nine columns in the smallest window (1024 px): names and ids elide in the middle.
    const QList<QPair<int, int>> widths{{AgentTasksModel::Framework, 110}, {AgentTasksModel::Executor, 130},
                                        {AgentTasksModel::Name, 130},      {AgentTasksModel::Id, 150},
                                        {AgentTasksModel::State, 90},      {AgentTasksModel::Cpus, 55},
                                        {AgentTasksModel::Mem, 80},        {AgentTasksModel::Disk, 80}};
    for (const auto& [column, width] : widths)
        m_tasksView->horizontalHeader()->resizeSection(column, width);
    layout->addWidget(m_tasksView, 1);
    connect(filter, &QLineEdit::textChanged, m_tasksProxy, &MesosFilterProxy::setFilterText);
    connect(m_openStdout, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stdout")); });
    connect(m_browseSandbox, &QAction::triggered, this, [this] { requestLogs(QString()); });
    connect(m_tasksView, &QAbstractItemView::doubleClicked, m_openStdout, &QAction::trigger);
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})
        connect(new QShortcut(key, m_tasksView, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated,
                m_openStdout, &QAction::trigger);
    connect(m_tasksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_openStdout->setEnabled(current.isValid());
                m_browseSandbox->setEnabled(current.isValid());
            });
    return tab;
}

MesosAgentPtr AgentPage::currentAgent() const {
    if (!m_sources.store)
        return {};
    if (MesosAgentPtr agent = m_sources.store->agents().value(m_agentId))
        return agent;
    return m_sources.store->goneAgents().value(m_agentId);
}

void AgentPage::onAgentsChanged(const MesosAgentChanges& changes) {
    // Only this agent: a change set names what changed, so other agents cost a look-up each.
    bool mine = changes.removed.contains(m_agentId);
    for (const auto* list : {&changes.added, &changes.changed})
        for (const MesosAgentPtr& agent : *list)
            mine = mine || agent->id == m_agentId;
    if (mine)
        showAgent();
}

void AgentPage::showAgent() {
    const MesosAgentPtr agent = currentAgent();
    if (!agent) {
        showGone(nullptr);
        return;
    }
    // The raw JSON is read again only when the master's report of this agent changed.
    if (!m_shownOnce || agent->rawHash != m_shownHash || agent->rawHash == 0) {
        QString error;
        m_details = AgentDetails::parse(agent->raw.bytes(), &error);
        m_shownHash = agent->rawHash;
        m_shownOnce = true;
    }
    setWindowTitle(tr("Agent %1 — MesosDesk").arg(agent->hostPort()));
    showHeader(*agent);
    m_overview->showAgent(*agent, m_details);
    showDrain();
    if (agent->isGone()) {
        showGone(agent.get());
    } else {
        m_gone->hide();
        m_overview->setEnabled(true);
    }
    const QString scheme = m_sources.store ? m_sources.store->masterScheme() : QStringLiteral("http");
    m_flags->setAgentUrl(AgentState::agentUrl(agent->hostname, agent->pid, scheme));
}

void AgentPage::showHeader(const MesosAgent& agent) {
    m_title->setText(agent.hostPort());
    m_id->setText(agent.id);
    m_version->setText(agent.version.isEmpty() ? tr("not reported") : agent.version);
    m_registered->setText(
        when(m_details.registeredTime > 0 ? m_details.registeredTime : agent.registeredTime));
    m_reregistered->setText(m_details.reregisteredTime > 0
                                ? when(m_details.reregisteredTime)
                                : tr("not reported (never re-registered, or an older master)"));
    m_state->setText(AgentsModel::statusText(agent));
    const ThemeColors::Role role = agent.isGone() ? ThemeColors::Role::StateError
                                   : agent.active ? ThemeColors::Role::StateOk
                                                  : ThemeColors::Role::StateWarning;
    QPalette palette = m_state->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::color(role));
    m_state->setPalette(palette);
}

void AgentPage::showGone(const MesosAgent* agent, bool disconnected) {
    QString text;
    if (agent) {
        const QString at = when(agent->goneTime);
        text = agent->presence == MesosAgent::Presence::Unreachable
                   ? tr("This agent is unreachable since %1.").arg(at)
                   : tr("The master removed this agent at %1.").arg(at);
        QString reason = agent->goneReason.trimmed();
        if (!reason.isEmpty() && !reason.endsWith(u'.'))
            reason += u'.'; // the master's words end the sentence
        text += u' ' + (reason.isEmpty() ? tr("The master gave no reason.") : tr("Reason: %1").arg(reason));
        if (!agent->goneTimeIsMasters)
            text += u' ' + tr("(The time is when MesosDesk saw the master stop listing it.)");
    } else if (!disconnected && m_sources.store) {
        text = tr("The master no longer lists this agent, and it was cleared from the Agents tab.");
    } else {
        text = tr("Disconnected from the cluster.");
    }
    text += u' ' + tr("What this page shows is its last report, not its current state.");
    m_gone->showNotice(NoticeBar::Level::Error, text);
    m_gone->show();
    m_overview->setEnabled(false); // greyed: values of the past
    if (!agent)
        m_state->setText(tr("not listed"));
}

void AgentPage::showDrain() {
    const AgentDrainModel* model = m_sources.drain;
    const int row = model ? model->rowOf(m_agentId) : -1;
    m_overview->showDrain(model ? model->at(row) : nullptr, m_details, model && model->rowCount() > 0);
}

void AgentPage::showTaskSummary() {
    m_tasksSummary->setText(
        tr("%n task(s)", nullptr, m_tasks->rowCount()) + QStringLiteral(", ") +
        tr("%n framework(s)", nullptr, m_tasks->frameworkCount()) + QStringLiteral(", ") +
        tr("%n executor(s) on this agent, as the master reports them.", nullptr, m_tasks->executorCount()));
    m_tabs->setTabText(1, tr("Tasks (%1)").arg(m_tasks->rowCount()));
}

void AgentPage::requestLogs(const QString& fileName) {
    const QModelIndex current = m_tasksView->currentIndex();
    const MesosTaskPtr task =
        current.isValid() ? m_tasks->at(m_tasksProxy->mapToSource(current).row()) : nullptr;
    if (!task || !m_sources.store)
        return;
    QString error;
    if (const auto ref = SandboxTaskRefs::forMesosTask(*m_sources.store, *task, &error))
        emit openLogsRequested(*ref, fileName);
    else
        emit logsUnavailable(error);
}
