#include "BenchRegistry.h"
#include "BenchTiming.h"
#include "marathon/MarathonPodParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A /v2/pods/::status answer: `count` pods of two containers, two instances each, with
// endpoints, conditions and one termination.
QByteArray syntheticPodStatuses(int count) {
    QJsonArray pods;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("/team%1/pod-%2").arg(i % 50).arg(i);
        QJsonArray specContainers, instances;
        for (const char* name : {"web", "sidecar"})
            specContainers.append(
                QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                            {QStringLiteral("resources"),
                             QJsonObject{{QStringLiteral("cpus"), 0.25}, {QStringLiteral("mem"), 128}}},
                            {QStringLiteral("exec"),
                             QJsonObject{{QStringLiteral("command"),
                                          QJsonObject{{QStringLiteral("shell"), QStringLiteral("./run")}}}}},
                            {QStringLiteral("endpoints"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("http")},
                                                    {QStringLiteral("hostPort"), 0}}}}});
        for (int n = 0; n < 2; ++n) {
            const QString instance = QStringLiteral("team_pod-%1.instance-%2").arg(i).arg(n);
            QJsonArray containers;
            for (const char* name : {"web", "sidecar"})
                containers.append(QJsonObject{
                    {QStringLiteral("name"), QLatin1String(name)},
                    {QStringLiteral("status"), QStringLiteral("TASK_RUNNING")},
                    {QStringLiteral("statusSince"), QStringLiteral("2026-11-30T09:00:00.000Z")},
                    {QStringLiteral("containerId"), QString(instance + u'.' + QLatin1String(name))},
                    {QStringLiteral("endpoints"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("http")},
                                            {QStringLiteral("allocatedHostPort"), 31000 + n}}}},
                    {QStringLiteral("resources"),
                     QJsonObject{{QStringLiteral("cpus"), 0.25}, {QStringLiteral("mem"), 128}}},
                    {QStringLiteral("conditions"), QJsonArray{}},
                    {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-30T09:05:00.000Z")},
                    {QStringLiteral("lastChanged"), QStringLiteral("2026-11-30T09:00:00.000Z")}});
            instances.append(
                QJsonObject{{QStringLiteral("id"), instance},
                            {QStringLiteral("status"), QStringLiteral("STABLE")},
                            {QStringLiteral("statusSince"), QStringLiteral("2026-11-30T09:00:00.000Z")},
                            {QStringLiteral("conditions"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("healthy")},
                                                    {QStringLiteral("value"), QStringLiteral("true")}}}},
                            {QStringLiteral("agentHostname"), QStringLiteral("agent-%1.example").arg(n)},
                            {QStringLiteral("agentId"), QStringLiteral("a%1-S0").arg(n)},
                            {QStringLiteral("resources"),
                             QJsonObject{{QStringLiteral("cpus"), 0.6}, {QStringLiteral("mem"), 288}}},
                            {QStringLiteral("containers"), containers},
                            {QStringLiteral("specReference"),
                             QStringLiteral("/v2/pods%1::versions/2026-11-30T09:00:00.000Z").arg(id)},
                            {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-30T09:05:00.000Z")},
                            {QStringLiteral("lastChanged"), QStringLiteral("2026-11-30T09:00:00.000Z")},
                            {QStringLiteral("role"), QStringLiteral("*")}});
        }
        pods.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("id"), id},
                 {QStringLiteral("version"), QStringLiteral("2026-11-30T09:00:00.000Z")},
                 {QStringLiteral("labels"),
                  QJsonObject{{QStringLiteral("team"), QStringLiteral("t%1").arg(i % 50)}}},
                 {QStringLiteral("containers"), specContainers},
                 {QStringLiteral("scaling"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("fixed")},
                                                         {QStringLiteral("instances"), 2}}}}},
            {QStringLiteral("status"), QStringLiteral("STABLE")},
            {QStringLiteral("statusSince"), QStringLiteral("2026-11-30T09:00:00.000Z")},
            {QStringLiteral("instances"), instances},
            {QStringLiteral("terminationHistory"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("instanceID"), QStringLiteral("old-%1").arg(i)},
                             {QStringLiteral("startedAt"), QStringLiteral("2026-11-30T08:00:00.000Z")},
                             {QStringLiteral("terminatedAt"), QStringLiteral("2026-11-30T08:59:00.000Z")}}}},
            {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-30T09:05:00.000Z")},
            {QStringLiteral("lastChanged"), QStringLiteral("2026-11-30T09:00:00.000Z")}});
    }
    return QJsonDocument(pods).toJson(QJsonDocument::Compact);
}
} // namespace

// Parsing a 1,000-pod /v2/pods/::status answer (off the GUI thread in the app) against
// QJsonDocument::fromJson of the same bytes (which builds nothing the console can use yet).
MESOSDESK_BENCH(marathon_pods) {
    const QByteArray body = syntheticPodStatuses(1000);
    const double jsonMs = medianMs(5, [&] { (void)QJsonDocument::fromJson(body); });
    const double parseMs = medianMs(5, [&] { (void)MarathonPodParser::parseStatuses(body); });
    const auto pods = MarathonPodParser::parseStatuses(body);
    context.figure(QStringLiteral("marathon_pods_json_baseline_ms"), jsonMs);
    context.figure(QStringLiteral("marathon_pods_parse_ms"), parseMs);
    context.figure(QStringLiteral("marathon_pods_parse_ratio"), parseMs / jsonMs);
    return pods && pods->size() == 1000 && pods->first().instanceStatus.size() == 2;
}
