#include "ZkTreeModel.h"

#include "zookeeper/ZkSession.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <zookeeper/zookeeper.h>

struct ZkTreeModel::Node {
    QString name;
    QString path;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    ZkStat stat;
    int error = 0;
    bool listed = false;  // children were listed at least once
    bool stale = false;   // changed while collapsed: list again on the next expand
    bool listing = false; // a listing is queued or out
    bool statAsked = false;
    bool expanded = false;
};

namespace {
QString childPath(const QString& parent, const QString& name) {
    if (parent == QLatin1String("/"))
        return u'/' + name;
    return parent + u'/' + name;
}
} // namespace

ZkTreeModel::ZkTreeModel(QObject* parent) : QAbstractItemModel(parent), m_top(std::make_unique<Node>()) {}

ZkTreeModel::~ZkTreeModel() = default;

void ZkTreeModel::setSession(ZkSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_wasConnected = false;
    if (session) {
        connect(session, &ZkSession::childrenChanged, this, &ZkTreeModel::onChildrenChanged);
        connect(session, &ZkSession::stateChanged, this, &ZkTreeModel::onSessionState);
    }
    resetTree();
}

void ZkTreeModel::setRootPath(const QString& path) {
    QString root = path.isEmpty() ? QStringLiteral("/") : path;
    if (root.size() > 1 && root.endsWith(u'/'))
        root.chop(1);
    if (root == m_rootPath)
        return;
    m_rootPath = root;
    resetTree();
}

QString ZkTreeModel::rootPath() const {
    return m_rootPath;
}

// A new session or root is a different tree: the old rows go and the new root comes as one
// row (removed and inserted, so views keep their state machinery; not a per-change reset).
void ZkTreeModel::resetTree() {
    ++m_generation;
    m_queue.clear();
    m_inFlight = 0;
    if (!m_top->children.empty()) {
        beginRemoveRows({}, 0, 0);
        m_top->children.clear();
        m_byPath.clear();
        endRemoveRows();
    }
    if (!m_session)
        return;
    auto root = std::make_unique<Node>();
    root->name = m_rootPath;
    root->path = m_rootPath;
    root->parent = m_top.get();
    beginInsertRows({}, 0, 0);
    m_byPath.insert(root->path, root.get());
    m_top->children.push_back(std::move(root));
    endInsertRows();
    if (m_session->state() == ZkSession::State::Connected) {
        m_wasConnected = true;
        queue(m_top->children.front().get(), RequestKind::Stat);
    }
}

void ZkTreeModel::onSessionState() {
    if (!m_session)
        return;
    const ZkSession::State state = m_session->state();
    if (state == ZkSession::State::Expired) {
        // The server dropped every watch with the session: whatever is listed may be old.
        for (Node* node : std::as_const(m_byPath))
            node->stale = node->listed;
        return;
    }
    if (state != ZkSession::State::Connected)
        return;
    const bool first = !m_wasConnected;
    m_wasConnected = true;
    if (m_top->children.empty())
        return;
    // After a reconnect, lists again what is open (re-arming its watches) and what changed.
    Node* root = m_top->children.front().get();
    if (first || !root->stat.valid)
        queue(root, RequestKind::Stat);
    for (Node* node : std::as_const(m_byPath)) {
        if (node->expanded && (node->stale || !node->listed || first))
            queue(node, RequestKind::List);
    }
}

ZkTreeModel::Node* ZkTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_top.get();
}

ZkTreeModel::Node* ZkTreeModel::find(const QString& path) const {
    return m_byPath.value(path);
}

