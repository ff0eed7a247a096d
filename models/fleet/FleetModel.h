#pragma once

#include "connections/Profile.h"
#include "fleet/FleetStatus.h"

#include <QAbstractTableModel>
#include <QList>

// The fleet home's rows: one per profile, in the profiles' order, with what the prober last
// found. Updated by differences (rows inserted, removed, changed), never reset. SortRole orders
// rows worst first (TLS not trusted, authentication failed, authentication needed, unreachable,
// no leader, checking, connected), then by name.
class FleetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        LeaderColumn,
        VersionColumn,
        AgentsColumn,
        TasksColumn,
        DeploymentsColumn,
        LastGoodColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, ProfileIdRole, StateRole };

    explicit FleetModel(QObject* parent = nullptr);

    void setProfiles(const QList<Profile>& profiles);
    void setStatus(const QString& profileId, const FleetStatus& status);
    QString profileId(int row) const { return m_rows.at(row).profile.id; }
    const FleetStatus& status(int row) const { return m_rows.at(row).status; }
    int rowOf(const QString& profileId) const;

    // The sum of the fleet, for the tray: how many rows are in each state, and the worst one.
    int count(FleetStatus::State state) const;
    FleetStatus::State worst() const; // Connected for an empty fleet
    QString summary() const;
    static QString stateText(FleetStatus::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void summaryChanged();

private:
    struct Row {
        Profile profile;
        FleetStatus status;
    };
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
};
