#include "NoticeBar.h"

#include "ThemeStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

NoticeBar::NoticeBar(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("noticeBar"));
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    hide();
}

void NoticeBar::showNotice(Level level, const QString& text) {
    m_level = level;
    applyStyle(this, level); // by its current name: owners rename their bars
    m_label->setText(text);
    show();
}

void NoticeBar::applyStyle(QFrame* bar, Level level) {
    using Role = ThemeColors::Role;
    static const Role roles[][2] = {
        {Role::NoticeInfoBackground, Role::NoticeInfoBorder},
        {Role::NoticeWarningBackground, Role::NoticeWarningBorder},
        {Role::NoticeErrorBackground, Role::NoticeErrorBorder},
    };
    // The label's text is the palette's, which reads on either scheme's backgrounds.
    ThemeStyle::set(bar,
                    QStringLiteral("QFrame#") + bar->objectName() +
                        QStringLiteral(" { background: %1; border: 1px solid %2; }"),
                    {roles[int(level)][0], roles[int(level)][1]});
}

QString NoticeBar::text() const { return isVisible() ? m_label->text() : QString(); }
