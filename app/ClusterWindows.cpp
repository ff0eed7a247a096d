#include "ClusterWindows.h"

#include "ConnectionDialog.h"
#include "FleetHome.h"
#include "FleetTray.h"
#include "MainWindow.h"
#include "ProfilesDialog.h"
#include "connections/ProfileStore.h"
#include "fleet/FleetProber.h"

#include <QApplication>

ClusterWindows::ClusterWindows(QObject* parent) : QObject(parent), m_store(new ProfileStore(this)) {}

FleetHome* ClusterWindows::fleet() const {
    return m_fleet;
}

ClusterWindows::~ClusterWindows() {
    closeAll();
}

void ClusterWindows::closeAll() {
    for (const QPointer<MainWindow>& window : std::as_const(m_windows))
        delete window.data();
    m_windows.clear();
    delete m_fleet.data();
    delete m_tray;
    m_tray = nullptr;
}

void ClusterWindows::showFleet() {
    if (!m_fleet) {
        m_fleet = new FleetHome(m_store);
        m_fleet->setAttribute(Qt::WA_DeleteOnClose, false);
        m_fleet->setWindowTitle(tr("Fleet — MesosDesk"));
        m_fleet->resize(1100, 520);
        connect(m_fleet, &FleetHome::openRequested, this, [this](const QString& id) { openProfile(id); });
        connect(m_fleet, &FleetHome::profilesRequested, this, [this] { showProfiles(m_fleet); });
        connect(m_fleet, &FleetHome::openUrlRequested, this, [this] { openUrl(nullptr); });
        m_tray = FleetTray::create(m_fleet->model(), this);
        if (m_tray)
            connect(m_tray, &FleetTray::activated, this, &ClusterWindows::showFleet);
    }
    m_fleet->show();
    m_fleet->raise();
    m_fleet->activateWindow();
}

MainWindow* ClusterWindows::newWindow() {
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setProfileStore(m_store);
    connect(window, &MainWindow::fleetRequested, this, &ClusterWindows::showFleet);
    connect(window, &MainWindow::profilesRequested, this, [this, window] { showProfiles(window, window); });
    connect(window, &MainWindow::profileRequested, this,
            [this, window](const QString& id) { openProfile(id, window); });
    m_windows.append(window);
    return window;
}

QList<MainWindow*> ClusterWindows::windows() const {
    QList<MainWindow*> open;
    for (const QPointer<MainWindow>& window : m_windows) {
        if (window)
            open.append(window);
    }
    return open;
}

MainWindow* ClusterWindows::windowOf(const QString& profileId) const {
    for (MainWindow* window : windows()) {
        if (!profileId.isEmpty() && window->profileId() == profileId)
            return window;
    }
    return nullptr;
}

MainWindow* ClusterWindows::openProfile(const QString& profileId, MainWindow* from) {
    const auto profile = m_store->byId(profileId);
    if (!profile)
        return nullptr;
    if (MainWindow* existing = windowOf(profileId)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    MainWindow* window = from ? from : newWindow();
    window->connectTo(*profile); // the old session goes at once; nothing waits for it
    window->show();
    window->raise();
    return window;
}

MainWindow* ClusterWindows::openTarget(const ConnectionTarget& target) {
    MainWindow* window = newWindow();
    window->show();
    window->connectTo(target);
    return window;
}

void ClusterWindows::openUrl(MainWindow* from) {
    ConnectionDialog dialog(from ? static_cast<QWidget*>(from) : m_fleet.data());
    dialog.setProfileStore(m_store);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectionDialog::remember(dialog.target());
    openTarget(dialog.target());
}

void ClusterWindows::showProfiles(QWidget* parent, MainWindow* from) {
    ProfilesDialog dialog(m_store, parent);
    if (from && !from->profileId().isEmpty())
        dialog.select(from->profileId());
    QString chosen;
    connect(&dialog, &ProfilesDialog::connectRequested, this, [&chosen](const QString& id) { chosen = id; });
    if (m_fleet) // the fleet's rows sign in with what was just saved, not what it read before
        connect(&dialog, &ProfilesDialog::secretsSaved, m_fleet->prober(), &FleetProber::refreshSecrets);
    dialog.exec();
    if (!chosen.isEmpty())
        openProfile(chosen, from);
}
