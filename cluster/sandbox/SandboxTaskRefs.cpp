#include "SandboxTaskRefs.h"

#include "AgentState.h"
#include "marathon/MarathonTask.h"
#include "mesos/ClusterStore.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) { return QCoreApplication::translate("SandboxTaskRefs", text); }

constexpr int DefaultAgentPort = 5051;

QUrl agentUrlOf(const ClusterStore& store, const QString& agentId) {
    const MesosAgentPtr agent = store.agents().value(agentId);
    return agent ? AgentState::agentUrl(agent->hostname, agent->pid) : QUrl();
}
} // namespace

std::optional<SandboxTaskRef> SandboxTaskRefs::forMesosTask(const ClusterStore& store, const QString& taskId,
                                                            QString* error) {
    const MesosTaskPtr task = store.tasks().value(taskId);
    if (!task) {
        if (error)
            *error = tr("The cluster state no longer holds task %1.").arg(taskId);
        return std::nullopt;
    }
    SandboxTaskRef ref{agentUrlOf(store, task->agentId), task->frameworkId, task->executorId, task->id,
                       task->name.isEmpty() ? task->id : task->name};
    if (!ref.agentUrl.isValid()) {
        if (error)
            *error = tr("Agent %1 of task %2 is not in the cluster state (removed?), so its sandbox cannot be reached.")
                         .arg(task->agentId, task->id);
        return std::nullopt;
    }
    return ref;
}

std::optional<SandboxTaskRef> SandboxTaskRefs::forMarathonTask(const ClusterStore* store, const MarathonTask& task,
                                                               const QString& marathonFrameworkId, QString* error) {
    SandboxTaskRef ref;
    ref.taskId = task.id;
    ref.frameworkId = marathonFrameworkId;
    ref.label = task.host.isEmpty() ? task.id : task.host + u' ' + task.id.section(u'.', -1);
    QString agentId = task.slaveId;
    if (store) {
        if (const MesosTaskPtr known = store->tasks().value(task.id)) {
            ref.frameworkId = known->frameworkId;
            ref.executorId = known->executorId;
            if (agentId.isEmpty())
                agentId = known->agentId;
        }
        ref.agentUrl = agentUrlOf(*store, agentId);
    }
    if (!ref.agentUrl.isValid() && !task.host.isEmpty()) {
        ref.agentUrl.setScheme(QStringLiteral("http"));
        ref.agentUrl.setHost(task.host);
        ref.agentUrl.setPort(DefaultAgentPort);
    }
    if (!ref.agentUrl.isValid() || ref.agentUrl.host().isEmpty()) {
        if (error)
            *error = tr("Task %1 has no known agent, so its sandbox cannot be reached.").arg(task.id);
        return std::nullopt;
    }
    return ref;
}
