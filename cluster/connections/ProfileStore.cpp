#include "ProfileStore.h"

#include "ProfileJson.h"
#include "ProfileSecrets.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

ProfileStore::ProfileStore(QObject* parent) : QObject(parent) {
    reload();
}

void ProfileStore::reload() {
    if (Settings::ProfilesLayoutVersion.get() < LayoutVersion)
        migrate();
    m_profiles.clear();
    for (const QJsonValue& value : QJsonDocument::fromJson(Settings::Profiles.get()).array())
        m_profiles.append(ProfileJson::fromJson(value.toObject()));
    emit changed();
}

// Layout 0 (MesosDesk before profiles) kept one connection at a time: the recent URLs, and one
// Marathon path, URL and read-only switch for whichever was open. Each recent URL becomes a
// profile carrying those; the old keys stay, as the quick "open a URL" path still uses them.
void ProfileStore::migrate() {
    QJsonArray list = QJsonDocument::fromJson(Settings::Profiles.get()).array();
    QStringList names;
    for (const QJsonValue& value : std::as_const(list))
        names << value[QLatin1String("name")].toString();
    for (const QString& url : Settings::RecentConnections.get()) {
        // The list was stored without passwords: "zk://user@host/path" keeps only the digest
        // user, which is no URL ZkUrl reads; the user goes to the profile's ZooKeeper auth.
        QString text = url.trimmed();
        QString zkUser;
        static const QRegularExpression userOnly(QStringLiteral("^zk://([^:@/]+)@"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = userOnly.match(text); m.hasMatch()) {
            zkUser = m.captured(1);
            text = QStringLiteral("zk://") + text.mid(m.capturedLength());
        }
        const ConnectionTarget target = ConnectionTarget::parse(text);
        if (!target.isValid() || names.contains(url.trimmed()))
            continue;
        Profile profile;
        profile.id = newId();
        profile.name = url.trimmed();
        names << profile.name;
        if (target.kind == ConnectionTarget::Kind::ZooKeeper) {
            profile.zkUrl = target.toDisplayString();
            if (!zkUser.isEmpty())
                profile.zooKeeper = {Profile::Auth::Kind::Basic, zkUser}; // its password: the keychain
        } else {
            profile.masterUrls = {target.toDisplayString()};
        }
        profile.marathonZkPath = Settings::MarathonZkPath.get();
        profile.marathonUrl = Settings::MarathonUrl.get();
        profile.readOnly = Settings::MarathonReadOnly.get();
        list.append(ProfileJson::toJson(profile));
    }
    Settings::Profiles.set(QJsonDocument(list).toJson(QJsonDocument::Compact));
    Settings::ProfilesLayoutVersion.set(LayoutVersion);
}

std::optional<Profile> ProfileStore::byId(const QString& id) const {
    for (const Profile& p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::byName(const QString& name) const {
    for (const Profile& p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::validate(const Profile& profile) const {
    if (profile.name.trimmed().isEmpty())
        return tr("a profile needs a name");
    for (const Profile& other : m_profiles) {
        if (other.id != profile.id && other.name.compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("another profile is called \"%1\"").arg(other.name);
    }
    QString error;
    if (!ProfileJson::target(profile, &error).isValid())
        return error;
    // The dialog moves such a password to the keychain first; one that gets here is not written down.
    if (ProfileSecrets::hasUrlPassword(profile))
        return tr("a URL carries a password; passwords are kept in the keychain, not in URLs");
    if (profile.mesosPollMs < 500 || profile.marathonPollMs < 500)
        return tr("poll intervals are at least 500 ms");
    return {};
}

bool ProfileStore::save(Profile& profile, QString* error) {
    profile.name = profile.name.trimmed();
    if (const QString problem = validate(profile); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (profile.id.isEmpty())
        profile.id = newId();
    bool replaced = false;
    for (Profile& p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles.append(profile);
    write();
    return true;
}

bool ProfileStore::remove(const QString& id) {
    const qsizetype removed = m_profiles.removeIf([&](const Profile& p) { return p.id == id; });
    if (removed)
        write();
    return removed > 0;
}

std::optional<Profile> ProfileStore::duplicate(const QString& id) {
    std::optional<Profile> copy = byId(id);
    if (!copy)
        return std::nullopt;
    copy->id = newId();
    copy->name = freeName(copy->name);
    m_profiles.append(*copy);
    write();
    return copy;
}

QString ProfileStore::freeName(const QString& base) const {
    QString name = tr("%1 (copy)").arg(base);
    for (int n = 2; byName(name); ++n)
        name = tr("%1 (copy %2)").arg(base).arg(n);
    return name;
}

QString ProfileStore::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ProfileStore::write() {
    QJsonArray list;
    for (const Profile& p : std::as_const(m_profiles))
        list.append(ProfileJson::toJson(p));
    Settings::Profiles.set(QJsonDocument(list).toJson(QJsonDocument::Compact));
    Settings::ProfilesLayoutVersion.set(LayoutVersion);
    emit changed();
}
