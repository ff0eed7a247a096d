#include "MaintenanceSchedulePage.h"

#include "ConfirmDialog.h"
#include "MaintenanceScheduleModel.h"
#include "MaintenanceWindowEditor.h"
#include "OperatorFeedback.h"
#include "core/Clock.h"
#include "core/ClusterSession.h"
#include "mesos/ClusterStore.h"
#include "operator/MaintenanceCalls.h"
#include "operator/MaintenanceParser.h"
#include "operator/OperatorPoller.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// Schedule and status change only through operators (ours or another console's) and the
// frameworks' answers: every 5 s shows them promptly at two small calls.
constexpr std::chrono::milliseconds DefaultPollInterval{5000};
// "in 5 min" and "in 30 s" stay true between two rewordings.
constexpr std::chrono::milliseconds ClockTick{5000};

OperatorPoller::Request pollOf(MaintenanceCalls::Request (*make)(const QString&),
                               std::function<QString()> version) {
    return [make, version](OperatorClient* client, QObject* context, OperatorClient::Done done) {
        const MaintenanceCalls::Request request = make(version());
        client->send(request.method, request.path, request.body, context, std::move(done));
    };
}

QString machineText(const MachineId& machine) {
    return QStringLiteral("%1 (%2)").arg(machine.hostname, machine.ip);
}
} // namespace

MaintenanceSchedulePage::MaintenanceSchedulePage(QWidget* parent)
    : ClusterPage(parent), m_model(new MaintenanceScheduleModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_schedulePoller(new OperatorPoller(
          pollOf(&MaintenanceCalls::getSchedule, [this] { return version(); }), DefaultPollInterval, this)),
      m_statusPoller(new OperatorPoller(pollOf(&MaintenanceCalls::getStatus, [this] { return version(); }),
                                        DefaultPollInterval, this)),
      m_clockTick(new QTimer(this)) {
    setObjectName(QStringLiteral("maintenanceSchedulePage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    auto* layout = new QVBoxLayout(this);
    m_feedback = new OperatorFeedback(this);
    layout->addWidget(m_feedback->statusLabel());

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("scheduleTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MaintenanceScheduleModel::Start, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(MaintenanceScheduleModel::Machine, 190);
    header->resizeSection(MaintenanceScheduleModel::Ip, 110);
    header->resizeSection(MaintenanceScheduleModel::Start, 230);
    header->resizeSection(MaintenanceScheduleModel::Duration, 100);
    header->resizeSection(MaintenanceScheduleModel::Mode, 90);
    layout->addWidget(m_view, 1);

    auto* actions = new QHBoxLayout;
    m_add = new QPushButton(tr("Add window…"), this);
    m_add->setObjectName(QStringLiteral("addWindow"));
    m_edit = new QPushButton(tr("Edit window…"), this);
    m_edit->setObjectName(QStringLiteral("editWindow"));
    m_remove = new QPushButton(tr("Remove window…"), this);
    m_remove->setObjectName(QStringLiteral("removeWindow"));
    m_down = new QPushButton(tr("Machine down…"), this);
    m_down->setObjectName(QStringLiteral("machineDown"));
    m_up = new QPushButton(tr("Machine up…"), this);
    m_up->setObjectName(QStringLiteral("machineUp"));
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_down);
    actions->addWidget(m_up);
    layout->addLayout(actions);
    layout->addWidget(m_feedback->readOnlyLabel());
    layout->addWidget(m_feedback->actionLabel());

    connect(m_schedulePoller, &OperatorPoller::polled, this, &MaintenanceSchedulePage::onScheduleAnswer);
    connect(m_statusPoller, &OperatorPoller::polled, this, &MaintenanceSchedulePage::onStatusAnswer);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MaintenanceSchedulePage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MaintenanceSchedulePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MaintenanceSchedulePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MaintenanceSchedulePage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto* row = m_model->at(selectedRow()))
            openEditor(row->window);
    });
    connect(m_remove, &QPushButton::clicked, this, &MaintenanceSchedulePage::removeWindow);
    connect(m_down, &QPushButton::clicked, this, [this] { machineAction(true); });
    connect(m_up, &QPushButton::clicked, this, [this] { machineAction(false); });
    m_clockTick->setInterval(ClockTick);
    connect(m_clockTick, &QTimer::timeout, this,
            [this] { m_model->setNow(Clock::currentMSecsSinceEpoch()); });
    m_clockTick->start();
    m_model->setNow(Clock::currentMSecsSinceEpoch());
    updateButtons();
}

MaintenanceSchedulePage::~MaintenanceSchedulePage() = default;

