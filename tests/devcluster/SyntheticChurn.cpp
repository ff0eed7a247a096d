#include "SyntheticChurn.h"

#include "SimCluster.h"

#include <cmath>

SyntheticChurn::SyntheticChurn(SimCluster* cluster, double changesPerSecond, quint32 seed, QObject* parent)
    : QObject(parent), m_cluster(cluster), m_random(seed) {
    // Several changes per timer tick above 50 a second: a timer per change would be the cost itself.
    m_timer.setInterval(std::max(20, int(std::lround(1000.0 / std::max(changesPerSecond, 0.01)))));
    const int perTick = std::max(1, int(std::lround(changesPerSecond * m_timer.interval() / 1000.0)));
    connect(&m_timer, &QTimer::timeout, this, [this, perTick] {
        for (int i = 0; i < perTick; ++i)
            step();
    });
}

void SyntheticChurn::start() {
    m_timer.start();
}

void SyntheticChurn::step() {
    ++m_changes;
    const quint32 roll = m_random.bounded(100u);
    if (roll < 2 && m_cluster->agentIds().size() > 1)
        return loseAgent();
    if (roll < 5 && !m_lost.isEmpty())
        return bringBackAgent();
    replaceTask();
}

QString SyntheticChurn::randomAgent() {
    const QStringList& agents = m_cluster->agentIds();
    return agents.isEmpty() ? QString() : agents.at(int(m_random.bounded(qsizetype(agents.size()))));
}

void SyntheticChurn::launchOnRandomAgent(const QString& frameworkId, SimTaskSpec spec, const QString& state) {
    const QString agentId = randomAgent();
    if (agentId.isEmpty())
        return;
    spec.taskId = QStringLiteral("%1.churn-%2").arg(spec.name).arg(++m_next);
    m_cluster->addSyntheticTask(frameworkId, agentId, spec, state);
}

void SyntheticChurn::replaceTask() {
    const QString agentId = randomAgent();
    const QList<const SimTaskRecord*> tasks =
        agentId.isEmpty() ? QList<const SimTaskRecord*>{} : m_cluster->liveTasksOn(agentId);
    if (tasks.isEmpty())
        return;
    const SimTaskRecord* task = tasks.at(int(m_random.bounded(qsizetype(tasks.size()))));
    const SimTaskSpec spec = task->spec;
    const QString frameworkId = task->frameworkId;
    // The replacement is where the one it replaces was (running, or still starting), so the
    // cluster's mix of states holds over a long soak.
    const QString state = task->state;
    const bool failed = m_random.bounded(10u) == 0;
    m_cluster->updateTaskState(spec.taskId,
                               failed ? QStringLiteral("TASK_FAILED") : QStringLiteral("TASK_FINISHED"),
                               failed ? QStringLiteral("Command exited with status 1") : QString(),
                               failed ? QStringLiteral("REASON_COMMAND_EXECUTOR_FAILED") : QString());
    launchOnRandomAgent(frameworkId, spec, state);
}

void SyntheticChurn::loseAgent() {
    const QString agentId = randomAgent();
    const SimAgentRecord* agent = m_cluster->agent(agentId);
    if (!agent || !agent->simulated)
        return; // only the synthetic ones: a real agent's processes are not ours to orphan
    m_lost.append(*agent);
    QList<SimTaskRecord> relaunch;
    for (const SimTaskRecord* task : m_cluster->liveTasksOn(agentId))
        relaunch.append(*task);
    m_cluster->markUnreachable(agentId);
    for (const SimTaskRecord& task : std::as_const(relaunch))
        launchOnRandomAgent(task.frameworkId, task.spec, task.state);
}

void SyntheticChurn::bringBackAgent() {
    // It re-registers with its id, empty: its tasks were relaunched elsewhere meanwhile.
    m_cluster->addAgent(m_lost.takeFirst(), nullptr);
}
