#pragma once

#include "zookeeper/ZkServerReport.h"

#include <QAbstractTableModel>
#include <QList>

// One row per server of the connection string, as ZkEnsembleMonitor last heard it. Rows are
// updated in place (dataChanged per changed row); values a server did not tell stay blank.
class ZkEnsembleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ServerColumn,
        StateColumn,
        ModeColumn,
        ZxidColumn,
        LatencyColumn,
        OutstandingColumn,
        ConnectionsColumn,
        NodesColumn,
        WatchesColumn,
        VersionColumn,
        ColumnCount
    };

    explicit ZkEnsembleModel(QObject* parent = nullptr);

    // The whole list (a new connection string): rows that stay are updated, others inserted or removed.
    void setReports(const QList<ZkServerReport>& reports);
    void setReport(int row, const ZkServerReport& report);
    const ZkServerReport& report(int row) const { return m_reports.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString latencyText(const ZkServerReport& report);

private:
    QList<ZkServerReport> m_reports;
};
