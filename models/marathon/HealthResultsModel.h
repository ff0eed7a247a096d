#pragma once

#include "KeyedListModel.h"
#include "marathon/MarathonTask.h"

// One row per task and health check: the last results Marathon reports (healthCheckResults).
// A task with fewer results than the app has checks shows the rest as having no result yet
// (Marathon sends none within the grace period).
struct HealthResultRow {
    QString taskId;
    int check = 0; // position in the server's list, from 0
    bool hasResult = false;
    MarathonTask::HealthResult result;
    bool operator==(const HealthResultRow&) const = default;
};

class HealthResultsModel : public KeyedListModel<HealthResultRow> {
    Q_OBJECT
public:
    enum Column {
        TaskColumn,
        CheckColumn,
        AliveColumn,
        FailuresColumn,
        FirstSuccessColumn,
        LastSuccessColumn,
        LastFailureColumn,
        CauseColumn,
        ColumnCount
    };

    explicit HealthResultsModel(QObject* parent = nullptr);

    void setTasks(const QList<MarathonTask>& tasks, int checkCount);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const HealthResultRow& row) const override {
        return row.taskId + u'#' + QString::number(row.check);
    }
};
