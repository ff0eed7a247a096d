#pragma once

#include "core/ConnectionTarget.h"

#include <QMainWindow>

class CertificatePrompt;
class ClusterPage;
class ClusterSession;
class ClusterStatusPresenter;
class LeaderHistoryModel;
class LeaderStatusBar;
class MesosClusterPages;
class MarathonPanel;
class NoticeBar;
class NotificationCenter;
class QLabel;
class QTabWidget;
class QTableView;
class HttpTransport;
class SandboxTab;
struct SandboxTaskRef;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Drops the current session (if any) and connects to target.
    void connectTo(const ConnectionTarget& target);

    ClusterSession* session() const { return m_session; }
    LeaderStatusBar* leaderStatus() const { return m_status; }
    NoticeBar* noticeBar() const { return m_notice; }
    NotificationCenter* notifications() const { return m_notifications; }
    LeaderHistoryModel* leaderHistory() const { return m_history; }
    MesosClusterPages* clusterPages() const { return m_cluster; }
    MarathonPanel* marathonPanel() const { return m_marathonPanel; }
    SandboxTab* sandboxTab() const { return m_sandbox; }
    CertificatePrompt* certificatePrompt() const { return m_certificates; }
    // The feature pages (app/ClusterPages.cpp), in tab order.
    const QList<ClusterPage*>& pages() const { return m_pages; }

public slots:
    void showConnectionDialog();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void openTaskLogs(const SandboxTaskRef& task, const QString& fileName);
    void connectMarathonLogs();

    ClusterSession* m_session = nullptr;
    LeaderStatusBar* m_status;
    NoticeBar* m_notice;
    NotificationCenter* m_notifications;
    LeaderHistoryModel* m_history;
    QTableView* m_historyView;
    QLabel* m_leaderCard;
    MesosClusterPages* m_cluster;
    QTabWidget* m_tabs;
    MarathonPanel* m_marathonPanel = nullptr;
    ClusterStatusPresenter* m_presenter;
    HttpTransport* m_sandboxTransport;
    SandboxTab* m_sandbox;
    CertificatePrompt* m_certificates;
    QList<ClusterPage*> m_pages;
};
