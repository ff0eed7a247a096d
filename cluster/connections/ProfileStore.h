#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <optional>

// The operator's cluster profiles, kept in QSettings (Settings::Profiles, a JSON list) with a
// layout version. Loading an older layout migrates it: the recent connection URLs, the Marathon
// ZooKeeper path, the Marathon URL and the read-only switch of earlier versions become profiles.
// Secrets are never stored here; Profile::secretKey names their keychain entries.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    static constexpr int LayoutVersion = 1;

    explicit ProfileStore(QObject* parent = nullptr);

    // Reads the stored profiles again (migrating an older layout first).
    void reload();
    const QList<Profile>& profiles() const { return m_profiles; }
    std::optional<Profile> byId(const QString& id) const;
    std::optional<Profile> byName(const QString& name) const;

    // Why profile cannot be saved as it is (empty when it can): a name, unique among the
    // others, and a ZooKeeper or master URL that parses.
    QString validate(const Profile& profile) const;
    // Adds (a new id when it has none) or replaces the profile with the same id. False, with
    // the reason, when validate() refuses it.
    bool save(Profile& profile, QString* error = nullptr);
    bool remove(const QString& id);
    // A copy under a new id and the first free name "<name> (copy)", "<name> (copy 2)"...
    std::optional<Profile> duplicate(const QString& id);

    static QString newId();

signals:
    void changed();

private:
    void write();
    void migrate();
    QString freeName(const QString& base) const;

    QList<Profile> m_profiles;
};
