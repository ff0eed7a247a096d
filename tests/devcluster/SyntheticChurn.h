#pragma once

#include "SimRecords.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class SimCluster;

// Scale mode's living cluster (--simulate-churn RATE): RATE changes a second, seeded so a soak
// can be replayed. Most changes finish a task (now and then it fails) and start its replacement
// elsewhere, as a scheduler would; about one in fifty loses an agent the way the master does
// (markUnreachable: its tasks TASK_LOST) and its tasks are relaunched on others; a lost agent
// re-registers, with its id, some changes later. The task and agent counts stay near the start's.
class SyntheticChurn : public QObject {
    Q_OBJECT
public:
    SyntheticChurn(SimCluster* cluster, double changesPerSecond, quint32 seed, QObject* parent = nullptr);
    void start();
    int changes() const { return m_changes; }

private:
    void step();
    void replaceTask();
    void loseAgent();
    void bringBackAgent();
    QString randomAgent();
    void launchOnRandomAgent(const QString& frameworkId, SimTaskSpec spec, const QString& state);

    SimCluster* m_cluster;
    QTimer m_timer;
    QRandomGenerator m_random;
    QList<SimAgentRecord> m_lost; // waiting to re-register
    int m_changes = 0;
    int m_next = 0; // numbers replacement tasks
};
