#pragma once

#include "PaletteEntry.h"

#include <QList>
#include <QObject>

class CommandPalette;
class MainWindow;
class MesosTablePage;
class PaletteModel;
class QAction;
class QMenu;

// Keyboard first (#14) on one cluster window: Ctrl+K opens the command palette over everything
// the window shows (apps, tasks, agents, frameworks, profiles, actions), '?' and F1 the keyboard
// map, Ctrl+1…Ctrl+0 the tabs. Kept out of MainWindow so the window only calls it once.
class PaletteWiring : public QObject {
    Q_OBJECT
public:
    // view, help: the window's menus, which get the palette, the tab keys and the map.
    PaletteWiring(MainWindow* window, QMenu* view, QMenu* help);

    CommandPalette* palette() const { return m_palette; }
    PaletteModel* model() const { return m_model; }
    QAction* paletteAction() const { return m_paletteAction; }
    QAction* keyboardMapAction() const { return m_mapAction; }
    void showKeyboardMap();
    // The Go to Tab actions take the tabs' names (the Marathon tab comes with a session).
    void updateTabActions();

private:
    void addSources();
    // Acts on the chosen entry; returns why it could not, or an empty string.
    QString act(const PaletteEntry& entry);
    QString showRow(MesosTablePage* page, int row, const QString& gone);

    MainWindow* m_window;
    PaletteModel* m_model;
    CommandPalette* m_palette;
    QAction* m_paletteAction;
    QAction* m_mapAction;
    QList<QAction*> m_tabActions;
};
