#pragma once

#include <QDateTime>
#include <QString>

// What one light look at a cluster found (ClusterProbe), and what the fleet home shows of it.
// A count of -1 is "not known" (never asked, or not answered): views show nothing for it.
struct FleetStatus {
    // Worst first: the fleet home sorts by this order. AuthFailed: a credential was sent and
    // refused (a wrong password, or 403 to a read); AuthNeeded: asked, and none to send.
    enum class State { TlsUntrusted, AuthFailed, AuthNeeded, Unreachable, NoLeader, Checking, Connected };

    State state = State::Checking;
    QString reason;  // why, for every state but Connected (plain text, may hold server text)
    QString leader;  // host:port of the leading master, empty when not known
    QString version; // the leader's Mesos version, empty when not known
    int agentsActive = -1;
    int agentsUnreachable = -1;
    int tasksRunning = -1;
    int tasksFailed = -1;    // master/tasks_failed: failed since the leader was elected
    int deployments = -1;    // Marathon deployments in progress
    QString marathonProblem; // why deployments is not known, when Marathon was looked for
    QDateTime lastGood;      // the last time the cluster answered in full (Clock), invalid before

    bool operator==(const FleetStatus&) const = default;
};
