#pragma once

#include "LayoutAudit.h"
#include "MainWindow.h"
#include "TestEnvironment.h"

#include <QAction>

// A cluster page at the smallest supported window (1024x700) with its read-only note shown
// (its longest state): what LayoutAudit finds cut off or squeezed. The window is put back.
inline QStringList pageFitProblems(MainWindow* window, QWidget* page) {
    const QSize before = window->size();
    window->resize(1024, 700);
    auto* readOnly = window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
    const bool wasReadOnly = readOnly->isChecked();
    readOnly->setChecked(true);
    TestEnvironment::settleLayouts();
    const QStringList problems = LayoutAudit::problems(page);
    readOnly->setChecked(wasReadOnly);
    window->resize(before);
    return problems;
}
