#include "MesosFramework.h"

int MesosFramework::activeTasks() const {
    int n = 0;
    for (int i = 0; i < MesosTaskStateCount; ++i)
        if (!MesosTaskStates::isTerminal(MesosTaskState(i)))
            n += taskCounts[size_t(i)];
    return n;
}

int MesosFramework::terminalTasks() const {
    int n = 0;
    for (int i = 0; i < MesosTaskStateCount; ++i)
        if (MesosTaskStates::isTerminal(MesosTaskState(i)))
            n += taskCounts[size_t(i)];
    return n;
}

int MesosFramework::failedTasks() const {
    int n = 0;
    for (int i = 0; i < MesosTaskStateCount; ++i)
        if (MesosTaskStates::isFailure(MesosTaskState(i)))
            n += taskCounts[size_t(i)];
    return n;
}
