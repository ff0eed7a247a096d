#pragma once

#include <QString>

class QAction;
class QLineEdit;
class QWidget;

// Find (Ctrl+F) on a page with a filter field: the field takes the focus with its text selected.
// The action is the page's, in effect while the page shows, so pages on other tabs each have
// their own without a conflict.
namespace FilterShortcut {
QAction* install(QWidget* page, QLineEdit* field, const QString& text, const QString& objectName);
}
