#pragma once

#include "SandboxTaskRef.h"

#include <QObject>
#include <QTimer>

class HttpTransport;
class SandboxLocator;

// Tells when a followed task stops running: asks its agent's state every intervalMs (the agent
// keeps finished tasks among completed_tasks with their terminal state) and emits ended() once,
// with the state (TASK_FINISHED, TASK_KILLED, TASK_LOST, ...), then stops asking. An agent that
// does not answer is not an end: the log's tail reports it as stale.
class TaskEndWatcher : public QObject {
    Q_OBJECT
public:
    TaskEndWatcher(HttpTransport* transport, const SandboxTaskRef& task, QObject* parent = nullptr);

    void setInterval(int ms) { m_intervalMs = ms; }
    void start(); // the first look after one interval: the caller has just seen the task
    const SandboxTaskRef& task() const { return m_task; }
    QString lastState() const { return m_state; }

signals:
    void ended(const QString& state);

private:
    SandboxTaskRef m_task;
    SandboxLocator* m_locator;
    QTimer m_timer;
    QString m_state;
    int m_intervalMs = 5000; // the agent state is large on busy agents: a few seconds between looks
};
