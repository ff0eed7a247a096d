#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

class SimCluster;
struct SimAgentRecord;
struct SimFrameworkRecord;
struct SimTaskRecord;

// The leading master's v0 endpoints (/master/state, /state-summary, /frameworks, /slaves, /tasks,
// /metrics/snapshot, /version) in Mesos 1.11's shapes, written from SimCluster.
class MasterStateJson {
public:
    // masterInfo: the MasterInfo JSON this master wrote into ZooKeeper.
    MasterStateJson(const SimCluster& cluster, const QJsonObject& masterInfo, double startTime, double electedTime);

    QJsonObject state() const;
    QJsonObject stateSummary() const;
    QJsonObject frameworks(const QUrlQuery& query) const;
    QJsonObject slaves(const QUrlQuery& query) const;
    // limit (default 100), offset, order=asc|des; framework_id, task_id filters. Nullopt-like: error set on bad input.
    QJsonObject tasks(const QUrlQuery& query, QString* error) const;
    QJsonObject metrics() const;
    static QJsonObject version();
    QJsonObject flags() const;

    static QJsonObject taskJson(const SimTaskRecord& task);
    QJsonObject agentJson(const SimAgentRecord& agent) const;
    QJsonObject frameworkJson(const SimFrameworkRecord& framework) const;
    static QString v0Reason(const QString& v1Reason);

private:
    QJsonArray completedFrameworks(const QString& only) const; // only: one id, or empty for all
    QJsonObject taskCounters(const QString& agentId, const QString& frameworkId) const;

    const SimCluster& m_cluster;
    QJsonObject m_masterInfo;
    double m_startTime;
    double m_electedTime;
};
