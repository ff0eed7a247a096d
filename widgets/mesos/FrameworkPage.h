#pragma once

#include "core/LifetimeGuard.h"
#include "mesos/MesosChangeSet.h"
#include "mesos/MesosFrameworkDetails.h"
#include "mesos/MesosTaskState.h"
#include "net/HttpTransport.h"
#include "sandbox/SandboxTaskRef.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <functional>

class AgentLabels;
class ClusterSession;
class FrameworkIdentityForm;
class FrameworkResourcesModel;
class FrameworkTasksModel;
class FrameworkTeardown;
class MesosFilterProxy;
class NoticeBar;
class OffersModel;
class OperatorPoller;
class QAction;
class QButtonGroup;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;
struct MesosFramework;
struct MesosTask;

// One framework in its own window, as the Mesos web UI's framework page shows it: who it is
// (FrameworkIdentityForm), the resources it uses, is offered and has reserved (bars against the
// cluster's total), its tasks by state (the counts filter the list: active, unreachable,
// completed, or one state) with their logs a click away, the offers it holds (polled, with
// their age) and Tear down. It follows the store's changes of its framework and its tasks only;
// when the framework is removed, disconnected or no longer listed, the strip on top says so.
class FrameworkPage : public QWidget {
    Q_OBJECT
public:
    // parent: the window it belongs to (it is a window of its own, deleted when closed).
    explicit FrameworkPage(const QString& frameworkId, QWidget* parent = nullptr);
    ~FrameworkPage() override;

    // The session to follow (null: none); labels name agents as the Agents tab does.
    void attach(ClusterSession* session, const AgentLabels* labels);
    void setReadOnly(bool readOnly);
    void setMesosWebUiLink(std::function<QUrl()> link) { m_mesosLink = std::move(link); }

    QString frameworkId() const { return m_id; }
    NoticeBar* notice() const { return m_notice; }
    FrameworkIdentityForm* identity() const { return m_identity; }
    FrameworkResourcesModel* resources() const { return m_resources; }
    FrameworkTasksModel* tasksModel() const { return m_tasks; }
    MesosFilterProxy* tasksProxy() const { return m_proxy; }
    QTableView* tasksView() const { return m_tasksView; }
    QToolButton* stateButton(const QString& category) const { return m_stateButtons.value(category); }
    OffersModel* offersModel() const { return m_offers; }
    QLabel* offersStatus() const { return m_offersStatus; }
    FrameworkTeardown* teardown() const { return m_teardown; }
    QAction* openStdoutAction() const { return m_openStdout; }
    QAction* browseSandboxAction() const { return m_browseSandbox; }
    const MesosFrameworkDetails& details() const { return m_details; }

signals:
    void openLogsRequested(const SandboxTaskRef& task, const QString& fileName); // fileName empty: browse
    void logsUnavailable(const QString& message);

private:
    QWidget* buildTop();
    QWidget* buildTasks();
    void addStateButton(const QString& category, QWidget* parent);
    void onFrameworksChanged(const MesosChangeSet<MesosFramework>& changes);
    void showFramework();
    void readDetails();
    void adopt(MesosFrameworkDetails details);
    void showStatus();
    void showResources();
    void updateCounts();
    void onOffers(const HttpTransport::Response& response);
    void requestLogs(const QString& fileName);
    std::shared_ptr<const MesosTask> currentTask() const;

    QString m_id;
    QPointer<ClusterSession> m_session;
    std::shared_ptr<const MesosFramework> m_framework; // as last listed
    MesosFrameworkDetails m_details;
    bool m_masterDetailsRead = false; // GET_FRAMEWORKS said who it is, once per page and session
    quint64 m_detailsTicket = 0; // a worker's answer counts only if no newer one was asked
    NoticeBar* m_notice;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_feedback;
    FrameworkIdentityForm* m_identity;
    FrameworkResourcesModel* m_resources;
    FrameworkTasksModel* m_tasks = nullptr;
    MesosFilterProxy* m_proxy;
    QTableView* m_tasksView;
    QButtonGroup* m_stateGroup;
    QHash<QString, QToolButton*> m_stateButtons; // "" (all), "live", "unreachable", "completed", "TASK_..."
    OffersModel* m_offers;
    QTableView* m_offersView;
    QLabel* m_offersStatus;
    OperatorPoller* m_poller;
    FrameworkTeardown* m_teardown;
    QAction* m_mesosWebUi;
    QAction* m_openStdout;
    QAction* m_openStderr;
    QAction* m_browseSandbox;
    QTimer* m_clock; // relative times and offer ages move on
    std::function<QUrl()> m_mesosLink;
    QList<QMetaObject::Connection> m_connections;
    LifetimeGuard m_guard{this}; // last: gone first, before a late worker's answer could land
};
