#pragma once

#include "core/LeaderSummary.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ClusterSession;
class LeaderHistoryModel;
class LeaderStatusBar;
class NoticeBar;
class QLabel;
class QWidget;

// Tells the window what is known of the connected cluster's leadership: the status bar, the
// Overview's leader card, the Leader changes history, leader notices and the window title
// (which names trouble: no leader, stale data, read-only). Only real changes are recorded: a
// reconnect to the same cluster keeps the last leader seen, so seeing it again is no change.
class ClusterStatusPresenter : public QObject {
    Q_OBJECT
public:
    ClusterStatusPresenter(QWidget* window, LeaderStatusBar* status, QLabel* leaderCard,
                           LeaderHistoryModel* history, NoticeBar* notice, QObject* parent = nullptr);

    // sameCluster: a reconnect, keeping history and the last leader; otherwise all of the
    // previous cluster is forgotten.
    void setSession(ClusterSession* session, bool sameCluster);
    void setReadOnly(bool readOnly);
    // A profile's name, shown in the title instead of the URL; empty: the URL.
    void setClusterName(const QString& name) { m_name = name; }

    QString windowTitle() const;
    // The Overview's card for summary (plain text, several lines).
    static QString describe(const LeaderSummary& summary, bool connected);

private:
    void onLeader(const LeaderSummary& summary);
    void onZooKeeperState();
    void onMarathonLeader(const QString& hostPort);
    void updateTitle();

    QWidget* m_window;
    LeaderStatusBar* m_status;
    QLabel* m_card;
    LeaderHistoryModel* m_history;
    NoticeBar* m_notice;
    QPointer<ClusterSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    bool m_readOnly = false;
    QString m_name;
    // The last leadership seen of this cluster (survives a reconnect to it).
    bool m_leaderSeen = false;
    QString m_lastLeader; // host:port, empty for "none"
    bool m_marathonSeen = false;
    QString m_lastMarathon;
};
