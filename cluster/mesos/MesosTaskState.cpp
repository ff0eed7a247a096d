#include "MesosTaskState.h"

#include <QCoreApplication>

namespace {
const char* const kNames[MesosTaskStateCount] = {
    "TASK_STAGING", "TASK_STARTING", "TASK_RUNNING", "TASK_KILLING", "TASK_FINISHED", "TASK_FAILED", "TASK_KILLED",
    "TASK_ERROR", "TASK_LOST", "TASK_DROPPED", "TASK_UNREACHABLE", "TASK_GONE", "TASK_GONE_BY_OPERATOR", "TASK_UNKNOWN"};
}

MesosTaskState MesosTaskStates::fromName(std::string_view name) {
    for (int i = 0; i < MesosTaskStateCount; ++i)
        if (name == kNames[i])
            return MesosTaskState(i);
    return MesosTaskState::Unknown;
}

QString MesosTaskStates::name(MesosTaskState state) {
    return QString::fromLatin1(kNames[int(state)]);
}

QString MesosTaskStates::label(MesosTaskState state) {
    static const char* const labels[MesosTaskStateCount] = {
        QT_TRANSLATE_NOOP("MesosTaskState", "Staging"),     QT_TRANSLATE_NOOP("MesosTaskState", "Starting"),
        QT_TRANSLATE_NOOP("MesosTaskState", "Running"),     QT_TRANSLATE_NOOP("MesosTaskState", "Killing"),
        QT_TRANSLATE_NOOP("MesosTaskState", "Finished"),    QT_TRANSLATE_NOOP("MesosTaskState", "Failed"),
        QT_TRANSLATE_NOOP("MesosTaskState", "Killed"),      QT_TRANSLATE_NOOP("MesosTaskState", "Error"),
        QT_TRANSLATE_NOOP("MesosTaskState", "Lost"),        QT_TRANSLATE_NOOP("MesosTaskState", "Dropped"),
        QT_TRANSLATE_NOOP("MesosTaskState", "Unreachable"), QT_TRANSLATE_NOOP("MesosTaskState", "Gone"),
        QT_TRANSLATE_NOOP("MesosTaskState", "Gone by operator"), QT_TRANSLATE_NOOP("MesosTaskState", "Unknown")};
    return QCoreApplication::translate("MesosTaskState", labels[int(state)]);
}

bool MesosTaskStates::isTerminal(MesosTaskState state) {
    switch (state) {
    case MesosTaskState::Staging:
    case MesosTaskState::Starting:
    case MesosTaskState::Running:
    case MesosTaskState::Killing:
    case MesosTaskState::Unreachable:
    case MesosTaskState::Unknown:
        return false;
    default:
        return true;
    }
}

bool MesosTaskStates::isFailure(MesosTaskState state) {
    switch (state) {
    case MesosTaskState::Failed:
    case MesosTaskState::Error:
    case MesosTaskState::Lost:
    case MesosTaskState::Dropped:
    case MesosTaskState::Gone:
        return true;
    default:
        return false;
    }
}
