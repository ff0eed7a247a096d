#pragma once

#include "SandboxTaskRef.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

class ClusterStore;
struct MarathonTask;
struct MesosTask;

// From the tasks the views show to what the sandbox needs (agent URL, framework, executor, task).
class SandboxTaskRefs {
public:
    // A task of the Mesos state: the agent's URL is its hostname with the port of its pid.
    static std::optional<SandboxTaskRef> forMesosTask(const ClusterStore& store, const MesosTask& task,
                                                      QString* error = nullptr);
    // The store's task with this id (ids are unique per framework: an empty frameworkId takes any).
    static std::shared_ptr<const MesosTask> findTask(const ClusterStore& store, const QString& frameworkId,
                                                     const QString& taskId);
    // A Marathon task. Marathon's task ids are Mesos task ids, so the store gives framework and
    // executor while it holds the task; otherwise the agent comes from slaveId (else the task's
    // host on the default agent port) and the framework from Marathon's own id (may be empty:
    // the locator then finds the executor by task id alone).
    static std::optional<SandboxTaskRef> forMarathonTask(const ClusterStore* store, const MarathonTask& task,
                                                         const QString& marathonFrameworkId, QString* error = nullptr);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(SandboxTaskRefs)
};
