#pragma once

#include <QJsonObject>
#include <QList>

class SimCluster;
struct SimTaskRecord;

// An agent's /slave(1)/state in Mesos 1.11's shape: frameworks and completed_frameworks, each
// with executors and completed_executors carrying their sandbox `directory`.
class AgentStateJson {
public:
    AgentStateJson(const SimCluster& cluster, const QString& agentId, const QString& masterHostname);

    QJsonObject state() const;
    QJsonObject flags() const; // also GET /flags and /slave(1)/flags, as {"flags": ...}
    static QJsonObject executorJson(const SimTaskRecord& task, bool completed);
    static QJsonObject groupExecutorJson(const QList<const SimTaskRecord*>& tasks, bool completed);

private:
    const SimCluster& m_cluster;
    QString m_agentId;
    QString m_masterHostname;
};
