#pragma once

#include "operator/MesosRole.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

// The roles the master knows, as a tree: "a/b" under "a". Mesos lists every ancestor of a
// known role; one it did not list (an older master, a filtered answer) is still shown, as a
// row without values. Updated by differences: rows come, go and change, never a reset.
class RolesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Weight,
        Frameworks,
        Allocated,
        Offered,
        Reserved,
        QuotaCpus, // consumed of the limit, as a bar
        QuotaMem,
        Guarantee,
        Limit,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RolesModel(QObject* parent = nullptr);
    ~RolesModel() override;

    // The master's current list; rows are inserted, removed and changed to match it.
    void apply(const QList<MesosRole>& roles);
    // The role shown at index (null for an ancestor the master did not list).
    const MesosRole* roleAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& roleName, int column = 0) const;
    int roleCount() const; // listed roles

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node, int column = 0) const;
    QVariant display(const Node& node, int column) const;
    QVariant toolTip(const Node& node, int column) const;
    QVariant fraction(const MesosRole& role, const QString& resource) const;
    QString quotaCell(const MesosRole& role, const QString& resource) const;
    void removeNode(Node* node);
    Node* ensureNode(const QString& name);

    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_nodes;
};
