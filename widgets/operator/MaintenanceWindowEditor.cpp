#include "MaintenanceWindowEditor.h"

#include "DialogFitter.h"
#include "ThemeColors.h"
#include "ThemeStyle.h"
#include "core/Clock.h"
#include "operator/MaintenanceCalls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr qint64 NanosPerMinute = 60LL * 1000000000LL;

QLabel* noteLabel(QWidget* parent, const QString& name, bool error) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // the master's words and typed names are never markup
    label->setWordWrap(true);
    if (error)
        ThemeStyle::setTextColor(label, ThemeColors::Role::StateError);
    return label;
}
} // namespace

MaintenanceWindowEditor::MaintenanceWindowEditor(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("maintenanceWindowEditor"));
    setWindowTitle(tr("Maintenance window"));
    auto* layout = new QVBoxLayout(this);

    auto* machines = new QGroupBox(tr("Machines (Mesos matches each on its hostname and IP together)"), this);
    auto* machinesLayout = new QVBoxLayout(machines);
    m_machineGrid = new QGridLayout;
    m_machineGrid->addWidget(new QLabel(tr("Hostname"), machines), 0, 0);
    m_machineGrid->addWidget(new QLabel(tr("IP address"), machines), 0, 1);
    m_machineGrid->setColumnStretch(0, 3);
    m_machineGrid->setColumnStretch(1, 2);
    m_machineGrid->setColumnStretch(3, 3);
    machinesLayout->addLayout(m_machineGrid);
    auto* addRow = new QHBoxLayout;
    m_addMachine = new QPushButton(tr("Add machine"), machines);
    m_addMachine->setObjectName(QStringLiteral("addMachine"));
    m_known = new QComboBox(machines);
    m_known->setObjectName(QStringLiteral("knownMachines"));
    m_known->setToolTip(tr("Add the machine of a registered agent"));
    addRow->addWidget(m_addMachine);
    addRow->addWidget(m_known, 1);
    machinesLayout->addLayout(addRow);
    layout->addWidget(machines);

    auto* form = new QFormLayout;
    auto* startRow = new QHBoxLayout;
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("windowStart"));
    m_start->setTimeSpec(Qt::LocalTime);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startNote = noteLabel(this, QStringLiteral("startNote"), false);
    startRow->addWidget(m_start);
    startRow->addWidget(m_startNote, 1);
    form->addRow(tr("Start (local time):"), startRow);
    auto* durationRow = new QHBoxLayout;
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("durationHours"));
    m_hours->setRange(0, 24 * 365);
    m_hours->setSuffix(tr(" h"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("durationMinutes"));
    m_minutes->setRange(0, 59);
    m_minutes->setSuffix(tr(" min"));
    m_openEnded = new QCheckBox(tr("No end (open-ended)"), this);
    m_openEnded->setObjectName(QStringLiteral("openEnded"));
    durationRow->addWidget(m_hours);
    durationRow->addWidget(m_minutes);
    durationRow->addWidget(m_openEnded);
    durationRow->addStretch(1);
    form->addRow(tr("Duration:"), durationRow);
    layout->addLayout(form);

    auto* explanation = noteLabel(this, QStringLiteral("editorExplanation"), false);
    explanation->setText(
        tr("Saving replaces the cluster's schedule. Machines new to it become DRAINING: frameworks "
           "get inverse offers for their agents, and their offers carry the unavailability. Tasks keep "
           "running until a machine is brought down."));
    layout->addWidget(explanation);
    m_problem = noteLabel(this, QStringLiteral("windowProblem"), true);
    m_refusal = noteLabel(this, QStringLiteral("masterRefusal"), true);
    layout->addWidget(m_problem);
    layout->addWidget(m_refusal);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveWindow"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    layout->addWidget(buttons);

    connect(m_addMachine, &QPushButton::clicked, this, [this] { addMachine(); });
    connect(m_known, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index <= m_knownMachines.size())
            addMachine(m_knownMachines.at(index - 1));
        m_known->setCurrentIndex(0);
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceWindowEditor::validate);
    connect(m_hours, &QSpinBox::valueChanged, this, &MaintenanceWindowEditor::validate);
    connect(m_minutes, &QSpinBox::valueChanged, this, &MaintenanceWindowEditor::validate);
    connect(m_openEnded, &QCheckBox::toggled, this, [this](bool on) {
        m_hours->setEnabled(!on);
        m_minutes->setEnabled(!on);
        validate();
    });
    // Save does not close the dialog: the page closes it once the master took the schedule.
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_save->isEnabled())
            emit saveRequested(window());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    MaintenanceWindow fresh; // an hour from now, for an hour: a common first window
    const QDateTime inAnHour = Clock::currentDateTimeUtc().addSecs(3600);
    fresh.startNanos = inAnHour.toMSecsSinceEpoch() / 60000 * 60000 * 1000000;
    fresh.hasDuration = true;
    fresh.durationNanos = 60 * NanosPerMinute;
    setWindow(fresh);
    setKnownMachines({});
    DialogFitter::install(this);
}

