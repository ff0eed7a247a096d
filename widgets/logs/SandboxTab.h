#pragma once

#include "sandbox/SandboxLocator.h"
#include "sandbox/SandboxTaskRef.h"

#include <QList>
#include <QWidget>

class HttpTransport;
class LogViewerWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class SandboxBrowser;

// The "Sandbox" page: reach any task's sandbox, browse it, and read its files live.
//
// Without other features it needs only an agent URL: type it with the framework, executor and/or
// task id and press Locate (the agent state gives the sandbox directory), or type a path to browse.
//
// Public API for task views (cluster view, Marathon apps): call these from a "Logs" action.
//  - openTaskSandbox(agentUrl, frameworkId, executorId, taskId): locates the sandbox (running or
//    finished task), shows it in the browser and opens its stdout in a new log tab.
//    agentUrl is http(s)://<agent hostname>:<port of the agent's pid> (AgentState::agentUrl
//    builds it from master state's slaves[].hostname and slaves[].pid). executorId may be empty
//    (command executor: the executor is found by task id).
//  - openMergedLogs(title, tasks, file): one tab following `file` of every task at once, each
//    line prefixed and coloured by task.
//  - openFile(agentUrl, path): a log tab on any file of any agent.
class SandboxTab : public QWidget {
    Q_OBJECT
public:
    explicit SandboxTab(HttpTransport* transport, QWidget* parent = nullptr);

    void openTaskSandbox(const QUrl& agentUrl, const QString& frameworkId, const QString& executorId,
                         const QString& taskId, const QString& fileName = QStringLiteral("stdout"));
    // appId: the Marathon app of the tasks, so the view can say when it was destroyed.
    LogViewerWidget* openMergedLogs(const QString& title, const QList<SandboxTaskRef>& tasks,
                                    const QString& fileName = QStringLiteral("stdout"),
                                    const QString& appId = QString());
    LogViewerWidget* openFile(const QUrl& agentUrl, const QString& path, const QString& title = QString());

    // How often a followed task's agent is asked whether the task still runs (tests shorten it).
    void setTaskCheckInterval(int ms) { m_taskCheckMs = ms; }

    SandboxBrowser* browser() const { return m_browser; }
    QTabWidget* logTabs() const { return m_tabs; }
    QString message() const;
    void showMessage(const QString& text); // plain text, above the browser

public slots:
    // The Marathon app was destroyed: views following its tasks say so when the tasks end.
    void noteAppDestroyed(const QString& appId);

signals:
    void sandboxLocated(const SandboxLocation& location);

private:
    void locateFromForm();
    void browseFromForm();
    QUrl agentUrlFromForm();
    // Says in the viewer when the task writing its source ends (now, when already ended).
    void watchTask(LogViewerWidget* viewer, int source, const SandboxTaskRef& task, const QString& stateNow,
                   const QString& appId = QString());

    HttpTransport* m_transport;
    SandboxLocator* m_locator;
    SandboxBrowser* m_browser;
    QTabWidget* m_tabs;
    QComboBox* m_agentEdit;
    QLineEdit* m_frameworkEdit;
    QLineEdit* m_executorEdit;
    QLineEdit* m_taskEdit;
    QLineEdit* m_pathEdit;
    QLabel* m_message;
    QString m_openAfterLocate; // file to open once located ("" = none)
    int m_taskCheckMs = 5000;
    QStringList m_destroyedApps;
};
