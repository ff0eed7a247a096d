#include "AppsView.h"

#include "AppStatus.h"
#include "AppsFilterProxy.h"
#include "AppsModel.h"
#include "FilterShortcut.h"
#include "HealthBarDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

AppsView::AppsView(AppsModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("appSearch"));
    m_search->setPlaceholderText(tr("Filter by name…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (int s : {AppStatus::Running, AppStatus::Deploying, AppStatus::Suspended, AppStatus::Delayed, AppStatus::Waiting})
        m_status->addItem(AppStatus::name(AppStatus::Value(s)), s);
    filters->addWidget(m_status);
    m_health = new QComboBox(this);
    m_health->setObjectName(QStringLiteral("healthFilter"));
    m_health->addItem(tr("Any health"), int(AppsFilterProxy::HealthFilter::Any));
    m_health->addItem(tr("Healthy"), int(AppsFilterProxy::HealthFilter::Healthy));
    m_health->addItem(tr("Unhealthy"), int(AppsFilterProxy::HealthFilter::Unhealthy));
    m_health->addItem(tr("Unknown"), int(AppsFilterProxy::HealthFilter::Unknown));
    m_health->addItem(tr("Staged"), int(AppsFilterProxy::HealthFilter::Staged));
    filters->addWidget(m_health);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelFilter"));
    m_label->setPlaceholderText(tr("label or label:value"));
    m_label->setClearButtonEnabled(true);
    filters->addWidget(m_label, 1);
    layout->addLayout(filters);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("appsNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    m_proxy = new AppsFilterProxy(this);
    m_proxy->setSourceModel(model);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("appsTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(AppsModel::NameColumn, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setItemDelegateForColumn(AppsModel::HealthColumn, new HealthBarDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->resizeSection(AppsModel::NameColumn, 220);
    m_tree->header()->resizeSection(AppsModel::HealthColumn, 110);
    m_tree->header()->resizeSection(AppsModel::KindColumn, 48); // "app" or "pod"
    layout->addWidget(m_tree, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("appsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AppsFilterProxy::setText);
    connect(m_label, &QLineEdit::textChanged, m_proxy, &AppsFilterProxy::setLabel);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setStatus(m_status->currentData().toInt()); });
    connect(m_health, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setHealth(AppsFilterProxy::HealthFilter(m_health->currentData().toInt()));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentAppChanged(currentAppId()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AppsView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AppsView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex& where) {
        if (!m_proxy->isFiltering())
            m_tree->expand(where);
        if (m_proxy->isFiltering())
            m_tree->expandAll();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_tree, &QTreeView::expandAll);
    // When the current row goes (destroyed, filtered out), the tree would make its neighbour
    // current: a different app, its actions live. Nothing is selected instead.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex& where, int first, int last) {
                for (QModelIndex i = m_tree->currentIndex(); i.isValid(); i = i.parent())
                    if (i.parent() == where && i.row() >= first && i.row() <= last)
                        return clearSelection();
            });
    m_filterAction =
        FilterShortcut::install(this, m_search, tr("Filter the apps"), QStringLiteral("filterAppsAction"));
    updateEmptyState();
}

bool AppsView::showApp(const QString& id) {
    if (!selectApp(id)) {
        m_search->clear();
        m_label->clear();
        m_status->setCurrentIndex(0);
        m_health->setCurrentIndex(0);
        if (!selectApp(id))
            return false;
    }
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

void AppsView::setNote(const QString& text) {
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void AppsView::updateEmptyState() {
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setText(m_model->rowCount() == 0 ? tr("No applications created.") : tr("No applications match the filters."));
    m_empty->setVisible(empty);
}

QString AppsView::currentAppId() const {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(AppsModel::IsGroupRole).toBool())
        return {};
    return current.data(AppsModel::IdRole).toString();
}

QString AppsView::currentGroupId() const {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !current.data(AppsModel::IsGroupRole).toBool())
        return {};
    return current.data(AppsModel::IdRole).toString();
}

void AppsView::clearSelection() {
    m_tree->selectionModel()->clear(); // clears the current index too, and says so
}

bool AppsView::selectApp(const QString& id) {
    const QModelIndex source = m_model->indexOfId(id);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}
