#pragma once

#include <QStringList>

class QWidget;

// What the operator would see as broken in a laid-out window or dialog: a word-wrapped label
// shorter than its text needs (lines cut off), a one-line label narrower than its text, or a
// widget squeezed below its minimum size hint. Widgets inside scroll areas are skipped (their
// content scrolls), and so are hidden ones. Each finding names the widget and the sizes.
namespace LayoutAudit {
QStringList problems(QWidget* top);

// Presses Tab from the first focusable widget until focus comes back: every visible, enabled
// widget that takes Tab focus must be reached, and focus must move on each press (a multi-line
// field that keeps Tab for itself traps it). Returns what went wrong.
QStringList tabOrderProblems(QWidget* top);
} // namespace LayoutAudit
