#pragma once

#include "MasterInfo.h"

#include <QList>
#include <QObject>
#include <optional>

class ZkSession;
class ZkLeaderWatch;

// Finds the leading Mesos master the way Mesos's own detector does: members are the
// children "<label>_<int32 sequence>" of the Mesos znode, the lowest sequence leads.
// "json.info_" members (0.24+) are preferred; legacy "info_" and label-less members count
// only when no JSON member exists; "log_replicas" and other names are not members.
class MesosLeaderDetector : public QObject {
    Q_OBJECT
public:
    MesosLeaderDetector(ZkSession* session, const QString& path, QObject* parent = nullptr);

    void start();

    MasterInfo leader() const { return m_leader; }
    int masterCount() const;
    // Every registered master (nodeName set), leader first; read once per membership change.
    QList<MasterInfo> masters() const { return m_masters; }
    // The membership has been listed: a null leader() then means no master leads.
    bool isKnown() const;
    QString problem() const { return m_problem; }

    enum class Label { Json, Protobuf, Upid };
    struct Member {
        Label label;
        qint64 sequence;
    };
    // Mesos's membership rule for one child name; nullopt when it is not a member.
    static std::optional<Member> parseMember(const QString& childName);
    // A member's data decoded by its label (the ZooKeeper explorer shows it too).
    static MasterInfo decode(const QString& node, const QByteArray& data, QString* error);

signals:
    void leaderChanged(const MasterInfo& leader); // isNull() when no master leads
    void masterCountChanged(int count);
    void problemChanged(const QString& problem);
    void mastersChanged(); // masters() or isKnown()

private:
    void onLeader(const QString& node, const QByteArray& data);
    void setProblem(const QString& problem);
    void readMembers(const QStringList& members);

    ZkSession* m_session;
    QString m_path;
    ZkLeaderWatch* m_watch;
    MasterInfo m_leader;
    QList<MasterInfo> m_masters;
    quint64 m_membersGeneration = 0;
    QString m_problem;
};
