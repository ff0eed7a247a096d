#pragma once

#include "marathon/MarathonApp.h"
#include "marathon/MarathonClient.h"
#include "marathon/MarathonQueueEntry.h"

#include <QWidget>

class AppTasksModel;
class ChecksView;
class WaitingView;
class QAction;
class QToolButton;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;

// One app: tasks (host, ports, state, health, started, version, agent), configuration
// (readable and raw JSON), versions with a diff against the current one, the last task
// failure and the launch queue entry (why it waits, or the delay with Reset Delay), health
// and readiness checks with their results.
// Actions are requested through signals; the panel confirms and performs them.
class AppPage : public QWidget {
    Q_OBJECT
public:
    AppPage(MarathonClient* client, QWidget* parent = nullptr);

    void setAppId(const QString& appId);
    QString appId() const { return m_appId; }
    const MarathonApp& app() const { return m_app; }
    void setQueueEntry(const MarathonQueueEntry* entry);
    void reload();
    void setActionsEnabled(bool enabled, const QString& why);

    QStringList selectedTaskIds() const;
    AppTasksModel* tasksModel() const { return m_tasks; }
    QTableView* tasksView() const { return m_tasksView; }
    QPushButton* killButton() const { return m_kill; }
    QPushButton* killScaleButton() const { return m_killScale; }
    QPushButton* killWipeButton() const { return m_killWipe; }
    QPushButton* resetDelayButton() const { return m_resetDelay; }
    QPushButton* applyVersionButton() const { return m_applyVersion; }
    QListWidget* versionsList() const { return m_versions; }
    QPlainTextEdit* diffView() const { return m_diff; }
    QTabWidget* tabs() const { return m_tabs; }
    WaitingView* waitingView() const { return m_waiting; }
    ChecksView* checksView() const { return m_checks; }
    // Logs of the selected task (stdout, stderr, sandbox) and of every instance at once.
    QToolButton* logsButton() const { return m_logs; }
    QAction* openStdoutAction() const { return m_openStdout; }
    QAction* openStderrAction() const { return m_openStderr; }
    QAction* browseSandboxAction() const { return m_browseSandbox; }
    QAction* followAllAction() const { return m_followAll; }
    QString headerText() const;

signals:
    void killRequested(const QStringList& taskIds, MarathonClient::KillMode mode);
    void applyVersionRequested(const QString& version);
    void resetDelayRequested();
    // fileName empty: only browse the task's sandbox.
    void openLogsRequested(const MarathonTask& task, const QString& fileName);
    void followAllRequested(const QString& appId, const QList<MarathonTask>& tasks, const QString& fileName);
    void loaded();

private:
    void showApp(const MarathonApp& app);
    void loadVersions();
    void showVersion(const QString& version);
    void updateButtons();
    void buildLogActions(QWidget* tasksPage);
    void requestLogs(const QString& fileName);

    MarathonClient* m_client;
    QString m_appId;
    MarathonApp m_app;
    bool m_hasQueue = false;
    MarathonQueueEntry m_queue;
    bool m_actionsEnabled = true;
    quint64 m_request = 0;

    QLabel* m_header;
    QLabel* m_error;
    QTabWidget* m_tabs;
    AppTasksModel* m_tasks;
    QTableView* m_tasksView;
    QPushButton* m_kill;
    QPushButton* m_killScale;
    QPushButton* m_killWipe;
    QToolButton* m_logs;
    QAction* m_openStdout;
    QAction* m_openStderr;
    QAction* m_browseSandbox;
    QAction* m_followAll;
    QPlainTextEdit* m_config;
    QPlainTextEdit* m_raw;
    QListWidget* m_versions;
    QPlainTextEdit* m_diff;
    QPushButton* m_applyVersion;
    QLabel* m_failure;
    WaitingView* m_waiting;
    ChecksView* m_checks;
    QPushButton* m_resetDelay;
};
