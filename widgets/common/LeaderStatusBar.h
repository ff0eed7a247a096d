#pragma once

#include "mesos/MasterInfo.h"
#include "zookeeper/ZkSession.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;

// The status bar's cluster half: ZooKeeper state, leading master (host:port, version),
// registered masters, how long the leader has led, and Marathon's leader.
class LeaderStatusBar : public QWidget {
    Q_OBJECT
public:
    explicit LeaderStatusBar(QWidget* parent = nullptr);

    void setZooKeeperState(const QString& state, bool healthy);
    void setMesosLeader(const MasterInfo& leader, const QDateTime& since);
    void setMasterCount(int count);
    void setMarathonLeader(const QString& hostPort);

    QString zooKeeperText() const;
    QString leaderText() const;
    QString mastersText() const;
    QString sinceText() const;
    QString marathonText() const;

    // "4 s", "3 min", "2 h 5 min": how long since `since`, by the Clock.
    static QString formatAge(const QDateTime& since, const QDateTime& now);

private:
    void updateSince();

    QLabel* m_zk;
    QLabel* m_leader;
    QLabel* m_masters;
    QLabel* m_since;
    QLabel* m_marathon;
    QDateTime m_leaderSince;
    QTimer m_tick;
};
