#pragma once

#include <QString>

// The scalar resources operators care about, whether the master sent a v0 map
// ({"cpus":4.0,...}) or a v1 array ([{"name":"cpus","scalar":{"value":4}}]).
struct MesosResources {
    double cpus = 0;
    double mem = 0;  // MB
    double disk = 0; // MB
    double gpus = 0;
    QString ports;   // "[31000-32000]" as the master prints it (agents only; tasks keep theirs in raw JSON)

    MesosResources& operator+=(const MesosResources& o) {
        cpus += o.cpus, mem += o.mem, disk += o.disk, gpus += o.gpus;
        return *this;
    }
    bool operator==(const MesosResources&) const = default;
};
