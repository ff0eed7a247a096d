#include "OperatorParser.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <simdjson.h>
#include <string_view>

namespace dom = simdjson::dom;

namespace {
QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The whole document, validated; an error text (translated, with simdjson's reason) otherwise.
bool parseDocument(dom::parser& parser, const QByteArray& json, dom::element* root, QString* error) {
    const QByteArray padded = MesosJsonParser::padded(json);
    const auto result = parser.parse(padded.constData(), size_t(json.size()), false).get(*root);
    if (result != simdjson::SUCCESS) {
        *error = QCoreApplication::translate("OperatorParser", "Malformed JSON: %1")
                     .arg(QString::fromLatin1(simdjson::error_message(result)));
        return false;
    }
    return true;
}

// A member of an object, when the element is one and has it.
bool member(const dom::element& element, std::string_view key, dom::element* out) {
    dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS)
        return false;
    return object.at_key(key).get(*out) == simdjson::SUCCESS;
}

bool number(const dom::element& element, double* out) {
    return element.get_double().get(*out) == simdjson::SUCCESS;
}

QString text(const dom::element& element) {
    std::string_view view;
    if (element.get_string().get(view) == simdjson::SUCCESS)
        return toQString(view);
    return {};
}

// {"value": "..."} (v1 ids) or a plain string (v0).
QString idText(const dom::element& element) {
    dom::element value;
    if (member(element, "value", &value))
        return text(value);
    return text(element);
}

// v0 maps ({"cpus":2.0}) and v1 maps of Value.Scalar ({"cpus":{"value":2}}).
ResourceQuantities quantityMap(const dom::element& element) {
    ResourceQuantities out;
    dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS)
        return out;
    for (const auto field : object) {
        double value = 0;
        dom::element scalar;
        if (number(field.value, &value) || (member(field.value, "value", &scalar) && number(scalar, &value)))
            out.insert(toQString(field.key), value);
    }
    return out;
}

// A v1 array of Resource messages; scalars summed by name (ranges counted as their size,
// as Mesos's ResourceQuantities do not, so they are left out).
ResourceQuantities resourceArray(const dom::element& element) {
    ResourceQuantities out;
    dom::array array;
    if (element.get_array().get(array) != simdjson::SUCCESS)
        return out;
    for (const dom::element resource : array) {
        dom::element name, scalar, value;
        double amount = 0;
        if (member(resource, "name", &name) && member(resource, "scalar", &scalar) &&
            member(scalar, "value", &value) && number(value, &amount))
            out[text(name)] += amount;
    }
    return out;
}

ResourceQuantities quantities(const dom::element& element) {
    return element.is_array() ? resourceArray(element) : quantityMap(element);
}

MesosRole roleFrom(const dom::element& element) {
    MesosRole role;
    dom::element value;
    if (member(element, "name", &value))
        role.name = text(value);
    if (member(element, "weight", &value))
        number(value, &role.weight);
    dom::array frameworks;
    if (member(element, "frameworks", &value) && value.get_array().get(frameworks) == simdjson::SUCCESS) {
        for (const dom::element framework : frameworks)
            role.frameworkIds << idText(framework);
    }
    if (member(element, "resources", &value))
        role.resources = quantities(value);
    // 1.9 reports the three together; an older master none of them.
    if (member(element, "allocated", &value)) {
        role.hasBreakdown = true;
        role.allocated = quantities(value);
        if (member(element, "offered", &value))
            role.offered = quantities(value);
        if (member(element, "reserved", &value))
            role.reserved = quantities(value);
    }
    dom::element quota;
    if (member(element, "quota", &quota) && quota.is_object()) {
        role.hasQuota = true;
        if (member(quota, "guarantee", &value))
            role.guarantee = quantities(value);
        if (member(quota, "limit", &value))
            role.limit = quantities(value);
        else if (!member(quota, "consumed", &value)) // before 1.9 a guarantee was the limit too
            role.limit = role.guarantee;
        if (member(quota, "consumed", &value)) {
            role.hasConsumed = true;
            role.consumed = quantities(value);
        }
    }
    return role;
}