QString MaintenanceSchedulePage::title() const {
    return tr("Maintenance"); // the Mesos UI's name for the schedule and the machines' modes
}

QLabel* MaintenanceSchedulePage::statusLabel() const {
    return m_feedback->statusLabel();
}

QLabel* MaintenanceSchedulePage::actionLabel() const {
    return m_feedback->actionLabel();
}

void MaintenanceSchedulePage::setPollInterval(std::chrono::milliseconds interval) {
    m_schedulePoller->setInterval(interval);
    m_statusPoller->setInterval(interval);
}

QString MaintenanceSchedulePage::version() const {
    return m_session ? m_session->mesosStore()->master().version : QString();
}

void MaintenanceSchedulePage::attach(ClusterSession* session) {
    for (const QMetaObject::Connection& connection : std::as_const(m_storeConnections))
        disconnect(connection);
    m_storeConnections.clear();
    if (m_editor) // a window for another cluster's schedule
        m_editor->reject();
    m_session = session;
    m_scheduleRead = false;
    m_model->setSchedule({}); // another cluster's schedule is not this one's
    m_model->setStatus(std::nullopt);
    m_feedback->restart(session ? tr("Reading the maintenance schedule from the leading master…")
                                : QString());
    if (session) {
        ClusterStore* store = session->mesosStore();
        m_storeConnections << connect(store, &ClusterStore::masterChanged, this,
                                      &MaintenanceSchedulePage::updateButtons);
        auto names = [this, store] {
            QHash<QString, QString> byId;
            for (const MesosFrameworkPtr& framework : store->frameworks())
                byId.insert(framework->id, framework->name);
            m_model->setFrameworkNames(byId);
        };
        m_storeConnections << connect(store, &ClusterStore::frameworksChanged, this, names);
        names();
        m_storeConnections << connect(store, &ClusterStore::agentsChanged, this, [this] {
            if (m_editor)
                m_editor->setKnownMachines(agentMachines());
        });
    }
    m_schedulePoller->attach(session);
    m_statusPoller->attach(session);
    updateButtons();
}

void MaintenanceSchedulePage::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    if (readOnly && m_editor)
        m_editor->reject();
    updateButtons();
}

void MaintenanceSchedulePage::onScheduleAnswer(const HttpTransport::Response& response) {
    if (!response.ok()) { // the rows stay as last read
        m_feedback->readFailed(response.error.summary());
        return;
    }
    const auto parsed = MaintenanceParser::parseSchedule(response.body);
    if (!parsed.ok()) {
        m_feedback->readFailed(parsed.error);
        return;
    }
    m_scheduleRead = true;
    m_model->setNow(Clock::currentMSecsSinceEpoch());
    m_model->setSchedule(parsed.value);
    int machines = 0;
    for (const MaintenanceWindow& window : parsed.value.windows)
        machines += int(window.machines.size());
    const QString time = Clock::currentDateTimeUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    m_feedback->read(parsed.value.windows.isEmpty()
                         ? tr("No maintenance is scheduled (read at %1).").arg(time)
                         : tr("%n window(s)", nullptr, int(parsed.value.windows.size())) + u' ' +
                               tr("with %n machine(s), read at %1.", nullptr, machines).arg(time));
    updateButtons();
}

void MaintenanceSchedulePage::onStatusAnswer(const HttpTransport::Response& response) {
    if (!response.ok()) {
        m_model->setStatus(std::nullopt); // a mode not known is not shown
        return;
    }
    const auto parsed = MaintenanceParser::parseStatus(response.body);
    m_model->setStatus(parsed.ok() ? std::optional<MaintenanceStatus>(parsed.value) : std::nullopt);
}

bool MaintenanceSchedulePage::selectMachine(const MachineId& machine) {
    const int row = m_model->rowOf(machine);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return true;
}

int MaintenanceSchedulePage::selectedRow() const {
    return m_proxy->mapToSource(m_view->currentIndex()).row();
}

QList<MachineId> MaintenanceSchedulePage::agentMachines() const {
    QList<MachineId> machines;
    if (!m_session)
        return machines;
    for (const MesosAgentPtr& agent : m_session->mesosStore()->agents()) {
        // The master takes the ip from the agent's pid, "slave(1)@10.0.0.1:5051".
        const QString address = agent->pid.section(u'@', 1).section(u':', 0, 0);
        const MachineId machine{agent->hostname, address};
        if (!machine.hostname.isEmpty() && !machine.ip.isEmpty() &&
            std::none_of(machines.cbegin(), machines.cend(),
                         [&](const MachineId& m) { return m.sameMachine(machine); }))
            machines.append(machine);
    }
    std::sort(machines.begin(), machines.end(),
              [](const MachineId& a, const MachineId& b) { return a.hostname < b.hostname; });
    return machines;
}

