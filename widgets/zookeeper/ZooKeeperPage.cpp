#include "ZooKeeperPage.h"

#include "ZkCreateDialog.h"
#include "ZkEnsembleView.h"
#include "ZkNodeEditor.h"
#include "ZkNodePane.h"
#include "ZkSubtreeSearch.h"
#include "ZkTreeModel.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "zookeeper/ZkSession.h"
#include "zookeeper/ZkSubtreeExportJob.h"
#include "zookeeper/ZkWritePolicy.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
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
    m_writeState = new QLabel(explorer);
    m_writeState->setObjectName(QStringLiteral("zkWriteState"));
    bar->addWidget(m_writeState);
    m_allow = new QCheckBox(tr("Allow changes"), explorer);
    m_allow->setObjectName(QStringLiteral("zkAllowChanges"));
    bar->addWidget(m_allow);
    m_edit = new QPushButton(tr("Edit value…"), explorer);
    m_edit->setObjectName(QStringLiteral("zkEditValue"));
    bar->addWidget(m_edit);
    m_create = new QPushButton(tr("New node…"), explorer);
    m_create->setObjectName(QStringLiteral("zkCreateNode"));
    bar->addWidget(m_create);
    m_delete = new QPushButton(tr("Delete…"), explorer);
    m_delete->setObjectName(QStringLiteral("zkDeleteNode"));
    bar->addWidget(m_delete);
    explorerLayout->addLayout(bar);
    m_writeMessage = new QLabel(explorer);
    m_writeMessage->setObjectName(QStringLiteral("zkWriteMessage"));
    m_writeMessage->setTextFormat(Qt::PlainText); // may hold paths and server words
    m_writeMessage->setWordWrap(true);
    m_writeMessage->hide();
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_writeMessage, 1);
    // A recursive delete's progress, and the way to stop it between two requests.
    m_progress = new QProgressBar(explorer);
    m_progress->setObjectName(QStringLiteral("zkDeleteProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    messageRow->addWidget(m_progress);
    m_stop = new QPushButton(tr("Stop"), explorer);
    m_stop->setObjectName(QStringLiteral("zkStopDelete"));
    m_stop->hide();
    messageRow->addWidget(m_stop);
    explorerLayout->addLayout(messageRow);

    m_tabs = new QTabWidget(explorer);
    m_tabs->setObjectName(QStringLiteral("zkTabs"));
    auto* splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_model = new ZkTreeModel(this);
    auto* treeColumn = new QWidget(splitter);
    auto* treeLayout = new QVBoxLayout(treeColumn);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new ZkSubtreeSearch(treeColumn);
    treeLayout->addWidget(m_search);
    m_tree = new QTreeView(treeColumn);
    treeLayout->addWidget(m_tree, 1);
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
    splitter->addWidget(treeColumn);
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
    auto* exportTree = new QAction(tr("Export subtree as JSON…"), m_tree);
    exportTree->setObjectName(QStringLiteral("zkExportSubtree"));
    connect(exportTree, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        const QString path =
            current.isValid() ? m_model->pathOf(current.siblingAtColumn(0)) : m_model->rootPath();
        const QString file = QFileDialog::getSaveFileName(this, tr("Export %1").arg(path), QString(),
                                                          tr("JSON files (*.json)"));
        if (!file.isEmpty())
            exportSubtree(path, file);
    });
    m_tree->addActions({copyPath, copyValue, exportTree});
    m_export = new ZkSubtreeExportJob(this);
    connect(m_export, &ZkSubtreeExportJob::finished, this, [this](bool, const QString& message) {
        m_writeMessage->setText(message);
        m_writeMessage->show();
    });
    connect(m_search, &ZkSubtreeSearch::pathActivated, this, &ZooKeeperPage::selectPath);
    connect(m_root, &QComboBox::activated, this, [this] { setRoot(m_root->currentData().toString()); });

    m_editor = new ZkNodeEditor(this);
    connect(m_allow, &QCheckBox::toggled, m_editor, &ZkNodeEditor::setAllowed);
    connect(m_editor, &ZkNodeEditor::stateChanged, this, &ZooKeeperPage::updateWriteControls);
    connect(m_editor, &ZkNodeEditor::finished, this, [this](bool, const QString& message) {
        m_writeMessage->setText(message);
        m_writeMessage->setVisible(!message.isEmpty());
        m_progress->hide();
        m_stop->hide();
    });
    connect(m_editor, &ZkNodeEditor::progress, this, [this](const QString& text, int done, int total) {
        m_writeMessage->setText(text);
        m_writeMessage->show();
        m_progress->setRange(0, total); // 0..0: busy, the count is not known yet
        m_progress->setValue(done);
        m_progress->show();
        m_stop->show();
    });
    connect(m_stop, &QPushButton::clicked, m_editor, &ZkNodeEditor::cancelDelete);
    connect(m_pane, &ZkNodePane::rendered, this, &ZooKeeperPage::updateWriteControls);
    connect(m_pane, &ZkNodePane::nodeGone, this, &ZooKeeperPage::updateWriteControls);
    connect(m_edit, &QPushButton::clicked, this, &ZooKeeperPage::editValue);
    connect(m_create, &QPushButton::clicked, this, &ZooKeeperPage::createChild);
    // The parent's watch lists the new node; selecting it expands the parent if it was a leaf.
    connect(m_editor, &ZkNodeEditor::created, this, &ZooKeeperPage::selectPath);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        m_editor->deleteNode(m_pane->path(), m_pane->stat().version, m_pane->stat().numChildren);
    });
    attach(nullptr);
    updateWriteControls();
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
    m_editor->setSession(m_session);
    m_search->setSession(m_session);
    m_allow->setChecked(false); // a new connection starts without changes allowed
    m_writeMessage->hide();
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
    m_editor->setContext({m_connectionPath, Settings::MarathonZkPath.get()});
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
    m_search->setStart(path);
    m_model->setRootPath(path);
    m_root->setCurrentIndex(qMax(0, m_root->findData(path)));
    if (m_model->rootIndex().isValid())
        m_tree->expand(m_model->rootIndex());
}

