#include "ProfileSecrets.h"

#include "ProfileJson.h"
#include "auth/AuthBroker.h"
#include "core/ConnectionTarget.h"
#include "credentials/CredentialStore.h"

#include <QPointer>
#include <QRegularExpression>
#include <QUrl>
#include <memory>

namespace {
constexpr Profile::Endpoint AllEndpoints[] = {Profile::Endpoint::Masters, Profile::Endpoint::Agents,
                                              Profile::Endpoint::Marathon, Profile::Endpoint::ZooKeeper};
constexpr Profile::Endpoint HttpEndpoints[] = {Profile::Endpoint::Masters, Profile::Endpoint::Agents,
                                               Profile::Endpoint::Marathon};

Profile::Auth& authOf(Profile& profile, Profile::Endpoint endpoint) {
    return const_cast<Profile::Auth&>(std::as_const(profile).auth(endpoint));
}

// user[:password]@ right after "zk://" (or a secure ZooKeeper scheme): ZkUrl's grammar, not QUrl's,
// as a host list with commas is no URL authority QUrl keeps.
const QRegularExpression& zkUserInfo() {
    static const QRegularExpression re(QStringLiteral("^([A-Za-z+]+://)([^@/]*)@"));
    return re;
}

// Takes "user[:password]" out of an http(s) URL; returns whether it had any.
bool takeHttpUserInfo(QString& url, QString* user, QString* password) {
    QUrl parsed(url.trimmed());
    if (!parsed.isValid() || (parsed.userName().isEmpty() && parsed.password().isEmpty()))
        return false;
    *user = parsed.userName();
    *password = parsed.password();
    url = parsed.toString(QUrl::RemoveUserInfo);
    return true;
}

void take(Profile& profile, Profile::Endpoint endpoint, const QString& user, const QString& password,
          QHash<Profile::Endpoint, QString>& secrets) {
    Profile::Auth& auth = authOf(profile, endpoint);
    if (!user.isEmpty()) {
        auth.kind = Profile::Auth::Kind::Basic;
        auth.user = user;
    }
    if (!password.isEmpty())
        secrets.insert(endpoint, password);
}
} // namespace

namespace ProfileSecrets {
bool needsKeychain(const Profile& profile) {
    return std::any_of(std::begin(AllEndpoints), std::end(AllEndpoints), [&](Profile::Endpoint endpoint) {
        return profile.auth(endpoint).kind != Profile::Auth::Kind::None;
    });
}

void load(CredentialStore* store, const Profile& profile, QObject* context,
          std::function<void(const Loaded&)> done) {
    struct Pending {
        Loaded loaded;
        int waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    QPointer<QObject> guard(context);
    QList<Profile::Endpoint> wanted;
    for (Profile::Endpoint endpoint : AllEndpoints) {
        if (profile.auth(endpoint).kind != Profile::Auth::Kind::None)
            wanted << endpoint;
    }
    if (wanted.isEmpty() || !store) {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    pending->waiting = int(wanted.size());
    for (Profile::Endpoint endpoint : std::as_const(wanted)) {
        // A profile migrated from a recent URL has its digest password where the window filed it.
        const QString fallback = endpoint == Profile::Endpoint::ZooKeeper ? recentUrlKey(profile) : QString();
        auto answered = [pending, guard, done, endpoint](bool found, const QString& secret,
                                                         const QString& error) {
            if (found && !secret.isEmpty())
                pending->loaded.secrets.insert(endpoint, secret);
            if (!error.isEmpty() && pending->loaded.error.isEmpty())
                pending->loaded.error = error;
            if (--pending->waiting == 0 && guard)
                done(pending->loaded);
        };
        QPointer<CredentialStore> keychain(store);
        store->read(profile.secretKey(endpoint),
                    [keychain, fallback, answered](bool found, const QString& secret, const QString& error) {
                        if (found || !error.isEmpty() || fallback.isEmpty() || !keychain)
                            return answered(found, secret, error);
                        keychain->read(fallback, answered);
                    });
    }
}

QString recentUrlKey(const Profile& profile) {
    ZkUrl url = ZkUrl::parse(profile.zkUrl);
    if (!url.isValid() || profile.zooKeeper.kind == Profile::Auth::Kind::None ||
        profile.zooKeeper.user.isEmpty())
        return {};
    url.user = profile.zooKeeper.user;
    return CredentialStore::keyFor(url.toDisplayString());
}

std::optional<HttpCredential> credential(const Profile& profile, Profile::Endpoint endpoint,
                                         const QString& secret) {
    const Profile::Auth& auth = profile.auth(endpoint);
    HttpCredential credential;
    credential.secret = secret;
    credential.user = auth.user;
    switch (auth.kind) {
    case Profile::Auth::Kind::None:
        return std::nullopt;
    case Profile::Auth::Kind::Basic:
        credential.kind = HttpCredential::Kind::Basic;
        break;
    case Profile::Auth::Kind::Token:
        credential.kind = HttpCredential::Kind::Token;
        credential.user.clear();
        break;
    }
    if (!credential.isValid())
        return std::nullopt;
    return credential;
}

ConnectionTarget target(const Profile& profile, const Loaded& loaded, QString* error) {
    ConnectionTarget target = ProfileJson::target(profile, error);
    const QString password = loaded.secrets.value(Profile::Endpoint::ZooKeeper);
    // Without a password there is no digest to present (ZooKeeper takes any, and matches none).
    if (target.kind == ConnectionTarget::Kind::ZooKeeper &&
        profile.zooKeeper.kind != Profile::Auth::Kind::None && !profile.zooKeeper.user.isEmpty() &&
        !password.isEmpty()) {
        target.zk.user = profile.zooKeeper.user;
        target.zk.password = password;
    }
    return target;
}

void apply(AuthBroker* broker, const Profile& profile, const Loaded& loaded) {
    for (const QString& url : profile.masterUrls)
        broker->trust(QUrl(url.trimmed()), Profile::Endpoint::Masters);
    if (!profile.marathonUrl.trimmed().isEmpty())
        broker->trust(QUrl(profile.marathonUrl.trimmed()), Profile::Endpoint::Marathon);
    for (Profile::Endpoint endpoint : HttpEndpoints) {
        if (const auto given = credential(profile, endpoint, loaded.secrets.value(endpoint)))
            broker->setCredential(endpoint, *given);
    }
}

QHash<Profile::Endpoint, QString> takeUrlSecrets(Profile& profile) {
    QHash<Profile::Endpoint, QString> secrets;
    if (const QRegularExpressionMatch m = zkUserInfo().match(profile.zkUrl.trimmed()); m.hasMatch()) {
        const QString info = m.captured(2);
        const qsizetype colon = info.indexOf(u':');
        take(profile, Profile::Endpoint::ZooKeeper, colon < 0 ? info : info.left(colon),
             colon < 0 ? QString() : info.mid(colon + 1), secrets);
        profile.zkUrl = m.captured(1) + profile.zkUrl.trimmed().mid(m.capturedLength());
    }
    for (QString& url : profile.masterUrls) {
        QString user, password;
        if (takeHttpUserInfo(url, &user, &password))
            take(profile, Profile::Endpoint::Masters, user, password, secrets);
    }
    QString user, password;
    if (takeHttpUserInfo(profile.marathonUrl, &user, &password))
        take(profile, Profile::Endpoint::Marathon, user, password, secrets);
    return secrets;
}

bool hasUrlPassword(const Profile& profile) {
    Profile copy = profile;
    return !takeUrlSecrets(copy).isEmpty();
}
} // namespace ProfileSecrets
