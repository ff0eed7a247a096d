#pragma once

#include "HttpAuthGate.h"

#include <QString>

// How a devcluster is laid out; mesosdesk-devcluster's command line fills it.
struct DevClusterOptions {
    QString zkHosts;                                 // "127.0.0.1:2181"
    QString zkPath = QStringLiteral("/mesos");
    QString marathonZkPath = QStringLiteral("/marathon");
    int masters = 3;
    int agents = 3;
    QString workDir;                                 // agents' work dirs live under it
    int simulateAgents = 0;                          // scale mode: synthetic agents, no processes
    int simulateTasks = 0;
    double churnPerSecond = 0; // scale mode's changes a second (SyntheticChurn)
    quint32 churnSeed = 1;
    quint16 controlPort = 0;
    int heartbeatSeconds = 15;                       // SUBSCRIBE heartbeats (Mesos's default 15 s)
    HttpAuthGate::Options auth;                      // --auth, --auth-token, --read-only-user (none: open)
    bool tls = false;                                // HTTPS on every server but the control API
};
