#include "RolesModel.h"

#include "MesosFormat.h"
#include "MesosRoles.h"
#include "QuantitiesFormat.h"
#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QSet>
#include <algorithm>

struct RolesModel::Node {
    QString name;
    MesosRole role;
    bool listed = false; // the master listed it (else an ancestor we added)
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const {
        if (!parent)
            return 0;
        const auto it =
            std::find_if(parent->children.begin(), parent->children.end(),
                         [this](const std::unique_ptr<Node>& child) { return child.get() == this; });
        return int(it - parent->children.begin());
    }
};

namespace {
// "a/b/c" -> "a/b"; a top-level role has none.
QString parentName(const QString& name) {
    const qsizetype slash = name.lastIndexOf(u'/');
    return slash > 0 ? name.left(slash) : QString();
}
QString leafName(const QString& name) {
    const qsizetype slash = name.lastIndexOf(u'/');
    return slash > 0 && slash + 1 < name.size() ? name.mid(slash + 1) : name;
}
const QString Cpus = QStringLiteral("cpus");
const QString Mem = QStringLiteral("mem");
} // namespace

RolesModel::RolesModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

RolesModel::~RolesModel() = default;

void RolesModel::apply(const QList<MesosRole>& roles) {
    QHash<QString, const MesosRole*> incoming;
    QSet<QString> needed;
    for (const MesosRole& role : roles) {
        incoming.insert(role.name, &role);
        for (QString name = role.name; !name.isEmpty() && !needed.contains(name); name = parentName(name))
            needed.insert(name);
    }
    // Gone rows, deepest first (a child's name is longer than its parent's), so a parent
    // is removed only once its children are.
    QStringList stale;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (!needed.contains(it.key()))
            stale << it.key();
    std::sort(stale.begin(), stale.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& name : std::as_const(stale))
        if (Node* node = m_nodes.value(name))
            removeNode(node);
    // New and changed rows, parents first.
    QStringList names(needed.cbegin(), needed.cend());
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString& name : std::as_const(names)) {
        const MesosRole* listed = incoming.value(name);
        MesosRole value;
        value.name = name;
        if (listed)
            value = *listed;
        if (Node* node = m_nodes.value(name)) {
            if (node->listed == bool(listed) && node->role == value)
                continue;
            node->role = value;
            node->listed = listed;
            emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
            continue;
        }
        Node* parent = m_nodes.value(parentName(name), m_root.get());
        auto node = std::make_unique<Node>();
        node->name = name;
        node->role = value;
        node->listed = listed;
        node->parent = parent;
        const int row = int(parent->children.size());
        beginInsertRows(parent == m_root.get() ? QModelIndex() : indexOfNode(parent), row, row);
        m_nodes.insert(name, node.get());
        parent->children.push_back(std::move(node));
        endInsertRows();
    }
}

void RolesModel::removeNode(Node* node) {
    while (!node->children.empty()) // not reached by apply (children go first); kept for safety
        removeNode(node->children.back().get());
    Node* parent = node->parent;
    const int row = node->row();
    beginRemoveRows(parent == m_root.get() ? QModelIndex() : indexOfNode(parent), row, row);
    m_nodes.remove(node->name);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

const MesosRole* RolesModel::roleAt(const QModelIndex& index) const {
    const Node* node = nodeOf(index);
    return node && node->listed ? &node->role : nullptr;
}

QModelIndex RolesModel::indexOf(const QString& roleName, int column) const {
    const Node* node = m_nodes.value(roleName);
    return node ? indexOfNode(node, column) : QModelIndex();
}

int RolesModel::roleCount() const {
    return int(
        std::count_if(m_nodes.cbegin(), m_nodes.cend(), [](const Node* node) { return node->listed; }));
}

RolesModel::Node* RolesModel::nodeOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex RolesModel::indexOfNode(const Node* node, int column) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

QModelIndex RolesModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node* node = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!node || (parent.isValid() && parent.column() != 0) || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex RolesModel::parent(const QModelIndex& child) const {
    const Node* node = nodeOf(child);
    return node ? indexOfNode(node->parent) : QModelIndex();
}

int RolesModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node* node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return node ? int(node->children.size()) : 0;
}

int RolesModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QString RolesModel::quotaCell(const MesosRole& role, const QString& resource) const {
    const bool limited = role.limit.contains(resource);
    const QString limit =
        limited ? QuantitiesFormat::amount(resource, role.limit.value(resource)) : QString();
    if (!role.hasConsumed)
        return limited ? tr("limit %1").arg(limit) : tr("no limit");
    const QString consumed = QuantitiesFormat::amount(resource, role.consumed.value(resource));
    return limited ? tr("%1 / %2").arg(consumed, limit) : tr("%1 (no limit)").arg(consumed);
}

QVariant RolesModel::fraction(const MesosRole& role, const QString& resource) const {
    if (!role.hasConsumed || !role.limit.contains(resource))
        return {};
    const double limit = role.limit.value(resource);
    const double consumed = role.consumed.value(resource);
    if (limit <= 0) // a zero limit: full as soon as anything is consumed
        return consumed > 0 ? 1.0 : 0.0;
    return MesosFormat::fraction(consumed, limit);
}

