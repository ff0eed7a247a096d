#pragma once

#include <QIcon>
#include <QList>
#include <QString>

// The application's icons. Action icons go by their freedesktop icon theme name, so each desktop
// shows its own; where the theme has none (or there is no theme, as on Windows, macOS and the
// offscreen platform) the bundled SVG under :/icons/actions shows instead.
class Icons {
public:
    enum class Action {
        Connect,
        Refresh,
        NewApp,
        Scale,
        Restart,
        Suspend,
        Kill,
        Delete,
        Logs,
        Notifications,
        About,
        Quit
    };

    // The application's mark, from PNGs rendered at each size (crisp where a window manager
    // asks for 16 or 22 px, and shown even without Qt's SVG plugin).
    static QIcon application();
    static QList<int> applicationSizes();
    static QIcon action(Action action);
    static QString themeName(Action action);
    static QString fallbackPath(Action action);
    static QList<Action> allActions();
};
