#include "EventLogView.h"

#include "core/Settings.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString kindKey(EventLogModel::Kind kind) { return QString::number(int(kind)); }
const EventLogModel::Kind kNotifiable[] = {EventLogModel::Kind::DeploymentFailed, EventLogModel::Kind::TaskFailed,
                                           EventLogModel::Kind::TaskLost, EventLogModel::Kind::HealthChanged};
} // namespace

EventLogView::EventLogView(EventLogModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* notify = new QToolButton(this);
    notify->setObjectName(QStringLiteral("notifyMenu"));
    notify->setText(tr("Desktop notifications"));
    notify->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(notify);
    for (EventLogModel::Kind kind : kNotifiable) {
        QAction* action = menu->addAction(EventLogModel::kindName(kind));
        action->setCheckable(true);
        action->setChecked(notifies(kind));
        connect(action, &QAction::toggled, this, [kind](bool on) { setNotifies(kind, on); });
    }
    notify->setMenu(menu);
    bar->addStretch(1);
    bar->addWidget(notify);
    layout->addLayout(bar);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventLogView"));
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EventLogModel::TimeColumn, 150);
    m_table->setColumnWidth(EventLogModel::KindColumn, 150);
    m_table->setColumnWidth(EventLogModel::SubjectColumn, 200);
    layout->addWidget(m_table, 1);
    connect(model, &QAbstractItemModel::rowsInserted, m_table, &QTableView::scrollToBottom);
}

bool EventLogView::notifies(EventLogModel::Kind kind) { return Settings::MarathonNotifyKinds.get().contains(kindKey(kind)); }

void EventLogView::setNotifies(EventLogModel::Kind kind, bool on) {
    QStringList kinds = Settings::MarathonNotifyKinds.get();
    kinds.removeAll(kindKey(kind));
    if (on)
        kinds << kindKey(kind);
    Settings::MarathonNotifyKinds.set(kinds);
}

void EventLogView::record(const MarathonEvent& event) {
    const auto kind = m_model->record(event);
    if (!kind || !notifies(*kind))
        return;
    const auto& entry = m_model->entry(m_model->rowCount() - 1);
    ++m_shown;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
        m_tray->show();
    }
    m_tray->showMessage(EventLogModel::kindName(*kind) + QStringLiteral(": ") + entry.subject, entry.message,
                        QSystemTrayIcon::Warning, 8000);
}
