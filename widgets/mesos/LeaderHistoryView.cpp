#include "LeaderHistoryView.h"

#include "LeaderHistoryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

LeaderHistoryView::LeaderHistoryView(LeaderHistoryModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    auto* title = new QLabel(tr("Leader changes"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("leaderHistoryEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leaderHistoryView"));
    m_table->setModel(model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setColumnWidth(LeaderHistoryModel::TimeColumn, 170);
    m_table->setColumnWidth(LeaderHistoryModel::LeaderColumn, 260);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);
    connect(model, &QAbstractItemModel::rowsInserted, this, &LeaderHistoryView::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LeaderHistoryView::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &LeaderHistoryView::refresh);
    connect(model, &LeaderHistoryModel::watchingSinceChanged, this, &LeaderHistoryView::refresh);
    refresh();
}

void LeaderHistoryView::refresh() {
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty)
        return;
    const QDateTime since = m_model->watchingSince();
    m_empty->setText(
        since.isValid()
            ? tr("No leader change since %1. A failover of the Mesos masters or of Marathon is listed here "
                 "with its time and the new leader.")
                  .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))
            : tr("Not connected. Once MesosDesk watches a cluster, each change of its Mesos or Marathon "
                 "leader is listed here."));
}
