#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class HttpTransport;
#include <QNetworkReply>

// Where a task's sandbox is: the agent's URL and the directory on that agent.
struct SandboxLocation {
    QUrl agentUrl;
    QString directory;
    QString frameworkId;
    QString executorId; // the executor actually found (for the command executor: its own id)
    QString taskId;
    bool completed = false; // found among completed frameworks/executors
    QString taskState;      // the agent's state of the task ("TASK_RUNNING"), empty when unknown
};

// From a task (agent URL, framework id, executor id and/or task id) to its sandbox directory:
// fetches the agent's /slave(1)/state (falling back to /state on older agents), parses it off the
// GUI thread and looks the executor up (AgentState::sandboxDirectory). Works for running and
// finished tasks as long as the agent still holds the sandbox.
class SandboxLocator : public QObject {
    Q_OBJECT
public:
    explicit SandboxLocator(HttpTransport* transport, QObject* parent = nullptr);

    void locate(const QUrl& agentUrl, const QString& frameworkId, const QString& executorId, const QString& taskId);
    void cancel();

signals:
    void located(const SandboxLocation& location);
    void failed(const QString& message, bool unauthorized);

private:
    void fetch(const QString& statePath);
    void onState(const QByteArray& body);

    HttpTransport* m_transport;
    QPointer<QNetworkReply> m_reply;
    SandboxLocation m_request;
    quint64 m_generation = 0;
};
