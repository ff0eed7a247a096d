#include "DialogFitter.h"

#include <QEvent>
#include <QLayout>
#include <QTimer>
#include <QWidget>

DialogFitter::DialogFitter(QWidget* dialog) : QObject(dialog), m_dialog(dialog) {
    dialog->installEventFilter(this);
}

DialogFitter* DialogFitter::install(QWidget* dialog) {
    return new DialogFitter(dialog);
}

void DialogFitter::fit() {
    m_queued = false;
    QLayout* layout = m_dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int width = m_dialog->width();
    int needed = layout->totalMinimumSize().height();
    if (layout->hasHeightForWidth())
        needed = qMax(needed, layout->totalHeightForWidth(width));
    if (m_dialog->minimumHeight() != needed)
        m_dialog->setMinimumHeight(needed);
    if (m_dialog->height() < needed)
        m_dialog->resize(width, needed);
}

bool DialogFitter::eventFilter(QObject* watched, QEvent* event) {
    // The layout handles these after the filters see them: fit once it has.
    const QEvent::Type type = event->type();
    if (watched == m_dialog && !m_queued &&
        (type == QEvent::LayoutRequest || type == QEvent::Resize || type == QEvent::Show)) {
        m_queued = true;
        QTimer::singleShot(0, this, &DialogFitter::fit);
    }
    return QObject::eventFilter(watched, event);
}
