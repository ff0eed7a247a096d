#pragma once

#include "LayoutAudit.h"
#include "MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QTest>

// A cluster page at the smallest supported window (1024x700) with its read-only note shown
// (its longest state): what LayoutAudit finds cut off or squeezed. The window is put back.
inline QStringList pageFitProblems(MainWindow* window, QWidget* page) {
    const QSize before = window->size();
    window->resize(1024, 700);
    auto* readOnly = window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
    const bool wasReadOnly = readOnly->isChecked();
    readOnly->setChecked(true);
    QTest::qWait(0); // layouts settle on the next turn of the loop
    QCoreApplication::processEvents();
    const QStringList problems = LayoutAudit::problems(page);
    readOnly->setChecked(wasReadOnly);
    window->resize(before);
    return problems;
}
