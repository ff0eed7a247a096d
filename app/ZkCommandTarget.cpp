#include "ZkCommandTarget.h"

#include "connections/ProfileStore.h"
#include "credentials/CredentialStore.h"

#include <QEventLoop>
#include <QPointer>
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
    QString key;
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
            key = profile->secretKey(Profile::Endpoint::ZooKeeper);
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
            const auto profile = profileOf(store, target.url);
            key = profile ? profile->secretKey(Profile::Endpoint::ZooKeeper)
                          : CredentialStore::keyFor(target.url.toDisplayString());
        }
    }
    target.displayUrl = target.url.toDisplayString();
    if (!target.url.isValid()) {
        err << tr("mesosdesk: invalid ZooKeeper URL \"%1\"").arg(text) << Qt::endl;
        return target;
    }
    if (key.isEmpty() || !wantDigest) {
        target.exitCode = Found;
        return target;
    }
    // The answer may come after the deadline, when this frame is gone: it lands in shared state.
    struct Answer {
        bool answered = false;
        bool found = false;
        QString secret;
        QString error;
    };
    auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    keychain->read(key, [answer, waiting](bool found, const QString& secret, const QString& error) {
        *answer = {true, found, secret, error};
        if (waiting)
            waiting->quit();
    });
    if (!answer->answered)
        loop.exec();
    QString problem;
    if (!answer->answered)
        problem = tr("it did not answer within %1 s").arg(double(timeout.count()) / 1000.0);
    else if (!answer->found)
        problem = answer->error.isEmpty() ? tr("it holds no ZooKeeper password for %1").arg(target.displayUrl)
                                          : answer->error;
    target.url.password = answer->secret;
    if (!problem.isEmpty()) {
        err << tr("mesosdesk: the ZooKeeper password cannot be read from the keychain: %1").arg(problem)
            << Qt::endl;
        target.exitCode = NoSecret;
        return target;
    }
    target.exitCode = Found;
    return target;
}
