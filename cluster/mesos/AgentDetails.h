#pragma once

#include "MesosResources.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What the Agent page shows of one agent beyond MesosAgent: read from that agent's raw JSON
// (MesosAgent::raw) when its page opens or the agent changes, never on the hot parsing path
// that builds every agent of a 50k-task state. Reads v0 master state / state-summary entries
// (slaves[]) and v1 GET_STATE / GET_AGENTS entries (get_agents.agents[]) alike; whatever the
// master did not send stays "not known" (the has* flags, zero times).
struct AgentDetails {
    double registeredTime = 0;   // epoch seconds, 0 when not reported
    double reregisteredTime = 0; // epoch seconds, 0 when the agent never re-registered (or not reported)
    bool hasReserved = false;    // the master reported reservations (an empty set included)
    MesosResources reserved;     // every role's reservations, summed
    QList<QPair<QString, MesosResources>> reservedByRole; // by role name, sorted
    bool hasOffered = false;
    MesosResources offered;
    QStringList capabilities;
    QString region; // fault domain, empty when none
    QString zone;
    // 1.9+ (state-summary and GET_AGENTS): the deactivated flag and the drain, when reported.
    bool hasDeactivated = false;
    bool deactivated = false;
    QString drainState; // "DRAINING", "DRAINED", empty when not draining or not reported
    bool drainMarkGone = false;
    double drainMaxGraceSeconds = -1; // -1: not given

    // A broken or non-object document gives an empty AgentDetails and *error set.
    static AgentDetails parse(const QByteArray& agentJson, QString* error = nullptr);
};
