#include "FleetTray.h"

#include "FleetModel.h"
#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

FleetTray* FleetTray::create(FleetModel* model, QObject* parent) {
    return QSystemTrayIcon::isSystemTrayAvailable() ? new FleetTray(model, parent) : nullptr;
}

FleetTray::FleetTray(FleetModel* model, QObject* parent)
    : QObject(parent), m_model(model), m_icon(new QSystemTrayIcon(this)) {
    connect(m_model, &FleetModel::summaryChanged, this, &FleetTray::update);
    connect(m_icon, &QSystemTrayIcon::activated, this, &FleetTray::activated);
    connect(ThemeNotifier::instance(), &ThemeNotifier::changed, this, &FleetTray::update);
    update();
    m_icon->show();
}

void FleetTray::update() {
    const FleetStatus::State worst = m_model->worst();
    const QColor colour =
        ThemeColors::color(worst < FleetStatus::State::NoLeader    ? ThemeColors::Role::TrayError
                           : worst < FleetStatus::State::Connected ? ThemeColors::Role::TrayWarning
                                                                   : ThemeColors::Role::TrayOk);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(QPen(colour.darker(140), 2));
    painter.drawEllipse(QRectF(3, 3, 26, 26));
    painter.end();
    m_icon->setIcon(QIcon(pixmap));
    m_icon->setToolTip(tr("MesosDesk: %1").arg(m_model->summary()));
}
