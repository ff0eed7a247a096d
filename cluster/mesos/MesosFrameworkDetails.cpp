#include "MesosFrameworkDetails.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <simdjson.h>
#include <string_view>

namespace od = simdjson::ondemand;

namespace {

// v0 seconds (a double), v1 {"nanoseconds": N} (a number or, from protobuf's JSON, a string).
double secondsOf(const QJsonValue& v) {
    if (v.isObject()) {
        const QJsonValue ns = v.toObject().value(QLatin1String("nanoseconds"));
        return (ns.isString() ? ns.toString().toDouble() : ns.toDouble()) / 1e9;
    }
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}

void add(MesosResources& r, const QString& name, double amount) {
    if (name == u"cpus")
        r.cpus += amount;
    else if (name == u"mem")
        r.mem += amount;
    else if (name == u"disk")
        r.disk += amount;
    else if (name == u"gpus")
        r.gpus += amount;
}

bool isReserved(const QJsonObject& resource) {
    if (!resource.value(QLatin1String("reservations")).toArray().isEmpty())
        return true;                                               // 1.9+: the reservation stack
    const QJsonValue role = resource.value(QLatin1String("role")); // before: a role other than "*"
    return role.isString() && role.toString() != u"*";
}

// A v0 map {"cpus": 1, ...} or a v1 array [{"name": "cpus", "scalar": {"value": 1}}, ...];
// reserved, when given, collects the v1 items that sit on a reservation.
std::optional<MesosResources> resourcesOf(const QJsonValue& v,
                                          std::optional<MesosResources>* reserved = nullptr) {
    MesosResources r;
    if (v.isObject()) {
        const QJsonObject map = v.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            if (it.value().isDouble())
                add(r, it.key(), it.value().toDouble());
        return r;
    }
    if (!v.isArray())
        return std::nullopt;
    MesosResources onReservations;
    for (const QJsonValue& item : v.toArray()) {
        const QJsonObject resource = item.toObject();
        const QString name = resource.value(QLatin1String("name")).toString();
        const double amount =
            resource.value(QLatin1String("scalar")).toObject().value(QLatin1String("value")).toDouble();
        add(r, name, amount);
        if (isReserved(resource))
            add(onReservations, name, amount);
    }
    if (reserved)
        *reserved = onReservations;
    return r;
}

void readInfo(const QJsonObject& o, MesosFrameworkDetails& d) {
    if (const QJsonValue v = o.value(QLatin1String("principal")); v.isString())
        d.principal = v.toString();
    QStringList roles;
    for (const QJsonValue& role : o.value(QLatin1String("roles")).toArray())
        if (role.isString())
            roles << role.toString();
    if (const QJsonValue role = o.value(QLatin1String("role")); roles.isEmpty() && role.isString())
        roles << role.toString(); // deprecated by MULTI_ROLE, still the one role of the others
    if (!roles.isEmpty())
        d.roles = roles;
    if (const QJsonValue v = o.value(QLatin1String("capabilities")); v.isArray()) {
        d.capabilities.clear();
        d.capabilitiesReported = true;
        for (const QJsonValue& capability : v.toArray()) {
            // v0 writes the names, v1 the Capability messages.
            const QString name = capability.isObject()
                                     ? capability.toObject().value(QLatin1String("type")).toString()
                                     : capability.toString();
            if (!name.isEmpty())
                d.capabilities << name;
        }
    }
    if (const QJsonValue v = o.value(QLatin1String("failover_timeout")); v.isDouble())
        d.failoverTimeout = v.toDouble();
    if (const QJsonValue v = o.value(QLatin1String("checkpoint")); v.isBool())
        d.checkpoint = v.toBool();
}

} // namespace

