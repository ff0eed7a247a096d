#include "AppsModel.h"
#include "BenchRegistry.h"
#include "BenchTiming.h"
#include "marathon/MarathonAppsParser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A /v2/apps answer with `count` apps in 50 groups, 3 labels and health checks each.
QByteArray syntheticApps(int count, int scaledEvery) {
    QJsonArray apps;
    for (int i = 0; i < count; ++i) {
        const int instances = (scaledEvery > 0 && i % scaledEvery == 0) ? 4 : 3;
        apps.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("/team%1/svc/app-%2").arg(i % 50).arg(i)},
                                {QStringLiteral("instances"), instances}, {QStringLiteral("cpus"), 0.5},
                                {QStringLiteral("mem"), 256}, {QStringLiteral("cmd"), QStringLiteral("./run --port $PORT0")},
                                {QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("web")},
                                                                       {QStringLiteral("team"), QStringLiteral("t%1").arg(i % 50)},
                                                                       {QStringLiteral("env"), QStringLiteral("prod")}}},
                                {QStringLiteral("healthChecks"), QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("HTTP")}}}},
                                {QStringLiteral("tasksRunning"), 3}, {QStringLiteral("tasksHealthy"), 3},
                                {QStringLiteral("tasksUnhealthy"), 0}, {QStringLiteral("tasksStaged"), 0},
                                {QStringLiteral("deployments"), QJsonArray{}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("apps"), apps}}).toJson(QJsonDocument::Compact);
}

} // namespace

// Parsing a 5,000-app /v2/apps answer (off the GUI thread in the app) and applying a poll to
// the apps tree. Baselines in the same run: QJsonDocument::fromJson of the same bytes (the
// parser's floor), and the first fill of the tree (what a reset per poll would cost).
MESOSDESK_BENCH(marathon_apps) {
    const int count = 5000;
    const QByteArray base = syntheticApps(count, 0);
    const QByteArray scaled = syntheticApps(count, 100); // 50 apps scaled between two polls
    const double jsonMs = medianMs(5, [&] { (void)QJsonDocument::fromJson(base); });
    const double parseMs = medianMs(5, [&] { (void)MarathonAppsParser::parseApps(base); });
    context.figure(QStringLiteral("marathon_apps_json_baseline_ms"), jsonMs);
    context.figure(QStringLiteral("marathon_apps_parse_ms"), parseMs);
    context.figure(QStringLiteral("marathon_apps_parse_ratio"), parseMs / jsonMs);
    const QList<MarathonApp> a = *MarathonAppsParser::parseApps(base);
    const QList<MarathonApp> b = *MarathonAppsParser::parseApps(scaled);
    const double fillMs = medianMs(3, [&] {
        AppsModel model;
        model.update(a, {});
    });
    AppsModel model;
    model.update(a, {});
    bool flip = false;
    const double pollMs = medianMs(5, [&] {
        model.update(flip ? a : b, {});
        flip = !flip;
    });
    context.figure(QStringLiteral("marathon_tree_fill_baseline_ms"), fillMs);
    context.figure(QStringLiteral("marathon_tree_poll_update_ms"), pollMs);
    context.figure(QStringLiteral("marathon_tree_poll_ratio"), pollMs / fillMs);
    return model.appCount() == count;
}
