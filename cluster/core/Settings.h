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
// Cluster view tables: column order, widths, visibility and sort (QHeaderView::saveState).
inline const SettingValue<QByteArray> AgentsTableHeader{"clusterView/agentsHeader", {}};
inline const SettingValue<QByteArray> FrameworksTableHeader{"clusterView/frameworksHeader", {}};
inline const SettingValue<QByteArray> TasksTableHeader{"clusterView/tasksHeader", {}};
} // namespace Settings
