#include "DeploymentsView.h"

#include "DeploymentsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DeploymentsView::DeploymentsView(DeploymentsModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_rollback = new QPushButton(tr("Rollback"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackDeployment"));
    m_rollback->setToolTip(tr("Starts a new deployment that reverts this one."));
    m_forceStop = new QPushButton(tr("Force stop"), this);
    m_forceStop->setObjectName(QStringLiteral("forceStopDeployment"));
    m_forceStop->setToolTip(tr("Cancels without rollback: may leave a mix of old and new tasks."));
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_forceStop);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deploymentsView"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DeploymentsModel::IdColumn, 280);
    m_table->setColumnWidth(DeploymentsModel::ActionsColumn, 260);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No deployments."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    connect(m_rollback, &QPushButton::clicked, this, [this] { emit rollbackRequested(currentDeploymentId()); });
    connect(m_forceStop, &QPushButton::clicked, this, [this] { emit forceStopRequested(currentDeploymentId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeploymentsView::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DeploymentsView::updateButtons);
    updateButtons();
}

QString DeploymentsView::currentDeploymentId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(DeploymentsModel::DeploymentIdRole).toString();
}

void DeploymentsView::setActionsEnabled(bool enabled, const QString& why) {
    m_enabled = enabled;
    if (!enabled) {
        m_rollback->setToolTip(why);
        m_forceStop->setToolTip(why);
    }
    updateButtons();
}

void DeploymentsView::updateButtons() {
    const bool selected = !currentDeploymentId().isEmpty();
    m_rollback->setEnabled(m_enabled && selected);
    m_forceStop->setEnabled(m_enabled && selected);
    m_empty->setVisible(m_model->rowCount() == 0);
}
