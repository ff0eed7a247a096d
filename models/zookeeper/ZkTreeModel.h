#pragma once

#include "zookeeper/ZkNodeMeaning.h"
#include "zookeeper/ZkStat.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <deque>
#include <memory>
#include <vector>

class ZkSession;

// The ZooKeeper tree, fetched lazily: one top-level row (the root path), children listed
// when a node is expanded (one getChildren2 for the whole list, however long), a node's Stat
// asked only when a view shows its row, and never more than MaxRequestsInFlight requests out.
// Expanded nodes hold a one-shot children watch, re-armed on each change; a change is applied
// as the difference (rows removed and inserted), never a reset. Collapsed nodes are not
// watched: a change seen while collapsed is re-listed on the next expand.
class ZkTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ChildrenColumn, SizeColumn, ModifiedColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };
    static constexpr int MaxRequestsInFlight = 16;

    explicit ZkTreeModel(QObject* parent = nullptr);
    ~ZkTreeModel() override;

    // The session to read (null: nothing shown); the tree starts again at rootPath.
    void setSession(ZkSession* session);
    void setRootPath(const QString& path);
    QString rootPath() const;
    // Where Mesos and Marathon keep their nodes: known nodes explain themselves in tooltips.
    void setMeaningContext(const ZkNodeMeaning::Context& context) { m_meaningContext = context; }

    QModelIndex rootIndex() const;
    QModelIndex indexOfPath(const QString& path, int column = NameColumn) const;
    QString pathOf(const QModelIndex& index) const;
    ZkStat statOf(const QModelIndex& index) const;
    QStringList childNames(const QModelIndex& index) const; // as listed, sorted
    bool isListed(const QModelIndex& index) const;
    int errorOf(const QModelIndex& index) const; // the last request's ZooKeeper code, 0 when fine
    // The view tells which nodes are open: only those keep a children watch.
    void setExpanded(const QModelIndex& index, bool expanded);
    // A Stat learnt elsewhere (the node pane's data read) updates the row.
    void updateStat(const QString& path, const ZkStat& stat);

    int requestsInFlight() const { return m_inFlight; }
    int requestsSent() const { return m_sent; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void childrenListed(const QString& path, int count);
    void requestFailed(const QString& path, int rc);

private:
    struct Node;
    enum class RequestKind { List, Stat };
    struct Request {
        QString path;
        RequestKind kind;
    };

    Node* nodeOf(const QModelIndex& index) const;
    Node* find(const QString& path) const;
    QModelIndex indexOf(const Node* node, int column = NameColumn) const;
    void resetTree();
    void queue(Node* node, RequestKind kind) const;
    void pump() const;
    void send(const Request& request) const;
    void onListed(const QString& path, int rc, QStringList names, const ZkStat& stat);
    void onStat(const QString& path, int rc, const ZkStat& stat);
    void applyChildren(Node* node, const QStringList& sortedNames);
    void forget(Node* node);
    void renumber(Node* parent, int from);
    void onChildrenChanged(const QString& path);
    void onSessionState();

    QPointer<ZkSession> m_session;
    QString m_rootPath = QStringLiteral("/");
    ZkNodeMeaning::Context m_meaningContext;
    std::unique_ptr<Node> m_top; // invisible; its one child is the root path's node
    QHash<QString, Node*> m_byPath;
    // Requests are issued lazily from const data() (a row's Stat when it is first shown).
    mutable std::deque<Request> m_queue;
    mutable int m_inFlight = 0;
    mutable int m_sent = 0;
    quint64 m_generation = 0; // answers for an older tree are dropped
    bool m_wasConnected = false;
};
