#pragma once

#include "GroupStore.h"
#include "HttpServer.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

class EventBus;
class MarathonScheduler;
class PodRoutes;
class SchedulerApi;

// A simulated Marathon (1.10 REST API) for the devcluster: /ping, /v2/info, /v2/leader,
// /v2/apps (+ tasks, versions, restart), /v2/tasks, /v2/deployments, /v2/queue and
// /v2/pods (PodRoutes) and /v2/events (SSE). It runs its tasks on the simulated Mesos through SchedulerApi.
class MarathonSim : public QObject {
    Q_OBJECT
public:
    explicit MarathonSim(SchedulerApi* mesos, QObject* parent = nullptr);
    ~MarathonSim() override;

    void setLeader(const QString& hostPort);       // "127.0.0.1:PORT" of the leading instance
    void setMesosLeaderUrl(const QString& url);    // /v2/info marathon_config.mesos_leader_ui_url
    void setZkUrl(const QString& url);             // /v2/info zookeeper_config.zk, "zk://hosts/path"
    void setMesosMaster(const QString& master);    // /v2/info marathon_config.master (--master)
    void handle(const HttpRequest& request, HttpResponder* responder);
    // Scheduling rounds (offers looked at, launches, deployments advanced) done so far: a test that
    // checks "nothing happened" waits for a later round instead of a span of time.
    int schedulingRounds() const;

private:
    using Headers = HttpResponder::Headers;
    void reply(HttpResponder* responder, int status, const QByteArray& body, Headers headers = {},
               const QByteArray& contentType = "application/json");
    void replyJson(HttpResponder* responder, int status, const QJsonObject& body, Headers headers = {});
    void replyDeployment(HttpResponder* responder, int status, const QJsonObject& result, Headers headers = {});
    bool rejectIfLocked(HttpResponder* responder, const QString& appId, const HttpRequest& request);
    static bool flag(const HttpRequest& request, const char* name, bool defaultValue = false);

    void info(HttpResponder* responder);
    void listApps(const HttpRequest& request, HttpResponder* responder);
    void createApp(const HttpRequest& request, HttpResponder* responder);
    void appRequest(const HttpRequest& request, HttpResponder* responder, const QString& rest);
    void getApp(const HttpRequest& request, HttpResponder* responder, const QString& appId);
    struct Update {
        QJsonObject definition; // normalized, without version
        bool scaleOnly = false;
        bool exists = false;
    };
    // Merges (partialUpdate), validates and checks the lock; false once it has answered an error.
    // allowPartial false: the body is the whole definition (apps inside a group update).
    bool prepareUpdate(const HttpRequest& request, HttpResponder* responder, const QString& appId,
                       QJsonObject body, Update* update, bool allowPartial = true);
    void putApp(const HttpRequest& request, HttpResponder* responder, const QString& appId);
    void putApps(const HttpRequest& request, HttpResponder* responder);

    // /v2/groups (GroupRoutes.cpp).
    struct GroupPlan {
        QList<QPair<QJsonObject, bool>> changes; // app definitions, scale only
        QStringList removals;                    // apps that go
        QMap<QString, QStringList> groups;       // groups put, with their dependencies
        QStringList removedGroups;
    };
    void groupRequest(const HttpRequest& request, HttpResponder* responder, const QString& rest);
    void syncGroups();
    QJsonObject renderGroup(const QString& id, const QSet<QString>& groupEmbeds,
                            const QSet<QString>& appEmbeds) const;
    void getGroup(const HttpRequest& request, HttpResponder* responder, const QString& rest);
    void createGroup(const HttpRequest& request, HttpResponder* responder, const QString& base);
    void putGroup(const HttpRequest& request, HttpResponder* responder, const QString& groupId);
    void scaleGroup(const HttpRequest& request, HttpResponder* responder, const QString& groupId,
                    double factor);
    void deleteGroup(const HttpRequest& request, HttpResponder* responder, const QString& groupId);
    // Adds the changes of one GroupUpdate document to plan; false once it has answered an error.
    bool planGroupUpdate(const HttpRequest& request, HttpResponder* responder, const QString& groupId,
                         const QJsonObject& update, GroupPlan* plan);
    bool planGroupRemoval(const HttpRequest& request, HttpResponder* responder, const QString& groupId,
                          GroupPlan* plan);
    // Dependency level per changed app (0: depends on nothing); false (answered 422) on a cycle.
    bool dependencyLevels(HttpResponder* responder, const GroupPlan& plan, QMap<QString, int>* levels);
    void applyGroupPlan(const HttpRequest& request, HttpResponder* responder, const GroupPlan& plan,
                        int status, Headers headers = {});
    void killAppTasks(const HttpRequest& request, HttpResponder* responder, const QString& appId, const QString& taskId);
    void listTasks(const HttpRequest& request, HttpResponder* responder);
    // Accept: text/plain: "app_id<TAB>servicePort<TAB>host:port<TAB>..." lines (Marathon's safe path id).
    void replyTasksText(HttpResponder* responder, const QStringList& appIds);
    void deleteTasks(const HttpRequest& request, HttpResponder* responder);
    void deployments(const HttpRequest& request, HttpResponder* responder, const QString& id);
    void queue(const HttpRequest& request, HttpResponder* responder, const QString& rest);
    void events(const HttpRequest& request, HttpResponder* responder);
    void publishApiPost(const HttpRequest& request, const QJsonObject& app);
    static bool matchesLabelSelector(const QJsonObject& labels, const QString& selector);

    EventBus* m_events;
    MarathonScheduler* m_scheduler;
    PodRoutes* m_pods;
    QString m_leader;
    QString m_mesosLeaderUrl;
    QString m_zkUrl;
    QString m_mesosMaster;
    GroupStore m_groups;
};
