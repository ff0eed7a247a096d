#pragma once

#include "SettingValue.h"

#include <QByteArray>
#include <QStringList>

// Every persisted setting, typed, in one place.
namespace Settings {
// Connection URLs as typed (ZooKeeper or master URL), most recent first, passwords stripped.
inline const SettingValue<QStringList> RecentConnections{"connection/recent", {}};
inline const SettingValue<QString> MarathonZkPath{"connection/marathonZkPath", QStringLiteral("/marathon")};
// The ZooKeeper servers' AdminServer port (admin.serverPort); 0: ask the four-letter words only.
inline const SettingValue<int> ZkAdminPort{"zookeeper/adminPort", 8080};
// Cluster profiles (cluster/connections/ProfileStore): a JSON array, never a secret; the layout
// version says which shape it has, so an upgrade migrates instead of losing profiles.
inline const SettingValue<int> ProfilesLayoutVersion{"profiles/layoutVersion", 0};
inline const SettingValue<QByteArray> Profiles{"profiles/list", {}};
inline const SettingValue<QByteArray> MainWindowGeometry{"mainWindow/geometry", {}};
inline const SettingValue<QByteArray> MainWindowState{"mainWindow/state", {}};
// View > Theme: "system" (follow the platform's palette), "light" or "dark" (ThemeController).
inline const SettingValue<QString> Theme{"view/theme", QStringLiteral("system")};
// Crash reports (file names) the operator has been shown.
inline const SettingValue<QStringList> SeenCrashReports{"crash/seenReports", {}};
inline const int MaxRecentConnections = 10;
// Cluster view tables: column order, widths, visibility and sort (QHeaderView::saveState).
inline const SettingValue<QByteArray> AgentsTableHeader{"clusterView/agentsHeader", {}};
inline const SettingValue<QByteArray> FrameworksTableHeader{"clusterView/frameworksHeader", {}};
inline const SettingValue<QByteArray> TasksTableHeader{"clusterView/tasksHeader", {}};
// Marathon: a read-only connection disables every action; the New App draft (what was typed,
// not a secret) survives closing the dialog; desktop notifications are off for every kind
// until the operator picks kinds (EventLogModel::Kind names).
inline const SettingValue<bool> MarathonReadOnly{"marathon/readOnly", false};
inline const SettingValue<QString> MarathonNewAppDraft{"marathon/newAppDraft", {}};
inline const SettingValue<QString> MarathonEditDraft{"marathon/editDraft", {}}; // {"appId":..,"text":..}
inline const SettingValue<QStringList> MarathonNotifyKinds{"marathon/notifyKinds", {}};
// An explicit Marathon URL (used instead of ZooKeeper discovery when set).
inline const SettingValue<QString> MarathonUrl{"marathon/url", {}};
// Log viewer defaults (lens#5024, k9s#641: view preferences persist).
inline const SettingValue<int> LogLineCap{"logs/lineCap", 200000};
inline const SettingValue<bool> LogWrap{"logs/wrap", false};
inline const SettingValue<bool> LogRenderAnsi{"logs/renderAnsi", true};
inline const SettingValue<int> LogFontPointSize{"logs/fontPointSize", 0}; // 0: the system fixed font's size
inline const SettingValue<QStringList> RecentAgents{"logs/recentAgents", {}};
// TLS until profiles keep them: certificates the operator trusted ("host:port sha256hex" each;
// fingerprints, not secrets) and an extra CA bundle (PEM) trusted on top of the system CAs.
inline const SettingValue<QStringList> TlsPinnedCertificates{"tls/pinned", {}};
inline const SettingValue<QString> TlsCaFile{"tls/caFile", {}};
// The quick path's last choice: leaders found in ZooKeeper serve HTTPS.
inline const SettingValue<bool> TlsDiscoveredHttps{"tls/discoveredHttps", false};
} // namespace Settings
