#pragma once

#include "core/LeaderSummary.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;

// The status bar's cluster half: ZooKeeper state, the leading master (host:port, version),
// the masters (count or the standby a master URL goes through; each one's address and role
// on hover), when the leader was elected, and Marathon's leader. Only what is known is shown.
class LeaderStatusBar : public QWidget {
    Q_OBJECT
public:
    explicit LeaderStatusBar(QWidget* parent = nullptr);

    void setZooKeeperState(const QString& state, bool healthy);
    void setLeader(const LeaderSummary& summary);
    void setMarathonLeader(const QString& hostPort);

    QString zooKeeperText() const;
    QString leaderText() const;
    QString mastersText() const;
    QString mastersToolTip() const;
    QString electedText() const;
    QString electedToolTip() const;
    QString marathonText() const;

    // "4 s", "3 min", "2 h 5 min": how long since `since`, by the Clock.
    static QString formatAge(const QDateTime& since, const QDateTime& now);
    // One line per master: "host:port — leader (ZooKeeper #3, Mesos 1.11.0)".
    static QString describeMasters(const LeaderSummary& summary);

private:
    void updateElected();

    QLabel* m_zk;
    QLabel* m_leader;
    QLabel* m_masters;
    QLabel* m_elected;
    QLabel* m_marathon;
    QDateTime m_electedTime;
    bool m_leaderKnown = false;
    QTimer m_tick;
};
