#include "MaintenancePage.h"

#include "AgentDrainModel.h"
#include "AgentDrainReader.h"
#include "ConfirmDialog.h"
#include "MesosFilterProxy.h"
#include "OperatorFeedback.h"
#include "core/ClusterSession.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosTaskState.h"
#include "operator/OperatorCalls.h"
#include "operator/OperatorParser.h"
#include "operator/OperatorPoller.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A drain is followed by polling, as nothing announces DRAINED: every 2 s keeps the change
// visible promptly while costing the master one small call.
constexpr std::chrono::milliseconds DefaultPollInterval{2000};
// The grace box at its minimum: no max_grace_period sent, each task's kill policy applies.
constexpr int KillPolicy = -1;

} // namespace

MaintenancePage::MaintenancePage(QWidget* parent)
    : ClusterPage(parent), m_model(new AgentDrainModel(&m_labels, this)),
      m_reader(new AgentDrainReader(m_model, this)), m_proxy(new MesosFilterProxy(this)),
      m_poller(new OperatorPoller(
          [](OperatorClient* client, QObject* context, OperatorClient::Done done) {
              client->call(R"({"type":"GET_AGENTS"})", context, std::move(done));
          },
          DefaultPollInterval, this)) {
    setObjectName(QStringLiteral("maintenancePage"));
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    m_feedback = new OperatorFeedback(this);
    auto* filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("filterEdit"));
    filter->setPlaceholderText(tr("Filter agents (host, id, state)"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(m_feedback->statusLabel());
    layout->addWidget(filter);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("drainTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AgentDrainModel::Agent, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideMiddle); // ids differ at their ends
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(AgentDrainModel::Agent, 200);
    m_view->horizontalHeader()->resizeSection(AgentDrainModel::State, 110);
    m_view->horizontalHeader()->resizeSection(AgentDrainModel::MarkGone, 90);
    m_view->horizontalHeader()->resizeSection(AgentDrainModel::MaxGrace, 140);
    m_view->horizontalHeader()->resizeSection(AgentDrainModel::DrainStarted, 150);
    layout->addWidget(m_view, 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Max grace period:"), this));
    m_grace = new QSpinBox(this);
    m_grace->setObjectName(QStringLiteral("drainGrace"));
    m_grace->setRange(KillPolicy, 7 * 24 * 3600);
    m_grace->setSpecialValueText(tr("each task's kill policy"));
    m_grace->setSuffix(tr(" s"));
    m_grace->setValue(KillPolicy);
    m_grace->setToolTip(tr("The longest a task is given to stop before it is killed (max_grace_period)."));
    actions->addWidget(m_grace);
    m_markGone = new QCheckBox(tr("Mark gone when drained"), this);
    m_markGone->setObjectName(QStringLiteral("drainMarkGone"));
    m_markGone->setToolTip(
        tr("Irreversible: the agent can never register again; its tasks end GONE_BY_OPERATOR."));
    actions->addWidget(m_markGone);
    actions->addStretch(1);
    m_drain = new QPushButton(tr("Drain…"), this);
    m_drain->setObjectName(QStringLiteral("drainAgent"));
    m_deactivate = new QPushButton(tr("Deactivate…"), this);
    m_deactivate->setObjectName(QStringLiteral("deactivateAgent"));
    m_reactivate = new QPushButton(tr("Reactivate…"), this);
    m_reactivate->setObjectName(QStringLiteral("reactivateAgent"));
    actions->addWidget(m_drain);
    actions->addWidget(m_deactivate);
    actions->addWidget(m_reactivate);
    layout->addLayout(actions);
    layout->addWidget(m_feedback->readOnlyLabel());
    layout->addWidget(m_feedback->actionLabel());

    connect(filter, &QLineEdit::textChanged, m_proxy, &MesosFilterProxy::setFilterText);
    connect(m_poller, &OperatorPoller::polled, this, &MaintenancePage::onAgentsAnswer);
    connect(m_reader, &AgentDrainReader::read, this, &MaintenancePage::onAgentsRead);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MaintenancePage::updateButtons);
    // The selected agent's state changes under the operator's eyes: its buttons follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MaintenancePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MaintenancePage::updateButtons);
    connect(m_drain, &QPushButton::clicked, this, &MaintenancePage::drain);
    connect(m_deactivate, &QPushButton::clicked, this, &MaintenancePage::deactivate);
    connect(m_reactivate, &QPushButton::clicked, this, &MaintenancePage::reactivate);
    updateButtons();
}

MaintenancePage::~MaintenancePage() = default;

QLabel* MaintenancePage::statusLabel() const {
    return m_feedback->statusLabel();
}
QLabel* MaintenancePage::actionLabel() const {
    return m_feedback->actionLabel();
}

QString MaintenancePage::title() const {
    return tr("Drain", "tab title"); // each agent's drain state and actions; "Maintenance" is the schedule's
}

void MaintenancePage::setPollInterval(std::chrono::milliseconds interval) {
    m_poller->setInterval(interval);
}

void MaintenancePage::attach(ClusterSession* session) {
    for (const QMetaObject::Connection& connection : std::as_const(m_storeConnections))
        disconnect(connection);
    m_storeConnections.clear();
    m_session = session;
    m_reader->forget();
    m_model->apply({}); // another cluster's agents are not this one's
    m_labels = AgentLabels();
    m_feedback->restart(session ? tr("Reading the agents from the leading master…") : QString());
    if (session) {
        ClusterStore* store = session->mesosStore();
        m_storeConnections << connect(store, &ClusterStore::agentsChanged, this, [this, store] {
            if (m_labels.rebuild(store->agentRows()))
                m_model->labelsChanged();
        });
        m_storeConnections << connect(store, &ClusterStore::masterChanged, this,
                                      &MaintenancePage::updateButtons);
    }
    m_poller->attach(session);
    updateButtons();
}

void MaintenancePage::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateButtons();
}

void MaintenancePage::onAgentsAnswer(const HttpTransport::Response& response) {
    if (!response.ok()) { // the rows stay as last read
        m_feedback->readFailed(response.error.summary());
        return;
    }
    m_reader->take(response.body); // parsed on the pool, then onAgentsRead
}

void MaintenancePage::onAgentsRead(const QString& error, int agents) {
    if (!error.isEmpty())
        return m_feedback->readFailed(error);
    m_feedback->read(tr("%n agent(s), read at %1.", nullptr, agents)
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
}

bool MaintenancePage::selectAgent(const QString& agentId) {
    const int row = m_model->rowOf(agentId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return true;
}

const AgentDrain* MaintenancePage::selected() const {
    return m_model->at(m_proxy->mapToSource(m_view->currentIndex()).row());
}

int MaintenancePage::liveTasksOn(const QString& agentId) const {
    if (!m_session || !m_session->mesosStore()->hasTasks())
        return -1;
    const auto& tasks = m_session->mesosStore()->tasks();
    return int(std::count_if(tasks.cbegin(), tasks.cend(), [&](const MesosTaskPtr& task) {
        return task->agentId == agentId && !MesosTaskStates::isTerminal(task->state);
    }));
}

void MaintenancePage::updateButtons() {
    const AgentDrain* agent = selected();
    const QString version = m_session ? m_session->mesosStore()->master().version : QString();
    QString common;
    if (m_readOnly)
        common = tr("Read-only mode is on: turn it off in the File menu to change the cluster.");
    else if (!m_session)
        common = tr("Not connected to a cluster.");
    else if (version.isEmpty())
        common = tr("The leading master's version is not known yet; these calls need Mesos 1.9 or later.");
    else if (!OperatorCalls::versionAtLeast(version, OperatorCalls::DrainMajor, OperatorCalls::DrainMinor))
        common =
            tr("The leading master runs Mesos %1; draining, deactivating and reactivating agents need 1.9 or "
               "later.")
                .arg(version);
    else if (!agent)
        common = tr("Select an agent first.");
    const AgentDrain::State state = agent ? agent->state() : AgentDrain::State::Active;
    const bool offered = state == AgentDrain::State::Active || state == AgentDrain::State::Disconnected;
    auto set = [&](QPushButton* button, const QString& why, const QString& what) {
        const QString reason = !common.isEmpty() ? common : why;
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason.isEmpty() ? what : reason);
    };
    const QString stateText = AgentDrainModel::stateText(state);
    set(m_drain, offered ? QString() : tr("The agent is %1 already.").arg(stateText.toLower()),
        tr("Kill the agent's tasks and stop its offers (DRAIN_AGENT)."));
    set(m_deactivate, offered ? QString() : tr("The agent is %1 already.").arg(stateText.toLower()),
        tr("Stop the agent's offers; its tasks keep running (DEACTIVATE_AGENT)."));
    set(m_reactivate,
        offered ? tr("The agent is active.")
        : state == AgentDrain::State::Draining
            ? tr("Mesos refuses to reactivate an agent while it is draining; "
                 "wait until it is drained.")
            : QString(),
        tr("Let the agent receive offers again (REACTIVATE_AGENT)."));
    m_feedback->setReadOnly(m_readOnly,
                            tr("Read-only mode is on (File menu): agent actions are turned off."));
}

void MaintenancePage::drain() {
    const AgentDrain* agent = selected();
    if (!agent)
        return;
    const QString id = agent->id;
    const QString name = m_model->label(*agent);
    const int tasks = liveTasksOn(id);
    const int grace = m_grace->value();
    const bool markGone = m_markGone->isChecked();
    QString text =
        tr("Drain agent %1 (%2).").arg(name, id) + u'\n' +
        (tasks >= 0 ? tr("It gets no more offers, and its %n running task(s) are killed", nullptr, tasks)
                    : tr("It gets no more offers, and its running tasks are killed")) +
        (grace == KillPolicy ? tr(", each by its own kill policy.")
                             : tr(", each given at most %n second(s) to stop.", nullptr, grace)) +
        u'\n' + tr("Schedulers such as Marathon relaunch them elsewhere. A drain cannot be cancelled.");
    text +=
        u'\n' + (markGone
                     ? tr("When drained the agent is marked gone: it can never register again, and its "
                          "tasks end TASK_GONE_BY_OPERATOR. This cannot be undone.")
                     : tr("When no task is left it shows Drained; Reactivate then lets it take work again."));
    ConfirmDialog::Request request{
        tr("Drain agent"), text, markGone ? tr("Drain and mark gone") : tr("Drain"), {}, true};
    if (markGone) // irreversible: the operator types the agent id
        request.typeToConfirm = id;
    if (!ConfirmDialog::ask(this, request))
        return;
    m_feedback->send(m_poller, OperatorCalls::drainAgent(id, grace, markGone),
                     tr("Drain of agent %1 started.").arg(name));
}

void MaintenancePage::deactivate() {
    const AgentDrain* agent = selected();
    if (!agent)
        return;
    const QString name = m_model->label(*agent);
    const int tasks = liveTasksOn(agent->id);
    const QString text =
        tr("Deactivate agent %1 (%2).").arg(name, agent->id) + u'\n' +
        (tasks >= 0 ? tr("It gets no more offers; its %n running task(s) keep running.", nullptr, tasks)
                    : tr("It gets no more offers; its running tasks keep running.")) +
        u'\n' + tr("The master keeps this across failovers until the agent is reactivated.");
    if (!ConfirmDialog::ask(this, {tr("Deactivate agent"), text, tr("Deactivate"), {}, true}))
        return;
    m_feedback->send(m_poller, OperatorCalls::agentCall(QStringLiteral("DEACTIVATE_AGENT"), agent->id),
                     tr("Agent %1 was deactivated.").arg(name));
}

void MaintenancePage::reactivate() {
    const AgentDrain* agent = selected();
    if (!agent)
        return;
    const QString name = m_model->label(*agent);
    const QString text = tr("Reactivate agent %1 (%2).").arg(name, agent->id) + u'\n' +
                         tr("It gets offers again, and its drain state is cleared.");
    if (!ConfirmDialog::ask(this, {tr("Reactivate agent"), text, tr("Reactivate"), {}, false}))
        return;
    m_feedback->send(m_poller, OperatorCalls::agentCall(QStringLiteral("REACTIVATE_AGENT"), agent->id),
                     tr("Agent %1 was reactivated.").arg(name));
}