void ZooKeeperPage::setReadOnly(bool readOnly) {
    if (readOnly)
        m_allow->setChecked(false);
    m_editor->setReadOnly(readOnly);
}

void ZooKeeperPage::updateWriteControls() {
    const bool readOnly = m_editor->isReadOnly();
    m_allow->setEnabled(!readOnly);
    m_allow->setToolTip(readOnly ? tr("The connection is read-only (File → Read-only).") : QString());
    m_writeState->setText(readOnly ? tr("Read-only") : QString());
    const bool node = m_pane->hasValue() || m_pane->stat().valid;
    // A binary value is not edited as text: only text and JSON values are.
    m_edit->setEnabled(m_editor->canWrite() && m_pane->hasValue() &&
                       m_pane->shownKind() != ZkDataFormat::Kind::Binary);
    const QString deleteProblem = node ? ZkWritePolicy::deleteProblem(m_pane->path()) : QString();
    m_delete->setEnabled(m_editor->canWrite() && node && !m_editor->isBusy() && deleteProblem.isEmpty());
    m_delete->setToolTip(!deleteProblem.isEmpty() ? deleteProblem
                         : m_pane->stat().numChildren > 0
                             ? tr("Delete this node and everything under it (counted first, then confirmed).")
                             : QString());
    // Say why New node is off, so a disabled button is never a riddle.
    QString createOff;
    if (readOnly)
        createOff = tr("The connection is read-only (File → Read-only).");
    else if (!m_editor->canWrite())
        createOff = tr("Changes are off: tick Allow changes first.");
    else if (!m_pane->stat().valid)
        createOff = tr("Select the node to create the new node under.");
    else if (m_pane->stat().isEphemeral())
        createOff = tr("The selected node is ephemeral, and an ephemeral node cannot have children.");
    m_create->setEnabled(createOff.isEmpty());
    m_create->setToolTip(createOff.isEmpty() ? tr("Create a child of %1.").arg(m_pane->path()) : createOff);
}

void ZooKeeperPage::createChild() {
    const QString parent = m_pane->path();
    ZkCreateDialog dialog(parent, this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->createNode(parent, dialog.name(), dialog.data(), dialog.mode());
}

void ZooKeeperPage::editValue() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit %1").arg(m_pane->path()));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QPlainTextEdit(&dialog);
    text->setPlainText(QString::fromUtf8(m_pane->value()));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    const int version = m_pane->stat().version; // the version the operator is looking at
    const QString path = m_pane->path();
    if (dialog.exec() == QDialog::Accepted)
        m_editor->setValue(path, text->toPlainText().toUtf8(), version);
}

void ZooKeeperPage::exportSubtree(const QString& path, const QString& fileName) {
    m_writeMessage->setText(tr("Exporting %1…").arg(path));
    m_writeMessage->show();
    m_export->start(m_session, path, fileName);
}

QString ZooKeeperPage::writeMessage() const {
    return m_writeMessage->isHidden() ? QString() : m_writeMessage->text();
}

void ZooKeeperPage::onSelection() {
    updateWriteControls();
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_search->setStart(m_model->rootPath());
        return m_pane->clear();
    }
    const QModelIndex node = current.siblingAtColumn(ZkTreeModel::NameColumn);
    m_search->setStart(m_model->pathOf(node));
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
