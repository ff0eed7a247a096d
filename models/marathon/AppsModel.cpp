#include "AppsModel.h"

#include <QSet>
#include <functional>
#include <utility>

struct AppsModel::Node {
    QString id;   // "/a/b"
    QString name; // "b"
    bool group = true;
    bool isPod = false;
    MarathonApp app;
    MarathonPod pod;
    AppStatus::Value status = AppStatus::Running;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {
QString parentId(const QString& id) {
    const qsizetype slash = id.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : id.left(slash);
}
QString lastSegment(const QString& id) { return id.mid(id.lastIndexOf(u'/') + 1); }
} // namespace

AppsModel::AppsModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {
    m_root->id = QStringLiteral("/");
    m_index.insert(m_root->id, m_root.get());
}

AppsModel::~AppsModel() = default;

AppsModel::Node* AppsModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

int AppsModel::rowOf(const Node* node) const {
    if (!node->parent)
        return 0;
    const auto& siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i].get() == node)
            return int(i);
    return -1;
}

QModelIndex AppsModel::indexOf(const Node* node, int column) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOf(node), column, const_cast<Node*>(node));
}

QModelIndex AppsModel::indexOfId(const QString& id, int column) const { return indexOf(m_index.value(id), column); }

const MarathonApp* AppsModel::app(const QString& id) const {
    const Node* node = m_index.value(id);
    return node && !node->group && !node->isPod ? &node->app : nullptr;
}

const MarathonPod* AppsModel::pod(const QString& id) const {
    const Node* node = m_index.value(id);
    return node && node->isPod ? &node->pod : nullptr;
}

const MarathonQueueEntry* AppsModel::queueEntry(const QString& appId) const {
    auto it = m_queue.constFind(appId);
    return it == m_queue.constEnd() ? nullptr : &it.value();
}

int AppsModel::appCount() const {
    int n = 0;
    for (const Node* node : m_index)
        n += node->group || node->isPod ? 0 : 1;
    return n;
}

int AppsModel::podCount() const {
    int n = 0;
    for (const Node* node : m_index)
        n += node->isPod ? 1 : 0;
    return n;
}

