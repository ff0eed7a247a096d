#include "AgentDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <cmath>

namespace {
// v0 times are seconds (a float), v1 times {"nanoseconds": N}; a negative or odd value is unknown.
double timeOf(const QJsonValue& v) {
    double seconds = 0;
    if (v.isDouble())
        seconds = v.toDouble();
    else if (v.isObject())
        seconds = v.toObject().value(QLatin1String("nanoseconds")).toDouble() / 1e9;
    return std::isfinite(seconds) && seconds > 0 ? seconds : 0;
}

double durationOf(const QJsonValue& v) {
    if (!v.isObject())
        return -1;
    const double seconds = v.toObject().value(QLatin1String("nanoseconds")).toDouble(-1e9) / 1e9;
    return std::isfinite(seconds) && seconds >= 0 ? seconds : -1;
}

double scalar(const QJsonValue& v) {
    const double d = v.isObject() ? v.toObject().value(QLatin1String("value")).toDouble() : v.toDouble();
    return std::isfinite(d) ? d : 0;
}

void addScalar(MesosResources& r, const QString& name, double value) {
    if (name == QLatin1String("cpus"))
        r.cpus += value;
    else if (name == QLatin1String("mem"))
        r.mem += value;
    else if (name == QLatin1String("disk"))
        r.disk += value;
    else if (name == QLatin1String("gpus"))
        r.gpus += value;
}

// "[a-b, c-d]" as the v0 endpoints print ports, joined to what is there already.
void addPorts(MesosResources& r, const QString& ranges) {
    QString inner = ranges.trimmed();
    if (inner.startsWith(u'[') && inner.endsWith(u']'))
        inner = inner.mid(1, inner.size() - 2);
    if (inner.trimmed().isEmpty())
        return;
    r.ports = r.ports.isEmpty() ? QString(u'[' + inner + u']')
                                : QString(r.ports.chopped(1) + QStringLiteral(", ") + inner + u']');
}

QString rangesText(const QJsonValue& v) {
    QStringList parts;
    for (const QJsonValue range : v.toObject().value(QLatin1String("range")).toArray()) {
        const QJsonObject o = range.toObject();
        parts << QStringLiteral("%1-%2")
                     .arg(qint64(o.value(QLatin1String("begin")).toDouble()))
                     .arg(qint64(o.value(QLatin1String("end")).toDouble()));
    }
    return QString(u'[' + parts.join(QStringLiteral(", ")) + u']');
}

// A v0 map ({"cpus":4,"ports":"[1-2]"}).
MesosResources fromMap(const QJsonObject& map) {
    MesosResources r;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it.key() == QLatin1String("ports"))
            addPorts(r, it.value().toString());
        else
            addScalar(r, it.key(), scalar(it.value()));
    }
    return r;
}

void addV1(MesosResources& r, const QJsonObject& resource) {
    const QString name = resource.value(QLatin1String("name")).toString();
    if (name == QLatin1String("ports"))
        addPorts(r, rangesText(resource.value(QLatin1String("ranges"))));
    else
        addScalar(r, name, scalar(resource.value(QLatin1String("scalar"))));
}

// The role a v1 resource is reserved for: the last of its reservations (1.4+ refinements), else
// its pre-1.4 "role"; empty when unreserved ("*").
QString reservedRole(const QJsonObject& resource) {
    const QJsonArray reservations = resource.value(QLatin1String("reservations")).toArray();
    QString role = reservations.isEmpty()
                       ? resource.value(QLatin1String("role")).toString()
                       : reservations.last().toObject().value(QLatin1String("role")).toString();
    return role == QLatin1String("*") ? QString() : role;
}

MesosResources resourcesOf(const QJsonValue& v) {
    if (v.isObject())
        return fromMap(v.toObject());
    MesosResources r;
    for (const QJsonValue item : v.toArray())
        addV1(r, item.toObject());
    return r;
}

void readReserved(const QJsonObject& agent, AgentDetails& d) {
    QMap<QString, MesosResources> byRole;
    const QJsonValue v0 = agent.value(QLatin1String("reserved_resources"));
    if (v0.isObject()) { // {"role": {"cpus": 1, ...}}
        d.hasReserved = true;
        const QJsonObject roles = v0.toObject();
        for (auto it = roles.constBegin(); it != roles.constEnd(); ++it)
            if (it.value().isObject() && !it.key().isEmpty()) {
                MesosResources& r = byRole[it.key()];
                const MesosResources more = fromMap(it.value().toObject());
                r += more;
                addPorts(r, more.ports);
            }
    } else if (const QJsonValue total = agent.value(QLatin1String("total_resources")); total.isArray()) {
        d.hasReserved = true; // v1: each resource says whether it is reserved
        for (const QJsonValue item : total.toArray()) {
            const QJsonObject resource = item.toObject();
            if (const QString role = reservedRole(resource); !role.isEmpty()) {
                MesosResources& r = byRole[role];
                addV1(r, resource);
            }
        }
    }
    for (auto it = byRole.constBegin(); it != byRole.constEnd(); ++it) {
        d.reservedByRole.append({it.key(), it.value()});
        d.reserved += it.value();
        addPorts(d.reserved, it.value().ports);
    }
}

void readDrain(const QJsonObject& agent, AgentDetails& d) {
    if (const QJsonValue deactivated = agent.value(QLatin1String("deactivated")); deactivated.isBool()) {
        d.hasDeactivated = true;
        d.deactivated = deactivated.toBool();
    }
    const QJsonObject drain = agent.value(QLatin1String("drain_info")).toObject();
    d.drainState = drain.value(QLatin1String("state")).toString();
    const QJsonObject config = drain.value(QLatin1String("config")).toObject();
    d.drainMarkGone = config.value(QLatin1String("mark_gone")).toBool();
    d.drainMaxGraceSeconds = durationOf(config.value(QLatin1String("max_grace_period")));
}
} // namespace

AgentDetails AgentDetails::parse(const QByteArray& agentJson, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(agentJson, &parseError);
    AgentDetails d;
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a JSON object");
        return d;
    }
    const QJsonObject agent = doc.object();
    // v1 nests what v0 has at the top in agent_info.
    const QJsonObject info = agent.value(QLatin1String("agent_info")).toObject();
    d.registeredTime = timeOf(agent.value(QLatin1String("registered_time")));
    d.reregisteredTime = timeOf(agent.value(QLatin1String("reregistered_time")));
    readReserved(agent, d);
    if (const QJsonValue offered = agent.value(QLatin1String("offered_resources"));
        offered.isObject() || offered.isArray()) {
        d.hasOffered = true;
        d.offered = resourcesOf(offered);
    }
    QJsonArray capabilities = agent.value(QLatin1String("capabilities")).toArray();
    for (const QJsonValue c : capabilities) // v0: ["MULTI_ROLE"], v1: [{"type":"MULTI_ROLE"}]
        d.capabilities << (c.isObject() ? c.toObject().value(QLatin1String("type")).toString()
                                        : c.toString());
    d.capabilities.removeAll(QString());
    const QJsonObject domain = (info.isEmpty() ? agent : info).value(QLatin1String("domain")).toObject();
    const QJsonObject fault = domain.value(QLatin1String("fault_domain")).toObject();
    d.region = fault.value(QLatin1String("region")).toObject().value(QLatin1String("name")).toString();
    d.zone = fault.value(QLatin1String("zone")).toObject().value(QLatin1String("name")).toString();
    readDrain(agent, d);
    return d;
}
