#include "AuthBroker.h"

#include "AuthChallenge.h"
#include "credentials/CredentialStore.h"

#include <QNetworkRequest>
#include <QPointer>

namespace {
constexpr const char* GroupNames[] = {"masters", "agents", "marathon", "zookeeper"};

// host:port as the operator knows it (never the URL's user info).
QString displayHost(const QUrl& url) {
    return url.port() < 0 ? url.host() : url.host() + u':' + QString::number(url.port());
}

bool isMutating(const QByteArray& method) {
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}
} // namespace

AuthBroker::AuthBroker(QObject* parent) : QObject(parent) {
    qRegisterMetaType<AuthBroker::Request>();
}

QString AuthBroker::hostKey(const QUrl& url) {
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.host().toLower() + u':' + QString::number(url.port(defaultPort));
}

QString AuthBroker::groupName(Profile::Endpoint group) {
    return QLatin1String(GroupNames[int(group)]);
}

QString AuthBroker::scopeOf(const QUrl& url) const {
    const auto trusted = m_trusted.constFind(hostKey(url));
    if (trusted != m_trusted.constEnd())
        return groupName(*trusted);
    // Outside the connection: the exact origin, scheme included, so nothing leaks across.
    return url.scheme().toLower() + QStringLiteral("://") + hostKey(url);
}

void AuthBroker::install(HttpTransport* transport) {
    QPointer<AuthBroker> self(this);
    transport->setAuthenticator([self](QNetworkRequest& request) {
        if (self)
            self->authenticate(request);
    });
    transport->setUnauthorizedHandler([self](const HttpTransport::Unauthorized& unauthorized) {
        if (self)
            self->onUnauthorized(unauthorized);
        else
            unauthorized.fail(ApiError::fromHttp(401, unauthorized.response.body));
    });
    transport->setAnswerObserver(
        [self](const QByteArray& method, const QUrl& url, int status, const QByteArray& sent) {
            if (self)
                self->onAnswer(method, url, status, sent);
        });
}

void AuthBroker::trust(const QUrl& url, Profile::Endpoint group) {
    if (url.host().isEmpty())
        return;
    const QString outside = scopeOf(url);
    m_trusted.insert(hostKey(url), group);
    // It asked as a host outside the connection before the connection named it (a Marathon or an
    // agent reached before ZooKeeper or the masters listed it): its requests now belong to the
    // group, which signs them in or asks once, and its own prompt goes.
    const auto it = m_scopes.find(outside);
    if (it == m_scopes.end() || outside == groupName(group))
        return;
    const QList<HttpTransport::Unauthorized> parked = std::exchange(it->parked, {});
    const bool wasAsking = std::exchange(it->asking, false);
    if (wasAsking)
        emit requestWithdrawn(outside);
    for (const HttpTransport::Unauthorized& request : parked)
        onUnauthorized(request);
}

void AuthBroker::setCredential(Profile::Endpoint group, const HttpCredential& credential) {
    Scope& scope = m_scopes[groupName(group)];
    scope.credential = credential;
    scope.user = credential.user;
    scope.verified = false;
}

bool AuthBroker::hasCredential(const QUrl& url) const {
    const auto it = m_scopes.constFind(scopeOf(url));
    return it != m_scopes.constEnd() && it->credential.has_value();
}

bool AuthBroker::isAsking(const QString& scope) const {
    const auto it = m_scopes.constFind(scope);
    return it != m_scopes.constEnd() && it->asking;
}

int AuthBroker::parkedCount(const QString& scope) const {
    const auto it = m_scopes.constFind(scope);
    return it == m_scopes.constEnd() ? 0 : int(it->parked.size());
}

void AuthBroker::authenticate(QNetworkRequest& request) const {
    const auto it = m_scopes.constFind(scopeOf(request.url()));
    if (it != m_scopes.constEnd() && it->credential)
        request.setRawHeader("Authorization", it->credential->authorization());
    else
        request.setRawHeader("Authorization",
                             QByteArray()); // none but the scope's own, whatever the caller set
}

AuthBroker::Request AuthBroker::requestOf(const QString& name) const {
    const Scope& scope = m_scopes[name];
    Request request;
    request.scope = name;
    request.host = scope.host;
    request.realm = scope.realm;
    request.wantsToken = scope.wantsToken;
    request.error = scope.error;
    request.user = scope.user;
    request.refusals = scope.refusals;
    request.trusted = !name.contains(QLatin1String("://"));
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(GroupNames[i]))
            request.group = Profile::Endpoint(i);
    // One remembered credential per connection and group; an outside host by its own origin.
    request.storeKey =
        request.trusted ? QString(CredentialStore::keyFor(m_connectionKey) + QStringLiteral("|http:") + name)
                        : QString(QStringLiteral("http:") + name);
    return request;
}

