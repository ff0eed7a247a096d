#include "SimRoles.h"

#include "SimCluster.h"
#include "SimRecords.h"

#include <QSet>
#include <cmath>

namespace {
QJsonObject toMap(const SimRoles::Quantities& amounts) {
    QJsonObject map;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        if (it.value() != 0) // Mesos leaves zero entries out
            map.insert(it.key(), it.value());
    return map;
}

QJsonObject toScalarMap(const SimRoles::Quantities& amounts) {
    QJsonObject map;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        map.insert(it.key(), QJsonObject{{QStringLiteral("value"), it.value()}});
    return map;
}

void addTo(SimRoles::Quantities* sum, const SimRoles::Quantities& amounts) {
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        (*sum)[it.key()] += it.value();
}

QJsonArray toResources(const SimRoles::Quantities& amounts, const QString& role) {
    QJsonArray resources;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        if (it.key() != QLatin1String("ports"))
            resources.append(
                QJsonObject{{QStringLiteral("name"), it.key()},
                            {QStringLiteral("role"), role},
                            {QStringLiteral("type"), QStringLiteral("SCALAR")},
                            {QStringLiteral("scalar"), QJsonObject{{QStringLiteral("value"), it.value()}}}});
    return resources;
}

// A map of Value.Scalar ({"cpus":{"value":1}}) as UPDATE_QUOTA sends it.
bool readScalarMap(const QJsonValue& value, SimRoles::Quantities* out, QString* error) {
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonValue scalar = it.value().toObject().value(QStringLiteral("value"));
        if (!scalar.isDouble()) {
            *error =
                QStringLiteral("Failed to convert JSON into Call protobuf: Missing required fields: value");
            return false;
        }
        out->insert(it.key(), scalar.toDouble());
    }
    return true;
}

QString frameworkRole(const QJsonObject& info) {
    const QJsonArray roles = info.value(QStringLiteral("roles")).toArray();
    if (!roles.isEmpty())
        return roles.first().toString();
    return info.value(QStringLiteral("role")).toString(QStringLiteral("*"));
}

// ResourceLimits::contains(quantities): every quantity is within its limit (no limit: any amount).
bool within(const SimRoles::Quantities& limits, const SimRoles::Quantities& amounts) {
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        if (limits.contains(it.key()) && it.value() > limits.value(it.key()))
            return false;
    return true;
}

// ResourceQuantities::contains(quantities): every quantity is at most what is there.
bool covers(const SimRoles::Quantities& have, const SimRoles::Quantities& amounts) {
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        if (it.value() > have.value(it.key(), 0))
            return false;
    return true;
}

SimRoles::Quantities nonZero(const SimRoles::Quantities& amounts) {
    SimRoles::Quantities out;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        if (it.value() != 0)
            out.insert(it.key(), it.value());
    return out;
}
} // namespace

QString SimRoles::quantitiesText(const Quantities& amounts) {
    if (amounts.isEmpty())
        return QStringLiteral("{}");
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts << it.key() + u':' + QString::number(it.value());
    return parts.join(QStringLiteral("; "));
}

QString SimRoles::validateRole(const QString& role) {
    if (role == QLatin1String("*"))
        return {};
    if (role.startsWith(u'/'))
        return QStringLiteral("Role '%1' cannot start with a slash").arg(role);
    if (role.endsWith(u'/'))
        return QStringLiteral("Role '%1' cannot end with a slash").arg(role);
    if (role.contains(QLatin1String("//")))
        return QStringLiteral("Role '%1' cannot contain two adjacent slashes").arg(role);
    const QStringList components = role.split(u'/', Qt::SkipEmptyParts);
    if (components.isEmpty())
        return QStringLiteral("Role names cannot be the empty string");
    for (const QString& component : components) {
        if (component == QLatin1String("."))
            return QStringLiteral("Role '%1' cannot include '.' as a component").arg(role);
        if (component == QLatin1String(".."))
            return QStringLiteral("Role '%1' cannot include '..' as a component").arg(role);
        if (component == QLatin1String("*"))
            return QStringLiteral("Role '%1' cannot include '*' as a component").arg(role);
        if (component.startsWith(u'-'))
            return QStringLiteral("Role component '%1' is invalid because it starts with a dash")
                .arg(component);
        for (const QChar c : component)
            if (QStringLiteral("\t\n\v\f\r \x7f").contains(c))
                return QStringLiteral(
                           "Role component '%1' is invalid because it contains backspace or whitespace")
                    .arg(component);
    }
    return {};
}