// "[31000-31099, 31200-32000]" (v0) or a v1 Resource's ranges: the text and how many ports.
void portRanges(const dom::element& resource, MesosOffer* offer) {
    QStringList parts;
    dom::element ranges, list;
    dom::array array;
    if (member(resource, "ranges", &ranges) && member(ranges, "range", &list) &&
        list.get_array().get(array) == simdjson::SUCCESS) {
        for (const dom::element range : array) {
            dom::element begin, end;
            double first = 0, last = 0;
            if (!member(range, "begin", &begin) || !member(range, "end", &end) || !number(begin, &first) ||
                !number(end, &last) || last < first)
                continue;
            parts << QStringLiteral("%1-%2").arg(qint64(first)).arg(qint64(last));
            offer->portCount += qint64(last - first) + 1;
        }
    } else {
        const QString written = text(resource).trimmed();
        if (written.size() < 2)
            return;
        for (const QString& part : written.mid(1, written.size() - 2).split(u',', Qt::SkipEmptyParts)) {
            const QStringList bounds = part.trimmed().split(u'-');
            bool firstOk = false, lastOk = false;
            const qint64 first = bounds.value(0).toLongLong(&firstOk);
            const qint64 last = bounds.value(bounds.size() - 1).toLongLong(&lastOk);
            if (!firstOk || !lastOk || last < first)
                continue;
            parts << QStringLiteral("%1-%2").arg(first).arg(last);
            offer->portCount += last - first + 1;
        }
    }
    if (!parts.isEmpty())
        offer->ports = u'[' + parts.join(QStringLiteral(", ")) + u']';
}

MesosOffer offerFrom(const dom::element& element, const QString& frameworkId, const QString& frameworkName) {
    MesosOffer offer;
    offer.frameworkId = frameworkId;
    offer.frameworkName = frameworkName;
    dom::element value, role;
    if (member(element, "id", &value))
        offer.id = idText(value);
    if (member(element, "framework_id", &value))
        offer.frameworkId = idText(value);
    if (member(element, "agent_id", &value) || member(element, "slave_id", &value))
        offer.agentId = idText(value);
    if (member(element, "hostname", &value))
        offer.hostname = text(value);
    if (member(element, "allocation_info", &value) && member(value, "role", &role))
        offer.role = text(role);
    dom::element resources;
    if (!member(element, "resources", &resources))
        return offer;
    offer.scalars = quantities(resources);
    offer.scalars.remove(QStringLiteral("ports"));
    dom::array array;
    dom::element ports;
    if (resources.get_array().get(array) == simdjson::SUCCESS) {
        for (const dom::element resource : array) {
            dom::element name;
            if (member(resource, "name", &name) && text(name) == QLatin1String("ports"))
                portRanges(resource, &offer);
        }
    } else if (member(resources, "ports", &ports)) {
        portRanges(ports, &offer);
    }
    return offer;
}

// frameworks[] of GET_FRAMEWORKS (framework_info{id,name}) or of v0 state (id, name).
void frameworkOffers(const dom::element& frameworks, QList<MesosOffer>* out) {
    dom::array array;
    if (frameworks.get_array().get(array) != simdjson::SUCCESS)
        return;
    for (const dom::element framework : array) {
        const dom::element* info = &framework;
        dom::element nested, value, offers;
        if (member(framework, "framework_info", &nested))
            info = &nested;
        const QString id = member(*info, "id", &value) ? idText(value) : QString();
        const QString name = member(*info, "name", &value) ? text(value) : QString();
        dom::array list;
        if (!member(framework, "offers", &offers) || offers.get_array().get(list) != simdjson::SUCCESS)
            continue;
        for (const dom::element element : list) {
            MesosOffer offer = offerFrom(element, id, name);
            if (!offer.id.isEmpty())
                out->append(std::move(offer));
        }
    }
}

void appendConfig(QList<QuotaConfig>* out, const dom::element& element, bool legacyInfo) {
    QuotaConfig config;
    dom::element value;
    if (member(element, "role", &value))
        config.role = text(value);
    if (config.role.isEmpty())
        return;
    if (legacyInfo) { // QuotaInfo: a guarantee that is also the limit
        if (member(element, "guarantee", &value))
            config.guarantees = config.limits = quantities(value);
    } else {
        if (member(element, "guarantees", &value))
            config.guarantees = quantities(value);
        if (member(element, "limits", &value))
            config.limits = quantities(value);
    }
    for (QuotaConfig& existing : *out) {
        if (existing.role == config.role) {
            if (!legacyInfo) // configs carry limits; they win over the deprecated infos
                existing = config;
            return;
        }
    }
    out->append(config);
}
} // namespace

