#pragma once

#include <QDateTime>
#include <QObject>

#include <optional>

class ZkSession;
class ZkLeaderWatch;

// Finds Marathon's leader under its ZooKeeper path (default /marathon):
// Curator's LeaderLatch at <path>/leader-curator, children "_c_<uuid>-latch-<seq>" holding
// "host:port", lowest sequence leads; Marathon <= 1.2 used <path>/leader/member_<seq>,
// which is read only while the Curator latch has no member.
class MarathonLeaderDetector : public QObject {
    Q_OBJECT
public:
    MarathonLeaderDetector(ZkSession* session, const QString& basePath, QObject* parent = nullptr);

    void start();

    QString leader() const { return m_leader; } // "host:port", empty when none
    QDateTime leaderSince() const { return m_since; }
    int instanceCount() const;

    static std::optional<qint64> parseLatchMember(const QString& childName);
    static std::optional<qint64> parseLegacyMember(const QString& childName);

signals:
    void leaderChanged(const QString& hostPort);
    void instanceCountChanged(int count);
    void problemChanged(const QString& problem);

private:
    void update();

    ZkLeaderWatch* m_curator;
    ZkLeaderWatch* m_legacy;
    QString m_leader;
    QDateTime m_since;
};
