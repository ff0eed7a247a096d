#pragma once

#include "ZkStat.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ZkSession;
class ZkSubtreeWalk;

// Deletes a node and everything under it, the way the C client allows (it has no recursive
// delete): first a bounded walk (ZkSubtreeWalk) that says how many nodes there are and which
// are ephemeral, then, once the operator agreed, one delete per node, leaves first, each with
// the version the walk read. A node changed meanwhile (ZBADVERSION, or a child added: ZNOTEMPTY)
// stops it there and the outcome says what changed and what was already deleted. Everything is
// asynchronous and can be cancelled between two requests.
class ZkRecursiveDelete : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxNodes = 10000;
    static constexpr int CountingStep = 100; // a running count the operator sees move, not a flood

    struct Node {
        QString path;
        ZkStat stat; // as the walk read it: the delete sends its version
    };
    struct Plan {
        QString root;
        QList<Node> nodes; // deepest first, the root last
        int depth = 0;     // levels, the root's included
        QString refusal;   // why this subtree is not deleted (too big, unreadable, an error)
        bool isDeletable() const { return refusal.isEmpty() && !nodes.isEmpty(); }
        QList<Node> ephemerals() const;
    };
    enum class Phase { Idle, Walking, Deleting };

    explicit ZkRecursiveDelete(QObject* parent = nullptr);

    // Walks root's subtree; planned() follows (also with a refusal).
    void plan(ZkSession* session, const QString& root);
    // Deletes what the last plan() found; progress() per node, then finished().
    void execute();
    // Between two requests: a walk ends with a refusal, a delete stops with what was done.
    void cancel();
    void setMaxNodes(int maxNodes) { m_maxNodes = maxNodes; } // MaxNodes unless a test says less

    Phase phase() const { return m_phase; }
    const Plan& currentPlan() const { return m_plan; }
    const QStringList& deleted() const { return m_deleted; }

    static int depthOf(const QString& path);

signals:
    void planned(const ZkRecursiveDelete::Plan& plan);
    // While walking, every CountingStep nodes: how many were found so far.
    void counting(int found);
    void progress(int done, int total);
    // ok: the whole subtree is gone; message says what happened, for the operator.
    void finished(bool ok, const QString& message);

private:
    void onWalked();
    void deleteNext();
    void onDeleted(int rc);
    void stopAt(const QString& reason);
    QString deletedSummary() const;

    QPointer<ZkSession> m_session;
    ZkSubtreeWalk* m_walk;
    Plan m_plan;
    Phase m_phase = Phase::Idle;
    int m_maxNodes = MaxNodes;
    int m_next = 0;
    int m_vanished = 0; // deleted by someone else meanwhile
    bool m_cancelled = false;
    quint64 m_generation = 0;
    QStringList m_deleted;
};

Q_DECLARE_METATYPE(ZkRecursiveDelete::Plan)
