#include "AgentTaskCounts.h"

#include "mesos/MesosKeys.h"

void AgentTaskCounts::load(const QHash<QString, MesosTaskPtr>& tasks, bool known) {
    clear();
    QSet<QString> touched;
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it)
        count(MesosKeys::of(*it.value()), *it.value(), touched);
    m_known = known;
}

QSet<QString> AgentTaskCounts::apply(const MesosTaskChanges& changes) {
    QSet<QString> touched;
    for (const QString& key : changes.removed)
        uncount(key, touched);
    for (const auto* list : {&changes.added, &changes.changed})
        for (const MesosTaskPtr& task : *list) {
            const QString key = MesosKeys::of(*task);
            uncount(key, touched); // its previous state and agent, if it was running
            count(key, *task, touched);
        }
    return touched;
}

void AgentTaskCounts::clear() {
    m_agentOfRunning.clear();
    m_runningOn.clear();
    m_known = false;
}

void AgentTaskCounts::count(const QString& key, const MesosTask& task, QSet<QString>& touched) {
    if (task.state != MesosTaskState::Running || task.agentId.isEmpty())
        return;
    m_agentOfRunning.insert(key, task.agentId);
    ++m_runningOn[task.agentId];
    touched.insert(task.agentId);
}

void AgentTaskCounts::uncount(const QString& key, QSet<QString>& touched) {
    const auto it = m_agentOfRunning.constFind(key);
    if (it == m_agentOfRunning.cend())
        return;
    const QString agent = it.value();
    m_agentOfRunning.erase(it);
    if (--m_runningOn[agent] <= 0)
        m_runningOn.remove(agent);
    touched.insert(agent);
}
