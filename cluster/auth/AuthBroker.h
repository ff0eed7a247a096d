#pragma once

#include "HttpCredential.h"
#include "connections/Profile.h"
#include "net/HttpTransport.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

// One session's HTTP credentials, and what happens on a 401 (issue #13, "Authentication failures").
//  - Credentials are bound to a scope: the hosts the connection names, by group (its masters,
//    agents and Marathon: one sign-in serves every master), or else one origin. A redirect, or a
//    Marathon found through the Mesos framework list, at a host outside the connection gets none
//    of them: it has its own scope, and the operator is asked (the request says it is not trusted).
//  - A 401 parks the request and asks once per scope (concurrent 401s wait for the same answer);
//    the answer resends every parked request with the credential, a cancel fails them.
//  - The same credential refused again is a wrong password: asked again with the reason, at most
//    MaxRefusals times in a row; after that, or after a cancel, the scope stops asking (no loop of
//    dialogs) until resumeAsking().
//  - A mutating request refused with 403 by a signed-in scope is reported as read-only credentials.
// Keychain and memory stores are the UI's business (widgets/auth): the broker only asks and is told.
class AuthBroker : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxRefusals = 3;

    struct Request {
        QString scope;    // what provide() and cancel() take
        QString storeKey; // where a remembered credential is kept (no secret in it)
        QString host;     // host:port that asked
        QString realm;    // as the server named it (Mesos: mesos-master-readonly...), may be empty
        bool wantsToken = false;
        bool trusted = true; // false: a host the connection does not name (redirect, framework list)
        Profile::Endpoint group = Profile::Endpoint::Masters; // when trusted
        QString error; // why it is asked again ("refused"), empty the first time
        QString user;  // the user last tried, to fill in
        int refusals = 0;
    };

    explicit AuthBroker(QObject* parent = nullptr);

    // Every request of transport gets this broker's credentials and 401 handling.
    void install(HttpTransport* transport);
    // The name remembered credentials are filed under (the connection's display URL, no password).
    void setConnectionKey(const QString& key) { m_connectionKey = key; }
    // A host the connection names; its scheme does not matter (http and https of it are one host).
    void trust(const QUrl& url, Profile::Endpoint group);
    bool isTrusted(const QUrl& url) const { return m_trusted.contains(hostKey(url)); }
    // A credential known before any 401 (typed into a URL, a profile's keychain entry).
    void setCredential(Profile::Endpoint group, const HttpCredential& credential);

    void provide(const QString& scope, const HttpCredential& credential);
    void cancel(const QString& scope);
    // Scopes that stopped asking ask again at their next 401.
    void resumeAsking();
    bool isAsking(const QString& scope) const;
    // Requests held for the scope's answer: a 401 that is coalesced shows here, not as a prompt.
    int parkedCount(const QString& scope) const;
    // The scope a URL's credentials belong to.
    QString scopeOf(const QUrl& url) const;
    // Whether a credential is held for url's scope (never the credential itself).
    bool hasCredential(const QUrl& url) const;

    static QString hostKey(const QUrl& url); // "host:port", lower-case, default port filled in
    static QString groupName(Profile::Endpoint group);

signals:
    void credentialsNeeded(const AuthBroker::Request& request);
    // A credential was answered with something other than 401: it may be remembered now.
    void credentialAccepted(const AuthBroker::Request& request, const HttpCredential& credential);
    // A mutating request was refused (403) though signed in: read-only credentials.
    void forbidden(const AuthBroker::Request& request, const QString& method, const QUrl& url);
    // A scope stopped asking (canceled, or refused too often) or asks again.
    void blockedChanged(const QString& scope, bool blocked);
    // The scope no longer asks: its host turned out to be one of the connection's.
    void requestWithdrawn(const QString& scope);

private:
    struct Scope {
        std::optional<HttpCredential> credential;
        bool verified = false;
        bool asking = false;
        bool blocked = false;
        int refusals = 0;
        QString realm;
        bool wantsToken = false;
        QString host;
        QString error;
        QString user;
        QList<HttpTransport::Unauthorized> parked;
    };
    void authenticate(QNetworkRequest& request) const;
    void onUnauthorized(const HttpTransport::Unauthorized& unauthorized);
    void onAnswer(const QByteArray& method, const QUrl& url, int status, const QByteArray& sent);
    Request requestOf(const QString& scope) const;
    void failParked(const QString& scope, const ApiError& error);
    ApiError blockedError(const QString& scope) const;

    QHash<QString, Profile::Endpoint> m_trusted; // hostKey -> group
    QHash<QString, Scope> m_scopes;
    QString m_connectionKey;
};

Q_DECLARE_METATYPE(AuthBroker::Request)
