#pragma once

#include "HttpServer.h"

#include <QString>

// The devcluster's HTTP authentication, answering as the real servers do (docs/devcluster.md):
//  - Mesos masters and agents (libprocess BasicAuthenticator): 401 with an empty body and
//    `WWW-Authenticate: Basic realm="mesos-master-readonly"` (or -readwrite, or mesos-agent-*),
//    the realm being the one of the endpoint asked; /version, /health and /master/redirect are open.
//  - Marathon (Jetty's BasicAuthenticator over every path, --http_realm's default "Mesosphere"):
//    401 with `WWW-Authenticate: basic realm="Mesosphere"` and Jetty's HTML error page.
//  - A token (DC/OS style, `Authorization: token=<t>`) is accepted too; with a token and no
//    user the challenge is Admin Router's `WWW-Authenticate: acsjwt` (Marathon: its JSON body).
//  - The read-only user is authenticated but not authorized to change anything: 403 on every
//    mutating call (Mesos: empty body; Marathon: {"message":"Not Authorized to perform this action!"}).
class HttpAuthGate {
public:
    struct Options {
        QString user; // "--auth USER:PASSWORD"
        QString password;
        QString token;
        QString readOnlyUser;
        QString readOnlyPassword;
    };

    HttpAuthGate() = default;
    explicit HttpAuthGate(const Options& options) : m_options(options) {}

    bool isEnabled() const;
    // True when it answered (401 or 403) in place of the server; kind: "master", "agent", "marathon".
    bool refuse(const QString& kind, const HttpRequest& request, HttpResponder* responder) const;

    // The realm that guards a path, empty when the path needs no credentials.
    static QString realmOf(const QString& kind, const HttpRequest& request);
    static bool isMutating(const QString& kind, const HttpRequest& request);

private:
    enum class Who { Nobody, Full, ReadOnly };
    Who identify(const QByteArray& authorization) const;
    void challenge(const QString& kind, const QString& realm, const HttpRequest& request,
                   HttpResponder* responder) const;

    Options m_options;
};