ApiError AuthBroker::blockedError(const QString& name) const {
    const Scope& scope = m_scopes[name];
    ApiError error = ApiError::make(
        ApiError::Kind::Http,
        scope.realm.isEmpty()
            ? tr("%1 needs credentials; signing in was stopped").arg(scope.host)
            : tr("%1 needs credentials (realm \"%2\"); signing in was stopped").arg(scope.host, scope.realm));
    error.httpStatus = 401;
    return error;
}

void AuthBroker::failParked(const QString& name, const ApiError& error) {
    const QList<HttpTransport::Unauthorized> parked = std::exchange(m_scopes[name].parked, {});
    for (const HttpTransport::Unauthorized& request : parked)
        request.fail(error);
}

void AuthBroker::onUnauthorized(const HttpTransport::Unauthorized& unauthorized) {
    const QString name = scopeOf(unauthorized.url);
    Scope& scope = m_scopes[name];
    const AuthChallenge challenge = AuthChallenge::parse(unauthorized.response.header("WWW-Authenticate"));
    if (!challenge.realm.isEmpty() || scope.realm.isEmpty())
        scope.realm = challenge.realm;
    scope.wantsToken =
        challenge.wantsToken() || (scope.credential && scope.credential->kind == HttpCredential::Kind::Token);
    scope.host = displayHost(unauthorized.url);
    if (scope.blocked) {
        unauthorized.fail(blockedError(name));
        return;
    }
    const QByteArray current = scope.credential ? scope.credential->authorization() : QByteArray();
    if (!current.isEmpty() && current != unauthorized.sentAuthorization) {
        unauthorized.resend(); // sent before the current credential was given
        return;
    }
    if (!current.isEmpty()) {
        // The credential held was refused: a wrong password (or a token that expired).
        scope.error =
            scope.realm.isEmpty()
                ? tr("%1 refused %2.").arg(scope.host, scope.credential->who())
                : tr("%1 refused %2 (realm \"%3\").").arg(scope.host, scope.credential->who(), scope.realm);
        scope.credential.reset();
        scope.verified = false;
        if (++scope.refusals >= MaxRefusals) {
            scope.blocked = true;
            scope.asking = false;
            unauthorized.fail(blockedError(name));
            failParked(name, blockedError(name));
            emit blockedChanged(name, true);
            return;
        }
    }
    scope.parked.append(unauthorized);
    if (!scope.asking) {
        scope.asking = true;
        emit credentialsNeeded(requestOf(name));
    }
}

void AuthBroker::provide(const QString& name, const HttpCredential& credential) {
    Scope& scope = m_scopes[name];
    scope.credential = credential;
    scope.user = credential.user;
    scope.verified = false;
    scope.asking = false;
    const QList<HttpTransport::Unauthorized> parked = std::exchange(scope.parked, {});
    for (const HttpTransport::Unauthorized& request : parked)
        request.resend();
}

void AuthBroker::cancel(const QString& name) {
    Scope& scope = m_scopes[name];
    scope.asking = false;
    scope.blocked = true;
    ApiError error =
        ApiError::make(ApiError::Kind::Http, tr("signing in to %1 was canceled").arg(scope.host));
    error.httpStatus = 401;
    failParked(name, error);
    emit blockedChanged(name, true);
}

void AuthBroker::resumeAsking() {
    for (auto it = m_scopes.begin(); it != m_scopes.end(); ++it) {
        if (!it->blocked)
            continue;
        it->blocked = false;
        it->refusals = 0;
        emit blockedChanged(it.key(), false);
    }
}

void AuthBroker::onAnswer(const QByteArray& method, const QUrl& url, int status, const QByteArray& sent) {
    if (sent.isEmpty())
        return;
    const QString name = scopeOf(url);
    Scope& scope = m_scopes[name];
    if (!scope.credential || scope.credential->authorization() != sent)
        return;
    if (scope.host.isEmpty())
        scope.host = displayHost(url);
    if (!scope.verified) {
        scope.verified = true;
        scope.refusals = 0;
        scope.error.clear();
        emit credentialAccepted(requestOf(name), *scope.credential);
    }
    if (status == 403 && isMutating(method))
        emit forbidden(requestOf(name), QString::fromLatin1(method), url);
}
