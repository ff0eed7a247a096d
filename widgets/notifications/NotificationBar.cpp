#include "NotificationBar.h"

#include "NoticeBar.h"
#include "NotificationModel.h"
#include "ThemeStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QToolButton>

NotificationBar::NotificationBar(NotificationModel* model, QWidget* parent) : QFrame(parent), m_model(model) {
    setObjectName(QStringLiteral("notificationBar"));
    m_time = new QLabel(this);
    m_time->setTextFormat(Qt::PlainText);
    ThemeStyle::setTextColor(m_time, ThemeColors::Role::SecondaryText);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("notificationText"));
    m_label->setTextFormat(Qt::PlainText); // names and reasons come from the servers
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // its first line level with the time
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Ignored,
                           QSizePolicy::Preferred); // wraps instead of widening the window
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("notificationMore"));
    m_more->setAutoRaise(true);
    m_more->setToolTip(tr("Show every notification"));
    connect(m_more, &QToolButton::clicked, this, &NotificationBar::showAllRequested);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("notificationDismiss"));
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, [this] { m_model->dismiss(m_row); });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_time, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_more, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(model, &NotificationModel::currentChanged, this, &NotificationBar::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &NotificationBar::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NotificationBar::refresh);
    refresh();
}

void NotificationBar::refresh() {
    m_row = m_model->current();
    if (m_row < 0) {
        hide();
        return;
    }
    const Notification& n = m_model->at(m_row);
    const NoticeBar::Level level = n.severity == Notification::Severity::Error     ? NoticeBar::Level::Error
                                   : n.severity == Notification::Severity::Warning ? NoticeBar::Level::Warning
                                                                                   : NoticeBar::Level::Info;
    NoticeBar::applyStyle(this, level);
    m_time->setText(n.time.toUTC().toString(QStringLiteral("HH:mm:ss")));
    m_time->setToolTip(tr("%1 UTC").arg(n.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    m_message = n.message;
    m_label->setToolTip(n.details.isEmpty() ? n.message : n.details);
    fit();
    const int others = m_model->openCount() - 1;
    m_more->setText(tr("+%1 more…").arg(others));
    m_more->setVisible(others > 0);
    show();
}

void NotificationBar::fit() {
    // Two lines at most: a long task list must not push the window taller than the screen.
    // Wrapping breaks at spaces, so leave a fifth of a line for the ragged ends.
    const int width = std::max(120, m_label->width());
    m_label->setText(m_label->fontMetrics().elidedText(m_message, Qt::ElideRight, 2 * width - width / 5));
}

void NotificationBar::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    fit();
}

QString NotificationBar::text() const {
    return isVisible() ? m_message : QString();
}
QString NotificationBar::shownText() const {
    return isVisible() ? m_label->text() : QString();
}
