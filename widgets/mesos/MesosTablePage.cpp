#include "MesosTablePage.h"

#include "FilterShortcut.h"
#include "MesosDetailPane.h"
#include "MesosFilterProxy.h"
#include "MesosRoles.h"
#include "UrlOpener.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

MesosTablePage::MesosTablePage(const SettingValue<QByteArray>& headerSetting, QWidget* parent)
    : QWidget(parent), m_headerSetting(headerSetting), m_proxy(new MesosFilterProxy(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = m_bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter (name, id, host, state…)"));
    m_filter->setClearButtonEnabled(true);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryBox"));
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    auto* copy = new QToolButton(this);
    copy->setText(tr("Copy ID"));
    auto* open = new QToolButton(this);
    open->setText(tr("Open in Mesos web UI"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_category);
    bar->addWidget(m_count);
    bar->addWidget(copy);
    bar->addWidget(open);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    // Ids differ at their ends ("…-S0", "…-S1"): elide in the middle (every cell has its whole text as
    // tooltip).
    m_view->setTextElideMode(Qt::ElideMiddle);
    // Without this a cell breaks ids at their hyphens and elides only the line it shows, so the
    // middle elision came out at the end on some rows.
    m_view->setWordWrap(false);
    m_view->viewport()->installEventFilter(this);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_detail = new MesosDetailPane(splitter);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategory(m_category->currentData().toString());
        updateCount();
    });
    m_filterAction =
        FilterShortcut::install(this, m_filter, tr("Filter the table"), QStringLiteral("filterAction"));
    connect(copy, &QToolButton::clicked, this, &MesosTablePage::copySelectedId);
    connect(open, &QToolButton::clicked, this, &MesosTablePage::openSelectedInWebUi);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MesosTablePage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& tl, const QModelIndex& br) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.row() >= tl.row() && current.row() <= br.row())
            onSelectionChanged();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MesosTablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MesosTablePage::updateCount);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(tr("Copy ID"), this, &MesosTablePage::copySelectedId);
        menu.addAction(tr("Open in Mesos web UI"), this, &MesosTablePage::openSelectedInWebUi);
        if (!m_rowActions.isEmpty() || !m_detailActions.isEmpty()) {
            menu.addSeparator();
            menu.addActions(m_rowActions);
            menu.addActions(m_detailActions);
        }
        if (!m_pageActions.isEmpty()) {
            menu.addSeparator();
            menu.addActions(m_pageActions);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Column chooser on the header.
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        QHeaderView* header = m_view->horizontalHeader();
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            QAction* action = menu.addAction(m_proxy->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(c));
            connect(action, &QAction::toggled, this, [this, header, c](bool on) {
                m_fitting = false; // the operator's choice from now on
                header->setSectionHidden(c, !on);
                saveHeader();
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &MesosTablePage::saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, &MesosTablePage::saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &MesosTablePage::saveHeader);
    setCategories({{tr("All"), QString()}});
}

MesosTablePage::~MesosTablePage() = default;

void MesosTablePage::setModel(QAbstractItemModel* model, int defaultSortColumn, const QHash<int, int>& defaultWidths) {
    m_proxy->setSourceModel(model);
    if (!m_restored) {
        m_restored = true;
        const QByteArray state = m_headerSetting.get();
        if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state)) {
            m_arranging = true; // defaults are not the operator's to save
            for (auto it = defaultWidths.cbegin(); it != defaultWidths.cend(); ++it)
                m_view->horizontalHeader()->resizeSection(it.key(), it.value());
            m_view->sortByColumn(defaultSortColumn, Qt::AscendingOrder);
            m_arranging = false;
            m_fitting = true;
        }
        m_view->horizontalHeader()->setSortIndicatorShown(true);
    }
    m_proxy->sort(m_view->horizontalHeader()->sortIndicatorSection(), m_view->horizontalHeader()->sortIndicatorOrder());
    updateCount();
    fitColumns();
}

