#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

class MarathonScheduler;
struct Deployment;
struct MarathonApp;
struct MarathonTask;

// Marathon's JSON for apps (with the embed options), tasks, deployments and queue entries.
class MarathonRenderer {
public:
    // embeds: "counts", "deployments", "tasks", "lastTaskFailure", "taskStats", "readiness".
    static QJsonObject app(const MarathonScheduler& scheduler, const MarathonApp& app, const QSet<QString>& embeds);
    static QJsonObject task(const MarathonTask& task);
    static QJsonObject deployment(const MarathonScheduler& scheduler, const Deployment& deployment);
    static QJsonObject queueEntry(const MarathonScheduler& scheduler, const MarathonApp& app,
                                  bool withUnusedOffers = false);
    static QJsonObject counts(const MarathonScheduler& scheduler, const QString& appId);
};
