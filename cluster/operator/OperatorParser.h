#pragma once

#include "AgentDrain.h"
#include "MasterFlag.h"
#include "MesosOffer.h"
#include "MesosRole.h"
#include "mesos/MesosJsonParser.h"

#include <QList>
#include <QMap>

// Parsers of the operator console's answers (simdjson DOM: the whole document is validated,
// so a malformed or truncated answer is an error, never half a list). Lenient about what real
// masters of different versions write: integers for doubles, missing optional fields.
namespace OperatorParser {
template <typename T> using Result = MesosJsonParser::Result<T>;

// GET /master/roles (v0, any version) and POST /api/v1 GET_ROLES (v1: resources as Resource
// arrays, frameworks as {"value"} ids, no quota).
Result<QList<MesosRole>> parseRoles(const QByteArray& json);
// POST /api/v1 GET_QUOTA and GET /master/quota: status.configs[] beside status.infos[] (the
// real shape); the documented shape with configs nested in infos is read too.
Result<QList<QuotaConfig>> parseQuota(const QByteArray& json);
// POST /api/v1 GET_WEIGHTS and GET /master/weights (an array of WeightInfo): role -> weight.
Result<QMap<QString, double>> parseWeights(const QByteArray& json);
// POST /api/v1 GET_AGENTS: each registered agent's connection, deactivation and drain state.
Result<QList<AgentDrain>> parseAgents(const QByteArray& json);
// The outstanding offers of every framework: v1 GET_FRAMEWORKS (also within GET_STATE and
// SUBSCRIBED) or v0 /master/state and /master/frameworks. Completed frameworks hold none.
Result<QList<MesosOffer>> parseOffers(const QByteArray& json);
// A master's or agent's flags, sorted by name: v1 GET_FLAGS (get_flags.flags[{name,value}], a
// flag without a value is an empty string) or v0 /master/flags and /slave(1)/flags
// ({"flags":{"<name>":"<value>"}}).
Result<QList<MasterFlag>> parseFlags(const QByteArray& json);
// The verbose logging level (glog's --v): v1 GET_LOGGING_LEVEL (get_logging_level.level), or
// the text of GET /logging/toggle without parameters ("1\n"), which any master or agent serves.
Result<int> parseLoggingLevel(const QByteArray& body);
} // namespace OperatorParser
