#pragma once

#include "marathon/MarathonClient.h"
#include "marathon/MarathonEvent.h"
#include "marathon/MarathonResult.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>

class AppEditorDialog;
class ChangeRunner;
class ClusterStore;
class AppPage;
class AppsModel;
class AppsView;
class DeploymentsModel;
class DeploymentsView;
class EventLogModel;
class EventLogView;
class GroupActions;
class GroupScaleDialog;
class MarathonDirectory;
class MarathonLeaderDetector;
class MarathonLeaderPage;
class MarathonSource;
class NoticeBar;
class PodActions;
class PodPage;
class QStackedWidget;
class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolBar;
class ScaleDialog;

// The Marathon tab: apps (tree + filters) beside the selected app's page, deployments and
// the event log, Marathon's own leader and configuration, with every operator action. Destructive actions go
// through ConfirmDialog; a 409 lock is explained and retried with force only after a second confirmation; a
// read-only connection disables every action and says why.
class MarathonPanel : public QWidget {
    Q_OBJECT
public:
    explicit MarathonPanel(MarathonSource* source, QWidget* parent = nullptr);

    // reason: why, when it is not the File menu's switch (e.g. read-only credentials, a 403).
    void setReadOnly(bool readOnly, const QString& reason = {});
    // Lists the Marathons found (several with Marathon-on-Marathon) in a picker.
    void setDirectory(MarathonDirectory* directory);
    // The Mesos side of the same cluster: the New App / Edit dialog warns about a request no
    // agent can satisfy. Without it the dialog checks only the definition.
    void setClusterStore(ClusterStore* store);
    // Marathon's ZooKeeper election, for the Leader tab (null: a connection without ZooKeeper).
    void setLeaderDetector(MarathonLeaderDetector* detector);
    MarathonLeaderPage* leaderPage() const { return m_leaderPage; }
    QComboBox* marathonPicker() const { return m_picker; }
    bool isReadOnly() const { return m_readOnly; }

    AppsModel* appsModel() const { return m_apps; }
    AppsView* appsView() const { return m_appsView; }
    AppPage* appPage() const { return m_page; }
    PodPage* podPage() const { return m_podPage; }
    PodActions* podActions() const { return m_podActions; }
    GroupActions* groupActions() const { return m_groupActions; }
    DeploymentsModel* deploymentsModel() const { return m_deployments; }
    DeploymentsView* deploymentsView() const { return m_deploymentsView; }
    EventLogModel* eventLog() const { return m_events; }
    EventLogView* eventLogView() const { return m_eventView; }
    NoticeBar* noticeBar() const { return m_notice; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* readOnlyLabel() const { return m_readOnlyLabel; }
    AppEditorDialog* editor() const; // the open New App / Edit dialog, if any
    ScaleDialog* scaleDialog() const;
    GroupScaleDialog* groupScaleDialog() const;

    QAction* newAppAction() const { return m_newApp; }
    QAction* newPodAction() const { return m_newPod; }
    QAction* moreAction() const { return m_more; } // the menu of the rarer actions
    QAction* editAction() const { return m_edit; }
    QAction* scaleAction() const { return m_scale; }
    QAction* restartAction() const { return m_restart; }
    QAction* suspendAction() const { return m_suspend; }
    QAction* destroyAction() const { return m_destroy; }
    QAction* resetDelayAction() const { return m_resetDelay; }
    QList<QAction*> actions() const;

public slots:
    void newApp();
    void newPod();
    void editApp();
    void scaleApp(); // or the current group
    void scaleGroup();
    void restartApp();
    void suspendApp();
    void destroyApp();
    void resetDelay();
    void killTasks(const QStringList& taskIds, MarathonClient::KillMode mode);
    void rollbackDeployment(const QString& deploymentId);
    void forceStopDeployment(const QString& deploymentId);
    void applyVersion(const QString& version);

signals:
    void actionFinished(const MarathonResult& result);
    void appDestroyed(const QString& appId); // Marathon accepted the destroy

private:
    using Call = std::function<void(bool force, MarathonClient::ResultCallback done)>;
    // Runs a change; on a 409 lock asks whether to force, and reports the outcome.
    void runChange(const QString& what, Call call, bool offerForce = true);
    void onAppsChanged();
    // Selects the app a New App started once its deployment is over.
    void selectWhenDeployed(const QString& deploymentId);
    void updateActions();
    void updatePicker();
    void updateLive(); // the live/polling indicator
    void openEditor(AppEditorDialog* dialog);
    QString currentAppId() const;
    void showCurrent(const QString& id); // the app's or the pod's page

    MarathonSource* m_source;
    AppsModel* m_apps;
    DeploymentsModel* m_deployments;
    EventLogModel* m_events;
    NoticeBar* m_notice;
    QLabel* m_readOnlyLabel;
    QLabel* m_liveLabel;
    QComboBox* m_picker;
    QAction* m_pickerAction;
    QPointer<MarathonDirectory> m_directory;
    QPointer<ClusterStore> m_clusterStore;
    QToolBar* m_toolbar;
    QTabWidget* m_tabs;
    MarathonLeaderPage* m_leaderPage;
    AppsView* m_appsView;
    AppPage* m_page;
    PodPage* m_podPage;
    PodActions* m_podActions;
    GroupActions* m_groupActions;
    ChangeRunner* m_runner;
    QStackedWidget* m_pages;
    DeploymentsView* m_deploymentsView;
    EventLogView* m_eventView;
    QPointer<AppEditorDialog> m_editor;
    QPointer<ScaleDialog> m_scaleDialog;
    QAction* m_newApp;
    QAction* m_newPod;
    QAction* m_more;
    QAction* m_edit;
    QAction* m_scale;
    QAction* m_restart;
    QAction* m_suspend;
    QAction* m_destroy;
    QAction* m_resetDelay;
    bool m_readOnly = false;
    QHash<QString, QString> m_createdBy; // deployment id -> the app New App created with it
    QString m_selectWhenListed;          // deployed, to select once the apps list has it
    QStringList m_recentlyDeployed;      // deployments the stream said succeeded, newest last
};
