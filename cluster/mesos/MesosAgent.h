#pragma once

#include "MesosResources.h"
#include "RawJson.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

// One agent as the master reports it (immutable once built; shared between snapshots).
struct MesosAgent {
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

    QString attributesText() const; // "rack:r1; zone:a"
};
using MesosAgentPtr = std::shared_ptr<const MesosAgent>;