QMap<QString, SimRoles::Usage> SimRoles::usageByRole(const SimCluster& cluster) const {
    QMap<QString, Usage> usage;
    for (const QString& frameworkId : cluster.frameworkIds()) {
        const SimFrameworkRecord* framework = cluster.framework(frameworkId);
        Usage& role = usage[frameworkRole(framework->info)];
        role.frameworks.append(frameworkId);
        for (const QString& taskId : framework->taskIds) {
            const SimTaskRecord* task = cluster.task(taskId);
            role.allocated[QStringLiteral("cpus")] += task->spec.cpus;
            role.allocated[QStringLiteral("mem")] += task->spec.mem;
            role.allocated[QStringLiteral("disk")] += task->spec.disk;
            if (!task->ports.isEmpty())
                role.allocated[QStringLiteral("ports")] += double(task->ports.size());
        }
        for (const SimOfferRecord* offer : cluster.offersOf(frameworkId)) {
            role.offered[QStringLiteral("cpus")] += offer->cpus;
            role.offered[QStringLiteral("mem")] += offer->mem;
            role.offered[QStringLiteral("disk")] += offer->disk;
            role.offered[QStringLiteral("gpus")] += offer->gpus;
            role.offered[QStringLiteral("ports")] += double(offer->ports.size());
        }
        role.allocated = nonZero(role.allocated);
        role.offered = nonZero(role.offered);
    }
    return usage;
}

// master.cpp knownRoles(): roles with frameworks, allocations, weights or quota, and every
// ancestor of those (no --roles whitelist here); sorted, as Mesos's std::set.
QStringList SimRoles::knownRoles(const QMap<QString, Usage>& usage) const {
    QSet<QString> names;
    auto add = [&](QString name) {
        names.insert(name);
        for (qsizetype slash = name.lastIndexOf(u'/'); slash > 0; slash = name.lastIndexOf(u'/')) {
            name = name.left(slash);
            names.insert(name);
        }
    };
    for (auto it = usage.cbegin(); it != usage.cend(); ++it)
        add(it.key());
    for (auto it = m_quotas.cbegin(); it != m_quotas.cend(); ++it)
        add(it.key());
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        add(it.key());
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QJsonObject SimRoles::rolesJson(const SimCluster& cluster) const {
    const QMap<QString, Usage> usage = usageByRole(cluster);
    QJsonArray roles;
    for (const QString& name : knownRoles(usage)) {
        const Usage used = usage.value(name);
        // A parent's allocation and offers include its children's (the role tree's aggregation).
        Quantities allocated = used.allocated;
        Quantities offered = used.offered;
        for (auto it = usage.cbegin(); it != usage.cend(); ++it)
            if (it.key().startsWith(name + u'/')) {
                addTo(&allocated, it->allocated);
                addTo(&offered, it->offered);
            }
        Quantities allocatedAndOffered = allocated; // the deprecated "resources" (readonly_handler.cpp)
        addTo(&allocatedAndOffered, offered);
        const Quota quota = m_quotas.value(name);
        const QJsonObject quotaJson{{QStringLiteral("role"), name},
                                    {QStringLiteral("guarantee"), toMap(quota.guarantees)},
                                    {QStringLiteral("limit"), toMap(quota.limits)},
                                    {QStringLiteral("consumed"), toMap(allocated)}}; // no reservations
        roles.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("weight"), m_weights.value(name, 1.0)},
                                 {QStringLiteral("frameworks"), used.frameworks},
                                 {QStringLiteral("resources"), toMap(allocatedAndOffered)},
                                 {QStringLiteral("allocated"), toMap(allocated)},
                                 {QStringLiteral("offered"), toMap(offered)},
                                 {QStringLiteral("reserved"), QJsonObject()},
                                 {QStringLiteral("quota"), quotaJson}});
    }
    return {{QStringLiteral("roles"), roles}};
}

