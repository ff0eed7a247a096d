#include "ZkEnsembleModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QBrush>
#include <QLocale>

ZkEnsembleModel::ZkEnsembleModel(QObject* parent) : QAbstractTableModel(parent) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

void ZkEnsembleModel::setReports(const QList<ZkServerReport>& reports) {
    const int common = int(qMin(m_reports.size(), reports.size()));
    for (int row = 0; row < common; ++row)
        setReport(row, reports.at(row));
    if (reports.size() > m_reports.size()) {
        beginInsertRows({}, int(m_reports.size()), int(reports.size()) - 1);
        m_reports.append(reports.mid(m_reports.size()));
        endInsertRows();
    } else if (reports.size() < m_reports.size()) {
        beginRemoveRows({}, int(reports.size()), int(m_reports.size()) - 1);
        m_reports.resize(reports.size());
        endRemoveRows();
    }
}

void ZkEnsembleModel::setReport(int row, const ZkServerReport& report) {
    if (row < 0 || row >= m_reports.size() || m_reports.at(row) == report)
        return;
    m_reports[row] = report;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ZkEnsembleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ZkEnsembleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QVariant count(const std::optional<qint64>& value) {
    return value ? QVariant(QLocale().toString(*value)) : QVariant();
}
} // namespace

QString ZkEnsembleModel::latencyText(const ZkServerReport& report) {
    if (!report.latencyMin || !report.latencyAvg || !report.latencyMax)
        return {};
    return tr("%1 / %2 / %3 ms")
        .arg(QLocale().toString(*report.latencyMin), QLocale().toString(*report.latencyAvg, 'f', 1),
             QLocale().toString(*report.latencyMax));
}

QVariant ZkEnsembleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const ZkServerReport& r = m_reports.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == StateColumn) {
            QStringList lines;
            if (!r.error.isEmpty())
                lines << r.error;
            if (r.source == ZkServerReport::Source::AdminServer)
                lines << tr("From the AdminServer (JSON).");
            else if (!r.adminError.isEmpty())
                lines << tr("AdminServer unreachable (%1): from the four-letter words.").arg(r.adminError);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
        }
        if (index.column() == WatchesColumn && r.mntrDisabled)
            return tr(
                "mntr is not in this server's 4lw.commands.whitelist, so its watch count is not known.");
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (r.state == ZkServerReport::State::Unreachable || r.state == ZkServerReport::State::NotServing)
            return QBrush(ThemeColors::color(ThemeColors::Role::StateError));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ServerColumn:
        return r.server;
    case StateColumn:
        return ZkServerReport::stateName(r.state);
    case ModeColumn:
        return r.mode;
    case ZxidColumn:
        return r.zxid ? QVariant(QStringLiteral("0x%1").arg(*r.zxid, 0, 16)) : QVariant();
    case LatencyColumn:
        return latencyText(r);
    case OutstandingColumn:
        return count(r.outstanding);
    case ConnectionsColumn:
        return count(r.connections);
    case NodesColumn:
        return count(r.nodeCount);
    case WatchesColumn:
        if (r.mntrDisabled && !r.watchCount)
            return tr("mntr disabled");
        return count(r.watchCount);
    case VersionColumn:
        return r.version;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ZkEnsembleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ServerColumn:
        return tr("Server");
    case StateColumn:
        return tr("State");
    case ModeColumn:
        return tr("Mode");
    case ZxidColumn:
        return tr("Zxid");
    case LatencyColumn:
        return tr("Latency min/avg/max");
    case OutstandingColumn:
        return tr("Outstanding");
    case ConnectionsColumn:
        return tr("Connections");
    case NodesColumn:
        return tr("Znodes");
    case WatchesColumn:
        return tr("Watches");
    case VersionColumn:
        return tr("Version");
    case ColumnCount:
        break;
    }
    return {};
}
