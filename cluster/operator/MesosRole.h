#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Named amounts of scalar resources as /master/roles writes them ({"cpus":2.0,"mem":1024.0}).
// A name that is absent is zero in guarantees and allocations, and "no limit" in limits.
using ResourceQuantities = QMap<QString, double>;

// One role as the master's GET /master/roles describes it. Older masters leave fields out
// (allocated/offered/reserved and quota.consumed came with 1.9, quota with 1.3): the has*
// flags say what was reported, so nothing unknown is shown as zero.
struct MesosRole {
    QString name; // "a/b" for a nested role
    double weight = 1.0;
    QStringList frameworkIds;
    ResourceQuantities resources; // deprecated: allocated + offered (every version)
    bool hasBreakdown = false;    // allocated, offered and reserved were reported
    ResourceQuantities allocated;
    ResourceQuantities offered;
    ResourceQuantities reserved;
    bool hasQuota = false; // the quota object was reported
    bool hasConsumed = false;
    ResourceQuantities guarantee;
    ResourceQuantities limit;
    ResourceQuantities consumed;

    bool operator==(const MesosRole&) const = default;
};

// One role's quota as GET_QUOTA's status.configs[] (1.9+) or its deprecated infos[] (a
// guarantee, which then is the limit too) gives it.
struct QuotaConfig {
    QString role;
    ResourceQuantities guarantees;
    ResourceQuantities limits;
    bool operator==(const QuotaConfig&) const = default;
};