void MesosTablePage::setOptionalColumns(const QList<int>& leastImportantFirst) {
    m_optional = leastImportantFirst;
    fitColumns();
}

bool MesosTablePage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void MesosTablePage::fitColumns() {
    QHeaderView* header = m_view->horizontalHeader();
    const int room = m_view->viewport()->width();
    if (!m_fitting || m_optional.isEmpty() || !m_view->isVisible() || room <= 0 || header->count() == 0)
        return; // a hidden page has no width of its own yet: it fits when it shows
    m_arranging = true;
    for (int c : std::as_const(m_optional)) // start from every column, then drop until it fits
        header->setSectionHidden(c, false);
    int width = header->length();
    for (int c : std::as_const(m_optional)) {
        if (width <= room)
            break;
        width -= header->sectionSize(c);
        header->setSectionHidden(c, true);
    }
    m_arranging = false;
}

void MesosTablePage::addPageAction(QAction* action) {
    m_pageActions.append(action);
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    m_bar->addWidget(button);
}

void MesosTablePage::setCategories(const QList<QPair<QString, QString>>& categories) {
    const QSignalBlocker block(m_category);
    m_category->clear();
    for (const auto& [label, category] : categories)
        m_category->addItem(label, category);
    m_proxy->setCategory({});
}

void MesosTablePage::addRowAction(QAction* action) {
    m_rowActions.append(action);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setEnabled(m_view->currentIndex().isValid());
    addAction(action);
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    m_bar->addWidget(button);
}

void MesosTablePage::setOpenAction(QAction* action) {
    addRowAction(action);
    connect(m_view, &QAbstractItemView::doubleClicked, action, &QAction::trigger);
    auto* keys = new QShortcut(m_view);
    keys->setKeys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    keys->setContext(Qt::WidgetShortcut);
    // Named for the keyboard map ('?'), which lists it under this page's tab.
    keys->setWhatsThis(tr("%1 (on the table; also a double-click)").arg(action->text()));
    connect(keys, &QShortcut::activated, action, &QAction::trigger);
}

void MesosTablePage::addDetailAction(QAction* action) {
    m_detailActions.append(action);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    m_detail->addButton(action);
}

void MesosTablePage::setDelegateForColumn(int column, QAbstractItemDelegate* delegate) {
    m_view->setItemDelegateForColumn(column, delegate);
}

QString MesosTablePage::selectedKey() const {
    return m_view->currentIndex().data(MesosRoles::KeyRole).toString();
}

bool MesosTablePage::selectSourceRow(int row) {
    QAbstractItemModel* source = m_proxy->sourceModel();
    if (!source || row < 0 || row >= source->rowCount())
        return false;
    const QModelIndex sourceIndex = source->index(row, 0);
    QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid()) { // filtered out: the operator asked for this row, so show it
        m_filter->clear();
        m_category->setCurrentIndex(0);
        index = m_proxy->mapFromSource(sourceIndex);
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void MesosTablePage::copySelectedId() {
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(index.data(MesosRoles::IdRole).toString());
}

void MesosTablePage::openSelectedInWebUi() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_link)
        return;
    const QUrl url = m_link(m_proxy->mapToSource(index));
    if (url.isValid())
        UrlOpener::open(this, url, tr("The Mesos web UI")); // with no browser: offers to copy the address
}

void MesosTablePage::onSelectionChanged() {
    m_detail->showIndex(m_view->currentIndex());
    for (QAction* action : std::as_const(m_rowActions))
        action->setEnabled(m_view->currentIndex().isValid());
    emit currentChanged();
}

void MesosTablePage::saveHeader() {
    if (!m_restored || m_arranging)
        return;
    m_fitting = false; // the operator arranged the header: it is theirs now
    m_headerSetting.set(m_view->horizontalHeader()->saveState());
}

void MesosTablePage::updateCount() {
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(total));
}
