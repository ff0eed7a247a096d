#include "ZkLeaderWatch.h"

#include "ZkSession.h"

#include <QCoreApplication>

#include <zookeeper/zookeeper.h>

ZkLeaderWatch::ZkLeaderWatch(ZkSession* session, const QString& path, MemberParser parser, QObject* parent)
    : QObject(parent), m_session(session), m_path(path), m_parser(std::move(parser)) {
    m_sessionLossTimer.setSingleShot(true);
    connect(&m_sessionLossTimer, &QTimer::timeout, this, [this] {
        // The connection stayed lost for a whole session timeout: the membership we saw may be
        // gone. Say so, and start a fresh session as Mesos's group does to avoid split brain.
        setLeader({}, {});
        setMemberCount(0);
        emit problem(QCoreApplication::translate("ZkLeaderWatch", "ZooKeeper unreachable for longer than the "
                                                                  "session timeout"));
        m_session->restartSession();
    });
    connect(m_session, &ZkSession::stateChanged, this, &ZkLeaderWatch::onSessionState);
    connect(m_session, &ZkSession::childrenChanged, this, [this](const QString& changed) {
        if (changed == m_path)
            refresh();
    });
    connect(m_session, &ZkSession::nodeCreated, this, [this](const QString& created) {
        if (created == m_path)
            refresh();
    });
    auto leaderNodeTouched = [this](const QString& changed) {
        if (hasLeader() && changed == m_path + u'/' + m_leaderNode)
            refresh();
    };
    connect(m_session, &ZkSession::dataChanged, this, leaderNodeTouched);
    connect(m_session, &ZkSession::nodeDeleted, this, leaderNodeTouched);
}

void ZkLeaderWatch::start() {
    if (m_session->state() == ZkSession::State::Connected)
        onSessionState();
}

void ZkLeaderWatch::onSessionState() {
    switch (m_session->state()) {
    case ZkSession::State::Connected:
        m_sessionLossTimer.stop();
        m_wasConnected = true;
        refresh(); // after a reconnect, watches may have fired while we could not hear them
        break;
    case ZkSession::State::Connecting:
        if (m_wasConnected && !m_sessionLossTimer.isActive())
            m_sessionLossTimer.start(m_session->sessionTimeout());
        break;
    case ZkSession::State::Expired:
    case ZkSession::State::Closed:
    case ZkSession::State::AuthFailed:
        m_sessionLossTimer.stop();
        m_wasConnected = false;
        ++m_generation;
        setLeader({}, {});
        setMemberCount(0);
        break;
    }
}

void ZkLeaderWatch::refresh() {
    const quint64 generation = ++m_generation;
    m_session->getChildren(m_path, true, [this, generation](int rc, const QStringList& children) {
        onChildren(generation, rc, children);
    });
}

QString ZkLeaderWatch::pickLeader(const QStringList& children, const MemberParser& parser, int* memberCount) {
    QString best;
    Member bestMember;
    int count = 0;
    for (const QString& child : children) {
        const std::optional<Member> member = parser(child);
        if (!member)
            continue;
        ++count;
        if (best.isEmpty() || member->rank < bestMember.rank ||
            (member->rank == bestMember.rank && member->sequence < bestMember.sequence)) {
            best = child;
            bestMember = *member;
        }
    }
    if (memberCount)
        *memberCount = count;
    return best;
}

void ZkLeaderWatch::onChildren(quint64 generation, int rc, const QStringList& children) {
    if (generation != m_generation)
        return;
    if (rc == ZNONODE) {
        // Nobody has registered yet: wait for the node to appear.
        setLeader({}, {});
        setMemberCount(0);
        emit problem(QCoreApplication::translate("ZkLeaderWatch", "%1 does not exist in ZooKeeper").arg(m_path));
        m_session->exists(m_path, true, [this, generation](int existsRc) {
            if (generation == m_generation && existsRc == ZOK)
                refresh(); // created between the two calls
        });
        return;
    }
    if (rc != ZOK) {
        if (rc != ZCONNECTIONLOSS && rc != ZINVALIDSTATE && rc != ZCLOSING)
            emit problem(QCoreApplication::translate("ZkLeaderWatch", "cannot list %1: %2")
                             .arg(m_path, ZkSession::errorString(rc)));
        return; // the session state machine decides when the leader is really gone
    }
    int count = 0;
    const QString leader = pickLeader(children, m_parser, &count);
    setMemberCount(count);
    if (leader.isEmpty()) {
        setLeader({}, {});
        return;
    }
    readLeader(generation, leader);
}

void ZkLeaderWatch::readLeader(quint64 generation, const QString& node) {
    m_session->getData(m_path + u'/' + node, true, [this, generation, node](int rc, const QByteArray& data) {
        if (generation != m_generation)
            return;
        if (rc == ZNONODE) {
            refresh(); // the leader left between listing and reading
            return;
        }
        if (rc != ZOK) {
            emit problem(QCoreApplication::translate("ZkLeaderWatch", "cannot read %1/%2: %3")
                             .arg(m_path, node, ZkSession::errorString(rc)));
            return;
        }
        setLeader(node, data);
    });
}

void ZkLeaderWatch::setLeader(const QString& node, const QByteArray& data) {
    if (node == m_leaderNode && data == m_leaderData)
        return;
    m_leaderNode = node;
    m_leaderData = data;
    emit leaderChanged(node, data);
}

void ZkLeaderWatch::setMemberCount(int count) {
    if (count == m_memberCount)
        return;
    m_memberCount = count;
    emit memberCountChanged(count);
}
