#include "ZkSubtreeWalk.h"

#include "ZkSession.h"

#include <QCoreApplication>
#include <zookeeper/zookeeper.h>

ZkSubtreeWalk::ZkSubtreeWalk(QObject* parent) : QObject(parent) {
    qRegisterMetaType<ZkSubtreeWalk::Outcome>();
}

QString ZkSubtreeWalk::childPath(const QString& parent, const QString& name) {
    return parent.endsWith(u'/') ? QString(parent + name) : QString(parent + u'/' + name);
}

void ZkSubtreeWalk::start(ZkSession* session, const QString& root, const Options& options) {
    ++m_generation;
    m_session = session;
    m_options = options;
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
    m_pending.clear();
    m_inFlight = 0;
    m_outcome = {};
    m_running = true;
    if (!session || options.maxNodes <= 0) {
        m_outcome.error = QCoreApplication::translate("ZkSubtreeWalk", "Not connected to ZooKeeper.");
        finish();
        return;
    }
    m_pending.enqueue(root.isEmpty() ? QStringLiteral("/") : root);
    m_queued = 1;
    pump();
}

void ZkSubtreeWalk::cancel() {
    if (!m_running)
        return;
    ++m_generation; // answers still on their way are dropped
    m_pending.clear();
    m_inFlight = 0;
    m_outcome.cancelled = true;
    finish();
}

void ZkSubtreeWalk::pump() {
    while (m_running && m_inFlight < m_options.maxInFlight && !m_pending.isEmpty())
        visit(m_pending.dequeue());
    if (m_running && m_inFlight == 0 && m_pending.isEmpty())
        finish();
}

void ZkSubtreeWalk::visit(const QString& path) {
    if (!m_session) {
        m_outcome.error = QCoreApplication::translate("ZkSubtreeWalk", "The ZooKeeper session ended.");
        m_pending.clear();
        return;
    }
    ++m_inFlight;
    const quint64 generation = m_generation;
    QPointer<ZkSubtreeWalk> self(this);
    auto listed = [self, generation, path](int rc, const QStringList& children, const ZkStat& stat,
                                           const QByteArray& data) {
        if (self && self->m_generation == generation)
            self->onChildren(path, rc, children, stat, data);
    };
    if (!m_options.withData) {
        m_session->getChildrenWithStat(path, false,
                                       [listed](int rc, const QStringList& children, const ZkStat& stat) {
                                           listed(rc, children, stat, {});
                                       });
        return;
    }
    // The value first, then the children: two reads, one node's worth of the in-flight budget.
    QPointer<ZkSession> session = m_session;
    m_session->getDataWithStat(
        path, false, [session, listed, path](int rc, const QByteArray& data, const ZkStat&) {
            if (rc != ZOK || !session) {
                listed(rc, {}, {}, {});
                return;
            }
            session->getChildrenWithStat(
                path, false, [listed, data](int childRc, const QStringList& children, const ZkStat& stat) {
                    listed(childRc, children, stat, data);
                });
        });
}

void ZkSubtreeWalk::onChildren(const QString& path, int rc, const QStringList& children, const ZkStat& stat,
                               const QByteArray& data) {
    --m_inFlight;
    if (rc == ZNONODE) {
        ++m_outcome.vanished;
    } else if (rc == ZNOAUTH) { // one protected node does not end the walk
        m_outcome.denied.append(path);
    } else if (rc != ZOK) {
        fail(rc, path);
        return;
    } else {
        ++m_outcome.visited;
        emit nodeVisited(path, stat, data);
        if (!m_running) // a receiver cancelled
            return;
        QStringList sorted = children;
        sorted.sort();
        for (const QString& child : std::as_const(sorted)) {
            if (m_queued >= m_options.maxNodes) {
                m_outcome.truncated = true;
                break;
            }
            m_pending.enqueue(childPath(path, child));
            ++m_queued;
        }
    }
    pump();
}

void ZkSubtreeWalk::fail(int rc, const QString& path) {
    ++m_generation;
    m_pending.clear();
    m_inFlight = 0;
    m_outcome.error = QCoreApplication::translate("ZkSubtreeWalk", "Reading %1 failed: %2")
                          .arg(path, ZkSession::errorString(rc));
    finish();
}

void ZkSubtreeWalk::finish() {
    if (!m_running)
        return;
    m_running = false;
    emit finished(m_outcome);
}
