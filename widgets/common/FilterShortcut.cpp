#include "FilterShortcut.h"

#include <QAction>
#include <QLineEdit>

namespace FilterShortcut {
QAction* install(QWidget* page, QLineEdit* field, const QString& text, const QString& objectName) {
    auto* action = new QAction(text, page);
    action->setObjectName(objectName);
    action->setShortcuts(QKeySequence::Find);
    QObject::connect(action, &QAction::triggered, field, [field] {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    page->addAction(action);
    return action;
}
} // namespace FilterShortcut
