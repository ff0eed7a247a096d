#include "ZooKeeperPage.h"

#include "ZkEnsembleView.h"
#include "ZkNodePane.h"
#include "ZkTreeModel.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "zookeeper/ZkSession.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

ZooKeeperPage::ZooKeeperPage(QWidget* parent) : ClusterPage(parent) {
    setObjectName(QStringLiteral("zooKeeperPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("zkPageMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_stack->addWidget(m_message);

    auto* explorer = new QWidget(m_stack);
    auto* explorerLayout = new QVBoxLayout(explorer);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Tree from:"), explorer));
    m_root = new QComboBox(explorer);
    m_root->setObjectName(QStringLiteral("zkRoot"));
    bar->addWidget(m_root);
    m_state = new QLabel(explorer);
    m_state->setObjectName(QStringLiteral("zkState"));
    m_state->setTextFormat(Qt::PlainText);
    bar->addWidget(m_state, 1);
    auto* readOnly = new QLabel(tr("Read-only: this explorer does not change ZooKeeper."), explorer);
    readOnly->setStyleSheet(QStringLiteral("color: palette(mid);"));
    bar->addWidget(readOnly);
    explorerLayout->addLayout(bar);

    m_tabs = new QTabWidget(explorer);
    m_tabs->setObjectName(QStringLiteral("zkTabs"));
    auto* splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_model = new ZkTreeModel(this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("zkTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // 10,000 children lay out in one pass
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ZkTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ZkTreeModel::ChildrenColumn, 64);
    m_tree->setColumnWidth(ZkTreeModel::SizeColumn, 76);
    m_tree->setColumnWidth(ZkTreeModel::ModifiedColumn, 118);
    m_tree->setTextElideMode(Qt::ElideMiddle); // sequence numbers sit at the end of names
    m_pane = new ZkNodePane(splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 520}); // the tree's names need room next to its three columns
    m_tabs->addTab(splitter, tr("Tree"));
    m_ensemble = new ZkEnsembleView(m_tabs);
    m_tabs->addTab(m_ensemble, tr("Ensemble"));
    explorerLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(explorer);

    connect(m_tree, &QTreeView::expanded, m_model,
            [this](const QModelIndex& index) { m_model->setExpanded(index, true); });
    connect(m_tree, &QTreeView::collapsed, m_model,
            [this](const QModelIndex& index) { m_model->setExpanded(index, false); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ZooKeeperPage::onSelection);
    connect(m_model, &ZkTreeModel::childrenListed, this, [this](const QString& path) {
        // The selected node's siblings decide who leads: tell the pane when they change.
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid() && m_model->pathOf(current.parent()) == path)
            onSelection();
        expandPending();
    });
    connect(m_model, &ZkTreeModel::rowsInserted, this, [this](const QModelIndex& inserted) {
        if (!inserted.isValid())
            m_tree->expand(m_model->rootIndex()); // the root opens by itself
    });
    connect(m_pane, &ZkNodePane::statRead, m_model, &ZkTreeModel::updateStat);
    // Copy path / value: what operators otherwise retype from zkCli.
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyPath = new QAction(tr("Copy path"), m_tree);
    copyPath->setObjectName(QStringLiteral("zkCopyPath"));
    connect(copyPath, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
            QGuiApplication::clipboard()->setText(m_model->pathOf(current));
    });
    auto* copyValue = new QAction(tr("Copy value as shown"), m_tree);
    copyValue->setObjectName(QStringLiteral("zkCopyValue"));
    connect(copyValue, &QAction::triggered, this, [this] {
        if (m_pane->hasValue())
            QGuiApplication::clipboard()->setText(m_pane->shownText());
    });
    m_tree->addActions({copyPath, copyValue});
    connect(m_root, &QComboBox::activated, this, [this] { setRoot(m_root->currentData().toString()); });
    attach(nullptr);
}

ZooKeeperPage::~ZooKeeperPage() = default;

QString ZooKeeperPage::title() const {
    return tr("ZooKeeper");
}

void ZooKeeperPage::attach(ClusterSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session ? session->zooKeeper() : nullptr;
    m_pane->setSession(m_session);
    m_model->setSession(nullptr);
    if (!session) {
        m_message->setText(
            tr("Not connected. Connect to a cluster by its ZooKeeper URL (zk://…) to explore its "
               "ZooKeeper."));
        m_ensemble->setHosts({});
        m_stack->setCurrentWidget(m_message);
        return;
    }
    if (!m_session) {
        m_message->setText(
            tr("This connection goes straight to a master URL, so there is no ZooKeeper to explore. "
               "Connect with the cluster's ZooKeeper URL (zk://host:2181/mesos) to browse it and "
               "see the ensemble's health."));
        m_ensemble->setHosts({});
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_connectionPath = session->target().zk.path;
    m_pane->setContext({m_connectionPath, Settings::MarathonZkPath.get()});
    m_model->setMeaningContext({m_connectionPath, Settings::MarathonZkPath.get()});
    m_root->clear();
    m_root->addItem(m_connectionPath, m_connectionPath);
    if (m_connectionPath != QLatin1String("/"))
        m_root->addItem(tr("/ (the whole tree)"), QStringLiteral("/"));
    auto showState = [this] {
        if (m_session)
            m_state->setText(tr("ZooKeeper: %1").arg(ZkSession::stateName(m_session->state())));
    };
    connect(m_session, &ZkSession::stateChanged, this, showState);
    showState();
    m_ensemble->setHosts(session->target().zk.hosts);
    m_model->setSession(m_session);
    setRoot(m_connectionPath);
}

void ZooKeeperPage::setRoot(const QString& path) {
    m_pane->clear();
    m_model->setRootPath(path);
    m_root->setCurrentIndex(qMax(0, m_root->findData(path)));
    if (m_model->rootIndex().isValid())
        m_tree->expand(m_model->rootIndex());
}

void ZooKeeperPage::onSelection() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return m_pane->clear();
    const QModelIndex node = current.siblingAtColumn(ZkTreeModel::NameColumn);
    m_pane->showNode(m_model->pathOf(node), m_model->childNames(node.parent()));
}

void ZooKeeperPage::selectPath(const QString& path) {
    m_pendingSelection = path;
    expandPending();
}

// Walks down to the pending path one listing at a time: each ancestor is expanded (and so
// listed) when its parent's children arrive.
void ZooKeeperPage::expandPending() {
    if (m_pendingSelection.isEmpty())
        return;
    const QModelIndex target = m_model->indexOfPath(m_pendingSelection);
    if (target.isValid()) {
        m_tree->setCurrentIndex(target);
        m_tree->scrollTo(target);
        m_pendingSelection.clear();
        return;
    }
    QString ancestor = m_pendingSelection;
    while (!ancestor.isEmpty()) {
        const qsizetype slash = ancestor.lastIndexOf(u'/');
        ancestor = slash <= 0 ? QStringLiteral("/") : ancestor.left(slash);
        const QModelIndex index = m_model->indexOfPath(ancestor);
        if (index.isValid()) {
            m_tree->expand(index);
            m_model->setExpanded(index, true);
            return;
        }
        if (ancestor == QLatin1String("/"))
            return;
    }
}

QString ZooKeeperPage::messageText() const {
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}