int MaintenanceSchedulePage::agentsOn(const MachineId& machine) const {
    if (!m_session)
        return 0;
    int count = 0;
    for (const MesosAgentPtr& agent : m_session->mesosStore()->agents())
        if (MachineId{agent->hostname, agent->pid.section(u'@', 1).section(u':', 0, 0)}.sameMachine(machine))
            ++count;
    return count;
}

void MaintenanceSchedulePage::updateButtons() {
    const MaintenanceScheduleModel::Row* row = m_model->at(selectedRow());
    const QString known = version();
    QString common;
    if (m_readOnly)
        common = tr("Read-only mode is on: turn it off in the File menu to change the cluster.");
    else if (!m_session)
        common = tr("Not connected to a cluster.");
    else if (known.isEmpty())
        common = tr("The leading master's version is not known yet.");
    else if (!m_scheduleRead)
        common = tr("The schedule has not been read yet.");
    auto set = [&](QPushButton* button, const QString& why, const QString& what) {
        const QString reason = !common.isEmpty() ? common : why;
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason.isEmpty() ? what : reason);
    };
    using Mode = MaintenanceScheduleModel::MachineMode;
    const QString select = tr("Select a machine of the schedule first.");
    set(m_add, {}, tr("Schedule maintenance for one or more machines (UPDATE_MAINTENANCE_SCHEDULE)."));
    set(m_edit, row ? QString() : select, tr("Change the selected machine's window."));
    set(m_remove,
        !row ? select
        : row->mode == Mode::Down
            ? tr("A window with a DOWN machine cannot be removed: bring the machine up first.")
            : QString(),
        tr("Cancel the selected machine's window; its machines go back to UP."));
    set(m_down,
        !row                          ? select
        : row->mode == Mode::Unknown  ? tr("The machine's mode is not known yet.")
        : row->mode != Mode::Draining ? tr("Only a DRAINING machine can be brought down; this one is %1.")
                                            .arg(MaintenanceScheduleModel::modeText(row->mode))
                                      : QString(),
        tr("Shut the machine's agents down and remove them (START_MAINTENANCE)."));
    set(m_up,
        !row                      ? select
        : row->mode != Mode::Down ? tr("Only a DOWN machine can be brought up.")
                                  : QString(),
        tr("End the machine's maintenance; its agents may register again (STOP_MAINTENANCE)."));
    m_feedback->setReadOnly(
        m_readOnly,
        tr("Read-only mode is on (File menu): schedule changes and machine actions are turned off."));
}

void MaintenanceSchedulePage::openEditor(int window) {
    if (m_editor) {
        m_editor->raise();
        return;
    }
    const MaintenanceSchedule schedule = m_model->schedule();
    auto* editor = new MaintenanceWindowEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(window < 0 ? tr("Add a maintenance window")
                                      : tr("Edit maintenance window %1").arg(window + 1));
    QList<MaintenanceWindow> others = schedule.windows;
    if (window >= 0 && window < schedule.windows.size()) {
        editor->setWindow(schedule.windows.at(window));
        others.removeAt(window);
    }
    editor->setOtherWindows(others);
    editor->setKnownMachines(agentMachines());
    connect(editor, &MaintenanceWindowEditor::saveRequested, this,
            [this, window](const MaintenanceWindow& edited) { saveWindow(window, edited); });
    m_editor = editor;
    editor->open();
}

void MaintenanceSchedulePage::sendSchedule(
    const MaintenanceSchedule& schedule, const QString& doneText,
    const std::function<void(const HttpTransport::Response&)>& answered) {
    const MaintenanceCalls::Request request = MaintenanceCalls::updateSchedule(schedule, version());
    m_feedback->showAction(tr("Sending…"), false);
    m_schedulePoller->send(request.method, request.path, request.body,
                           [this, doneText, answered](const HttpTransport::Response& response) {
                               if (response.ok()) {
                                   m_feedback->showAction(doneText, false);
                                   m_schedulePoller->refresh();
                                   m_statusPoller->refresh();
                               } else {
                                   m_feedback->showAction(
                                       tr("The master refused: %1").arg(response.error.summary()), true);
                               }
                               if (answered)
                                   answered(response);
                           });
}

