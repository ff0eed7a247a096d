#pragma once

#include "KeyedListModel.h"
#include "marathon/MarathonTask.h"

// The tasks of one app, keyed by task id.
class AppTasksModel : public KeyedListModel<MarathonTask> {
    Q_OBJECT
public:
    enum Column { IdColumn, HostColumn, PortsColumn, StateColumn, HealthColumn, StartedColumn, VersionColumn, AgentColumn, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1 };

    explicit AppTasksModel(QObject* parent = nullptr);

    void setTasks(const QList<MarathonTask>& tasks) { replaceAll(tasks); }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString healthName(MarathonTask::Health health);

protected:
    QString keyOf(const MarathonTask& task) const override { return task.id; }
};
