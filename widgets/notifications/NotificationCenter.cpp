#include "NotificationCenter.h"

#include "ClusterEventFeed.h"
#include "Icons.h"
#include "NotificationBar.h"
#include "NotificationModel.h"
#include "NotificationPanel.h"

#include <QMainWindow>
#include <QToolButton>

NotificationCenter::NotificationCenter(QMainWindow* window)
    : QObject(window), m_model(new NotificationModel(1000, this)),
      m_feed(new ClusterEventFeed(m_model, this)), m_bar(new NotificationBar(m_model, window)),
      m_panel(new NotificationPanel(m_model, window)), m_button(new QToolButton(window)) {
    m_button->setObjectName(QStringLiteral("notificationsButton"));
    m_button->setAutoRaise(true);
    m_button->setIcon(Icons::action(Icons::Action::Notifications));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setToolTip(tr("Show or hide the list of notifications"));
    m_panel->hide(); // the bar tells what matters now; the list is there on request
    connect(m_button, &QToolButton::clicked, m_panel, [this] { m_panel->setVisible(!m_panel->isVisible()); });
    connect(m_bar, &NotificationBar::showAllRequested, m_panel, &QWidget::show);
    connect(m_model, &NotificationModel::currentChanged, this, &NotificationCenter::updateButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NotificationCenter::updateButton);
    updateButton();
}

void NotificationCenter::attach(ClusterSession* session) {
    m_feed->attach(session);
}

void NotificationCenter::updateButton() {
    const int open = m_model->openCount();
    m_button->setText(open > 0 ? tr("Notifications (%1 open)").arg(open) : tr("Notifications"));
}
