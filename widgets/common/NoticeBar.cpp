#include "NoticeBar.h"

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
    setStyleSheet(styleSheet(level, objectName())); // by its current name: owners rename their bars
    m_label->setText(text);
    show();
}

QString NoticeBar::styleSheet(Level level, const QString& objectName) {
    static const char* const styles[] = {
        "QFrame#%1 { background: #e3f0fc; border: 1px solid #8fbce6; }",
        "QFrame#%1 { background: #fff4d6; border: 1px solid #e0b84c; }",
        "QFrame#%1 { background: #fbe1e1; border: 1px solid #d97a7a; }",
    };
    return QString::fromLatin1(styles[int(level)]).arg(objectName);
}

QString NoticeBar::text() const { return isVisible() ? m_label->text() : QString(); }
