#include "Icons.h"

namespace {
struct ActionIcon {
    Icons::Action action;
    const char* theme;    // freedesktop icon naming specification, or the name Breeze/Adwaita use
    const char* fallback; // :/icons/actions/<fallback>.svg
};

constexpr ActionIcon kActionIcons[] = {
    {Icons::Action::Connect, "network-connect", "connect"},
    {Icons::Action::Refresh, "view-refresh", "refresh"},
    {Icons::Action::NewApp, "document-new", "new-app"},
    {Icons::Action::Scale, "transform-scale", "scale"},
    {Icons::Action::Restart, "system-reboot", "restart"},
    {Icons::Action::Suspend, "media-playback-pause", "suspend"},
    {Icons::Action::Kill, "process-stop", "kill"},
    {Icons::Action::Delete, "edit-delete", "delete"},
    {Icons::Action::Logs, "text-x-generic", "logs"},
    {Icons::Action::Notifications, "preferences-system-notifications", "notifications"},
    {Icons::Action::About, "help-about", "about"},
    {Icons::Action::Quit, "application-exit", "quit"},
};

const ActionIcon& entry(Icons::Action action) {
    for (const ActionIcon& icon : kActionIcons) {
        if (icon.action == action)
            return icon;
    }
    Q_UNREACHABLE();
}
} // namespace

QList<int> Icons::applicationSizes() {
    return {16, 22, 24, 32, 48, 64, 128, 256};
}

QIcon Icons::application() {
    QIcon icon;
    for (int size : applicationSizes())
        icon.addFile(QStringLiteral(":/icons/%1/mesosdesk.png").arg(size), QSize(size, size));
    return icon;
}

QIcon Icons::action(Action action) {
    return QIcon::fromTheme(themeName(action), QIcon(fallbackPath(action)));
}

QString Icons::themeName(Action action) {
    return QString::fromLatin1(entry(action).theme);
}

QString Icons::fallbackPath(Action action) {
    return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(entry(action).fallback));
}

QList<Icons::Action> Icons::allActions() {
    QList<Action> all;
    for (const ActionIcon& icon : kActionIcons)
        all.append(icon.action);
    return all;
}