QJsonObject SimRoles::getRoles(const SimCluster& cluster) const {
    const QMap<QString, Usage> usage = usageByRole(cluster);
    QJsonArray roles;
    for (const QString& name : knownRoles(usage)) {
        const Usage used = usage.value(name);
        QJsonObject role{{QStringLiteral("name"), name},
                         {QStringLiteral("weight"), m_weights.value(name, 1.0)}};
        QJsonArray frameworks;
        for (const QJsonValue& id : used.frameworks)
            frameworks.append(QJsonObject{{QStringLiteral("value"), id}});
        if (!frameworks.isEmpty()) // protobuf JSON leaves empty repeated fields out
            role.insert(QStringLiteral("frameworks"), frameworks);
        Quantities allocatedAndOffered = used.allocated; // as /roles' "resources"
        addTo(&allocatedAndOffered, used.offered);
        const QJsonArray resources = toResources(allocatedAndOffered, name);
        if (!resources.isEmpty())
            role.insert(QStringLiteral("resources"), resources);
        roles.append(role);
    }
    QJsonObject body;
    if (!roles.isEmpty())
        body.insert(QStringLiteral("roles"), roles);
    return body;
}

QJsonObject SimRoles::quotaStatus() const {
    QJsonArray infos, configs;
    for (auto it = m_quotas.cbegin(); it != m_quotas.cend(); ++it) {
        QJsonArray guarantee;
        for (auto amount = it->guarantees.cbegin(); amount != it->guarantees.cend(); ++amount)
            guarantee.append(QJsonObject{
                {QStringLiteral("name"), amount.key()},
                {QStringLiteral("type"), QStringLiteral("SCALAR")},
                {QStringLiteral("scalar"), QJsonObject{{QStringLiteral("value"), amount.value()}}}});
        QJsonObject info{{QStringLiteral("role"), it.key()}};
        if (!guarantee.isEmpty())
            info.insert(QStringLiteral("guarantee"), guarantee);
        infos.append(info);
        QJsonObject config{{QStringLiteral("role"), it.key()}};
        if (!it->guarantees.isEmpty())
            config.insert(QStringLiteral("guarantees"), toScalarMap(it->guarantees));
        if (!it->limits.isEmpty())
            config.insert(QStringLiteral("limits"), toScalarMap(it->limits));
        configs.append(config);
    }
    QJsonObject status;
    if (!infos.isEmpty()) {
        status.insert(QStringLiteral("infos"), infos);
        status.insert(QStringLiteral("configs"), configs);
    }
    return status;
}

QJsonObject SimRoles::getQuota() const {
    return {{QStringLiteral("status"), quotaStatus()}};
}

QJsonArray SimRoles::weightInfos() const {
    QJsonArray infos;
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        infos.append(QJsonObject{{QStringLiteral("role"), it.key()}, {QStringLiteral("weight"), it.value()}});
    return infos;
}

QJsonObject SimRoles::getWeights() const {
    const QJsonArray infos = weightInfos();
    return infos.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("weight_infos"), infos}};
}

