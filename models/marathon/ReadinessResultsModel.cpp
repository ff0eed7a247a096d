#include "ReadinessResultsModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QBrush>

ReadinessResultsModel::ReadinessResultsModel(QObject* parent)
    : KeyedListModel<MarathonReadinessCheck::Result>(parent) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

int ReadinessResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadinessResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MarathonReadinessCheck::Result& r = itemAt(index.row());
    if (role == Qt::ForegroundRole && index.column() == ReadyColumn && !r.ready)
        return QBrush(ThemeColors::color(ThemeColors::Role::StateWarning));
    if (role == Qt::ToolTipRole && index.column() == ResponseColumn)
        return r.body;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TaskColumn:
        return r.taskId;
    case CheckColumn:
        return r.name;
    case ReadyColumn:
        return r.ready ? tr("Ready") : tr("Not ready");
    case ResponseColumn: {
        if (!r.hasResponse)
            return tr("not kept (preserveLastResponse is off)");
        QString body = r.body.simplified();
        if (body.size() > 80)
            body = body.left(79) + QChar(0x2026);
        return tr("HTTP %1 %2 %3").arg(r.status).arg(r.contentType, body).trimmed();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReadinessResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TaskColumn:
        return tr("Task");
    case CheckColumn:
        return tr("Readiness check");
    case ReadyColumn:
        return tr("Ready");
    case ResponseColumn:
        return tr("Last response");
    case ColumnCount:
        break;
    }
    return {};
}
