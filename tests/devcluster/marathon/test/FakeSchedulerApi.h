#pragma once

#include <QObject>

#include "SchedulerApi.h"

#include <QList>
#include <QMap>
#include <QStringList>

// A SchedulerApi that starts nothing: it accounts agent resources, records launches and kills,
// and lets a test drive task states. With autoRun, launched tasks report TASK_RUNNING (and
// kills TASK_KILLED) on the next event-loop turn, like a healthy cluster.
class FakeSchedulerApi : public SchedulerApi {
public:
    FakeSchedulerApi();

    QString registerFramework(const QJsonObject& frameworkInfo) override;
    QList<SimAgent> agents() const override { return m_agents; }
    bool launchTask(const QString& frameworkId, const QString& agentId, const SimTaskSpec& spec, QString* error) override;
    void killTask(const QString& frameworkId, const QString& taskId) override;

    // Test controls.
    void addAgent(const QString& id, double cpus = 4, double mem = 4096, int ports = 100);
    void setHostname(const QString& agentId, const QString& hostname);
    void removeAgent(const QString& id, bool sendLost = true); // inactive, its tasks TASK_LOST
    void sendStatus(const QString& taskId, const QString& state, const QString& message = {});
    QStringList runningTaskIds() const;
    QString agentOf(const QString& taskId) const { return m_taskAgent.value(taskId); }

    bool autoRun = true;
    bool autoKill = true;
    bool synchronous = false;         // send statuses from inside launchTask/killTask
    QList<int> fixedPorts;            // ports reported for every task (e.g. a test HTTP server)
    QString sandboxDirectory;         // reported as the executor directory
    QList<QJsonObject> registrations; // every registerFramework call
    QList<SimTaskSpec> launched;
    QStringList killed;

private:
    SimAgent* agent(const QString& id);

    QList<SimAgent> m_agents;
    QMap<QString, QString> m_taskAgent;       // live tasks -> agent
    QMap<QString, SimTaskSpec> m_taskSpec;
    QMap<QString, QList<int>> m_taskPorts;
    int m_nextPort = 31000;
    // Context of deferred status reports: destroying the fake cancels them (no use after free).
    QObject m_timerContext;
};
