#pragma once

#include "operator/MaintenanceSchedule.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

// The machines of the maintenance schedule, one row each, in window order: hostname, IP, the
// window's start (local time and relative to now) and duration, the machine's mode from the
// maintenance status (UP, DRAINING, DOWN; blank until a status was read) and the frameworks'
// answers to its inverse offers. Updated by differences as schedule and status are polled;
// never a reset.
class MaintenanceScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Machine, Ip, Start, Duration, Mode, InverseOffers, ColumnCount };
    Q_ENUM(Column)
    enum class MachineMode { Unknown, Up, Draining, Down };

    struct Row {
        MachineId machine;
        int window = 0; // index into the schedule's windows
        qint64 startNanos = 0;
        bool hasDuration = false;
        qint64 durationNanos = 0;
        MachineMode mode = MachineMode::Unknown;
        QList<InverseOfferAnswer> answers;
        bool operator==(const Row&) const = default;
    };

    explicit MaintenanceScheduleModel(QObject* parent = nullptr);

    void setSchedule(const MaintenanceSchedule& schedule);
    // nullopt: the status is not known (not read yet, or another cluster's).
    void setStatus(const std::optional<MaintenanceStatus>& status);
    // Relative times are worded against this clock reading (msecs since the epoch).
    void setNow(qint64 nowMsecs);

    const MaintenanceSchedule& schedule() const { return m_schedule; }
    const Row* at(int row) const;
    int rowOf(const MachineId& machine) const;
    static QString modeText(MachineMode mode);
    // A framework id as the answers column names it (the framework's name when known).
    void setFrameworkNames(const QHash<QString, QString>& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    MachineMode modeOf(const MachineId& machine) const;
    QList<InverseOfferAnswer> answersOf(const MachineId& machine) const;
    QString answersText(const Row& row) const;

    MaintenanceSchedule m_schedule;
    std::optional<MaintenanceStatus> m_status;
    QHash<QString, QString> m_frameworkNames;
    qint64 m_now = 0;
    QList<Row> m_rows;
};
