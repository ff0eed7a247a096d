#include "ZkLeaderWatch.h"

#include "ZkSession.h"

#include <QCoreApplication>
#include <algorithm>
#include <zookeeper/zookeeper.h>

ZkLeaderWatch::ZkLeaderWatch(ZkSession* session, const QString& path, MemberParser parser, QObject* parent)
    : QObject(parent), m_session(session), m_path(path), m_parser(std::move(parser)) {
    m_sessionLossTimer.setSingleShot(true);
    connect(&m_sessionLossTimer, &QTimer::timeout, this, [this] {
        // The connection stayed lost for a whole session timeout: the membership we saw may be
        // gone. Say so, and start a fresh session as Mesos's group does to avoid split brain.
        setLeader({}, {});
        setMemberCount(0);
        setMembers({}, false);
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
        setMembers({}, false);
        break;
    }
}

void ZkLeaderWatch::refresh() {
    const quint64 generation = ++m_generation;
    m_session->getChildren(m_path, true, [this, generation](int rc, const QStringList& children) {
        onChildren(generation, rc, children);
    });
}

QStringList ZkLeaderWatch::rankMembers(const QStringList& children, const MemberParser& parser) {
    QList<QPair<Member, QString>> ranked;
    for (const QString& child : children) {
        if (const std::optional<Member> member = parser(child))
            ranked.append({*member, child});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first.rank != b.first.rank ? a.first.rank < b.first.rank
                                            : a.first.sequence < b.first.sequence;
    });
    QStringList members;
    for (const auto& entry : ranked)
        members.append(entry.second);
    return members;
}

QString ZkLeaderWatch::pickLeader(const QStringList& children, const MemberParser& parser, int* memberCount) {
    const QStringList members = rankMembers(children, parser);
    if (memberCount)
        *memberCount = int(members.size());
    return members.value(0);
}

void ZkLeaderWatch::onChildren(quint64 generation, int rc, const QStringList& children) {
    if (generation != m_generation)
        return;
    if (rc == ZNONODE) {
        // Nobody has registered yet: wait for the node to appear.
        setLeader({}, {});
        setMemberCount(0);
        setMembers({}, true);
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
    const QStringList members = rankMembers(children, m_parser);
    const QString leader = members.value(0);
    setMemberCount(int(members.size()));
    if (leader.isEmpty()) {
        setLeader({}, {});
        setMembers({}, true);
        return;
    }
    // The members become known only with the leader's data, so that nobody reads "members,
    // but no leader" in between.
    m_pendingMembers = members;
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
        setMembers(m_pendingMembers, true);
    });
}

void ZkLeaderWatch::setLeader(const QString& node, const QByteArray& data) {
    if (node == m_leaderNode && data == m_leaderData)
        return;
    m_leaderNode = node;
    m_leaderData = data;
    emit leaderChanged(node, data);
}

void ZkLeaderWatch::setMembers(const QStringList& members, bool known) {
    if (members == m_members && known == m_known)
        return;
    m_members = members;
    m_known = known;
    emit membersChanged(members);
}

void ZkLeaderWatch::setMemberCount(int count) {
    if (count == m_memberCount)
        return;
    m_memberCount = count;
    emit memberCountChanged(count);
}
