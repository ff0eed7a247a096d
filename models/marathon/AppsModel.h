#pragma once

#include "AppStatus.h"
#include "marathon/MarathonApp.h"
#include "marathon/MarathonDependencies.h"
#include "marathon/MarathonGroup.h"
#include "marathon/MarathonPod.h"
#include "marathon/MarathonQueueEntry.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <memory>
#include <vector>

// Marathon apps and pods as a tree of groups ("/prod/web/api" sits under "prod" → "web"),
// updated by differences keyed by id: rows are inserted, removed or changed, never reset.
// Group rows show sums of their apps and pods; the Kind column tells a pod from an app.
class AppsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        StatusColumn,
        InstancesColumn,
        HealthColumn,
        CpusColumn,
        MemColumn,
        DependenciesColumn, // "→ what it waits for  ← what waits for it"
        LabelsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // full id ("/prod/web/api"), groups too
        IsGroupRole,
        StatusRole, // AppStatus::Value (apps only)
        HealthRole, // QVariantList {healthy, unhealthy, unknown, staged}
        LabelsRole, // QStringList "key:value"
        SortRole,
        KindRole,      // Kind
        DependsOnRole, // QStringList: what the app or group waits for (absolute ids)
        NeededByRole,  // QStringList: what waits for it
    };
    enum Kind { GroupKind, AppKind, PodKind };

    explicit AppsModel(QObject* parent = nullptr);
    ~AppsModel() override;

    // deployingPods: the pods a running deployment touches (their status is Deploying).
    void update(const QList<MarathonApp>& apps, const QList<MarathonQueueEntry>& queue,
                const QList<MarathonPod>& pods = {}, const QSet<QString>& deployingPods = {});

    // The groups' own dependencies (GET /v2/groups), which /v2/apps does not tell; the apps'
    // come with every update.
    void setGroupTree(const MarathonGroup& root);
    const MarathonDependencies& dependencies() const { return m_deps; }

    QModelIndex indexOfId(const QString& id, int column = 0) const;
    const MarathonApp* app(const QString& id) const;
    const MarathonPod* pod(const QString& id) const;
    const MarathonQueueEntry* queueEntry(const QString& appId) const;
    int appCount() const;
    int podCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    int rowOf(const Node* node) const;
    Node* ensureGroup(const QString& groupId);
    void insertChild(Node* parent, std::unique_ptr<Node> child);
    void removeNode(Node* node);
    void upsertLeaf(const QString& id, Kind kind, const MarathonApp* app, const MarathonPod* pod,
                    AppStatus::Value status);
    void aggregate(const Node* node, AppStatus::Health* health, int* running, int* target, double* cpus, double* mem) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_index; // id -> node, apps and groups
    void updateDependencies();     // from the apps and the group tree; dataChanged where they changed
    QHash<QString, MarathonQueueEntry> m_queue;
    MarathonGroup m_groupTree;
    MarathonDependencies m_deps;
};