QString SimRoles::updateQuota(const QJsonObject& call, const SimCluster& cluster) {
    struct Config {
        QString role;
        Quota quota;
    };
    QList<Config> configs;
    for (const QJsonValue& value : call.value(QStringLiteral("quota_configs")).toArray()) {
        const QJsonObject object = value.toObject();
        Config config;
        config.role = object.value(QStringLiteral("role")).toString();
        QString error;
        if (!readScalarMap(object.value(QStringLiteral("guarantees")), &config.quota.guarantees, &error) ||
            !readScalarMap(object.value(QStringLiteral("limits")), &config.quota.limits, &error))
            return error;
        configs.append(config);
    }
    const QMap<QString, Usage> usage = usageByRole(cluster);
    for (const Config& config : std::as_const(configs)) {
        if (config.role.contains(u'/'))
            return QStringLiteral("Updating quota on nested role '%1' is not supported yet").arg(config.role);
        if (config.role.isEmpty())
            return QStringLiteral("Invalid QuotaConfig: 'QuotaConfig.role' must be set");
        if (const QString roleError = validateRole(config.role); !roleError.isEmpty())
            return QStringLiteral("Invalid QuotaConfig: Invalid 'QuotaConfig.role': ") + roleError;
        for (const auto* map : {&config.quota.guarantees, &config.quota.limits}) {
            const bool isGuarantee = map == &config.quota.guarantees;
            for (auto it = map->cbegin(); it != map->cend(); ++it) {
                const double v = it.value();
                const char* why = std::isinf(v)   ? "Infinite values not supported"
                                  : std::isnan(v) ? "NaN not supported"
                                  : v < 0         ? "Negative values not supported"
                                                  : nullptr;
                if (why)
                    return QStringLiteral("Invalid QuotaConfig: Invalid %1 configuration {'%2': %3}: %4")
                        .arg(isGuarantee ? QStringLiteral("guarantee") : QStringLiteral("limit"), it.key(),
                             QString::number(v), QString::fromLatin1(why));
            }
        }
        if (!within(config.quota.limits, config.quota.guarantees))
            return QStringLiteral(
                       "Invalid QuotaConfig: 'QuotaConfig.guarantees' %1 is not contained within the "
                       "'QuotaConfig.limits' %2")
                .arg(quantitiesText(config.quota.guarantees), quantitiesText(config.quota.limits));
    }
    const bool force = call.value(QStringLiteral("force")).toBool();
    for (const Config& config : std::as_const(configs)) {
        const Quantities consumed = usage.value(config.role).allocated;
        if (!force && !within(config.quota.limits, consumed))
            return QStringLiteral(
                       "Invalid QuotaConfig: Role '%1' is already consuming '%2'; this is more than the "
                       "requested limits '%3' (use 'force' flag to bypass this check)")
                .arg(config.role, quantitiesText(consumed), quantitiesText(config.quota.limits));
    }
    QMap<QString, Quota> after = m_quotas;
    for (const Config& config : std::as_const(configs))
        after.insert(config.role, config.quota);
    Quantities guarantees, capacity;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        for (auto amount = it->guarantees.cbegin(); amount != it->guarantees.cend(); ++amount)
            guarantees[amount.key()] += amount.value();
    for (const QString& agentId : cluster.agentIds()) {
        const SimAgentRecord* agent = cluster.agent(agentId);
        capacity[QStringLiteral("cpus")] += agent->cpus;
        capacity[QStringLiteral("mem")] += agent->mem;
        capacity[QStringLiteral("disk")] += agent->disk;
        if (agent->gpus > 0)
            capacity[QStringLiteral("gpus")] += agent->gpus;
    }
    if (!force && !covers(capacity, nonZero(guarantees)))
        return QStringLiteral(
                   "Invalid QuotaConfig: total quota guarantees '%1' exceed cluster capacity '%2' (use "
                   "'force' flag to bypass this check)")
            .arg(quantitiesText(nonZero(guarantees)), quantitiesText(capacity));
    // Empty guarantees and limits reset the role to the default (no quota).
    for (auto it = after.begin(); it != after.end();) {
        if (it->guarantees.isEmpty() && it->limits.isEmpty())
            it = after.erase(it);
        else
            ++it;
    }
    m_quotas = after;
    return {};
}

QString SimRoles::updateWeights(const QJsonArray& infos) {
    QMap<QString, double> updated;
    for (const QJsonValue& value : infos) {
        const QString role = value.toObject().value(QStringLiteral("role")).toString().trimmed();
        const double weight = value.toObject().value(QStringLiteral("weight")).toDouble();
        if (const QString error = validateRole(role); !error.isEmpty())
            return QStringLiteral("Failed to validate update weights request JSON: Invalid role '%1': %2")
                .arg(role, error);
        if (weight <= 0)
            return QStringLiteral(
                       "Failed to validate update weights request JSON for role '%1': Invalid weight '%2': "
                       "Weights must be positive")
                .arg(role, QString::number(weight));
        updated.insert(role, weight);
    }
    for (auto it = updated.cbegin(); it != updated.cend(); ++it)
        m_weights.insert(it.key(), it.value());
    return {};
}
