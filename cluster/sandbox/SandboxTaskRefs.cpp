#include "SandboxTaskRefs.h"

#include "AgentState.h"
#include "marathon/MarathonTask.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosKeys.h"

#include <QCoreApplication>

namespace {
constexpr int DefaultAgentPort = 5051;

QUrl agentUrlOf(const ClusterStore& store, const QString& agentId) {
    const MesosAgentPtr agent = store.agents().value(agentId);
    return agent ? AgentState::agentUrl(agent->hostname, agent->pid, store.masterScheme()) : QUrl();
}
} // namespace

MesosTaskPtr SandboxTaskRefs::findTask(const ClusterStore& store, const QString& frameworkId, const QString& taskId) {
    if (!frameworkId.isEmpty())
        return store.tasks().value(MesosKeys::task(frameworkId, taskId));
    for (const MesosTaskPtr& task : store.tasks())
        if (task->id == taskId)
            return task;
    return {};
}

std::optional<SandboxTaskRef> SandboxTaskRefs::forMesosTask(const ClusterStore& store, const MesosTask& task,
                                                            QString* error) {
    SandboxTaskRef ref{agentUrlOf(store, task.agentId), task.frameworkId, task.executorId, task.id,
                       task.name.isEmpty() ? task.id : task.name};
    if (!ref.agentUrl.isValid()) {
        if (error)
            *error = SandboxTaskRefs::tr("Agent %1 of task %2 is not in the cluster state (removed?), so its "
                                         "sandbox cannot be reached.")
                         .arg(task.agentId, task.id);
        return std::nullopt;
    }
    return ref;
}

std::optional<SandboxTaskRef> SandboxTaskRefs::forMarathonTask(const ClusterStore* store, const MarathonTask& task,
                                                               const QString& marathonFrameworkId, QString* error) {
    SandboxTaskRef ref;
    ref.taskId = task.id;
    ref.frameworkId = marathonFrameworkId;
    // Short, as it prefixes every line of a merged view: the host and the start of the task's UUID.
    ref.label = task.host.isEmpty() ? task.id : task.host + u' ' + task.id.section(u'.', -1).left(8);
    QString agentId = task.slaveId;
    if (store) {
        const MesosTaskPtr known = findTask(*store, marathonFrameworkId, task.id);
        if (known) {
            ref.frameworkId = known->frameworkId;
            ref.executorId = known->executorId;
            if (agentId.isEmpty())
                agentId = known->agentId;
        }
        ref.agentUrl = agentUrlOf(*store, agentId);
    }
    if (!ref.agentUrl.isValid() && !task.host.isEmpty()) {
        ref.agentUrl.setScheme(store ? store->masterScheme() : QStringLiteral("http"));
        ref.agentUrl.setHost(task.host);
        ref.agentUrl.setPort(DefaultAgentPort);
    }
    if (!ref.agentUrl.isValid() || ref.agentUrl.host().isEmpty()) {
        if (error)
            *error = SandboxTaskRefs::tr("Task %1 has no known agent, so its sandbox cannot be reached.")
                         .arg(task.id);
        return std::nullopt;
    }
    return ref;
}