QModelIndex AppsModel::index(int row, int column, const QModelIndex& parent) const {
    const Node* p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex AppsModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int AppsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int AppsModel::columnCount(const QModelIndex&) const { return ColumnCount; }

void AppsModel::insertChild(Node* parent, std::unique_ptr<Node> child) {
    auto& siblings = parent->children;
    // Groups first, then by name, like a file browser.
    auto pos = std::lower_bound(siblings.begin(), siblings.end(), child, [](const auto& a, const auto& b) {
        if (a->group != b->group)
            return a->group;
        return a->name < b->name;
    });
    const int row = int(pos - siblings.begin());
    child->parent = parent;
    m_index.insert(child->id, child.get());
    beginInsertRows(indexOf(parent), row, row);
    siblings.insert(siblings.begin() + row, std::move(child));
    endInsertRows();
}

AppsModel::Node* AppsModel::ensureGroup(const QString& groupId) {
    if (Node* existing = m_index.value(groupId))
        return existing;
    Node* parent = ensureGroup(parentId(groupId));
    auto group = std::make_unique<Node>();
    group->id = groupId;
    group->name = lastSegment(groupId);
    Node* raw = group.get();
    insertChild(parent, std::move(group));
    return raw;
}

void AppsModel::removeNode(Node* node) {
    Node* parent = node->parent;
    const int row = rowOf(node);
    std::function<void(Node*)> unindex = [&](Node* n) {
        m_index.remove(n->id);
        for (auto& c : n->children)
            unindex(c.get());
    };
    unindex(node);
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    if (parent != m_root.get() && parent->children.empty())
        removeNode(parent);
}

void AppsModel::upsertLeaf(const QString& id, Kind kind, const MarathonApp* app, const MarathonPod* pod,
                           AppStatus::Value status) {
    if (id.isEmpty() || id == QLatin1String("/"))
        return;
    Node* node = m_index.value(id);
    if (node && node->group && node->children.empty()) {
        removeNode(node);
        node = nullptr;
    }
    if (node && node->group)
        return; // an app and a group with one id: keep the group
    if (node && node->isPod != (kind == PodKind)) {
        removeNode(node); // an app replaced by a pod of the same id, or the reverse
        node = nullptr;
    }
    if (node) {
        const bool same = node->status == status && (pod ? node->pod == *pod : node->app == *app);
        if (same && app)
            node->app = *app; // the same app, but its raw text in the latest answer: older ones are freed
        if (!same) {
            if (pod)
                node->pod = *pod;
            else
                node->app = *app;
            node->status = status;
            emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
        }
        return;
    }
    auto leaf = std::make_unique<Node>();
    leaf->id = id;
    leaf->name = lastSegment(id);
    leaf->group = false;
    leaf->isPod = kind == PodKind;
    if (pod)
        leaf->pod = *pod;
    else
        leaf->app = *app;
    leaf->status = status;
    insertChild(ensureGroup(parentId(id)), std::move(leaf));
}

void AppsModel::update(const QList<MarathonApp>& apps, const QList<MarathonQueueEntry>& queue,
                       const QList<MarathonPod>& pods, const QSet<QString>& deployingPods) {
    m_queue.clear();
    for (const MarathonQueueEntry& entry : queue)
        m_queue.insert(entry.appId, entry);
    QSet<QString> wanted;
    QSet<QString> wantedPods;
    for (const MarathonApp& a : apps)
        wanted.insert(a.id);
    for (const MarathonPod& p : pods)
        wantedPods.insert(p.id);

    QList<Node*> gone;
    for (Node* node : std::as_const(m_index))
        if (!node->group && !(node->isPod ? wantedPods : wanted).contains(node->id))
            gone << node;
    for (Node* node : gone)
        removeNode(node);

    // An id that became a group (or the reverse) is removed first, then re-added.
    for (const MarathonApp& a : apps)
        upsertLeaf(a.id, AppKind, &a, nullptr, AppStatus::of(a, queueEntry(a.id)));
    for (const MarathonPod& p : pods)
        upsertLeaf(p.id, PodKind, nullptr, &p,
                   AppStatus::of(p, queueEntry(p.id), deployingPods.contains(p.id)));
    // Group sums may have changed: one dataChanged per group row.
    for (Node* node : std::as_const(m_index))
        if (node->group && node != m_root.get())
            emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    updateDependencies();
}

void AppsModel::setGroupTree(const MarathonGroup& root) {
    m_groupTree = root;
    updateDependencies();
}

void AppsModel::updateDependencies() {
    MarathonDependencies deps;
    deps.addGroup(m_groupTree);
    QList<MarathonApp> apps;
    for (const Node* node : std::as_const(m_index))
        if (!node->group && !node->isPod)
            apps << node->app;
    deps.addApps(apps); // newer than the tree, which is fetched less often
    const MarathonDependencies before = std::exchange(m_deps, deps);
    for (Node* node : std::as_const(m_index)) {
        if (node == m_root.get())
            continue;
        if (before.dependsOn(node->id) != m_deps.dependsOn(node->id) ||
            before.neededBy(node->id) != m_deps.neededBy(node->id))
            emit dataChanged(indexOf(node, DependenciesColumn), indexOf(node, DependenciesColumn));
    }
}

void AppsModel::aggregate(const Node* node, AppStatus::Health* health, int* running, int* target, double* cpus,
                          double* mem) const {
    if (node->isPod) {
        const MarathonPod& pod = node->pod;
        *health += AppStatus::healthOf(pod);
        *running += AppStatus::runningOf(pod);
        *target += pod.desiredInstances();
        for (const MarathonPod::ContainerSpec& c : pod.containers) {
            *cpus += c.resources.cpus * pod.desiredInstances();
            *mem += c.resources.mem * pod.desiredInstances();
        }
        return;
    }
    if (!node->group) {
        *health += AppStatus::healthOf(node->app);
        *running += node->app.tasksRunning;
        *target += node->app.instances;
        *cpus += node->app.cpus * node->app.instances;
        *mem += node->app.mem * node->app.instances;
        return;
    }
    for (const auto& c : node->children)
        aggregate(c.get(), health, running, target, cpus, mem);
}

QVariant AppsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    if (role == IdRole)
        return node->id;
    if (role == IsGroupRole)
        return node->group;
    if (role == KindRole)
        return int(node->group ? GroupKind : node->isPod ? PodKind : AppKind);
    if (role == StatusRole)
        return node->group ? QVariant() : QVariant(int(node->status));
    if (role == LabelsRole) {
        QStringList labels;
        const QMap<QString, QString>& map = node->isPod ? node->pod.labels : node->app.labels;
        for (auto it = map.begin(); it != map.end(); ++it)
            labels << it.key() + u':' + it.value();
        return labels;
    }
    if (role == DependsOnRole)
        return m_deps.dependsOn(node->id);
    if (role == NeededByRole)
        return m_deps.neededBy(node->id);
    if (index.column() == DependenciesColumn &&
        (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)) {
        const QStringList on = m_deps.dependsOn(node->id);
        const QStringList by = m_deps.neededBy(node->id);
        if (role == Qt::ToolTipRole)
            return on.isEmpty() && by.isEmpty()
                       ? QVariant()
                       : QVariant(tr("Depends on: %1\nNeeded by: %2")
                                      .arg(on.isEmpty() ? tr("nothing") : on.join(u", "),
                                           by.isEmpty() ? tr("nothing") : by.join(u", ")));
        QStringList parts;
        if (!on.isEmpty())
            parts << QStringLiteral("→ ") + on.join(u", ");
        if (!by.isEmpty())
            parts << QStringLiteral("← ") + by.join(u", ");
        return parts.join(QStringLiteral("  "));
    }
    AppStatus::Health health;
    int running = 0, target = 0;
    double cpus = 0, mem = 0;
    if (role == HealthRole || role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
        aggregate(node, &health, &running, &target, &cpus, &mem);
    if (role == HealthRole)
        return QVariantList{health.healthy, health.unhealthy, health.unknown, health.staged};
    if (role == Qt::TextAlignmentRole && index.column() >= InstancesColumn && index.column() <= MemColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == HealthColumn)
        return tr("Healthy %1, unhealthy %2, unknown %3, staged %4")
            .arg(health.healthy).arg(health.unhealthy).arg(health.unknown).arg(health.staged);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case NameColumn: return node->name;
    case KindColumn:
        if (node->group)
            return QVariant();
        return sort ? QVariant(int(node->isPod)) : QVariant(node->isPod ? tr("pod") : tr("app"));
    case StatusColumn:
        if (node->group)
            return QVariant();
        return sort ? QVariant(int(node->status)) : QVariant(AppStatus::name(node->status));
    case InstancesColumn:
        return sort ? QVariant(running) : QVariant(tr("%1 / %2").arg(running).arg(target));
    case HealthColumn:
        return sort ? QVariant(health.total() ? double(health.healthy) / health.total() : -1.0) : QVariant();
    case CpusColumn: return sort ? QVariant(cpus) : QVariant(QString::number(cpus, 'g', 4));
    case MemColumn: return sort ? QVariant(mem) : QVariant(tr("%1 MiB").arg(QString::number(mem, 'f', 0)));
    case LabelsColumn: return data(index, LabelsRole).toStringList().join(u", ");
    case DependenciesColumn:
    case ColumnCount: break;
    }
    return {};
}

QVariant AppsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StatusColumn: return tr("Status");
    case InstancesColumn: return tr("Running");
    case HealthColumn: return tr("Health");
    case CpusColumn: return tr("CPU");
    case MemColumn: return tr("Memory");
    case DependenciesColumn:
        return tr("Dependencies");
    case LabelsColumn: return tr("Labels");
    case ColumnCount: break;
    }
    return {};
}
