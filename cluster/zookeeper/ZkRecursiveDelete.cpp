#include "ZkRecursiveDelete.h"

#include "ZkSession.h"
#include "ZkSubtreeWalk.h"
#include "ZkWritePolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <zookeeper/zookeeper.h>

QList<ZkRecursiveDelete::Node> ZkRecursiveDelete::Plan::ephemerals() const {
    QList<Node> out;
    for (const Node& node : nodes)
        if (node.stat.isEphemeral())
            out.append(node);
    return out;
}

ZkRecursiveDelete::ZkRecursiveDelete(QObject* parent) : QObject(parent), m_walk(new ZkSubtreeWalk(this)) {
    qRegisterMetaType<ZkRecursiveDelete::Plan>();
    connect(m_walk, &ZkSubtreeWalk::nodeVisited, this,
            [this](const QString& path, const ZkStat& stat, const QByteArray&) {
                m_plan.nodes.append({path, stat});
                if (m_plan.nodes.size() % CountingStep == 0)
                    emit counting(int(m_plan.nodes.size()));
            });
    connect(m_walk, &ZkSubtreeWalk::finished, this, &ZkRecursiveDelete::onWalked);
}

int ZkRecursiveDelete::depthOf(const QString& path) {
    return int(path.count(u'/'));
}

void ZkRecursiveDelete::plan(ZkSession* session, const QString& root) {
    if (m_phase != Phase::Idle)
        return; // one at a time: the editor's controls are off meanwhile
    m_session = session;
    m_plan = {};
    m_plan.root = root;
    m_deleted.clear();
    m_cancelled = false;
    m_phase = Phase::Walking;
    // One more than the limit: reaching it tells "more than MaxNodes" from "exactly MaxNodes".
    m_walk->start(session, root, {m_maxNodes + 1, 8, false});
}

void ZkRecursiveDelete::onWalked() {
    const ZkSubtreeWalk::Outcome& outcome = m_walk->outcome();
    Plan& plan = m_plan;
    if (outcome.cancelled || m_cancelled)
        plan.refusal = tr("Stopped while counting the nodes; nothing was deleted.");
    else if (!outcome.error.isEmpty())
        plan.refusal = outcome.error + u' ' + tr("Nothing was deleted.");
    else if (outcome.truncated || plan.nodes.size() > m_maxNodes)
        plan.refusal = tr("The subtree has more than %1 nodes. MesosDesk deletes at most that many at once, "
                          "so that one confirmation never covers more than it can show; nothing was deleted. "
                          "Delete its parts one at a time.")
                           .arg(QLocale().toString(m_maxNodes));
    else if (!outcome.denied.isEmpty())
        plan.refusal = tr("%n node(s) cannot be read with this session's credentials (ZNOAUTH), for example "
                          "%1: what is under them is unknown, so nothing was deleted.",
                          nullptr, int(outcome.denied.size()))
                           .arg(outcome.denied.first());
    else if (plan.nodes.isEmpty())
        plan.refusal = ZkWritePolicy::failureMessage(ZNONODE);
    // Leaves first: every child is one level deeper than its parent, so deepest first is an order
    // in which no node is deleted before its children.
    // (Then by path, so that the order does not depend on which answer came first.)
    std::sort(plan.nodes.begin(), plan.nodes.end(), [](const Node& a, const Node& b) {
        const int da = depthOf(a.path), db = depthOf(b.path);
        return da != db ? da > db : a.path < b.path;
    });
    if (!plan.nodes.isEmpty())
        plan.depth = depthOf(plan.nodes.first().path) - depthOf(plan.root) + 1;
    m_phase = Phase::Idle;
    emit planned(plan);
}

void ZkRecursiveDelete::execute() {
    if (m_phase != Phase::Idle || !m_plan.isDeletable())
        return;
    m_phase = Phase::Deleting;
    m_next = 0;
    m_vanished = 0;
    m_cancelled = false;
    m_deleted.clear();
    emit progress(0, int(m_plan.nodes.size()));
    deleteNext();
}

void ZkRecursiveDelete::cancel() {
    if (m_phase == Phase::Walking) {
        m_cancelled = true;
        m_walk->cancel(); // finished() follows at once, with the refusal
    } else if (m_phase == Phase::Deleting) {
        m_cancelled = true; // the answer on its way ends it
    }
}

void ZkRecursiveDelete::deleteNext() {
    const int total = int(m_plan.nodes.size());
    if (m_next >= total) {
        m_phase = Phase::Idle;
        QString message =
            tr("Deleted %1 and everything under it: %n node(s).", nullptr, int(m_deleted.size()))
                .arg(m_plan.root);
        if (m_vanished > 0)
            message +=
                u' ' + tr("%n of them had already been deleted by another client.", nullptr, m_vanished);
        return emit finished(true, message);
    }
    if (m_cancelled)
        return stopAt(tr("Stopped on request."));
    if (!m_session)
        return stopAt(tr("The ZooKeeper session ended."));
    const Node& node = m_plan.nodes.at(m_next);
    const quint64 generation = ++m_generation;
    QPointer<ZkRecursiveDelete> self(this);
    m_session->remove(node.path, node.stat.version, [self, generation](int rc) {
        if (self && self->m_generation == generation)
            self->onDeleted(rc);
    });
}

void ZkRecursiveDelete::onDeleted(int rc) {
    const Node node = m_plan.nodes.at(m_next);
    if (rc == ZOK || rc == ZNONODE) {
        if (rc == ZOK)
            m_deleted.append(node.path);
        else
            ++m_vanished; // gone already: what the operator asked for
        ++m_next;
        emit progress(m_next, int(m_plan.nodes.size()));
        return deleteNext();
    }
    if (rc == ZNOTEMPTY)
        return stopAt(tr("%1 got a new child after it was counted (another client created it); the delete "
                         "stopped there.")
                          .arg(node.path));
    if (rc != ZBADVERSION || !m_session)
        return stopAt(ZkWritePolicy::failureMessage(rc));
    // Say what changed: the version and time the other writer left.
    const quint64 generation = ++m_generation;
    QPointer<ZkRecursiveDelete> self(this);
    m_session->stat(node.path, false, [self, generation, node](int statRc, const ZkStat& now) {
        if (!self || self->m_generation != generation)
            return;
        QString reason = tr("%1 changed after it was counted (another client wrote it); the delete stopped "
                            "there.")
                             .arg(node.path);
        if (statRc == ZOK)
            reason += u' ' + tr("It was at version %1 and is now at version %2, modified %3.")
                                 .arg(node.stat.version)
                                 .arg(now.version)
                                 .arg(QDateTime::fromMSecsSinceEpoch(now.mtime).toString(
                                     QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        self->stopAt(reason);
    });
}

void ZkRecursiveDelete::stopAt(const QString& reason) {
    m_phase = Phase::Idle;
    emit finished(false, reason + u' ' + deletedSummary());
}

QString ZkRecursiveDelete::deletedSummary() const {
    const int total = int(m_plan.nodes.size());
    if (m_deleted.isEmpty())
        return tr("Nothing was deleted (%n node(s) remain).", nullptr, total);
    constexpr int shown = 10;
    QString list = m_deleted.mid(0, shown).join(QStringLiteral(", "));
    if (m_deleted.size() > shown)
        list += u' ' + tr("and %n more", nullptr, int(m_deleted.size()) - shown);
    return tr("Already deleted (%1 of %2): %3.")
        .arg(QLocale().toString(m_deleted.size()), QLocale().toString(total), list);
}
