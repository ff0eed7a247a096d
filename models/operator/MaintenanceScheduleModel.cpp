#include "MaintenanceScheduleModel.h"

#include "MaintenanceFormat.h"
#include "ThemeColors.h"

#include <QColor>
#include <limits>

MaintenanceScheduleModel::MaintenanceScheduleModel(QObject* parent) : QAbstractTableModel(parent) {}

void MaintenanceScheduleModel::setSchedule(const MaintenanceSchedule& schedule) {
    if (schedule == m_schedule)
        return;
    m_schedule = schedule;
    rebuild();
}

void MaintenanceScheduleModel::setStatus(const std::optional<MaintenanceStatus>& status) {
    if (status == m_status)
        return;
    m_status = status;
    rebuild();
}

void MaintenanceScheduleModel::setNow(qint64 nowMsecs) {
    m_now = nowMsecs;
    if (!m_rows.isEmpty()) // only the relative wording changes
        emit dataChanged(index(0, Start), index(int(m_rows.size()) - 1, Start));
}

void MaintenanceScheduleModel::setFrameworkNames(const QHash<QString, QString>& names) {
    if (names == m_frameworkNames)
        return;
    m_frameworkNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, InverseOffers), index(int(m_rows.size()) - 1, InverseOffers));
}

MaintenanceScheduleModel::MachineMode MaintenanceScheduleModel::modeOf(const MachineId& machine) const {
    if (!m_status)
        return MachineMode::Unknown;
    for (const MaintenanceStatus::Draining& draining : m_status->draining)
        if (draining.machine.sameMachine(machine))
            return MachineMode::Draining;
    for (const MachineId& down : m_status->down)
        if (down.sameMachine(machine))
            return MachineMode::Down;
    return MachineMode::Up;
}

QList<InverseOfferAnswer> MaintenanceScheduleModel::answersOf(const MachineId& machine) const {
    if (m_status)
        for (const MaintenanceStatus::Draining& draining : m_status->draining)
            if (draining.machine.sameMachine(machine))
                return draining.answers;
    return {};
}

void MaintenanceScheduleModel::rebuild() {
    QList<Row> incoming;
    for (qsizetype w = 0; w < m_schedule.windows.size(); ++w) {
        const MaintenanceWindow& window = m_schedule.windows.at(w);
        for (const MachineId& machine : window.machines)
            incoming.append({machine, int(w), window.startNanos, window.hasDuration, window.durationNanos,
                             modeOf(machine), answersOf(machine)});
    }
    // Rows are keyed by machine (a machine is in one window at most): removals first, highest
    // row first, then changes in place, then the new machines at the end.
    auto find = [](const QList<Row>& rows, const MachineId& machine) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows.at(i).machine.sameMachine(machine))
                return int(i);
        return -1;
    };
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (find(incoming, m_rows.at(row).machine) < 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QList<Row> added;
    for (const Row& row : std::as_const(incoming)) {
        const int existing = find(m_rows, row.machine);
        if (existing < 0) {
            added.append(row);
        } else if (!(m_rows.at(existing) == row)) {
            m_rows[existing] = row;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

const MaintenanceScheduleModel::Row* MaintenanceScheduleModel::at(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MaintenanceScheduleModel::rowOf(const MachineId& machine) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).machine.sameMachine(machine))
            return int(i);
    return -1;
}

QString MaintenanceScheduleModel::modeText(MachineMode mode) {
    switch (mode) {
    case MachineMode::Unknown:
        return {};
    case MachineMode::Up:
        return tr("UP");
    case MachineMode::Draining:
        return tr("DRAINING");
    case MachineMode::Down:
        return tr("DOWN");
    }
    return {};
}

QString MaintenanceScheduleModel::answersText(const Row& row) const {
    if (row.mode != MachineMode::Draining)
        return {};
    if (row.answers.isEmpty())
        return tr("no answer yet");
    QStringList parts;
    for (const InverseOfferAnswer& answer : row.answers) {
        const QString name = m_frameworkNames.value(answer.frameworkId, answer.frameworkId);
        parts << QStringLiteral("%1: %2").arg(name, answer.status);
    }
    return parts.join(QStringLiteral(", "));
}

int MaintenanceScheduleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaintenanceScheduleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaintenanceScheduleModel::data(const QModelIndex& index, int role) const {
    const Row* row = at(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Machine:
            return row->machine.hostname;
        case Ip:
            return row->machine.ip;
        case Start:
            return tr("%1 (%2)").arg(MaintenanceFormat::localTime(row->startNanos),
                                     MaintenanceFormat::relative(row->startNanos, m_now));
        case Duration:
            return row->hasDuration ? MaintenanceFormat::duration(row->durationNanos) : tr("no end given");
        case Mode:
            return modeText(row->mode);
        case InverseOffers:
            return answersText(*row);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Start || index.column() == Duration)
            return tr("Window %1 of the schedule").arg(row->window + 1);
        if (index.column() == Mode && row->mode == MachineMode::Unknown)
            return tr("The maintenance status has not been read.");
        if (index.column() == InverseOffers && row->mode == MachineMode::Draining)
            return tr("The frameworks' answers to the inverse offers for this machine (ACCEPT: it may go "
                      "down; DECLINE: it should not yet). The master forgets them when it fails over.");
    } else if (role == Qt::ForegroundRole && index.column() == Mode) {
        if (row->mode == MachineMode::Down)
            return ThemeColors::color(ThemeColors::Role::StateError);
        if (row->mode == MachineMode::Draining)
            return ThemeColors::color(ThemeColors::Role::StateWarning);
    } else if (role == Qt::UserRole) { // sort keys
        if (index.column() == Start)
            return row->startNanos;
        if (index.column() == Duration)
            return row->hasDuration ? row->durationNanos : std::numeric_limits<qint64>::max();
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant MaintenanceScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Machine:
        return tr("Machine");
    case Ip:
        return tr("IP");
    case Start:
        return tr("Window start");
    case Duration:
        return tr("Duration");
    case Mode:
        return tr("Mode");
    case InverseOffers:
        return tr("Inverse offers");
    }
    return {};
}
