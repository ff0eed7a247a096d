#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

struct ConnectionTarget;
class FleetHome;
class FleetTray;
class MainWindow;
class ProfileStore;
class QWidget;

// The application's windows: the fleet home, one cluster window per profile (opening a profile
// that has a window raises it), windows opened on a bare URL, and the tray. Owns the profile
// store they all share.
class ClusterWindows : public QObject {
    Q_OBJECT
public:
    explicit ClusterWindows(QObject* parent = nullptr);
    ~ClusterWindows() override;

    ProfileStore* store() const { return m_store; }
    FleetHome* fleet() const;
    FleetTray* tray() const { return m_tray; }

    void showFleet();
    // The profile's window, raised, or a new one; from: a window that switches to it instead
    // (when the profile has no window yet). Null for an unknown id.
    MainWindow* openProfile(const QString& profileId, MainWindow* from = nullptr);
    MainWindow* openTarget(const ConnectionTarget& target);
    MainWindow* windowOf(const QString& profileId) const;
    QList<MainWindow*> windows() const;
    void showProfiles(QWidget* parent, MainWindow* from = nullptr);

    // Closes every window now (their sessions close in the background).
    void closeAll();

private:
    MainWindow* newWindow();
    void openUrl(MainWindow* from);

    ProfileStore* m_store;
    QPointer<FleetHome> m_fleet;
    FleetTray* m_tray = nullptr;
    QList<QPointer<MainWindow>> m_windows;
};
