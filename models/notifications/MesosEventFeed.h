#pragma once

#include "mesos/ClusterStore.h"
#include "mesos/MasterInfo.h"
#include "mesos/MesosSource.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class MesosLeaderDetector;
class NotificationModel;

// Turns what the Mesos side reports into window notifications: agents removed, unreachable
// or registered again, the tasks lost with them (all of them, counted and listed, in one
// notification per agent), leader changes and no leader, the data going stale and live
// again. A killed agent's task updates and its removal arrive as separate changes (stream
// events, then a summary poll, in either order), so they are gathered for a short moment
// and told together.
class MesosEventFeed : public QObject {
    Q_OBJECT
public:
    explicit MesosEventFeed(NotificationModel* model, QObject* parent = nullptr);

    // Follows one cluster (leader may be null: a master URL has no election); all null stops.
    void attach(ClusterStore* store, MesosSource* source, MesosLeaderDetector* leader);
    void setGatherInterval(int ms) { m_gather.setInterval(ms); }
    void flush(); // tells now what is being gathered

    // What the sources report (public for tests that drive them directly).
    void onAgents(const MesosAgentChanges& changes);
    void announceBack(const QString& address, const QString& agentId); // "registered again", if it was told gone
    void onTasks(const MesosTaskChanges& changes);
    void onLeader(const MasterInfo& leader);
    void onStatus(const MesosSource::Status& status);

    static QString agentAddress(const MesosAgent& agent); // "hostname:port" (the port from the pid)

private:
    struct Pending {
        bool removed = false;
        QStringList lostTasks;    // ids
        bool unreachable = false; // the tasks went TASK_UNREACHABLE: the agent may come back
        bool agentUnreachable = false; // the master counts the agent unreachable, not removed for good
    };
    void reset();
    Pending& pendingFor(const QString& agentId);
    QString addressOf(const QString& agentId) const;

    NotificationModel* m_model;
    QList<QMetaObject::Connection> m_connections;
    QHash<QString, QString> m_agentAddress; // id -> host:port, kept for agents that went away
    QSet<QString> m_goneAddresses; // agents told removed, by address (a re-registration has a new id)
    QHash<QString, MesosTaskState> m_taskStates; // by task key
    bool m_haveAgents = false;                   // the first fill is the cluster as it is, not news
    bool m_haveTasks = false;
    QHash<QString, Pending> m_pending; // by agent id
    QList<QString> m_pendingOrder;
    QTimer m_gather;
    MasterInfo m_lastLeader;
    bool m_hadLeader = false;
    bool m_wasLive = false;
    bool m_toldStale = false;
};