std::optional<MesosFrameworkDetails> MesosFrameworkDetails::fromGetFrameworks(const QByteArray& answer,
                                                                              const QString& frameworkId) {
    const QJsonObject root = QJsonDocument::fromJson(answer).object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("GET_FRAMEWORKS"))
        return std::nullopt;
    const QJsonArray frameworks =
        root.value(QLatin1String("get_frameworks")).toObject().value(QLatin1String("frameworks")).toArray();
    for (const QJsonValue& value : frameworks) {
        const QJsonObject framework = value.toObject();
        const QString id = framework.value(QLatin1String("framework_info"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toObject()
                               .value(QLatin1String("value"))
                               .toString();
        if (id == frameworkId)
            return fromJson(framework);
    }
    return std::nullopt;
}

MesosFrameworkDetails MesosFrameworkDetails::fromJson(const QJsonObject& f) {
    MesosFrameworkDetails d;
    readInfo(f, d);
    if (const QJsonValue info = f.value(QLatin1String("framework_info")); info.isObject())
        readInfo(info.toObject(), d); // v1: FrameworkInfo holds what v0 writes at the top
    d.pid = f.value(QLatin1String("pid")).toString();
    if (const QJsonValue v = f.value(QLatin1String("recovered")); v.isBool())
        d.recovered = v.toBool();
    d.registeredTime = qMax(0.0, secondsOf(f.value(QLatin1String("registered_time"))));
    d.reregisteredTime = qMax(0.0, secondsOf(f.value(QLatin1String("reregistered_time"))));
    d.unregisteredTime = qMax(0.0, secondsOf(f.value(QLatin1String("unregistered_time"))));
    // Mesos sets both times on registration (v1 writes both always, microseconds apart): only a
    // later re-registration (a failover of master or scheduler) is one.
    if (d.reregisteredTime > 0 && qAbs(d.reregisteredTime - d.registeredTime) < 1.0)
        d.reregisteredTime = 0;
    // v1 (a Framework message) leaves out empty lists, as protobuf's JSON does: absent is none.
    const bool v1 = f.value(QLatin1String("framework_info")).isObject();
    const QJsonValue offered = f.value(QLatin1String("offered_resources"));
    d.offered = resourcesOf(v1 && offered.isUndefined() ? QJsonValue(QJsonArray()) : offered);
    // v1 lists what it uses with each resource's reservations; v0's maps do not tell.
    QJsonValue used = f.value(QLatin1String("allocated_resources"));
    if (used.isUndefined())
        used = v1 ? QJsonValue(QJsonArray()) : f.value(QLatin1String("used_resources"));
    if (used.isArray())
        resourcesOf(used, &d.reserved);
    if (const QJsonValue v = f.value(QLatin1String("offers")); v.isArray())
        d.offers = int(v.toArray().size());
    return d;
}

void MesosFrameworkDetails::keepFrom(const MesosFrameworkDetails& earlier) {
    if (principal.isEmpty())
        principal = earlier.principal;
    if (roles.isEmpty())
        roles = earlier.roles;
    if (!capabilitiesReported) {
        capabilities = earlier.capabilities;
        capabilitiesReported = earlier.capabilitiesReported;
    }
    failoverTimeout = failoverTimeout ? failoverTimeout : earlier.failoverTimeout;
    checkpoint = checkpoint ? checkpoint : earlier.checkpoint;
    recovered = recovered ? recovered : earlier.recovered;
    if (pid.isEmpty())
        pid = earlier.pid;
    if (registeredTime <= 0)
        registeredTime = earlier.registeredTime;
    if (reregisteredTime <= 0 && registeredTime == earlier.registeredTime)
        reregisteredTime = earlier.reregisteredTime;
    offered = offered ? offered : earlier.offered;
    reserved = reserved ? reserved : earlier.reserved; // reservations change seldom: as last reported
    if (offers < 0)
        offers = earlier.offers;
}

QByteArray MesosFrameworkDetails::ownFields(const char* data, qsizetype size, qsizetype capacity,
                                            QString* error) {
    QByteArray out = "{";
    try {
        thread_local od::parser parser;
        od::document doc = parser.iterate(data, size_t(size), size_t(capacity));
        od::object o = doc.get_object();
        for (od::field field : o) {
            // The key as written (escapes kept), to write it again as it was.
            const char* keyStart = field.key().raw();
            const char* keyEnd = keyStart;
            while (*keyEnd != '"')
                keyEnd += *keyEnd == '\\' ? 2 : 1;
            const std::string_view key(keyStart, size_t(keyEnd - keyStart));
            // Lists that grow with the tasks: the page reads those from the store.
            if (key == "tasks" || key == "completed_tasks" || key == "unreachable_tasks" ||
                key == "executors" || key == "completed_executors" || key == "queued_tasks")
                continue; // skipped unread by the iteration
            od::value value = field.value();
            std::string_view text;
            const od::json_type type = value.type();
            if (type == od::json_type::object) {
                od::object inner = value.get_object();
                text = inner.raw_json();
            } else if (type == od::json_type::array) {
                od::array inner = value.get_array();
                text = inner.raw_json();
            } else {
                text = value.raw_json_token();
            }
            if (out.size() > 1)
                out += ',';
            out += '"';
            out.append(key.data(), qsizetype(key.size()));
            out += "\":";
            out.append(text.data(), qsizetype(text.size()));
        }
        const char* rest = nullptr; // a token past the object: more than one framework's text
        if (doc.current_location().get(rest) == simdjson::SUCCESS)
            throw simdjson::simdjson_error(simdjson::TRAILING_CONTENT);
    } catch (const simdjson::simdjson_error& e) {
        if (error)
            *error = QCoreApplication::translate("MesosFrameworkDetails", "invalid framework JSON: %1")
                         .arg(QString::fromUtf8(e.what()));
        return {};
    }
    out += '}';
    return out;
}

MesosFrameworkDetails MesosFrameworkDetails::fromRaw(const RawJson& raw, QString* error) {
    if (raw.isEmpty() || raw.offset < 0 || raw.offset + raw.length > raw.document.size()) {
        if (error)
            *error = QCoreApplication::translate("MesosFrameworkDetails", "no framework JSON");
        return {};
    }
    // Inside a document, the bytes after the object serve as simdjson's padding: no copy.
    const qsizetype room = raw.document.size() - raw.offset;
    QByteArray copy;
    const char* data = raw.document.constData() + raw.offset;
    qsizetype capacity = room;
    if (room - raw.length < qsizetype(simdjson::SIMDJSON_PADDING)) {
        copy.reserve(raw.length + qsizetype(simdjson::SIMDJSON_PADDING));
        copy.append(data, raw.length);
        data = copy.constData();
        capacity = copy.capacity();
    }
    const QByteArray own = ownFields(data, raw.length, capacity, error);
    if (own.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(own, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return {};
    }
    return fromJson(doc.object());
}

MesosFrameworkDetails MesosFrameworkDetails::fromBytes(const QByteArray& json, QString* error) {
    return fromRaw(RawJson{json, 0, json.size()}, error);
}
