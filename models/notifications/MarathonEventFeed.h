#pragma once

#include "marathon/MarathonDeployment.h"
#include "marathon/MarathonEvent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class MarathonSource;
class NotificationModel;

// Turns what a MarathonSource reports into window notifications: each deployment followed
// from start to its end (told once, whichever of the event stream or the deployments poll
// says it first: Marathon sends deployment_info once per step), tasks that failed (gathered
// per app), the event stream interrupted and resumed, Marathon not answering and answering
// again. Tasks lost with an agent are told by the Mesos side, for every framework.
class MarathonEventFeed : public QObject {
    Q_OBJECT
public:
    explicit MarathonEventFeed(NotificationModel* model, QObject* parent = nullptr);

    void attach(MarathonSource* source); // null stops
    void setGatherInterval(int ms) { m_gather.setInterval(ms); }
    void setEndGrace(int ms) { m_missingTimer.setInterval(ms); }
    void flush(); // tells now the task failures being gathered

    // What the source reports (public for tests that drive them directly).
    void onEvent(const MarathonEvent& event);
    void onDeployments(const QList<MarathonDeployment>& deployments, bool live);
    void onLive(bool live, const QString& why);
    void onProblem(const QString& problem);

private:
    struct Followed {
        QStringList apps;
        bool ended = false;
    };
    enum class End { Finished, Failed, Vanished };
    void reset();
    void started(const QString& id, const QStringList& apps, const QString& details);
    void ended(const QString& id, End how, const QString& reason = {}, const QStringList& apps = {});
    void tellMissing();
    QString subject(const QString& id) const;

    NotificationModel* m_model;
    QPointer<MarathonSource> m_source;
    QList<QMetaObject::Connection> m_connections;
    QHash<QString, Followed> m_deployments; // by id; ended ones stay a while so late news is not told twice
    bool m_haveDeployments = false;         // the first list is what ran before we came, not news
    QSet<QString> m_missing; // gone from the list while live: the event should say how it ended
    QTimer m_missingTimer;
    QHash<QString, QStringList> m_failed; // app -> "task (status: message)"
    QStringList m_failedOrder;
    QTimer m_gather;
    bool m_wasLive = false;
    bool m_toldInterrupted = false;
    QString m_problem;
};
