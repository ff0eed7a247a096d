#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

class SimCluster;

// Roles, quotas and weights of the simulated cluster, as a Mesos master keeps them (quotas and
// weights live in its registry, so they survive failover: one SimRoles per cluster, not per
// master). Allocations per role are computed from the live tasks of each role's frameworks;
// the devcluster has no reservations and makes no offers, so those are empty.
// Shapes and error texts follow src/master/{http,quota_handler,weights_handler,quota}.cpp.
class SimRoles {
public:
    using Quantities = QMap<QString, double>;
    struct Quota {
        Quantities guarantees;
        Quantities limits;
    };

    // GET /master/roles (1.9+ shape: allocated/offered/reserved and quota with consumed).
    QJsonObject rolesJson(const SimCluster& cluster) const;
    // v1 GET_ROLES body: name, weight, frameworks as ids, resources as Resource arrays, no quota.
    QJsonObject getRoles(const SimCluster& cluster) const;
    // v1 GET_QUOTA body ({"status":{infos, configs}}) and v0 GET /master/quota ({infos, configs}).
    QJsonObject getQuota() const;
    QJsonObject quotaStatus() const;
    // v1 GET_WEIGHTS body and v0 GET /master/weights (an array of WeightInfo).
    QJsonObject getWeights() const;
    QJsonArray weightInfos() const;

    // UPDATE_QUOTA's "update_quota" object: empty on success (applied), else the master's 400 text.
    QString updateQuota(const QJsonObject& call, const SimCluster& cluster);
    // UPDATE_WEIGHTS's weight_infos (and the v0 PUT body): empty on success, else the 400 text.
    QString updateWeights(const QJsonArray& infos);

    const QMap<QString, Quota>& quotas() const { return m_quotas; }

    // Mesos's spelling of a quantity set in its messages: "cpus:2; mem:1024", "{}" when empty.
    static QString quantitiesText(const Quantities& amounts);
    // roles::validate (src/common/roles.cpp): empty when the name is valid.
    static QString validateRole(const QString& role);

private:
    struct Usage {
        Quantities allocated;
        Quantities offered; // the outstanding offers to the role's frameworks
        QJsonArray frameworks;
    };
    QMap<QString, Usage> usageByRole(const SimCluster& cluster) const;
    QStringList knownRoles(const QMap<QString, Usage>& usage) const;

    QMap<QString, Quota> m_quotas;
    QMap<QString, double> m_weights;
};
