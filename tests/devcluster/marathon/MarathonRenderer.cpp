#include "MarathonRenderer.h"

#include "Deployment.h"
#include "MarathonApp.h"
#include "MarathonJson.h"
#include "MarathonScheduler.h"
#include "MarathonTask.h"

#include "core/Clock.h"

#include <QJsonArray>

#include <algorithm>

namespace {
QJsonObject statsFor(const QList<MarathonTask>& tasks)
{
    int staged = 0, running = 0, healthy = 0, unhealthy = 0;
    QList<double> lifetimes;
    const QDateTime now = Clock::currentDateTimeUtc();
    for (const MarathonTask& task : tasks) {
        if (task.isRunning())
            ++running;
        else
            ++staged;
        healthy += (!task.health.isEmpty() && task.isHealthy()) ? 1 : 0;
        unhealthy += task.isUnhealthy() ? 1 : 0;
        if (task.startedAt.isValid())
            lifetimes << task.startedAt.msecsTo(now) / 1000.0;
    }
    QJsonObject stats{{QStringLiteral("counts"), QJsonObject{{QStringLiteral("staged"), staged},
                                                             {QStringLiteral("running"), running},
                                                             {QStringLiteral("healthy"), healthy},
                                                             {QStringLiteral("unhealthy"), unhealthy}}}};
    if (!lifetimes.isEmpty()) {
        std::sort(lifetimes.begin(), lifetimes.end());
        double sum = 0;
        for (double l : lifetimes)
            sum += l;
        const qsizetype n = lifetimes.size();
        const double median = n % 2 ? lifetimes.at(n / 2) : (lifetimes.at(n / 2 - 1) + lifetimes.at(n / 2)) / 2;
        stats.insert(QStringLiteral("lifeTime"), QJsonObject{{QStringLiteral("averageSeconds"), sum / double(n)},
                                                            {QStringLiteral("medianSeconds"), median}});
    }
    return {{QStringLiteral("stats"), stats}};
}
} // namespace

QJsonObject MarathonRenderer::counts(const MarathonScheduler& scheduler, const QString& appId)
{
    int staged = 0, running = 0, healthy = 0, unhealthy = 0;
    for (const MarathonTask& task : scheduler.tasksOf(appId)) {
        if (task.isRunning())
            ++running;
        else if (task.state == QLatin1String("TASK_STAGING") || task.state == QLatin1String("TASK_STARTING"))
            ++staged;
        healthy += (!task.health.isEmpty() && task.isHealthy()) ? 1 : 0;
        unhealthy += task.isUnhealthy() ? 1 : 0;
    }
    return {{QStringLiteral("tasksStaged"), staged}, {QStringLiteral("tasksRunning"), running},
            {QStringLiteral("tasksHealthy"), healthy}, {QStringLiteral("tasksUnhealthy"), unhealthy}};
}

QJsonObject MarathonRenderer::app(const MarathonScheduler& scheduler, const MarathonApp& app, const QSet<QString>& embeds)
{
    QJsonObject out = app.definition;
    const QString appId = app.id();
    if (embeds.contains(QStringLiteral("counts"))) {
        const QJsonObject c = counts(scheduler, appId);
        for (auto it = c.begin(); it != c.end(); ++it)
            out.insert(it.key(), it.value());
    }
    if (embeds.contains(QStringLiteral("deployments")) || embeds.contains(QStringLiteral("tasks"))) {
        QJsonArray deployments;
        for (const QString& id : scheduler.deploymentIdsFor(appId))
            deployments.append(QJsonObject{{QStringLiteral("id"), id}});
        out.insert(QStringLiteral("deployments"), deployments);
    }
    if (embeds.contains(QStringLiteral("tasks"))) {
        QJsonArray tasks;
        for (const MarathonTask& t : scheduler.tasksOf(appId))
            tasks.append(MarathonRenderer::task(t));
        out.insert(QStringLiteral("tasks"), tasks);
    }
    if (embeds.contains(QStringLiteral("lastTaskFailure")) && !app.lastTaskFailure.isEmpty())
        out.insert(QStringLiteral("lastTaskFailure"), app.lastTaskFailure);
    if (embeds.contains(QStringLiteral("taskStats"))) {
        const QList<MarathonTask> all = scheduler.tasksOf(appId);
        QList<MarathonTask> latest, outdated, afterScaling;
        const QDateTime lastScaling = QDateTime::fromString(
            app.definition.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("lastScalingAt")).toString(),
            Qt::ISODateWithMs);
        const QString lastConfig = app.definition.value(QLatin1String("versionInfo")).toObject()
                                       .value(QLatin1String("lastConfigChangeAt")).toString();
        for (const MarathonTask& task : all) {
            const QString taskConfig = app.versions.value(task.version).value(QLatin1String("versionInfo")).toObject()
                                           .value(QLatin1String("lastConfigChangeAt")).toString();
            (taskConfig == lastConfig ? latest : outdated).append(task);
            if (task.stagedAt >= lastScaling)
                afterScaling.append(task);
        }
        QJsonObject stats;
        if (!afterScaling.isEmpty())
            stats.insert(QStringLiteral("startedAfterLastScaling"), statsFor(afterScaling));
        if (!latest.isEmpty())
            stats.insert(QStringLiteral("withLatestConfig"), statsFor(latest));
        if (!outdated.isEmpty())
            stats.insert(QStringLiteral("withOutdatedConfig"), statsFor(outdated));
        if (!all.isEmpty())
            stats.insert(QStringLiteral("totalSummary"), statsFor(all));
        out.insert(QStringLiteral("tasksStats"), stats);
    }
    if (embeds.contains(QStringLiteral("readiness")))
        out.insert(QStringLiteral("readinessCheckResults"), scheduler.readinessResultsOf(appId));
    return out;
}

