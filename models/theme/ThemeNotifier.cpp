#include "ThemeNotifier.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

namespace {
void repaint(QAbstractItemModel* model, const QModelIndex& parent, const QList<int>& roles) {
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    if (rows <= 0 || columns <= 0)
        return;
    emit model->dataChanged(model->index(0, 0, parent), model->index(rows - 1, columns - 1, parent), roles);
    for (int row = 0; row < rows; ++row)
        if (const QModelIndex child = model->index(row, 0, parent); model->hasChildren(child))
            repaint(model, child, roles);
}
} // namespace

ThemeNotifier::ThemeNotifier(QObject* parent) : QObject(parent) {
    // QGuiApplication::paletteChanged is deprecated; the application object gets this event.
    if (parent) // without an application there is no palette to change
        parent->installEventFilter(this);
}

ThemeNotifier* ThemeNotifier::instance() {
    static QPointer<ThemeNotifier> notifier; // gone with its application (tests make several)
    if (!notifier)
        notifier = new ThemeNotifier(QCoreApplication::instance());
    return notifier;
}

bool ThemeNotifier::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance())
        emit changed();
    return false;
}

void ThemeNotifier::repaintOnChange(QAbstractItemModel* model, const QList<int>& roles) {
    connect(instance(), &ThemeNotifier::changed, model, [model, roles] { repaint(model, {}, roles); });
}
