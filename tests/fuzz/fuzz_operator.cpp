// Fuzz target: the operator console's parsers (roles, quota, weights, agents' drain state, the
// maintenance schedule and status, the outstanding offers). A success never comes
// with an error text, and a refused document gives nothing back.
#include "operator/MaintenanceParser.h"
#include "operator/OperatorParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto roles = OperatorParser::parseRoles(bytes);
    if (!roles.ok() && !roles.value.isEmpty())
        std::abort();
    for (const MesosRole& role : roles.value)
        if (role.name.isEmpty())
            std::abort();
    const auto quota = OperatorParser::parseQuota(bytes);
    if (!quota.ok() && !quota.value.isEmpty())
        std::abort();
    const auto weights = OperatorParser::parseWeights(bytes);
    if (!weights.ok() && !weights.value.isEmpty())
        std::abort();
    const auto agents = OperatorParser::parseAgents(bytes);
    if (!agents.ok() && !agents.value.isEmpty())
        std::abort();
    for (const AgentDrain& agent : agents.value)
        if (agent.id.isEmpty())
            std::abort();
    const auto offers = OperatorParser::parseOffers(bytes);
    if (!offers.ok() && !offers.value.isEmpty())
        std::abort();
    for (const MesosOffer& offer : offers.value)
        if (offer.id.isEmpty() || offer.portCount < 0)
            std::abort();
    const auto schedule = MaintenanceParser::parseSchedule(bytes);
    if (!schedule.ok() && !schedule.value.windows.isEmpty())
        std::abort();
    const auto status = MaintenanceParser::parseStatus(bytes);
    if (!status.ok() && !(status.value.draining.isEmpty() && status.value.down.isEmpty()))
        std::abort();
    return 0;
}
