#pragma once

#include <QJsonObject>

class SimCluster;
struct SimAgentRecord;
struct SimFrameworkRecord;
struct SimOfferRecord;
struct SimTaskRecord;

// The v1 operator API (POST /api/v1) in Mesos's protobuf-JSON: ids as {"value": ...}, times as
// {"nanoseconds": ...}, resources as arrays, and empty repeated fields left out.
class OperatorApiJson {
public:
    OperatorApiJson(const SimCluster& cluster, const QJsonObject& masterInfo, double startTime, double electedTime);

    // The answer to one call, or an empty object when the type is not supported.
    QJsonObject response(const QString& type) const;

    QJsonObject getState() const;
    QJsonObject agentJson(const SimAgentRecord& agent) const;
    QJsonObject frameworkJson(const SimFrameworkRecord& framework) const;
    QJsonObject offerJson(const SimOfferRecord& offer) const;
    static QJsonObject taskJson(const SimTaskRecord& task, const QString& user = QStringLiteral("root"));
    static QJsonObject statusJson(const SimTaskRecord& task, qsizetype index);
    // drain_info {state, config{mark_gone, max_grace_period?}}, as v0 and v1 write it.
    static QJsonObject drainInfo(const SimAgentRecord& agent);

    // Events of the SUBSCRIBE stream.
    QJsonObject subscribed(int heartbeatSeconds) const;
    static QJsonObject taskAdded(const SimTaskRecord& task, const QString& user);
    static QJsonObject taskUpdated(const SimTaskRecord& task);
    QJsonObject agentAdded(const SimAgentRecord& agent) const;
    static QJsonObject agentRemoved(const QString& agentId);
    QJsonObject frameworkAdded(const SimFrameworkRecord& framework) const;
    QJsonObject frameworkUpdated(const SimFrameworkRecord& framework) const;
    QJsonObject frameworkRemoved(const SimFrameworkRecord& framework) const;
    static QJsonObject heartbeat();

    static QJsonObject id(const QString& value);
    static QJsonObject time(double secondsSinceEpoch);

private:
    const SimCluster& m_cluster;
    QJsonObject m_masterInfo;
    double m_startTime;
    double m_electedTime;
};
