#pragma once

#include "marathon/MarathonClient.h"
#include "marathon/MarathonPod.h"
#include "marathon/MarathonTask.h"

#include <QWidget>

class PodInstancesModel;
class PodTerminationsModel;
class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QToolButton;

// One pod: instances with their containers (status, agent, endpoints, resources,
// conditions), the specification (containers with resources, endpoints and volume mounts,
// the volumes, the raw JSON), the recent terminations and the versions. Its data is what
// MarathonSource last read from ::status (no polling of its own). Changes are requested
// through signals; the panel confirms and performs them.
class PodPage : public QWidget {
    Q_OBJECT
public:
    PodPage(MarathonClient* client, QWidget* parent = nullptr);

    // pod null: it is gone (destroyed), or nothing is selected.
    void setPod(const QString& podId, const MarathonPod* pod);
    QString podId() const { return m_podId; }
    const MarathonPod& pod() const { return m_pod; }
    void setActionsEnabled(bool enabled, const QString& why);

    QStringList selectedInstanceIds() const;
    PodInstancesModel* instancesModel() const { return m_instances; }
    PodTerminationsModel* terminationsModel() const { return m_terminations; }
    QTableView* instancesView() const { return m_instancesView; }
    QPushButton* scaleButton() const { return m_scale; }
    QPushButton* killButton() const { return m_kill; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* destroyButton() const { return m_destroy; }
    QToolButton* logsButton() const { return m_logs; }
    QAction* openStdoutAction() const { return m_openStdout; }
    QAction* openStderrAction() const { return m_openStderr; }
    QAction* browseSandboxAction() const { return m_browseSandbox; }
    QListWidget* versionsList() const { return m_versions; }
    QPlainTextEdit* versionView() const { return m_versionJson; }
    QPlainTextEdit* specView() const { return m_spec; }
    QTabWidget* tabs() const { return m_tabs; }
    QString headerText() const;

signals:
    void scaleRequested();
    void editRequested();
    void destroyRequested();
    void killRequested(const QStringList& instanceIds);
    // A pod container is a Mesos task: the same path as an app's task to its sandbox.
    void openLogsRequested(const MarathonTask& task, const QString& fileName);

private:
    void showPod();
    void loadVersions();
    void showVersion(const QString& version);
    void updateButtons();
    void requestLogs(const QString& fileName);
    QWidget* buildInstancesTab();

    MarathonClient* m_client;
    QString m_podId;
    MarathonPod m_pod;
    bool m_known = false;
    bool m_actionsEnabled = true;
    QString m_readOnlyReason;

    QLabel* m_header;
    QLabel* m_message;
    QTabWidget* m_tabs;
    PodInstancesModel* m_instances;
    PodTerminationsModel* m_terminations;
    QTableView* m_instancesView;
    QPushButton* m_scale;
    QPushButton* m_kill;
    QPushButton* m_edit;
    QPushButton* m_destroy;
    QToolButton* m_logs;
    QAction* m_openStdout;
    QAction* m_openStderr;
    QAction* m_browseSandbox;
    QPlainTextEdit* m_containers;
    QPlainTextEdit* m_spec;
    QListWidget* m_versions;
    QPlainTextEdit* m_versionJson;
};