void MaintenanceSchedulePage::saveWindow(int window, const MaintenanceWindow& edited) {
    MaintenanceSchedule schedule = m_model->schedule();
    QStringList added;
    const QList<MachineId> before = window >= 0 && window < schedule.windows.size()
                                        ? schedule.windows.at(window).machines
                                        : QList<MachineId>{};
    for (const MachineId& machine : edited.machines)
        if (std::none_of(before.cbegin(), before.cend(),
                         [&](const MachineId& m) { return m.sameMachine(machine); }))
            added << machineText(machine);
    QStringList dropped;
    for (const MachineId& machine : before)
        if (std::none_of(edited.machines.cbegin(), edited.machines.cend(),
                         [&](const MachineId& m) { return m.sameMachine(machine); }))
            dropped << machineText(machine);
    if (window >= 0 && window < schedule.windows.size())
        schedule.windows[window] = edited;
    else
        schedule.windows.append(edited);
    if (const QString problem = MaintenanceCalls::scheduleProblem(schedule); !problem.isEmpty()) {
        m_editor->showRefusal(problem);
        return;
    }
    QString text = tr("Replace the cluster's maintenance schedule with %n window(s).", nullptr,
                      int(schedule.windows.size()));
    if (!added.isEmpty())
        text += u'\n' + tr("Newly scheduled, and DRAINING from now on: %1. Frameworks get inverse offers for "
                           "their agents; tasks keep running.")
                            .arg(added.join(QStringLiteral(", ")));
    if (!dropped.isEmpty())
        text +=
            u'\n' + tr("Taken out of the schedule, back to UP: %1.").arg(dropped.join(QStringLiteral(", ")));
    if (!ConfirmDialog::ask(m_editor ? static_cast<QWidget*>(m_editor.data()) : this,
                            {tr("Save maintenance window"), text, tr("Save schedule"), {}, false}))
        return;
    if (m_editor)
        m_editor->setBusy(true);
    sendSchedule(schedule, tr("The maintenance schedule was saved."),
                 [this](const HttpTransport::Response& response) {
                     if (!m_editor)
                         return;
                     m_editor->setBusy(false);
                     if (response.ok())
                         m_editor->accept();
                     else // everything typed stays for the operator to correct
                         m_editor->showRefusal(response.error.summary());
                 });
}

void MaintenanceSchedulePage::removeWindow() {
    const MaintenanceScheduleModel::Row* row = m_model->at(selectedRow());
    if (!row)
        return;
    MaintenanceSchedule schedule = m_model->schedule();
    if (row->window >= schedule.windows.size())
        return;
    QStringList machines;
    for (const MachineId& machine : schedule.windows.at(row->window).machines)
        machines << machineText(machine);
    schedule.windows.removeAt(row->window);
    const QString text = tr("Cancel maintenance window %1.").arg(row->window + 1) + u'\n' +
                         tr("Its machines leave the schedule and go back to UP: %1.")
                             .arg(machines.join(QStringLiteral(", "))) +
                         u'\n' + tr("Frameworks stop getting inverse offers for them.");
    if (!ConfirmDialog::ask(this, {tr("Remove maintenance window"), text, tr("Remove window"), {}, true}))
        return;
    sendSchedule(schedule, tr("The maintenance window was removed."), {});
}

void MaintenanceSchedulePage::machineAction(bool down) {
    const MaintenanceScheduleModel::Row* row = m_model->at(selectedRow());
    if (!row)
        return;
    const MachineId machine = row->machine;
    const int agents = agentsOn(machine);
    QString text;
    if (down) {
        text = tr("Bring machine %1 down.").arg(machineText(machine)) + u'\n' +
               (agents > 0
                    ? tr("Its %n registered agent(s) are shut down and removed from the cluster: their tasks "
                         "end TASK_LOST, and schedulers such as Marathon relaunch them elsewhere.",
                         nullptr, agents)
                    : tr("No registered agent is on it now.")) +
               u'\n' + tr("No agent on it can register until the machine is brought up again.");
    } else {
        text = tr("Bring machine %1 up.").arg(machineText(machine)) + u'\n' +
               tr("Its maintenance ends: it leaves the schedule, and its agents may register again (as new "
                  "agents).");
    }
    ConfirmDialog::Request request{down ? tr("Machine down") : tr("Machine up"),
                                   text,
                                   down ? tr("Bring down") : tr("Bring up"),
                                   {},
                                   down};
    if (!ConfirmDialog::ask(this, request))
        return;
    const MaintenanceCalls::Request call = down ? MaintenanceCalls::machinesDown({machine}, version())
                                                : MaintenanceCalls::machinesUp({machine}, version());
    m_feedback->send(m_statusPoller, call.method, call.path, call.body,
                     down ? tr("Machine %1 is down.").arg(machineText(machine))
                          : tr("Machine %1 is up.").arg(machineText(machine)),
                     [this] { m_schedulePoller->refresh(); });
}
