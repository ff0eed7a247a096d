#include "SettingsPinStore.h"

#include "core/Settings.h"

QString SettingsPinStore::pinned(const QString& hostPort) const {
    const QString prefix = hostPort + u' ';
    for (const QString& entry : Settings::TlsPinnedCertificates.get()) {
        if (entry.startsWith(prefix))
            return entry.mid(prefix.size());
    }
    return {};
}

void SettingsPinStore::pin(const QString& hostPort, const QString& sha256Hex) {
    const QString prefix = hostPort + u' ';
    QStringList entries = Settings::TlsPinnedCertificates.get();
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const QString& e) { return e.startsWith(prefix); }),
                  entries.end());
    entries.append(prefix + sha256Hex.toLower());
    Settings::TlsPinnedCertificates.set(entries);
}
