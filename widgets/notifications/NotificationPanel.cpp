#include "NotificationPanel.h"

#include "NotificationModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

NotificationPanel::NotificationPanel(NotificationModel* model, QWidget* parent)
    : QDockWidget(tr("Notifications"), parent), m_model(model) {
    setObjectName(QStringLiteral("notificationsDock")); // for saveState
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    auto* box = new QWidget(this);
    // Side by side, so the list can be short: the window must still fit 1024x700 with it open.
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 2);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("notificationsView"));
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c :
         {NotificationModel::TimeColumn, NotificationModel::SeverityColumn, NotificationModel::AreaColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              2 * m_table->verticalHeader()->defaultSectionSize());
    layout->addWidget(m_table, 1);
    auto* buttons = new QVBoxLayout;
    auto* dismissAll = new QPushButton(tr("Dismiss all"), box);
    dismissAll->setObjectName(QStringLiteral("dismissAllNotifications"));
    dismissAll->setToolTip(tr("Hide every open notification from the bar; the list keeps them"));
    connect(dismissAll, &QPushButton::clicked, this, [this] {
        for (int row = m_model->current(); row >= 0; row = m_model->current())
            m_model->dismiss(row);
    });
    buttons->addWidget(dismissAll);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setWidget(box);
}
