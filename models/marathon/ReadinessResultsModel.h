#pragma once

#include "KeyedListModel.h"
#include "marathon/MarathonReadinessCheck.h"

// readinessCheckResults while a deployment waits: one row per task and readiness check.
class ReadinessResultsModel : public KeyedListModel<MarathonReadinessCheck::Result> {
    Q_OBJECT
public:
    enum Column { TaskColumn, CheckColumn, ReadyColumn, ResponseColumn, ColumnCount };

    explicit ReadinessResultsModel(QObject* parent = nullptr);

    void setResults(const QList<MarathonReadinessCheck::Result>& results) { replaceAll(results); }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MarathonReadinessCheck::Result& r) const override { return r.taskId + u'#' + r.name; }
};
