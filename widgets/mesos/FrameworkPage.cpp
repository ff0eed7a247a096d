#include "FrameworkPage.h"

#include "FrameworkIdentityForm.h"
#include "FrameworkResourcesModel.h"
#include "FrameworkTasksModel.h"
#include "FrameworkTeardown.h"
#include "MesosFilterProxy.h"
#include "NoticeBar.h"
#include "OffersModel.h"
#include "OffersPage.h"
#include "OperatorTable.h"
#include "ResourceBarDelegate.h"
#include "ThemeStyle.h"
#include "UrlOpener.h"
#include "core/ClusterSession.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"
#include "operator/OperatorParser.h"
#include "operator/OperatorPoller.h"
#include "sandbox/SandboxTaskRefs.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Offers come and go within seconds: as often as the Offers page asks.
constexpr std::chrono::milliseconds OffersPollInterval{3000};
// A framework's text holds its task lists: past this (thousands of tasks) it is read on a worker.
constexpr qsizetype InlineDetailsBytes = 256 * 1024;
// GET_FRAMEWORKS carries no tasks; beyond this it is read for its offers only.
constexpr qsizetype MaxFrameworksAnswerBytes = 4 * 1024 * 1024;

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent) {
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}
} // namespace

FrameworkPage::FrameworkPage(const QString& frameworkId, QWidget* parent)
    : QWidget(parent, Qt::Window), m_id(frameworkId), m_notice(new NoticeBar(this)),
      m_title(new QLabel(this)), m_state(new QLabel(this)), m_feedback(new QLabel(this)),
      m_identity(new FrameworkIdentityForm(this)), m_resources(new FrameworkResourcesModel(this)),
      m_proxy(new MesosFilterProxy(this)), m_stateGroup(new QButtonGroup(this)),
      m_offers(new OffersModel(this)), m_offersStatus(new QLabel(this)),
      m_poller(new OperatorPoller(
          [this](OperatorClient* client, QObject* context, OperatorClient::Done done) {
              OffersPage::requestOffers(client, context, std::move(done),
                                        m_session ? m_session->mesosStore()->master().version : QString());
          },
          OffersPollInterval, this)),
      m_teardown(new FrameworkTeardown(
          this, [this] { return m_id; }, m_feedback, this)),
      m_mesosWebUi(new QAction(tr("Open in Mesos web UI"), this)),
      m_openStdout(new QAction(tr("Open stdout"), this)), m_openStderr(new QAction(tr("Open stderr"), this)),
      m_browseSandbox(new QAction(tr("Browse sandbox"), this)), m_clock(new QTimer(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("frameworkPage"));
    m_notice->setObjectName(QStringLiteral("frameworkNotice"));
    m_notice->hide();
    m_title->setObjectName(QStringLiteral("frameworkTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_state->setObjectName(QStringLiteral("frameworkState"));
    m_mesosWebUi->setObjectName(QStringLiteral("openFrameworkInMesosAction"));
    connect(m_mesosWebUi, &QAction::triggered, this, [this] {
        const QUrl url = m_mesosLink ? m_mesosLink() : QUrl();
        if (url.isValid())
            UrlOpener::open(this, url, tr("the Mesos web UI"));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state);
    header->addStretch(1);
    for (QAction* action : {m_mesosWebUi, m_teardown->action()}) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(button);
    }
    layout->addLayout(header);
    layout->addWidget(m_feedback);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("frameworkSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildTop());
    splitter->addWidget(buildTasks());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_offers->refreshAges();
        if (m_framework && isVisible())
            m_identity->display(*m_framework, m_details, QDateTime::currentMSecsSinceEpoch());
    });
    m_clock->start();
    connect(m_poller, &OperatorPoller::polled, this, &FrameworkPage::onOffers);
    resize(1100, 780);
    attach(nullptr, nullptr);
}

FrameworkPage::~FrameworkPage() = default;

QWidget* FrameworkPage::buildTop() {
    auto* area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("frameworkOverview"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(area);
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(box(tr("Identity"), m_identity, content), 1);

    auto* right = new QVBoxLayout;
    auto* resources = new QTableView(content);
    resources->setObjectName(QStringLiteral("frameworkResourcesTable"));
    resources->setModel(m_resources);
    auto* bars = new ResourceBarDelegate(resources);
    for (int c :
         {FrameworkResourcesModel::Used, FrameworkResourcesModel::Offered, FrameworkResourcesModel::Reserved})
        resources->setItemDelegateForColumn(c, bars);
    resources->verticalHeader()->hide();
    resources->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    resources->horizontalHeader()->setSectionResizeMode(FrameworkResourcesModel::Resource,
                                                        QHeaderView::ResizeToContents);
    resources->setSelectionMode(QAbstractItemView::NoSelection);
    resources->setFocusPolicy(Qt::NoFocus);
    resources->setMinimumHeight(resources->horizontalHeader()->sizeHint().height() +
                                FrameworkResourcesModel::RowCount *
                                    resources->verticalHeader()->defaultSectionSize() +
                                2 * resources->frameWidth());
    resources->setMaximumHeight(resources->minimumHeight());
    right->addWidget(box(tr("Resources"), resources, content));

    auto* offers = new QWidget(content);
    auto* offersLayout = new QVBoxLayout(offers);
    offersLayout->setContentsMargins(0, 0, 0, 0);
    m_offersStatus->setObjectName(QStringLiteral("frameworkOffersStatus"));
    m_offersStatus->setTextFormat(Qt::PlainText); // carries the master's error text
    m_offersStatus->setWordWrap(true);
    offersLayout->addWidget(m_offersStatus);
    m_offersView = OperatorTable::make(m_offers, QStringLiteral("frameworkOffersTable"), offers);
    m_offersView->setColumnHidden(OffersModel::Framework, true); // all its own
    m_offersView->horizontalHeader()->setDefaultSectionSize(70);
    m_offersView->horizontalHeader()->resizeSection(OffersModel::Host, 130);
    m_offersView->setMinimumHeight(3 * m_offersView->verticalHeader()->defaultSectionSize() +
                                   m_offersView->horizontalHeader()->sizeHint().height());
    offersLayout->addWidget(m_offersView, 1);
    right->addWidget(box(tr("Offers held"), offers, content), 1);
    columns->addLayout(right, 1);
    area->setWidget(content);
    return area;
}

void FrameworkPage::addStateButton(const QString& category, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("stateButton_") +
                          (category.isEmpty() ? QStringLiteral("all") : category));
    button->setCheckable(true);
    button->setAutoRaise(true);
    const MesosTaskState state = MesosTaskStates::fromName(category.toStdString());
    if (category.startsWith(QLatin1String("TASK_")))
        ThemeStyle::setTextColor(button, TasksModel::stateRole(state));
    m_stateGroup->addButton(button);
    m_stateButtons.insert(category, button);
    connect(button, &QToolButton::toggled, this, [this, category](bool on) {
        if (on)
            m_proxy->setCategory(category);
    });
    parent->layout()->addWidget(button);
}

QWidget* FrameworkPage::buildTasks() {
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* groups = new QWidget(pane);
    auto* groupsLayout = new QHBoxLayout(groups);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addWidget(new QLabel(tr("Tasks:"), groups));
    for (const QString& category :
         {QString(), QStringLiteral("live"), QStringLiteral("unreachable"), QStringLiteral("completed")})
        addStateButton(category, groups);
    groupsLayout->addStretch(1);
    auto* filter = new QLineEdit(groups);
    filter->setObjectName(QStringLiteral("frameworkTasksFilter"));
    filter->setPlaceholderText(tr("Filter tasks (name, id, agent, state, IP)"));
    filter->setClearButtonEnabled(true);
    filter->setMinimumWidth(220);
    connect(filter, &QLineEdit::textChanged, m_proxy, &MesosFilterProxy::setFilterText);
    groupsLayout->addWidget(filter);
    layout->addWidget(groups);
    // One button per state the framework has tasks in (the others hidden), coloured as the Tasks tab.
    auto* states = new QWidget(pane);
    states->setObjectName(QStringLiteral("frameworkStates"));
    auto* statesLayout = new QHBoxLayout(states);
    statesLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < MesosTaskStateCount; ++i)
        addStateButton(MesosTaskStates::name(MesosTaskState(i)), states);
    statesLayout->addStretch(1);
    for (QAction* action : {m_openStdout, m_openStderr, m_browseSandbox}) {
        auto* button = new QToolButton(states);
        button->setDefaultAction(action);
        statesLayout->addWidget(button);
    }
    layout->addWidget(states);
    m_stateButtons.value(QString())->setChecked(true);

    m_tasksView = new QTableView(pane);
    m_tasksView->setObjectName(QStringLiteral("frameworkTasksTable"));
    m_tasksView->setModel(m_proxy);
    m_tasksView->setSortingEnabled(true);
    m_tasksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasksView->setAlternatingRowColors(true);
    m_tasksView->verticalHeader()->hide();
    m_tasksView->setTextElideMode(Qt::ElideMiddle); // task ids differ at their ends
    m_tasksView->setWordWrap(false);
    m_tasksView->horizontalHeader()->setStretchLastSection(true);
    m_tasksView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tasksView, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addActions({m_openStdout, m_openStderr, m_browseSandbox});
        menu.exec(m_tasksView->viewport()->mapToGlobal(at));
    });
    connect(m_tasksView, &QTableView::doubleClicked, m_openStdout, &QAction::trigger);
    connect(m_tasksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const bool any = currentTask() != nullptr;
        for (QAction* action : {m_openStdout, m_openStderr, m_browseSandbox})
            action->setEnabled(any);
    });
    layout->addWidget(m_tasksView, 1);

    m_openStdout->setObjectName(QStringLiteral("frameworkOpenStdoutAction"));
    m_openStdout->setToolTip(tr("Follow the selected task's stdout in the Sandbox tab"));
    m_openStderr->setObjectName(QStringLiteral("frameworkOpenStderrAction"));
    m_browseSandbox->setObjectName(QStringLiteral("frameworkBrowseSandboxAction"));
    connect(m_openStdout, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stdout")); });
    connect(m_openStderr, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stderr")); });
    connect(m_browseSandbox, &QAction::triggered, this, [this] { requestLogs(QString()); });
    return pane;
}

void FrameworkPage::attach(ClusterSession* session, const AgentLabels* labels) {
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    m_details = {}; // another session's word is not carried over
    m_masterDetailsRead = false;
    ClusterStore* store = session ? session->mesosStore() : nullptr;
    auto* old = m_tasks;
    m_tasks = new FrameworkTasksModel(m_id, store, this, labels);
    m_proxy->setSourceModel(m_tasks);
    delete old;
    m_tasksView->setColumnHidden(TasksModel::Framework, true); // all its own
    // Room for the start time at 1024 pixels: ids are elided in the middle, whole in tooltips.
    QHeaderView* header = m_tasksView->horizontalHeader();
    header->setDefaultSectionSize(70);
    header->resizeSection(TasksModel::Name, 130);
    header->resizeSection(TasksModel::Id, 190);
    header->resizeSection(TasksModel::Agent, 150);
    header->resizeSection(TasksModel::State, 90);
    header->resizeSection(TasksModel::Started, 140);
    m_tasksView->setColumnHidden(TasksModel::Gpus, true); // seldom any; the Resources table has the sum
    m_tasksView->sortByColumn(TasksModel::Started, Qt::DescendingOrder);
    connect(m_tasks, &FrameworkTasksModel::countsChanged, this, &FrameworkPage::updateCounts);
    for (QAction* action : {m_openStdout, m_openStderr, m_browseSandbox})
        action->setEnabled(false);
    m_teardown->attach(session);
    m_offers->apply({}); // another session's offers are not known to be this one's
    m_offersStatus->setText(session ? tr("Offers not polled yet.") : tr("Not connected: offers unknown."));
    m_poller->attach(session);
    if (store) {
        if (MesosFrameworkPtr f = store->frameworks().value(m_id))
            m_framework = f;
        m_tasks->loadFrom(store->tasks());
        m_connections << connect(store, &ClusterStore::frameworksChanged, this,
                                 &FrameworkPage::onFrameworksChanged);
        m_connections << connect(store, &ClusterStore::tasksChanged, m_tasks,
                                 &FrameworkTasksModel::applyFrom);
        m_connections << connect(store, &ClusterStore::agentsChanged, this, &FrameworkPage::showResources);
        m_connections << connect(store, &ClusterStore::updated, this, &FrameworkPage::updateCounts);
        m_connections << connect(session->mesosSource(), &MesosSource::statusChanged, this,
                                 &FrameworkPage::showStatus);
    }
    showFramework();
    updateCounts();
}

void FrameworkPage::setReadOnly(bool readOnly) {
    m_teardown->setReadOnly(readOnly);
}

void FrameworkPage::onFrameworksChanged(const MesosFrameworkChanges& changes) {
    bool ours = changes.removed.contains(m_id);
    for (const auto* list : {&changes.added, &changes.changed})
        for (const MesosFrameworkPtr& f : *list)
            if (f->id == m_id) {
                m_framework = f;
                ours = true;
            }
    if (ours)
        showFramework();
}

void FrameworkPage::showFramework() {
    if (!m_framework) { // never listed while this page was open: only its id is known
        auto placeholder = std::make_shared<MesosFramework>();
        placeholder->id = m_id;
        m_framework = placeholder;
    }
    const QString name = m_framework->name.isEmpty() ? m_id : m_framework->name;
    m_title->setText(name);
    setWindowTitle(tr("Framework %1").arg(name));
    readDetails();
    showStatus();
    m_teardown->refresh();
}

void FrameworkPage::readDetails() {
    const RawJson raw = m_framework->raw;
    const quint64 ticket = ++m_detailsTicket;
    auto show = [this](MesosFrameworkDetails details) { adopt(std::move(details)); };
    if (raw.length <= InlineDetailsBytes) {
        show(raw.isEmpty() ? MesosFrameworkDetails() : MesosFrameworkDetails::fromRaw(raw));
        return;
    }
    m_identity->display(*m_framework, m_details, QDateTime::currentMSecsSinceEpoch()); // the rest follows
    QThreadPool::globalInstance()->start([guard = m_guard.handle(), raw, ticket, this, show] {
        MesosFrameworkDetails details = MesosFrameworkDetails::fromRaw(raw);
        guard.post([this, details = std::move(details), ticket, show]() mutable {
            if (ticket == m_detailsTicket)
                show(std::move(details));
        });
    });
}

void FrameworkPage::adopt(MesosFrameworkDetails details) {
    details.keepFrom(m_details); // a state-summary says less than the stream said before
    m_details = std::move(details);
    m_identity->display(*m_framework, m_details, QDateTime::currentMSecsSinceEpoch());
    showResources();
}

void FrameworkPage::showStatus() {
    ClusterStore* store = m_session ? m_session->mesosStore() : nullptr;
    const bool listed = store && store->frameworks().contains(m_id);
    const MesosFramework& f = *m_framework;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString text;
    NoticeBar::Level level = NoticeBar::Level::Warning;
    if (!store)
        text = tr("Not connected to a cluster: what is shown is as last seen.");
    else if (!listed)
        text = tr("The master does not list this framework (any more): what is shown is as last seen.");
    else if (f.completed)
        text =
            tr("This framework was removed from the cluster (torn down, or it finished); unregistered: %1. "
               "It runs no tasks and cannot come back under this id.")
                .arg(FrameworkIdentityForm::timeText(m_details.unregisteredTime, now));
    else if (!f.connected)
        text =
            tr("The framework's scheduler is disconnected (since %1): the master keeps its tasks until its "
               "failover timeout runs out.")
                .arg(FrameworkIdentityForm::timeText(m_details.unregisteredTime, now));
    else if (m_session->mesosSource()->status().state == MesosSource::State::Stale)
        text = tr("Stale data (last update %1): the values below may be old.")
                   .arg(m_session->mesosSource()->status().lastGood.toLocalTime().toString(
                       QStringLiteral("HH:mm:ss")));
    else if (!f.active) {
        text = tr("The framework is inactive: the master sends it no offers.");
        level = NoticeBar::Level::Info;
    }
    if (text.isEmpty()) {
        m_notice->hide();
    } else {
        m_notice->showNotice(level, text);
        m_notice->show();
    }
    const QString state =
        !listed       ? tr("not listed")
        : f.completed ? tr("completed")
                      : QStringLiteral("%1, %2").arg(f.active ? tr("active") : tr("inactive"),
                                                     f.connected ? tr("connected") : tr("disconnected"));
    m_state->setText(state);
    ThemeStyle::setTextColor(m_state, listed && !f.completed && f.active && f.connected
                                          ? ThemeColors::Role::StateOk
                                          : ThemeColors::Role::StateWarning);
    m_mesosWebUi->setEnabled(m_mesosLink && m_mesosLink().isValid());
}

void FrameworkPage::showResources() {
    ClusterStore* store = m_session ? m_session->mesosStore() : nullptr;
    std::optional<MesosResources> total;
    if (store && !store->agents().isEmpty())
        total = store->totalResources();
    const bool listed = store && store->frameworks().contains(m_id);
    if (!listed) { // what a framework no longer listed uses is not known now
        m_resources->setResources(std::nullopt, std::nullopt, std::nullopt, total);
        return;
    }
    // A removed framework holds nothing: its last offers (FRAMEWORK_REMOVED says none) are gone.
    const bool completed = m_framework->completed;
    m_resources->setResources(m_framework->used, completed ? MesosResources() : m_details.offered,
                              completed ? MesosResources() : m_details.reserved, total);
}

void FrameworkPage::updateCounts() {
    const bool known = m_session && m_session->mesosStore()->hasTasks();
    auto label = [known](const QString& what, int count) {
        return known ? tr("%1: %2").arg(what).arg(count) : tr("%1: unknown").arg(what);
    };
    m_stateButtons.value(QString())->setText(label(tr("All"), m_tasks->total()));
    m_stateButtons.value(QStringLiteral("live"))->setText(label(tr("Active"), m_tasks->liveCount()));
    m_stateButtons.value(QStringLiteral("unreachable"))
        ->setText(label(tr("Unreachable"), m_tasks->unreachableCount()));
    m_stateButtons.value(QStringLiteral("completed"))
        ->setText(label(tr("Completed"), m_tasks->completedCount()));
    for (int i = 0; i < MesosTaskStateCount; ++i) {
        const auto state = MesosTaskState(i);
        QToolButton* button = m_stateButtons.value(MesosTaskStates::name(state));
        const int count = m_tasks->count(state);
        button->setText(tr("%1: %2").arg(MesosTaskStates::label(state)).arg(count));
        button->setToolTip(tr("Show only the tasks in %1").arg(MesosTaskStates::name(state)));
        button->setVisible(count > 0 || button->isChecked());
    }
}

void FrameworkPage::onOffers(const HttpTransport::Response& response) {
    const QString at = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    if (!response.ok()) { // the rows stay as last read
        m_offersStatus->setText(
            tr("The offers could not be read (%1): %2").arg(at, response.error.summary()));
        return;
    }
    auto parsed = OperatorParser::parseOffers(response.body);
    if (!parsed.ok()) {
        m_offersStatus->setText(tr("The offers could not be read (%1): %2").arg(at, parsed.error));
        return;
    }
    if (!m_session)
        return;
    // The offers' answer lists the framework in full: who it is, even when the store's copy came
    // from state-summary (no principal, roles, times). Read once; who a framework is stays.
    if (!m_masterDetailsRead && response.body.size() <= MaxFrameworksAnswerBytes)
        if (auto details = MesosFrameworkDetails::fromGetFrameworks(response.body, m_id)) {
            m_masterDetailsRead = true;
            adopt(std::move(*details));
        }
    QList<MesosOffer> own;
    const auto& agents = m_session->mesosStore()->agents();
    for (MesosOffer& offer : parsed.value) {
        if (offer.frameworkId != m_id)
            continue;
        if (const auto agent = agents.value(offer.agentId)) // as the Offers page names agents
            offer.hostname = agent->hostPort();
        own << offer;
    }
    m_offers->apply(own);
    m_offersStatus->setText(own.isEmpty()
                                ? tr("Holds no offers (read at %1).").arg(at)
                                : tr("Holds %n offer(s) (read at %1).", nullptr, int(own.size())).arg(at));
}

std::shared_ptr<const MesosTask> FrameworkPage::currentTask() const {
    const QModelIndex current = m_tasksView->currentIndex();
    return current.isValid() ? m_tasks->at(m_proxy->mapToSource(current).row()) : nullptr;
}

void FrameworkPage::requestLogs(const QString& fileName) {
    const auto task = currentTask();
    if (!task || !m_session)
        return;
    QString error;
    if (const auto ref = SandboxTaskRefs::forMesosTask(*m_session->mesosStore(), *task, &error))
        emit openLogsRequested(*ref, fileName);
    else
        emit logsUnavailable(error);
}
