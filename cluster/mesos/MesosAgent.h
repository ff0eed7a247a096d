#pragma once

#include "MesosResources.h"
#include "RawJson.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

// One agent as the master reports it (immutable once built; shared between snapshots).
// An agent the master stopped listing (unreachable or removed) is kept by the store as a copy
// of its last report with `presence` set, so the operator sees it went, when and why.
struct MesosAgent {
    enum class Presence : qint8 { Registered, Unreachable, Removed };

    QString id;
    QString hostname;
    QString pid;     // "slave(1)@10.0.0.1:5051"
    QString version; // empty on old masters
    MesosResources total;
    MesosResources used;
    QList<QPair<QString, QString>> attributes; // values as text, numbers included
    bool active = true;
    double registeredTime = 0; // seconds since the epoch, 0 when unknown
    int runningTasks = -1;     // from the summary counters, -1 when not reported
    RawJson raw;
    size_t rawHash = 0; // equality of two versions without comparing every field
    Presence presence = Presence::Registered;
    double goneTime = 0; // when it went: the master's time of its tasks' last status, else goneSeen
    bool goneTimeIsMasters = false; // goneTime came from the master (else it is when MesosDesk saw it go)
    QString goneReason;             // the master's words (its tasks' status message), empty when it gave none

    bool isGone() const { return presence != Presence::Registered; }
    QString attributesText() const; // "rack:r1; zone:a"
    QString port() const;           // from the pid ("slave(1)@10.0.0.1:5051" -> "5051"), empty when unknown
    QString hostPort() const;       // "10.0.0.1:5051", the host alone when the port is unknown
    QString shortId() const;        // the last part of the id ("…-S2" -> "S2")
};
using MesosAgentPtr = std::shared_ptr<const MesosAgent>;
