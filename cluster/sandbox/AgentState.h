#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// The part of an agent's /slave(1)/state that locates sandboxes: every executor, running or
// completed, with its framework, type, directory and the ids of its tasks.
struct AgentState {
    struct Executor {
        QString frameworkId;
        QString id;
        QString name;
        QString type;      // "DEFAULT" for task-group (pod) executors; often absent
        QString directory; // absolute sandbox path on the agent
        QStringList taskIds; // tasks, queued_tasks and completed_tasks
        QStringList taskStates; // the state of each of taskIds ("TASK_RUNNING"; queued: "TASK_STAGING")
        bool completedFramework = false;
        bool completedExecutor = false;
    };

    QString id;
    QString hostname;
    QString pid; // "slave(1)@10.0.1.109:5051"
    QList<Executor> executors;

    // http://<hostname>:<port from pid>; empty when either is missing.
    QUrl agentUrl(const QString& scheme = QStringLiteral("http")) const;
    static QUrl agentUrl(const QString& hostname, const QString& pid, const QString& scheme = QStringLiteral("http"));

    // The sandbox directory of a task. The executor is looked up by id, frameworks before
    // completed_frameworks, executors before completed_executors. For the command executor
    // (executorId empty) the executor whose id or tasks match taskId. Tasks of DEFAULT
    // executors live in <directory>/tasks/<taskId>. Empty with *error set when not found.
    QString sandboxDirectory(const QString& frameworkId, const QString& executorId, const QString& taskId,
                             const Executor** found = nullptr, QString* error = nullptr) const;

    // The state the agent holds for a task (of the executor found as sandboxDirectory() finds it),
    // empty when the agent does not list it.
    static QString taskState(const Executor& executor, const QString& taskId);
    // A state after which the task runs no more (TASK_FINISHED, _FAILED, _KILLED, _LOST, ...).
    static bool isTerminal(const QString& state);
    // Lost to the cluster (agent gone, partitioned) rather than ended by itself or an operator.
    static bool isLost(const QString& state);

    static std::optional<AgentState> parse(const QByteArray& json, QString* error = nullptr);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(AgentState)
};
