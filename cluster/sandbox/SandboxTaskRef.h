#pragma once

#include <QString>
#include <QUrl>

// A task as the sandbox features need it. Task views fill it from Mesos state (agent URL from
// slaves[].hostname + the port of slaves[].pid, see AgentState::agentUrl) or from Marathon
// (host, slaveId, and the framework id of the Marathon framework).
struct SandboxTaskRef {
    QUrl agentUrl;
    QString frameworkId;
    QString executorId; // empty for the command executor
    QString taskId;
    QString label;      // shown in merged views; the task id when empty
};
