#include "ZkCommandTarget.h"

#include "connections/ProfileSecrets.h"
#include "connections/ProfileStore.h"
#include "credentials/CredentialStore.h"

#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <memory>

namespace {
// --zk-status needs no path (only the servers are asked); ZkUrl wants one.
QString withPath(const QString& text) {
    const qsizetype authority = text.startsWith(QLatin1String("zk://")) ? 5 : 0;
    return text.indexOf(u'/', authority) < 0 ? text + QLatin1String("/zookeeper") : text;
}

// The profile whose ZooKeeper URL names the same ensemble and path with this digest user.
std::optional<Profile> profileOf(const ProfileStore& store, const ZkUrl& url) {
    for (const Profile& p : store.profiles()) {
        const ZkUrl own = ZkUrl::parse(p.zkUrl);
        if (own.isValid() && own.hosts == url.hosts && own.path == url.path &&
            p.zooKeeper.kind != Profile::Auth::Kind::None && p.zooKeeper.user == url.user)
            return p;
    }
    return std::nullopt;
}
} // namespace

ZkCommandTarget ZkCommandTarget::find(const QString& given, const QString& profileName, bool pathOptional,
                                      bool wantDigest, CredentialStore* keychain,
                                      std::chrono::milliseconds timeout, QTextStream& err) {
    ZkCommandTarget target;
    ProfileStore store;
    QString text = given.trimmed();
    std::optional<Profile> source; // whose digest password to read
    if (!profileName.isEmpty()) {
        const auto profile = store.byName(profileName);
        if (!text.isEmpty()) {
            err << tr("mesosdesk: give --profile or a ZooKeeper URL, not both") << Qt::endl;
            return target;
        }
        if (!profile) {
            QStringList known;
            for (const Profile& p : store.profiles())
                known << p.name;
            err << tr("mesosdesk: no profile is called \"%1\" (%2)")
                       .arg(profileName,
                            known.isEmpty() ? tr("there are no profiles") : known.join(QStringLiteral(", ")))
                << Qt::endl;
            return target;
        }
        if (profile->zkUrl.trimmed().isEmpty()) {
            err << tr("mesosdesk: the profile \"%1\" has no ZooKeeper URL").arg(profileName) << Qt::endl;
            return target;
        }
        text = profile->zkUrl.trimmed();
        target.url = ZkUrl::parse(pathOptional ? withPath(text) : text);
        if (profile->zooKeeper.kind != Profile::Auth::Kind::None && !profile->zooKeeper.user.isEmpty()) {
            target.url.user = profile->zooKeeper.user;
            source = profile;
        }
    } else {
        QString error;
        target.url = ZkUrl::parse(pathOptional ? withPath(text) : text, &error);
        if (!target.url.isValid()) {
            err << tr("mesosdesk: invalid ZooKeeper URL \"%1\": %2").arg(text, error) << Qt::endl;
            return target;
        }
        if (!target.url.password.isEmpty()) {
            err << tr("mesosdesk: a password on the command line is visible to every user of this machine; "
                      "give zk://%1@… (the password is read from the keychain) or --profile")
                       .arg(target.url.user)
                << Qt::endl;
            return target;
        }
        if (target.url.hasCredentials()) {
            source = profileOf(store, target.url);
            if (!source) { // a recent URL: no profile, its password where the window filed it
                source = Profile{};
                source->zkUrl = QStringLiteral("zk://") + target.url.hosts + target.url.path;
                source->zooKeeper = {Profile::Auth::Kind::Basic, target.url.user};
            }
        }
    }
    target.displayUrl = target.url.toDisplayString();
    if (!target.url.isValid()) {
        err << tr("mesosdesk: invalid ZooKeeper URL \"%1\"").arg(text) << Qt::endl;
        return target;
    }
    if (!source || !wantDigest) {
        target.exitCode = Found;
        return target;
    }
    // Only the digest is wanted; the answer may come after the deadline, when this frame is gone.
    source->masters = source->agents = source->marathon = {};
    struct Answer {
        bool answered = false;
        ProfileSecrets::Loaded loaded;
    };
    auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    ProfileSecrets::load(keychain, *source, &loop, [answer, &loop](const ProfileSecrets::Loaded& loaded) {
        *answer = {true, loaded};
        loop.quit(); // only called while the loop (its context) lives
    });
    loop.exec();
    QString problem;
    const QString password = answer->loaded.secrets.value(Profile::Endpoint::ZooKeeper);
    if (!answer->answered)
        problem = tr("it did not answer within %1 s").arg(double(timeout.count()) / 1000.0);
    else if (!answer->loaded.error.isEmpty())
        problem = answer->loaded.error;
    else if (password.isEmpty())
        problem = tr("it holds no ZooKeeper password for %1").arg(target.displayUrl);
    target.url.password = password;
    if (!problem.isEmpty()) {
        err << tr("mesosdesk: the ZooKeeper password cannot be read from the keychain: %1").arg(problem)
            << Qt::endl;
        target.exitCode = NoSecret;
        return target;
    }
    target.exitCode = Found;
    return target;
}