void MaintenanceWindowEditor::setWindow(const MaintenanceWindow& window) {
    while (!m_rows.isEmpty())
        removeMachine(m_rows.last().remove);
    for (const MachineId& machine : window.machines)
        addMachine(machine);
    if (window.machines.isEmpty())
        addMachine();
    m_start->setDateTime(QDateTime::fromMSecsSinceEpoch(window.startNanos / 1000000).toLocalTime());
    const qint64 minutes = window.hasDuration ? window.durationNanos / NanosPerMinute : 60;
    m_hours->setValue(int(minutes / 60));
    m_minutes->setValue(int(minutes % 60));
    m_openEnded->setChecked(!window.hasDuration);
    validate();
}

MaintenanceWindow MaintenanceWindowEditor::window() const {
    MaintenanceWindow window;
    for (const MachineRow& row : m_rows)
        window.machines.append({row.hostname->text(), row.ip->text().trimmed()});
    window.startNanos = m_start->dateTime().toMSecsSinceEpoch() * 1000000;
    window.hasDuration = !m_openEnded->isChecked();
    if (window.hasDuration)
        window.durationNanos = (qint64(m_hours->value()) * 60 + m_minutes->value()) * NanosPerMinute;
    return window;
}

void MaintenanceWindowEditor::setOtherWindows(const QList<MaintenanceWindow>& others) {
    m_others = others;
    validate();
}

void MaintenanceWindowEditor::setKnownMachines(const QList<MachineId>& machines) {
    m_knownMachines = machines;
    m_known->clear();
    m_known->addItem(machines.isEmpty() ? tr("No registered agent is known") : tr("Add an agent's machine…"));
    for (const MachineId& machine : machines)
        m_known->addItem(QStringLiteral("%1 (%2)").arg(machine.hostname, machine.ip));
    m_known->setEnabled(!machines.isEmpty());
}

void MaintenanceWindowEditor::addMachine(const MachineId& machine) {
    MachineRow row;
    row.hostname = new QLineEdit(machine.hostname, this);
    row.hostname->setObjectName(QStringLiteral("machineHostname"));
    row.hostname->setPlaceholderText(tr("agent1.example.com"));
    row.ip = new QLineEdit(machine.ip, this);
    row.ip->setObjectName(QStringLiteral("machineIp"));
    row.ip->setPlaceholderText(tr("10.0.0.1"));
    row.remove = new QPushButton(tr("Remove"), this);
    row.problem = noteLabel(this, QStringLiteral("machineProblem"), true);
    const int gridRow = m_machineGrid->rowCount();
    m_machineGrid->addWidget(row.hostname, gridRow, 0);
    m_machineGrid->addWidget(row.ip, gridRow, 1);
    m_machineGrid->addWidget(row.remove, gridRow, 2);
    m_machineGrid->addWidget(row.problem, gridRow, 3);
    connect(row.hostname, &QLineEdit::textChanged, this, &MaintenanceWindowEditor::validate);
    connect(row.ip, &QLineEdit::textChanged, this, &MaintenanceWindowEditor::validate);
    QPushButton* remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] { removeMachine(remove); });
    m_rows.append(row);
    validate();
}

void MaintenanceWindowEditor::removeMachine(QPushButton* button) {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).remove != button)
            continue;
        const MachineRow row = m_rows.takeAt(i);
        for (QWidget* widget : {static_cast<QWidget*>(row.hostname), static_cast<QWidget*>(row.ip),
                                static_cast<QWidget*>(row.remove), static_cast<QWidget*>(row.problem)}) {
            m_machineGrid->removeWidget(widget);
            widget->deleteLater();
        }
        break;
    }
    validate();
}

void MaintenanceWindowEditor::validate() {
    const MaintenanceWindow current = window();
    bool valid = !current.machines.isEmpty();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const MachineId& machine = current.machines.at(i);
        QString problem = MaintenanceCalls::machineProblem(machine);
        for (qsizetype j = 0; problem.isEmpty() && j < i; ++j)
            if (current.machines.at(j).sameMachine(machine))
                problem = tr("This machine is listed twice.");
        for (qsizetype w = 0; problem.isEmpty() && w < m_others.size(); ++w)
            for (const MachineId& other : m_others.at(w).machines)
                if (other.sameMachine(machine))
                    problem = tr("Already in another window of the schedule; a machine can be in only one.");
        m_rows.at(i).problem->setText(problem);
        valid = valid && problem.isEmpty();
    }
    m_problem->setText(current.machines.isEmpty() ? tr("A window needs at least one machine.") : QString());
    const qint64 nowMs = Clock::currentMSecsSinceEpoch();
    m_startNote->setText(current.startNanos / 1000000 < nowMs
                             ? tr("In the past: the machines are due for maintenance at once.")
                             : QString());
    m_save->setEnabled(valid && !m_busy);
    m_save->setToolTip(valid ? QString() : tr("Correct what is marked first."));
}

void MaintenanceWindowEditor::setBusy(bool busy) {
    m_busy = busy;
    if (busy)
        m_refusal->clear();
    validate();
}

void MaintenanceWindowEditor::showRefusal(const QString& text) {
    m_refusal->setText(tr("The master refused the schedule: %1").arg(text));
}
