#include "FleetHome.h"

#include "FleetModel.h"
#include "ThemeStyle.h"
#include "connections/ProfileStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "fleet/FleetProber.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

FleetHome::FleetHome(ProfileStore* store, QWidget* parent)
    : QWidget(parent), m_store(store), m_model(new FleetModel(this)), m_prober(new FleetProber(this)),
      m_sorted(new QSortFilterProxyModel(this)) {
    // Each row signs in with its profile's credentials, read from the keychain as a window does.
    m_prober->setCredentialStore(new KeychainCredentialStore(QStringLiteral("mesosdesk"), this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fleetSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("font-size: 15px; padding: 4px;"));
    m_empty = new QLabel(tr("No cluster profiles yet. Add one with Profiles…, or open a URL."), this);
    m_empty->setObjectName(QStringLiteral("fleetEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("fleetDetail"));
    m_detail->setTextFormat(Qt::PlainText); // server text
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();
    ThemeStyle::setTextColor(m_detail, ThemeColors::Role::StateError); // only shown for a problem

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(FleetModel::SortRole);
    m_sorted->setDynamicSortFilter(true);
    m_sorted->sort(FleetModel::StateColumn);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("fleetView"));
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FleetModel::StateColumn, QHeaderView::Stretch);
    // The state gets what the counts leave (its reason is in full under the table).
    m_view->setColumnWidth(FleetModel::NameColumn, 140);
    m_view->setColumnWidth(FleetModel::LeaderColumn, 130);
    m_view->setColumnWidth(FleetModel::VersionColumn, 70);
    m_view->setColumnWidth(FleetModel::AgentsColumn, 150);
    m_view->setColumnWidth(FleetModel::TasksColumn, 130);
    m_view->setColumnWidth(FleetModel::DeploymentsColumn, 100);
    m_view->setColumnWidth(FleetModel::LastGoodColumn, 140);

    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("fleetOpen"));
    auto* profiles = new QPushButton(tr("&Profiles…"), this);
    profiles->setObjectName(QStringLiteral("fleetProfiles"));
    auto* url = new QPushButton(tr("Open a &URL…"), this);
    url->setObjectName(QStringLiteral("fleetOpenUrl"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(profiles);
    buttons->addWidget(url);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_prober, &FleetProber::statusChanged, m_model, &FleetModel::setStatus);
    connect(m_model, &FleetModel::summaryChanged, this, [this] { m_summary->setText(m_model->summary()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetHome::updateDetail);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FleetHome::updateDetail);
    connect(m_store, &ProfileStore::changed, this, &FleetHome::syncProfiles);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(FleetModel::ProfileIdRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FleetHome::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedProfileId(); !id.isEmpty())
            emit openRequested(id);
    });
    connect(profiles, &QPushButton::clicked, this, &FleetHome::profilesRequested);
    connect(url, &QPushButton::clicked, this, &FleetHome::openUrlRequested);
    syncProfiles();
    m_prober->start();
}

FleetHome::~FleetHome() = default;

QString FleetHome::selectedProfileId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(FleetModel::ProfileIdRole).toString();
}

void FleetHome::syncProfiles() {
    m_model->setProfiles(m_store->profiles());
    m_prober->setProfiles(m_store->profiles());
    m_summary->setText(m_model->summary());
    m_empty->setVisible(m_store->profiles().isEmpty());
    updateButtons();
}

void FleetHome::updateButtons() {
    m_open->setEnabled(!selectedProfileId().isEmpty());
    updateDetail();
}

void FleetHome::updateDetail() {
    const int row = m_model->rowOf(selectedProfileId());
    if (row < 0 || m_model->status(row).reason.isEmpty()) {
        m_detail->hide();
        m_detail->clear();
        return;
    }
    m_detail->setText(tr("%1: %2").arg(m_model->index(row, FleetModel::NameColumn).data().toString(),
                                       m_model->index(row, FleetModel::StateColumn).data().toString()));
    m_detail->show();
}