namespace OperatorParser {

Result<QList<MesosRole>> parseRoles(const QByteArray& json) {
    Result<QList<MesosRole>> result;
    thread_local dom::parser parser;
    dom::element root;
    if (!parseDocument(parser, json, &root, &result.error))
        return result;
    dom::element getRoles, roles;
    if (member(root, "get_roles", &getRoles)) {
        if (!member(getRoles, "roles", &roles))
            return result; // no roles: protobuf JSON leaves empty repeated fields out
    } else if (!member(root, "roles", &roles)) {
        result.error = QCoreApplication::translate("OperatorParser", "Not a roles answer: no \"roles\" list");
        return result;
    }
    dom::array array;
    if (roles.get_array().get(array) != simdjson::SUCCESS) {
        result.error =
            QCoreApplication::translate("OperatorParser", "Not a roles answer: \"roles\" is not a list");
        return result;
    }
    for (const dom::element element : array) {
        MesosRole role = roleFrom(element);
        if (!role.name.isEmpty())
            result.value.append(std::move(role));
    }
    return result;
}

Result<QList<QuotaConfig>> parseQuota(const QByteArray& json) {
    Result<QList<QuotaConfig>> result;
    thread_local dom::parser parser;
    dom::element root;
    if (!parseDocument(parser, json, &root, &result.error))
        return result;
    dom::element status = root, value;
    if (member(root, "get_quota", &value)) {
        if (!member(value, "status", &status))
            return result; // no quota anywhere
    } else if (!root.is_object()) {
        result.error = QCoreApplication::translate("OperatorParser", "Not a quota answer");
        return result;
    }
    auto each = [&](std::string_view key, auto&& fn) {
        dom::element list;
        dom::array array;
        if (member(status, key, &list) && list.get_array().get(array) == simdjson::SUCCESS)
            for (const dom::element element : array)
                fn(element);
    };
    each("infos", [&](const dom::element& info) {
        appendConfig(&result.value, info, true);
        // The operator docs nest configs inside infos; real masters do not, but read it anyway.
        dom::element nested;
        dom::array array;
        if (member(info, "configs", &nested) && nested.get_array().get(array) == simdjson::SUCCESS)
            for (const dom::element config : array)
                appendConfig(&result.value, config, false);
    });
    each("configs", [&](const dom::element& config) { appendConfig(&result.value, config, false); });
    return result;
}

Result<QMap<QString, double>> parseWeights(const QByteArray& json) {
    Result<QMap<QString, double>> result;
    thread_local dom::parser parser;
    dom::element root;
    if (!parseDocument(parser, json, &root, &result.error))
        return result;
    dom::element list = root, value;
    if (member(root, "get_weights", &value)) {
        if (!member(value, "weight_infos", &list))
            return result;
    }
    dom::array array;
    if (list.get_array().get(array) != simdjson::SUCCESS) {
        result.error =
            QCoreApplication::translate("OperatorParser", "Not a weights answer: no list of weights");
        return result;
    }
    for (const dom::element info : array) {
        dom::element role, weight;
        double amount = 0;
        if (member(info, "role", &role) && member(info, "weight", &weight) && number(weight, &amount))
            result.value.insert(text(role), amount);
    }
    return result;
}

Result<QList<AgentDrain>> parseAgents(const QByteArray& json) {
    Result<QList<AgentDrain>> result;
    thread_local dom::parser parser;
    dom::element root;
    if (!parseDocument(parser, json, &root, &result.error))
        return result;
    dom::element getAgents, agents, value;
    if (!member(root, "get_agents", &getAgents)) {
        result.error = QCoreApplication::translate("OperatorParser", "Not a GET_AGENTS answer");
        return result;
    }
    dom::array array;
    if (!member(getAgents, "agents", &agents) || agents.get_array().get(array) != simdjson::SUCCESS)
        return result; // none registered: the list is left out
    for (const dom::element element : array) {
        AgentDrain agent;
        dom::element info;
        if (member(element, "agent_info", &info)) {
            if (member(info, "id", &value))
                agent.id = idText(value);
            if (member(info, "hostname", &value))
                agent.hostname = text(value);
            double port = 0;
            // A port outside 0..65535 is not a port: left unknown rather than wrapped.
            if (member(info, "port", &value) && number(value, &port) && port >= 0 && port <= 65535)
                agent.port = int(port);
        }
        if (agent.id.isEmpty())
            continue;
        bool flag = false;
        if (member(element, "active", &value) && value.get_bool().get(flag) == simdjson::SUCCESS)
            agent.active = flag;
        if (member(element, "deactivated", &value) && value.get_bool().get(flag) == simdjson::SUCCESS)
            agent.deactivated = flag;
        dom::element drain, config, grace, nanos;
        if (member(element, "drain_info", &drain)) {
            if (member(drain, "state", &value))
                agent.drainState = text(value);
            if (member(drain, "config", &config)) {
                if (member(config, "mark_gone", &value) && value.get_bool().get(flag) == simdjson::SUCCESS)
                    agent.markGone = flag;
                double ns = 0;
                if (member(config, "max_grace_period", &grace) && member(grace, "nanoseconds", &nanos) &&
                    number(nanos, &ns))
                    agent.maxGraceSeconds = ns / 1e9;
            }
        }
        double startNs = 0;
        if (member(element, "estimated_drain_start_time", &value) && member(value, "nanoseconds", &nanos) &&
            number(nanos, &startNs))
            agent.drainStartTime = startNs / 1e9;
        result.value.append(agent);
    }
    return result;
}

Result<QList<MesosOffer>> parseOffers(const QByteArray& json) {
    Result<QList<MesosOffer>> result;
    thread_local dom::parser parser;
    dom::element root;
    if (!parseDocument(parser, json, &root, &result.error))
        return result;
    dom::element state = root, value, frameworks;
    if (member(root, "subscribed", &value))
        state = value;
    if (member(state, "get_state", &value))
        state = value;
    if (member(state, "get_frameworks", &value)) {
        if (member(value, "frameworks", &frameworks)) // left out when there are none
            frameworkOffers(frameworks, &result.value);
        return result;
    }
    if (!member(root, "frameworks", &frameworks) || !frameworks.is_array()) {
        result.error =
            QCoreApplication::translate("OperatorParser", "Not a frameworks answer: no \"frameworks\" list");
        return result;
    }
    frameworkOffers(frameworks, &result.value);
    return result;
}

Result<QList<MasterFlag>> parseFlags(const QByteArray& json) {
    Result<QList<MasterFlag>> result;
    thread_local dom::parser parser;
    dom::element root;
    if (!parseDocument(parser, json, &root, &result.error))
        return result;
    dom::element body, flags;
    dom::array list;
    dom::object map;
    if (member(root, "get_flags", &body)) {
        // Repeated fields are left out when empty: no "flags" is no flags.
        if (member(body, "flags", &flags) && flags.get_array().get(list) == simdjson::SUCCESS) {
            for (const dom::element flag : list) {
                dom::element name, value;
                if (!member(flag, "name", &name) || text(name).isEmpty())
                    continue; // a name is required by the Flag message; nothing to show without one
                result.value.append({text(name), member(flag, "value", &value) ? text(value) : QString()});
            }
        }
    } else if (member(root, "flags", &flags) && flags.get_object().get(map) == simdjson::SUCCESS) {
        for (const auto field : map) {
            QString value = text(field.value);
            double number = 0;
            bool flag = false;
            // Always strings from Mesos; a hand-written body may hold numbers or booleans.
            if (value.isEmpty() && field.value.get_bool().get(flag) == simdjson::SUCCESS)
                value = flag ? QStringLiteral("true") : QStringLiteral("false");
            else if (value.isEmpty() && field.value.get_double().get(number) == simdjson::SUCCESS)
                value = QString::number(number, 'g', 17);
            result.value.append({toQString(field.key), value});
        }
    } else {
        result.error = QCoreApplication::translate("OperatorParser", "Not a flags answer: no \"flags\"");
        return result;
    }
    std::sort(result.value.begin(), result.value.end(),
              [](const MasterFlag& a, const MasterFlag& b) { return a.name < b.name; });
    return result;
}

Result<int> parseLoggingLevel(const QByteArray& body) {
    Result<int> result;
    const QByteArray trimmed = body.trimmed();
    bool isNumber = !trimmed.isEmpty() && trimmed.size() <= 9;
    for (const char c : trimmed)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) { // /logging/toggle's plain-text answer
        result.value = trimmed.toInt();
        return result;
    }
    thread_local dom::parser parser;
    dom::element root, level;
    if (!parseDocument(parser, body, &root, &result.error))
        return result;
    uint64_t value = 0;
    if (!member(root, "get_logging_level", &root) || !member(root, "level", &level) ||
        level.get_uint64().get(value) != simdjson::SUCCESS ||
        value > uint64_t(std::numeric_limits<int>::max())) {
        result.error = QCoreApplication::translate("OperatorParser", "Not a logging level answer");
        return result;
    }
    result.value = int(value);
    return result;
}

} // namespace OperatorParser
