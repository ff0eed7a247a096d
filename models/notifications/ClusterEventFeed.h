#pragma once

#include <QObject>
#include <QPointer>

class ClusterSession;
class MarathonEventFeed;
class MesosEventFeed;
class NotificationModel;

// The window's one feed of cluster events: follows a session's Mesos store, source and
// leader detector and its Marathon source, and posts what they report to the model.
// Attaching to another cluster clears the stream (it told about the previous one); a
// reconnect to the same cluster keeps it.
class ClusterEventFeed : public QObject {
    Q_OBJECT
public:
    explicit ClusterEventFeed(NotificationModel* model, QObject* parent = nullptr);

    void attach(ClusterSession* session); // null stops
    NotificationModel* model() const { return m_model; }
    MesosEventFeed* mesos() const { return m_mesos; }
    MarathonEventFeed* marathon() const { return m_marathon; }

private:
    NotificationModel* m_model;
    MesosEventFeed* m_mesos;
    MarathonEventFeed* m_marathon;
    QString m_cluster; // the target last attached, as the operator wrote it
};