QJsonObject MarathonRenderer::task(const MarathonTask& task)
{
    QJsonArray ports;
    for (int port : task.ports)
        ports.append(port);
    QJsonArray servicePorts;
    for (int port : task.servicePorts)
        servicePorts.append(port);
    QJsonObject out{{QStringLiteral("id"), task.id},
                    {QStringLiteral("appId"), task.appId},
                    {QStringLiteral("host"), task.host},
                    {QStringLiteral("ipAddresses"), QJsonArray{QJsonObject{{QStringLiteral("ipAddress"), task.host},
                                                                           {QStringLiteral("protocol"), QStringLiteral("IPv4")}}}},
                    {QStringLiteral("ports"), ports},
                    {QStringLiteral("servicePorts"), servicePorts},
                    {QStringLiteral("slaveId"), task.agentId},
                    {QStringLiteral("state"), task.state},
                    {QStringLiteral("stagedAt"), MarathonJson::timestamp(task.stagedAt)},
                    {QStringLiteral("version"), task.version},
                    {QStringLiteral("localVolumes"), QJsonArray()},
                    {QStringLiteral("role"), QStringLiteral("*")}};
    if (task.startedAt.isValid())
        out.insert(QStringLiteral("startedAt"), MarathonJson::timestamp(task.startedAt));
    if (!task.health.isEmpty()) {
        QJsonArray results;
        for (const HealthCheckResult& result : task.health) {
            if (!result.hasResult)
                continue;
            const auto stamp = [](const QDateTime& t) { return t.isValid() ? QJsonValue(MarathonJson::timestamp(t)) : QJsonValue(); };
            QJsonObject r{{QStringLiteral("alive"), result.alive},
                          {QStringLiteral("consecutiveFailures"), result.consecutiveFailures},
                          {QStringLiteral("firstSuccess"), stamp(result.firstSuccess)},
                          {QStringLiteral("lastFailure"), stamp(result.lastFailure)},
                          {QStringLiteral("lastSuccess"), stamp(result.lastSuccess)},
                          {QStringLiteral("lastFailureCause"), result.lastFailureCause.isEmpty() ? QJsonValue()
                                                                                                 : QJsonValue(result.lastFailureCause)},
                          {QStringLiteral("instanceId"), task.id}};
            results.append(r);
        }
        out.insert(QStringLiteral("healthCheckResults"), results);
    }
    return out;
}

QJsonObject MarathonRenderer::deployment(const MarathonScheduler& scheduler, const Deployment& deployment)
{
    Q_UNUSED(scheduler)
    QJsonArray steps;
    for (const auto& step : deployment.steps) {
        QJsonArray actions;
        for (const Deployment::Action& action : step)
            actions.append(QJsonObject{{QStringLiteral("action"), action.action}, {QStringLiteral("app"), action.appId}});
        steps.append(QJsonObject{{QStringLiteral("actions"), actions}});
    }
    QJsonArray current;
    for (const Deployment::Action& action : deployment.steps.value(deployment.currentStep)) {
        QJsonArray readiness;
        for (auto it = deployment.readiness.begin(); it != deployment.readiness.end(); ++it)
            if (it->appId == action.appId && !it->result.isEmpty())
                readiness.append(it->result);
        current.append(QJsonObject{{QStringLiteral("action"), action.action},
                                   {QStringLiteral("app"), action.appId},
                                   {QStringLiteral("readinessCheckResults"), readiness}});
    }
    QJsonArray affected;
    for (const QString& appId : deployment.affectedApps)
        affected.append(appId);
    return {{QStringLiteral("id"), deployment.id},
            {QStringLiteral("version"), deployment.version},
            {QStringLiteral("affectedApps"), affected},
            {QStringLiteral("affectedPods"), QJsonArray()},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("currentActions"), current},
            {QStringLiteral("currentStep"), deployment.currentStep + 1},
            {QStringLiteral("totalSteps"), int(deployment.steps.size())}};
}

QJsonObject MarathonRenderer::queueEntry(const MarathonScheduler& scheduler, const MarathonApp& app,
                                         bool withUnusedOffers) {
    // As LaunchStats.queueDelay: whole seconds, truncated; overdue only once the deadline is a
    // full second past (or there is no delay).
    const QDateTime now = Clock::currentDateTimeUtc();
    const qint64 leftMs = app.delayUntil.isValid() ? now.msecsTo(app.delayUntil) : 0;
    const bool overdue = !app.delayUntil.isValid() || leftMs / 1000 < 0;
    QJsonObject entry{
        {QStringLiteral("app"), MarathonRenderer::app(scheduler, app, {})},
        {QStringLiteral("count"), scheduler.pendingLaunches(app.id())},
        {QStringLiteral("role"), QStringLiteral("*")},
        {QStringLiteral("delay"),
         QJsonObject{{QStringLiteral("timeLeftSeconds"), qMax<qint64>(0, leftMs / 1000)},
                     {QStringLiteral("overdue"), overdue}}},
        {QStringLiteral("since"), MarathonJson::timestamp(app.queuedSince.isValid() ? app.queuedSince : now)},
        {QStringLiteral("processedOffersSummary"), scheduler.launchQueue().processedOffersSummary(app.id())}};
    if (withUnusedOffers)
        entry.insert(QStringLiteral("lastUnusedOffers"), scheduler.launchQueue().lastUnusedOffers(app.id()));
    return entry;
}
