#include "HealthResultsModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QBrush>

HealthResultsModel::HealthResultsModel(QObject* parent) : KeyedListModel<HealthResultRow>(parent) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

void HealthResultsModel::setTasks(const QList<MarathonTask>& tasks, int checkCount) {
    QList<HealthResultRow> rows;
    for (const MarathonTask& task : tasks) {
        const int n = qMax(checkCount, int(task.healthResults.size()));
        for (int i = 0; i < n; ++i) {
            HealthResultRow row{task.id, i, i < task.healthResults.size(), {}};
            if (row.hasResult)
                row.result = task.healthResults.at(i);
            rows << row;
        }
    }
    replaceAll(rows);
}

int HealthResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HealthResultRow& r = itemAt(index.row());
    const bool failing = r.hasResult && !r.result.alive;
    if (role == Qt::ForegroundRole && failing &&
        (index.column() == AliveColumn || index.column() == CauseColumn))
        return QBrush(ThemeColors::color(ThemeColors::Role::StateError));
    if (role == Qt::ToolTipRole && index.column() == CauseColumn)
        return r.result.lastFailureCause;
    if (role != Qt::DisplayRole)
        return {};
    const auto stamp = [](const QString& t) { return t.isEmpty() ? tr("never") : t; };
    switch (Column(index.column())) {
    case TaskColumn:
        return r.taskId;
    case CheckColumn:
        return tr("#%1").arg(r.check + 1);
    case AliveColumn:
        if (!r.hasResult)
            return tr("No result yet");
        return r.result.alive ? tr("Alive") : tr("Failing");
    case FailuresColumn:
        return r.hasResult ? QVariant(r.result.consecutiveFailures) : QVariant();
    case FirstSuccessColumn:
        return r.hasResult ? stamp(r.result.firstSuccess) : QString();
    case LastSuccessColumn:
        return r.hasResult ? stamp(r.result.lastSuccess) : QString();
    case LastFailureColumn:
        return r.hasResult ? stamp(r.result.lastFailure) : QString();
    case CauseColumn:
        return r.result.lastFailureCause;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HealthResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TaskColumn:
        return tr("Task");
    case CheckColumn:
        return tr("Check");
    case AliveColumn:
        return tr("Result");
    case FailuresColumn:
        return tr("Consecutive failures");
    case FirstSuccessColumn:
        return tr("First success");
    case LastSuccessColumn:
        return tr("Last success");
    case LastFailureColumn:
        return tr("Last failure");
    case CauseColumn:
        return tr("Last failure cause");
    case ColumnCount:
        break;
    }
    return {};
}
