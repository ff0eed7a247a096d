#pragma once

#include "SettingValue.h"

#include <QByteArray>
#include <QStringList>

// Every persisted setting, typed, in one place.
namespace Settings {
// Connection URLs as typed (ZooKeeper or master URL), most recent first, passwords stripped.
inline const SettingValue<QStringList> RecentConnections{"connection/recent", {}};
inline const SettingValue<QString> MarathonZkPath{"connection/marathonZkPath", QStringLiteral("/marathon")};
inline const SettingValue<QByteArray> MainWindowGeometry{"mainWindow/geometry", {}};
inline const SettingValue<QByteArray> MainWindowState{"mainWindow/state", {}};
inline const int MaxRecentConnections = 10;
// Log viewer defaults (lens#5024, k9s#641: view preferences persist).
inline const SettingValue<int> LogLineCap{"logs/lineCap", 200000};
inline const SettingValue<bool> LogWrap{"logs/wrap", false};
inline const SettingValue<bool> LogRenderAnsi{"logs/renderAnsi", true};
inline const SettingValue<int> LogFontPointSize{"logs/fontPointSize", 0}; // 0: the system fixed font's size
inline const SettingValue<QStringList> RecentAgents{"logs/recentAgents", {}};
} // namespace Settings
