#pragma once

#include <QObject>

class FleetModel;
class QSystemTrayIcon;

// The fleet in the system tray: a dot coloured by the worst state (green: all connected, amber:
// checking or no leader, red: unreachable, authentication needed, TLS not trusted) and the
// model's summary as the tooltip. Made only where a tray exists.
class FleetTray : public QObject {
    Q_OBJECT
public:
    // Null when the desktop has no system tray.
    static FleetTray* create(FleetModel* model, QObject* parent);

    QSystemTrayIcon* icon() const { return m_icon; }

signals:
    void activated();

private:
    FleetTray(FleetModel* model, QObject* parent);
    void update();

    FleetModel* m_model;
    QSystemTrayIcon* m_icon;
};
