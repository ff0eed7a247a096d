#include "MetricsPanel.h"

#include "MesosFilterProxy.h"
#include "MesosRoles.h"
#include "MetricHistory.h"
#include "MetricsChart.h"
#include "MetricsModel.h"
#include "OperatorTable.h"
#include "core/Clock.h"
#include "core/ClusterSession.h"
#include "mesos/ClusterStore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

MetricsPanel::MetricsPanel(QWidget* parent)
    : QWidget(parent), m_model(new MetricsModel(this)), m_proxy(new MesosFilterProxy(this)),
      m_history(new MetricHistory(this)) {
    setObjectName(QStringLiteral("metricsPanel"));
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("metricsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("metricsFilter"));
    m_filter->setPlaceholderText(tr("Filter metrics (e.g. tasks_running, allocator/)"));
    m_filter->setClearButtonEnabled(true);
    m_chartButton = new QPushButton(tr("Chart"), this);
    m_chartButton->setObjectName(QStringLiteral("chartMetrics"));
    m_chartButton->setToolTip(tr("Follow the selected metrics over time in the chart below"));
    m_removeButton = new QPushButton(tr("Remove from chart"), this);
    m_removeButton->setObjectName(QStringLiteral("unchartMetrics"));
    m_clearButton = new QPushButton(tr("Clear chart"), this);
    m_clearButton->setObjectName(QStringLiteral("clearChart"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_chartButton);
    bar->addWidget(m_removeButton);
    bar->addWidget(m_clearButton);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_view = OperatorTable::make(m_proxy, QStringLiteral("metricsTable"), splitter, true);
    m_view->sortByColumn(MetricsModel::Key, Qt::AscendingOrder);
    m_view->horizontalHeader()->resizeSection(MetricsModel::Key, 380);
    m_chart = new MetricsChart(m_history, splitter);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MesosFilterProxy::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MetricsPanel::updateButtons);
    connect(m_history, &MetricHistory::keysChanged, this, &MetricsPanel::updateButtons);
    connect(m_chartButton, &QPushButton::clicked, this, [this] {
        for (const QString& key : selectedKeys())
            m_history->add(key);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        for (const QString& key : selectedKeys())
            m_history->remove(key);
    });
    connect(m_clearButton, &QPushButton::clicked, m_history, &MetricHistory::clear);
    updateButtons();
}

void MetricsPanel::attach(ClusterSession* session) {
    disconnect(m_metricsChanged);
    m_session = session;
    m_history->clear(); // another cluster's keys may not exist there
    m_model->apply({});
    if (!session) {
        m_status->clear();
        return;
    }
    m_status->setText(tr("Waiting for the leading master's metrics…"));
    m_metricsChanged =
        connect(session->mesosStore(), &ClusterStore::metricsChanged, this, &MetricsPanel::onMetrics);
    if (session->mesosStore()->hasMetrics())
        onMetrics();
}

void MetricsPanel::onMetrics() {
    if (!m_session)
        return;
    const MesosMetrics& metrics = m_session->mesosStore()->metrics();
    m_model->apply(metrics);
    m_history->record(metrics, Clock::currentMSecsSinceEpoch());
    m_status->setText(
        tr("%n metric(s) of the leading master, read at %1.", nullptr, int(metrics.values.size()))
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
}

QStringList MetricsPanel::selectedKeys() const {
    QStringList keys;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows(MetricsModel::Key))
        keys << index.data(MesosRoles::KeyRole).toString();
    return keys;
}

bool MetricsPanel::selectKey(const QString& key, bool add) {
    const int row = m_model->rowOf(key);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (row < 0 || !index.isValid())
        return false;
    m_view->selectionModel()->select(
        index, (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect) |
                   QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void MetricsPanel::updateButtons() {
    const QStringList keys = selectedKeys();
    const bool anyCharted = std::any_of(keys.cbegin(), keys.cend(),
                                        [this](const QString& key) { return m_history->contains(key); });
    const bool anyNew = std::any_of(keys.cbegin(), keys.cend(),
                                    [this](const QString& key) { return !m_history->contains(key); });
    m_chartButton->setEnabled(anyNew);
    m_removeButton->setEnabled(anyCharted);
    m_clearButton->setEnabled(!m_history->keys().isEmpty());
}
