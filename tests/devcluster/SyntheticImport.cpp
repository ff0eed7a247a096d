#include "SyntheticImport.h"

#include "SimCluster.h"
#include "SyntheticCluster.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalBlocker>

#include <utility>

namespace {
QString loopback(int index) {
    return QStringLiteral("127.%1.%2.%3").arg(1 + index / 65536).arg((index / 256) % 256).arg(index % 256);
}
} // namespace

void SyntheticImport::populate(SimCluster* cluster, int agents, int tasks) {
    // One bulk load: no per-record signals or scheduler callbacks, one "agents changed" at the end.
    const QSignalBlocker blocker(cluster);
    const std::function<void()> agentsChanged = std::exchange(cluster->onAgentsChanged, {});
    const auto restore = qScopeGuard([&] {
        cluster->onAgentsChanged = agentsChanged;
        if (agentsChanged)
            agentsChanged();
    });
    const QJsonObject state = QJsonDocument::fromJson(SyntheticCluster::masterState(agents, tasks)).object();
    const QJsonArray slaves = state.value(QStringLiteral("slaves")).toArray();
    for (qsizetype i = 0; i < slaves.size(); ++i) {
        const QJsonObject slave = slaves.at(i).toObject();
        const QJsonObject resources = slave.value(QStringLiteral("resources")).toObject();
        SimAgentRecord record;
        record.id = slave.value(QStringLiteral("id")).toString();
        record.hostname = loopback(int(i));
        record.port = 5051;
        record.workDir = QStringLiteral("/var/lib/mesos/agent");
        record.simulated = true;
        record.cpus = resources.value(QStringLiteral("cpus")).toDouble(32);
        record.mem = resources.value(QStringLiteral("mem")).toDouble(131072);
        record.disk = resources.value(QStringLiteral("disk")).toDouble(1048576);
        record.attributes = slave.value(QStringLiteral("attributes")).toObject();
        cluster->addAgent(record, nullptr);
    }
    for (const QJsonValue& value : state.value(QStringLiteral("frameworks")).toArray()) {
        const QJsonObject framework = value.toObject();
        QJsonArray capabilities;
        for (const QJsonValue& type : framework.value(QStringLiteral("capabilities")).toArray())
            capabilities.append(QJsonObject{{QStringLiteral("type"), type}});
        const QString id = cluster->registerFramework(
            QJsonObject{{QStringLiteral("id"), QJsonObject{{QStringLiteral("value"), framework.value(QStringLiteral("id"))}}},
                        {QStringLiteral("name"), framework.value(QStringLiteral("name"))},
                        {QStringLiteral("user"), framework.value(QStringLiteral("user"))},
                        {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("role"), framework.value(QStringLiteral("role"))},
                        {QStringLiteral("principal"), framework.value(QStringLiteral("principal"))},
                        {QStringLiteral("failover_timeout"), framework.value(QStringLiteral("failover_timeout"))},
                        {QStringLiteral("checkpoint"), framework.value(QStringLiteral("checkpoint"))},
                        {QStringLiteral("capabilities"), capabilities}});
        for (const QJsonValue& taskValue : framework.value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject task = taskValue.toObject();
            const QJsonObject resources = task.value(QStringLiteral("resources")).toObject();
            SimTaskSpec spec;
            spec.taskId = task.value(QStringLiteral("id")).toString();
            spec.name = task.value(QStringLiteral("name")).toString();
            spec.command = QStringLiteral("./run.sh");
            spec.cpus = resources.value(QStringLiteral("cpus")).toDouble();
            spec.mem = resources.value(QStringLiteral("mem")).toDouble();
            spec.disk = resources.value(QStringLiteral("disk")).toDouble();
            for (const QJsonValue& label : task.value(QStringLiteral("labels")).toArray())
                spec.labels.insert(label.toObject().value(QStringLiteral("key")).toString(),
                                   label.toObject().value(QStringLiteral("value")));
            cluster->addSyntheticTask(id, task.value(QStringLiteral("slave_id")).toString(), spec,
                                      task.value(QStringLiteral("state")).toString());
        }
    }
}
