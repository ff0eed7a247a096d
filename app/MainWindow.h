#pragma once

#include "core/ConnectionTarget.h"

#include <QMainWindow>
#include <functional>

class AuthPromptController;
class CertificatePrompt;
class ClusterPage;
class ProfileStore;
class QAction;
struct Profile;
class ClusterSession;
class ClusterStatusPresenter;
class LeaderHistoryModel;
class LeaderStatusBar;
class MesosClusterPages;
class MarathonPanel;
class NoticeBar;
class OnScreenWatcher;
class PaletteWiring;
class NotificationCenter;
class QLabel;
class QTabWidget;
class HttpTransport;
class SandboxTab;
struct SandboxTaskRef;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Drops the current session (if any) and connects to target (the quick "open a URL" path:
    // Marathon settings and the read-only switch are the global ones).
    void connectTo(const ConnectionTarget& target);
    // The same for a profile: its Marathon URL and path, poll intervals and read-only switch.
    // The File menu's read-only toggle then shows and sets that profile's switch (in store).
    void connectTo(const Profile& profile);
    void setProfileStore(ProfileStore* store);
    QString profileId() const { return m_profileId; } // empty when not connected to a profile

    ClusterSession* session() const { return m_session; }
    LeaderStatusBar* leaderStatus() const { return m_status; }
    NoticeBar* noticeBar() const { return m_notice; }
    NotificationCenter* notifications() const { return m_notifications; }
    LeaderHistoryModel* leaderHistory() const { return m_history; }
    MesosClusterPages* clusterPages() const { return m_cluster; }
    MarathonPanel* marathonPanel() const { return m_marathonPanel; }
    SandboxTab* sandboxTab() const { return m_sandbox; }
    // Sign-in prompts for the session's hosts (widgets/auth).
    AuthPromptController* authPrompts() const { return m_auth; }
    CertificatePrompt* certificatePrompt() const { return m_certificates; }
    // The feature pages (app/ClusterPages.cpp), in tab order.
    const QList<ClusterPage*>& pages() const { return m_pages; }
    QTabWidget* tabs() const { return m_tabs; }
    ProfileStore* profileStore() const { return m_profiles; }
    // Ctrl+K, the keyboard map and the tab keys (app/PaletteWiring).
    PaletteWiring* keyboard() const { return m_keyboard; }

public slots:
    void showConnectionDialog();

signals:
    void fleetRequested();
    void profilesRequested();
    void profileRequested(const QString& profileId); // switch this window to it (the palette)

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void openTaskLogs(const SandboxTaskRef& task, const QString& fileName);
    void connectMarathonLogs();
    // A window never shown yet (tests, a start straight to a screenshot) is not "in the background".
    bool inBackground() const;
    // 0 for a poll interval: the source's own.
    // prepare: runs on the new session before it starts (a profile's credentials).
    void connectSession(const ConnectionTarget& target, const QString& marathonZkPath,
                        const QString& marathonUrl, int mesosPollMs = 0, int marathonPollMs = 0,
                        const std::function<void(ClusterSession*)>& prepare = {});
    void applyReadOnly(bool on);

    ClusterSession* m_session = nullptr;
    LeaderStatusBar* m_status;
    NoticeBar* m_notice;
    NotificationCenter* m_notifications;
    LeaderHistoryModel* m_history;
    QLabel* m_leaderCard;
    MesosClusterPages* m_cluster;
    QTabWidget* m_tabs;
    MarathonPanel* m_marathonPanel = nullptr;
    ClusterStatusPresenter* m_presenter;
    HttpTransport* m_sandboxTransport;
    SandboxTab* m_sandbox;
    CertificatePrompt* m_certificates;
    QList<ClusterPage*> m_pages;
    OnScreenWatcher* m_onScreen;
    bool m_wasShown = false;
    ProfileStore* m_profiles = nullptr;
    QString m_profileId;
    int m_connectSerial = 0; // a profile's keychain answer for an earlier connect is dropped
    QAction* m_readOnly = nullptr;
    AuthPromptController* m_auth;
    PaletteWiring* m_keyboard = nullptr;
};
