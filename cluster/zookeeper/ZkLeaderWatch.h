#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>

class ZkSession;

// Follows a leader election held as ephemeral sequential children of one znode:
// the member with the lowest sequence number leads. Which children are members, and
// how they rank, is the caller's (Mesos and Marathon name their nodes differently).
//
// The children watch is re-armed on every change, the leader's data is read (and watched)
// whenever the leader changes, and leaderChanged is emitted once per change. A lost
// connection only turns into "no leader" after the session timeout, as in Mesos.
class ZkLeaderWatch : public QObject {
    Q_OBJECT
public:
    struct Member {
        qint64 sequence = 0;
        int rank = 0; // lower is preferred: members of a higher rank lead only when no lower one exists
    };
    using MemberParser = std::function<std::optional<Member>(const QString& childName)>;

    ZkLeaderWatch(ZkSession* session, const QString& path, MemberParser parser, QObject* parent = nullptr);

    void start();

    QString path() const { return m_path; }
    QString leaderNode() const { return m_leaderNode; } // child name, empty when none
    QByteArray leaderData() const { return m_leaderData; }
    int memberCount() const { return m_memberCount; }
    bool hasLeader() const { return !m_leaderNode.isEmpty(); }
    // Every member, leader first, then by rank and sequence; empty when none (or not known).
    QStringList members() const { return m_members; }
    // The membership was listed since the session connected: "no leader" is then a fact,
    // not merely "not asked yet" (or "ZooKeeper unreachable").
    bool isKnown() const { return m_known; }

    // Picks the leading child among names; empty when none qualifies. Pure, for tests.
    // The members among names, leader first. Pure, for tests.
    static QStringList rankMembers(const QStringList& children, const MemberParser& parser);
    static QString pickLeader(const QStringList& children, const MemberParser& parser,
                              int* memberCount = nullptr);

signals:
    void leaderChanged(const QString& node, const QByteArray& data);
    void memberCountChanged(int count);
    void membersChanged(const QStringList& members); // also when isKnown() changes
    // A reason the leader cannot be read right now (path missing, ZooKeeper error...).
    void problem(const QString& message);

private:
    void refresh();
    void onChildren(quint64 generation, int rc, const QStringList& children);
    void readLeader(quint64 generation, const QString& node);
    void setLeader(const QString& node, const QByteArray& data);
    void setMemberCount(int count);
    void setMembers(const QStringList& members, bool known);
    void onSessionState();

    ZkSession* m_session;
    QString m_path;
    MemberParser m_parser;
    QString m_leaderNode;
    QByteArray m_leaderData;
    int m_memberCount = 0;
    QStringList m_members;
    QStringList m_pendingMembers; // listed, waiting for the leader's data
    bool m_known = false;
    bool m_wasConnected = false;
    quint64 m_generation = 0; // answers to older requests are ignored
    QTimer m_sessionLossTimer;
};
