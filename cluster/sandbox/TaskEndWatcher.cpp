#include "TaskEndWatcher.h"

#include "AgentState.h"
#include "SandboxLocator.h"

TaskEndWatcher::TaskEndWatcher(HttpTransport* transport, const SandboxTaskRef& task, QObject* parent)
    : QObject(parent), m_task(task), m_locator(new SandboxLocator(transport, this)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_locator->locate(m_task.agentUrl, m_task.frameworkId, m_task.executorId, m_task.taskId);
    });
    connect(m_locator, &SandboxLocator::located, this, [this](const SandboxLocation& location) {
        m_state = location.taskState;
        if (AgentState::isTerminal(m_state)) {
            emit ended(m_state);
            return; // ended once and for all: no more looks
        }
        m_timer.start(m_intervalMs);
    });
    connect(m_locator, &SandboxLocator::failed, this, [this](const QString&, bool unauthorized) {
        if (!unauthorized) // credentials do not come back by themselves
            m_timer.start(m_intervalMs);
    });
}

void TaskEndWatcher::start() {
    m_timer.start(m_intervalMs);
}
