#pragma once

#include "MesosAgent.h"
#include "MesosFramework.h"
#include "MesosTask.h"

#include <QHash>
#include <QSet>
#include <QString>

// What one answer of the master says about the cluster, immutable once parsed (off the GUI
// thread). A state-summary carries no tasks; hasTasks tells the store not to drop its tasks.
struct MesosMasterSummary {
    QString id;
    QString hostname;
    QString cluster;
    QString version;
    QString leader;        // "host:port" of the leading master, when the document says
    double startTime = 0;  // epoch seconds
    double electedTime = 0;
    int activatedAgents = -1;
    int deactivatedAgents = -1;
    int unreachableAgents = -1;
};

struct MesosSnapshot {
    enum class Source { State, Summary, V1State };
    Source source = Source::State;
    MesosMasterSummary master;
    QHash<QString, MesosAgentPtr> agents;
    QHash<QString, MesosFrameworkPtr> frameworks;
    QHash<QString, MesosTaskPtr> tasks;
    QList<MesosTaskPtr> taskOrder; // the same tasks in document order
    // Agents a newly elected master knows from its registry that have not re-registered yet
    // (recovered_slaves / recovered_agents): not in `agents`, yet not gone either.
    QSet<QString> recoveredAgents;
    bool hasTasks = true;
};