QVariant RolesModel::display(const Node& node, int column) const {
    const MesosRole& r = node.role;
    if (column == Name)
        return leafName(node.name);
    if (!node.listed)
        return {};
    auto breakdown = [&](const ResourceQuantities& amounts) -> QVariant {
        if (!r.hasBreakdown)
            return {};
        return amounts.isEmpty() ? tr("none") : QuantitiesFormat::text(amounts);
    };
    switch (column) {
    case Weight:
        return MesosFormat::scalar(r.weight, 3);
    case Frameworks:
        return int(r.frameworkIds.size());
    case Allocated:
        return breakdown(r.allocated);
    case Offered:
        return breakdown(r.offered);
    case Reserved:
        return breakdown(r.reserved);
    case QuotaCpus:
        return r.hasQuota ? quotaCell(r, Cpus) : QVariant();
    case QuotaMem:
        return r.hasQuota ? quotaCell(r, Mem) : QVariant();
    case Guarantee:
        return r.hasQuota ? (r.guarantee.isEmpty() ? tr("none") : QuantitiesFormat::text(r.guarantee))
                          : QVariant();
    case Limit:
        return r.hasQuota ? (r.limit.isEmpty() ? tr("no limit") : QuantitiesFormat::text(r.limit))
                          : QVariant();
    }
    return {};
}

QVariant RolesModel::toolTip(const Node& node, int column) const {
    const MesosRole& r = node.role;
    if (!node.listed)
        return tr("%1\nThe master did not list this role; it is shown as the parent of the roles under it.")
            .arg(node.name);
    switch (column) {
    case Name:
        return node.name;
    case Frameworks:
        return r.frameworkIds.isEmpty() ? tr("No framework is subscribed to this role.")
                                        : r.frameworkIds.join(u'\n');
    case Allocated:
    case Offered:
    case Reserved:
        if (!r.hasBreakdown)
            return tr("This master does not report allocations per role (Mesos 1.9 and later do).\n"
                      "Allocated and offered together: %1")
                .arg(r.resources.isEmpty() ? tr("none") : QuantitiesFormat::text(r.resources));
        break;
    case QuotaCpus:
    case QuotaMem:
        if (!r.hasQuota)
            return tr("This master does not report quota per role (Mesos 1.3 and later do).");
        return tr("Consumed (allocated or reserved) of the quota limit.\nConsumed: %1\nLimit: %2")
            .arg(r.hasConsumed ? (r.consumed.isEmpty() ? tr("none") : QuantitiesFormat::text(r.consumed))
                               : tr("not reported by this master"),
                 r.limit.isEmpty() ? tr("no limit") : QuantitiesFormat::text(r.limit));
    default:
        break;
    }
    return display(node, column);
}

QVariant RolesModel::data(const QModelIndex& index, int role) const {
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    const MesosRole& r = node->role;
    switch (role) {
    case Qt::DisplayRole:
        return display(*node, index.column());
    case Qt::ToolTipRole:
        return toolTip(*node, index.column());
    case Qt::ForegroundRole:
        if (!node->listed)
            return ThemeColors::color(ThemeColors::Role::StateMuted);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Weight || index.column() == Frameworks)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MesosRoles::KeyRole:
    case MesosRoles::IdRole:
        return node->name;
    case MesosRoles::FilterTextRole:
        return node->name;
    case MesosRoles::FractionRole:
        if (!node->listed || !r.hasQuota)
            return {};
        if (index.column() == QuotaCpus)
            return fraction(r, Cpus);
        if (index.column() == QuotaMem)
            return fraction(r, Mem);
        break;
    case MesosRoles::SortRole:
        switch (index.column()) {
        case Name:
            return node->name;
        case Weight:
            return node->listed ? r.weight : -1.0;
        case Frameworks:
            return node->listed ? int(r.frameworkIds.size()) : -1;
        case Allocated:
            return r.allocated.value(Cpus);
        case Offered:
            return r.offered.value(Cpus);
        case Reserved:
            return r.reserved.value(Cpus);
        case QuotaCpus:
        case QuotaMem: {
            const QVariant f = data(index, MesosRoles::FractionRole);
            return f.isValid() ? f.toDouble() : -1.0;
        }
        case Guarantee:
            return r.guarantee.value(Cpus);
        case Limit:
            return r.limit.contains(Cpus) ? r.limit.value(Cpus) : 1e18; // no limit sorts last
        }
        break;
    }
    return {};
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Role");
    case Weight:
        return tr("Weight");
    case Frameworks:
        return tr("Frameworks");
    case Allocated:
        return tr("Allocated");
    case Offered:
        return tr("Offered");
    case Reserved:
        return tr("Reserved");
    case QuotaCpus:
        return tr("Quota CPUs");
    case QuotaMem:
        return tr("Quota memory");
    case Guarantee:
        return tr("Guarantee");
    case Limit:
        return tr("Limit");
    }
    return {};
}
