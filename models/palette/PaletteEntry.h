#pragma once

#include <QAction>
#include <QPointer>
#include <QString>

// What the command palette can find; the order is also the tie-break between equal scores.
enum class PaletteKind { Action, App, Pod, Framework, Agent, Task, Profile };

// One thing the palette can find and act on. key says which (an app id, a task's
// "frameworkId/taskId", an agent or framework id, a profile id); an action entry carries the
// QAction itself.
struct PaletteEntry {
    PaletteKind kind = PaletteKind::Action;
    QString title;    // what is matched and shown
    QString subtitle; // context, shown dimmer
    QString key;
    QPointer<QAction> action;
};
