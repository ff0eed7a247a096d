#pragma once

#include "HttpServer.h"

#include <QObject>
#include <functional>

class EventBus;
class MarathonScheduler;
class PodScheduler;
class SchedulerApi;

// The simulated Marathon's /v2/pods (PodsResource): HEAD (pods are supported), list, create,
// get/update/delete one, ::status of one or all, ::versions, and killing instances.
class PodRoutes : public QObject {
    Q_OBJECT
public:
    using Reply = std::function<void(HttpResponder*, int, const QByteArray&, const HttpResponder::Headers&)>;
    PodRoutes(SchedulerApi* mesos, EventBus* events, MarathonScheduler* apps, Reply reply,
              QObject* parent = nullptr);

    // path: without a trailing slash, "/v2/pods" or below it.
    void handle(const HttpRequest& request, HttpResponder* responder, const QString& path);
    PodScheduler* scheduler() const { return m_scheduler; }

private:
    void create(const HttpRequest& request, HttpResponder* responder);
    void put(const HttpRequest& request, HttpResponder* responder, const QString& podId);
    void remove(const HttpRequest& request, HttpResponder* responder, const QString& podId);
    void versions(HttpResponder* responder, const QString& podId, const QString& version);
    void killInstances(const HttpRequest& request, HttpResponder* responder, const QString& podId,
                       const QString& instanceId);
    // Validates and normalizes the body; false once it has answered an error.
    bool checked(const HttpRequest& request, HttpResponder* responder, QJsonObject* pod);
    void publish(const HttpRequest& request, const char* eventType);
    void notFound(HttpResponder* responder, const QString& podId);

    EventBus* m_events;
    MarathonScheduler* m_apps;
    PodScheduler* m_scheduler;
    Reply m_reply;
};
