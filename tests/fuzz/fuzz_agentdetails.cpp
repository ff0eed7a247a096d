// Fuzz target: the Agent page's reading of one agent's JSON (AgentDetails). Whatever comes in,
// an error comes with nothing read, times are never negative or NaN, a reservation total is the
// sum of its roles, and an unknown grace period is -1 (never another negative).
#include "mesos/AgentDetails.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const AgentDetails d = AgentDetails::parse(bytes, &error);
    if (!error.isEmpty() && (d.hasReserved || d.hasOffered || d.registeredTime != 0))
        std::abort();
    for (double t : {d.registeredTime, d.reregisteredTime})
        if (!(t >= 0) || !std::isfinite(t))
            std::abort();
    if (d.drainMaxGraceSeconds < 0 && d.drainMaxGraceSeconds != -1)
        std::abort();
    MesosResources sum;
    for (const auto& role : d.reservedByRole) {
        if (role.first.isEmpty())
            std::abort();
        sum += role.second;
    }
    if (!d.hasReserved && !d.reservedByRole.isEmpty())
        std::abort();
    // The same additions in the same order (huge values may overflow to the same inf or NaN).
    const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    if (!same(sum.cpus, d.reserved.cpus) || !same(sum.mem, d.reserved.mem) ||
        !same(sum.disk, d.reserved.disk))
        std::abort();
    return 0;
}
