#pragma once

#include <QWidget>

class FleetModel;
class FleetProber;
class ProfileStore;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The first page: every profile as a row (FleetModel, kept current by a FleetProber), worst
// first. Double-click (or Open) asks for that cluster's window; the buttons lead to the profiles
// dialog and to the quick "open a URL" path. The selected row's whole reason (a refused password
// with its realm, a certificate's fingerprints) is shown in full under the table.
class FleetHome : public QWidget {
    Q_OBJECT
public:
    FleetHome(ProfileStore* store, QWidget* parent = nullptr);
    ~FleetHome() override;

    FleetModel* model() const { return m_model; }
    FleetProber* prober() const { return m_prober; }
    QTableView* view() const { return m_view; }
    QString selectedProfileId() const;
    QLabel* detailLabel() const { return m_detail; }

signals:
    void openRequested(const QString& profileId);
    void profilesRequested();
    void openUrlRequested();

private:
    void syncProfiles();
    void updateButtons();
    void updateDetail();

    ProfileStore* m_store;
    FleetModel* m_model;
    FleetProber* m_prober;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    QLabel* m_summary;
    QLabel* m_empty;
    QLabel* m_detail;
    QPushButton* m_open;
};
