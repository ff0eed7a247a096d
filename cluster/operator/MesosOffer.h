#pragma once

#include "MesosRole.h"

#include <QString>

// One outstanding offer as the master lists it under its framework: v1 GET_FRAMEWORKS
// (frameworks[].offers[], the Offer message) or v0 /master/state (frameworks[].offers[]:
// id, framework_id, slave_id, allocation_info, resources; no hostname). Mesos does not say when
// an offer was made.
struct MesosOffer {
    QString id;
    QString frameworkId;
    QString frameworkName; // of the framework it is listed under
    QString agentId;
    QString hostname;           // v1 names the host; v0 does not (the page shows known agents as host:port)
    QString role;               // allocation_info.role, empty before multi-role (1.5)
    ResourceQuantities scalars; // cpus, mem, disk, gpus... by name
    QString ports;              // "[31000-31099, 31200-32000]", empty when no port is offered
    qint64 portCount = 0;

    double amount(const QString& name) const { return scalars.value(name); }
    bool operator==(const MesosOffer&) const = default;
};
