#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

class QAction;
class QShortcut;
class QWidget;

// Every key binding a window has, read from its live QActions and QShortcuts (so the keyboard
// map, the palette's actions and docs/keyboard.md can be checked against the same list), with
// the area each belongs to (its menu, or the tab that shows its widget), and which bindings of
// one key could fire together at run time: Qt then activates neither and warns "Ambiguous".
class ShortcutCatalog {
    Q_DECLARE_TR_FUNCTIONS(ShortcutCatalog)
public:
    struct Binding {
        QPointer<QAction> action; // null for a QShortcut
        QPointer<QShortcut> shortcut;
        QString text; // without mnemonics
        QString area;
        int areaOrder = 0; // menus in menu bar order, then tabs in tab order, then the rest
        QList<QKeySequence> keys;
        Qt::ShortcutContext context = Qt::WindowShortcut;
        QList<QWidget*> widgets; // where it is in effect (a menu's action: the menu bar)
    };
    struct Conflict {
        Binding first;
        Binding second;
        QKeySequence key;
    };

    // Every named action of window (visible or not, with or without keys) and every QShortcut,
    // by area.
    static QList<Binding> collect(QWidget* window);
    // Bindings of one key that can be in effect at once: both in widgets that can show at the
    // same time (not different pages of a tab or stack) and with focus conditions that can
    // both hold.
    static QList<Conflict> conflicts(const QList<Binding>& bindings);

    static QString plainText(const QString& text); // "&Quit" -> "Quit", "&&" -> "&"
    static QString keysText(const QList<QKeySequence>& keys, QKeySequence::SequenceFormat format);
    // The tab (outermost first) that shows w, or an empty string when no tab does.
    static QString tabOf(const QWidget* w, int* index = nullptr);

private:
    static bool canBeActiveTogether(const Binding& a, QWidget* wa, const Binding& b, QWidget* wb);
};
