#pragma once

#include <QString>

#include <string_view>

// Mesos TaskState (mesos.proto), in the order the views sort them.
enum class MesosTaskState : quint8 {
    Staging, Starting, Running, Killing, Finished, Failed, Killed, Error, Lost, Dropped, Unreachable, Gone,
    GoneByOperator, Unknown
};
inline constexpr int MesosTaskStateCount = 14;

namespace MesosTaskStates {
MesosTaskState fromName(std::string_view name); // "TASK_RUNNING"; anything else is Unknown
QString name(MesosTaskState state);              // "TASK_RUNNING"
QString label(MesosTaskState state);             // "Running", translated
bool isTerminal(MesosTaskState state);
bool isFailure(MesosTaskState state); // failed, error, lost, dropped, gone
} // namespace MesosTaskStates
