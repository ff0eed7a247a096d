#pragma once

#include "Profile.h"
#include "auth/HttpCredential.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class AuthBroker;
class CredentialStore;
struct ConnectionTarget;

// A profile's passwords and tokens: read from the keychain (asynchronously, all four entries
// under Profile::secretKey), handed to a session, and taken out of URLs the operator typed.
namespace ProfileSecrets {
struct Loaded {
    QHash<Profile::Endpoint, QString> secrets; // only endpoints with an auth kind and an entry
    QString error; // the keychain's first complaint (locked, absent, timed out), empty when none
};

// Whether any endpoint of the profile has an auth kind (so a secret to read).
bool needsKeychain(const Profile& profile);
// Reads the secret of every endpoint whose auth is not None; done runs once, on context's thread,
// when every read answered (never synchronously), and not at all when context is gone by then.
void load(CredentialStore* store, const Profile& profile, QObject* context,
          std::function<void(const Loaded&)> done);

// Where the window keeps the digest password of the profile's ZooKeeper URL typed by hand
// (CredentialStore::keyFor "zk://user@hosts/path"); load() falls back to it. Empty without a digest.
QString recentUrlKey(const Profile& profile);

// The HTTP credential of an endpoint (Masters, Agents, Marathon), or none when its auth is None or
// there is no secret for it.
std::optional<HttpCredential> credential(const Profile& profile, Profile::Endpoint endpoint,
                                         const QString& secret);

// The session's entry with the ZooKeeper digest (user and password) filled in, so the session
// opens with it and nothing connects unauthenticated first.
ConnectionTarget target(const Profile& profile, const Loaded& loaded, QString* error = nullptr);

// Gives broker the profile's credentials before any request, and trusts every host the profile
// names (all its master URLs, its Marathon URL): credentials go only to the hosts of their profile.
void apply(AuthBroker* broker, const Profile& profile, const Loaded& loaded);

// "zk://user:pw@...", "https://user:pw@...": the user info leaves the URL (zkUrl, masterUrls,
// marathonUrl) for the endpoint's auth (Basic, or the ZooKeeper digest), and the secrets typed
// there are returned, to be written to the keychain. Nothing changes for URLs without user info.
QHash<Profile::Endpoint, QString> takeUrlSecrets(Profile& profile);
// Whether a URL of the profile still carries a password (the store refuses to keep one).
bool hasUrlPassword(const Profile& profile);
} // namespace ProfileSecrets