QModelIndex ZkTreeModel::indexOf(const Node* node, int column) const {
    if (!node || node == m_top.get())
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex ZkTreeModel::rootIndex() const {
    return m_top->children.empty() ? QModelIndex() : indexOf(m_top->children.front().get());
}

QModelIndex ZkTreeModel::indexOfPath(const QString& path, int column) const {
    return indexOf(find(path), column);
}

QString ZkTreeModel::pathOf(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->path : QString();
}

ZkStat ZkTreeModel::statOf(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->stat : ZkStat();
}

QStringList ZkTreeModel::childNames(const QModelIndex& index) const {
    QStringList names;
    const Node* node = nodeOf(index);
    names.reserve(qsizetype(node->children.size()));
    for (const auto& child : node->children)
        names << child->name;
    return names;
}

bool ZkTreeModel::isListed(const QModelIndex& index) const {
    return index.isValid() && nodeOf(index)->listed;
}

int ZkTreeModel::errorOf(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->error : 0;
}

void ZkTreeModel::setExpanded(const QModelIndex& index, bool expanded) {
    if (!index.isValid())
        return;
    Node* node = nodeOf(index);
    node->expanded = expanded;
    if (expanded && (!node->listed || node->stale))
        queue(node, RequestKind::List);
}

void ZkTreeModel::updateStat(const QString& path, const ZkStat& stat) {
    Node* node = find(path);
    if (!node || !stat.valid || node->stat == stat)
        return;
    node->stat = stat;
    node->error = 0;
    emit dataChanged(indexOf(node, NameColumn), indexOf(node, ColumnCount - 1));
}

void ZkTreeModel::queue(Node* node, RequestKind kind) const {
    if (!m_session)
        return;
    if (kind == RequestKind::List) {
        if (node->listing)
            return;
        node->listing = true;
        node->statAsked = true; // a listing brings the Stat too
    } else {
        if (node->statAsked)
            return;
        node->statAsked = true;
    }
    m_queue.push_back({node->path, kind});
    pump();
}

void ZkTreeModel::pump() const {
    while (m_inFlight < MaxRequestsInFlight && !m_queue.empty()) {
        const Request request = m_queue.front();
        m_queue.pop_front();
        send(request);
    }
}

void ZkTreeModel::send(const Request& request) const {
    ++m_inFlight;
    ++m_sent;
    auto* self = const_cast<ZkTreeModel*>(this);
    const quint64 generation = m_generation;
    const QString path = request.path;
    if (request.kind == RequestKind::List) {
        // The watch is what keeps an open node live; it is re-armed by listing again on each change.
        m_session->getChildrenWithStat(
            path, true, [self, generation, path](int rc, const QStringList& names, const ZkStat& stat) {
                if (generation != self->m_generation)
                    return;
                --self->m_inFlight;
                self->onListed(path, rc, names, stat);
                self->pump();
            });
    } else {
        m_session->stat(path, false, [self, generation, path](int rc, const ZkStat& stat) {
            if (generation != self->m_generation)
                return;
            --self->m_inFlight;
            self->onStat(path, rc, stat);
            self->pump();
        });
    }
}

void ZkTreeModel::onListed(const QString& path, int rc, QStringList names, const ZkStat& stat) {
    Node* node = find(path);
    if (!node)
        return;
    node->listing = false;
    node->error = rc;
    if (rc != ZOK) {
        // ZNONODE: the parent's watch brings the removal; anything else is said by the view.
        emit dataChanged(indexOf(node, NameColumn), indexOf(node, ColumnCount - 1));
        emit requestFailed(path, rc);
        return;
    }
    node->stat = stat;
    node->stale = false;
    std::sort(names.begin(), names.end());
    applyChildren(node, names);
    node->listed = true;
    emit dataChanged(indexOf(node, NameColumn), indexOf(node, ColumnCount - 1));
    emit childrenListed(path, int(names.size()));
}

void ZkTreeModel::onStat(const QString& path, int rc, const ZkStat& stat) {
    Node* node = find(path);
    if (!node)
        return;
    node->error = rc;
    if (rc == ZOK)
        node->stat = stat;
    else
        emit requestFailed(path, rc);
    emit dataChanged(indexOf(node, NameColumn), indexOf(node, ColumnCount - 1));
}

// The difference between what is shown and what was listed (both sorted): runs of rows that
// went are removed, runs of new names inserted; the rows that stayed keep their state.
void ZkTreeModel::applyChildren(Node* node, const QStringList& sortedNames) {
    const QModelIndex parentIndex = indexOf(node);
    auto& children = node->children;
    const QSet<QString> wanted(sortedNames.cbegin(), sortedNames.cend());
    for (int last = int(children.size()) - 1; last >= 0;) {
        if (wanted.contains(children[size_t(last)]->name)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(children[size_t(first - 1)]->name))
            --first;
        beginRemoveRows(parentIndex, first, last);
        for (int i = first; i <= last; ++i)
            forget(children[size_t(i)].get());
        children.erase(children.begin() + first, children.begin() + last + 1);
        renumber(node, first);
        endRemoveRows();
        last = first - 1;
    }
    qsizetype k = 0;
    size_t row = 0;
    while (k < sortedNames.size()) {
        if (row < children.size() && children[row]->name == sortedNames.at(k)) {
            ++row;
            ++k;
            continue;
        }
        const qsizetype start = k;
        while (k < sortedNames.size() && !(row < children.size() && children[row]->name == sortedNames.at(k)))
            ++k;
        const int count = int(k - start);
        beginInsertRows(parentIndex, int(row), int(row) + count - 1);
        std::vector<std::unique_ptr<Node>> added;
        added.reserve(size_t(count));
        for (qsizetype i = start; i < k; ++i) {
            auto child = std::make_unique<Node>();
            child->name = sortedNames.at(i);
            child->path = childPath(node->path, child->name);
            child->parent = node;
            m_byPath.insert(child->path, child.get());
            added.push_back(std::move(child));
        }
        children.insert(children.begin() + qsizetype(row), std::make_move_iterator(added.begin()),
                        std::make_move_iterator(added.end()));
        renumber(node, int(row));
        endInsertRows();
        row += size_t(count);
    }
}

void ZkTreeModel::forget(Node* node) {
    m_byPath.remove(node->path);
    for (const auto& child : node->children)
        forget(child.get());
}

void ZkTreeModel::renumber(Node* parent, int from) {
    for (size_t i = size_t(from); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void ZkTreeModel::onChildrenChanged(const QString& path) {
    Node* node = find(path);
    if (!node || !node->listed)
        return;
    if (node->expanded)
        queue(node, RequestKind::List);
    else
        node->stale = true;
}

QModelIndex ZkTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node* node = nodeOf(parent);
    if (size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ZkTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ZkTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ZkTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

bool ZkTreeModel::hasChildren(const QModelIndex& parent) const {
    if (!parent.isValid())
        return !m_top->children.empty();
    if (parent.column() != NameColumn)
        return false;
    const Node* node = nodeOf(parent);
    if (node->listed)
        return !node->children.empty() || node->stale;
    // Not listed yet: the Stat says, or (not asked yet) it may have some.
    return !node->stat.valid || node->stat.numChildren > 0;
}

bool ZkTreeModel::canFetchMore(const QModelIndex& parent) const {
    if (!parent.isValid() || parent.column() != NameColumn)
        return false;
    const Node* node = nodeOf(parent);
    return !node->listing && (!node->listed || node->stale) &&
           (!node->stat.valid || node->stat.numChildren > 0 || node->stale);
}

void ZkTreeModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid())
        queue(nodeOf(parent), RequestKind::List);
}

QVariant ZkTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    Node* node = nodeOf(index);
    if (role == PathRole)
        return node->path;
    if (role == Qt::ToolTipRole) {
        if (node->error != ZOK)
            return tr("%1: %2").arg(node->path, ZkSession::errorString(node->error));
        const ZkNodeMeaning meaning =
            ZkNodeMeaning::of(node->path, {}, childNames(indexOf(node->parent)), m_meaningContext);
        if (!meaning.isKnown())
            return node->path;
        return QStringLiteral("%1\n%2: %3").arg(node->path, meaning.title, meaning.explanation);
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    // A row shown for the first time asks for its Stat (bounded by the request queue).
    if (!node->stat.valid && !node->statAsked && node->error == ZOK)
        queue(node, RequestKind::Stat);
    switch (Column(index.column())) {
    case NameColumn:
        return node->name;
    case ChildrenColumn:
        return node->stat.valid ? QVariant(QLocale().toString(node->stat.numChildren)) : QVariant();
    case SizeColumn:
        return node->stat.valid ? QVariant(QLocale().formattedDataSize(node->stat.dataLength, 1,
                                                                       QLocale::DataSizeTraditionalFormat))
                                : QVariant();
    case ModifiedColumn:
        // ZooKeeper's own root nodes carry mtime 0: never set, not 1970.
        if (!node->stat.valid || node->stat.mtime == 0)
            return {};
        return QDateTime::fromMSecsSinceEpoch(node->stat.mtime).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ZkTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Node");
    case ChildrenColumn:
        return tr("Children");
    case SizeColumn:
        return tr("Data");
    case ModifiedColumn:
        return tr("Modified");
    case ColumnCount:
        break;
    }
    return {};
}
