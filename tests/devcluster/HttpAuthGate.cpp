#include "HttpAuthGate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool isOneOf(const QString& path, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        if (path == QLatin1String(name))
            return true;
    }
    return false;
}

bool isApi(const QString& path) {
    return path == QLatin1String("/api/v1") || path == QLatin1String("/api/v1/");
}

// Jetty 9.4's ErrorHandler page, which Marathon (9.4.8) sends with its 401.
QByteArray jettyErrorPage(const QByteArray& path) {
    return "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
           "<title>Error 401 Unauthorized</title>\n</head>\n<body><h2>HTTP ERROR 401</h2>\n<p>Problem "
           "accessing " +
           QString::fromUtf8(path).toHtmlEscaped().toUtf8() +
           ". Reason:\n<pre>    Unauthorized</pre></p><hr><a href=\"http://eclipse.org/jetty\">Powered by "
           "Jetty:// 9.4.8.v20171121</a><hr/>\n\n</body>\n</html>\n";
}
} // namespace

bool HttpAuthGate::isEnabled() const {
    return !m_options.user.isEmpty() || !m_options.token.isEmpty() || !m_options.readOnlyUser.isEmpty();
}

QString HttpAuthGate::realmOf(const QString& kind, const HttpRequest& request) {
    const QString& path = request.path;
    if (kind == QLatin1String("marathon"))
        return QStringLiteral("Mesosphere"); // Jetty's constraint maps "/*"
    if (path == QLatin1String("/version") || path == QLatin1String("/health"))
        return {};
    if (kind == QLatin1String("agent")) {
        if (path == QLatin1String("/api/v1/executor"))
            return {}; // the executor realm: executors' own authentication, not the operator's
        return isApi(path) ? QStringLiteral("mesos-agent-readwrite") : QStringLiteral("mesos-agent-readonly");
    }
    // Mesos master routes (src/master/master.cpp initialize()).
    if (path == QLatin1String("/master/health") || path.startsWith(QLatin1String("/master/redirect")) ||
        path == QLatin1String("/api/v1/scheduler"))
        return {}; // the scheduler API authenticates frameworks, not HTTP operators
    if (isApi(path) ||
        isOneOf(path, {"/master/teardown", "/master/machine/down", "/master/machine/up",
                       "/master/maintenance/schedule", "/master/quota", "/master/weights", "/master/reserve",
                       "/master/unreserve", "/master/create-volumes", "/master/destroy-volumes",
                       "/logging/toggle"}) ||
        path.startsWith(QLatin1String("/master/quota/")))
        return QStringLiteral("mesos-master-readwrite");
    return QStringLiteral("mesos-master-readonly");
}

bool HttpAuthGate::isMutating(const QString& kind, const HttpRequest& request) {
    const QByteArray& method = request.method;
    if (kind != QLatin1String("marathon") && isApi(request.path)) {
        // v1 operator API: every call is a POST; reads are GET_* and SUBSCRIBE.
        const QString type =
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("type")).toString();
        return !(type.startsWith(QLatin1String("GET_")) || type == QLatin1String("SUBSCRIBE"));
    }
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

HttpAuthGate::Who HttpAuthGate::identify(const QByteArray& authorization) const {
    if (authorization.isEmpty())
        return Who::Nobody;
    if (authorization.startsWith("token=")) {
        const QByteArray token = authorization.mid(6);
        return !m_options.token.isEmpty() && token == m_options.token.toUtf8() ? Who::Full : Who::Nobody;
    }
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).toLower() != "basic")
        return Who::Nobody;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(space + 1).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return Who::Nobody;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    if (!m_options.user.isEmpty() && user == m_options.user && password == m_options.password)
        return Who::Full;
    if (!m_options.readOnlyUser.isEmpty() && user == m_options.readOnlyUser &&
        password == m_options.readOnlyPassword)
        return Who::ReadOnly;
    return Who::Nobody;
}

void HttpAuthGate::challenge(const QString& kind, const QString& realm, const HttpRequest& request,
                             HttpResponder* responder) const {
    const bool basic = !m_options.user.isEmpty() || !m_options.readOnlyUser.isEmpty();
    const bool marathon = kind == QLatin1String("marathon");
    if (!basic) {
        // DC/OS: Admin Router's challenge; Marathon's auth plugin answers JSON (traits.raml).
        responder->respond(
            401, marathon ? QByteArray(R"({"message":"Invalid username or password."})") : QByteArray(),
            marathon ? QByteArray("application/json") : QByteArray(), {{"WWW-Authenticate", "acsjwt"}});
        return;
    }
    if (marathon) {
        responder->respond(401, jettyErrorPage(request.rawPath.split('?').value(0)),
                           "text/html;charset=iso-8859-1",
                           {{"WWW-Authenticate", "basic realm=\"" + realm.toUtf8() + '"'},
                            {"Cache-Control", "must-revalidate,no-cache,no-store"}});
        return;
    }
    responder->respond(401, {}, {}, {{"WWW-Authenticate", "Basic realm=\"" + realm.toUtf8() + '"'}});
}

bool HttpAuthGate::refuse(const QString& kind, const HttpRequest& request, HttpResponder* responder) const {
    if (!isEnabled())
        return false;
    const QString realm = realmOf(kind, request);
    if (realm.isEmpty())
        return false;
    const Who who = identify(request.header("authorization"));
    if (who == Who::Nobody) {
        challenge(kind, realm, request, responder);
        return true;
    }
    if (who == Who::ReadOnly && isMutating(kind, request)) {
        if (kind == QLatin1String("marathon"))
            responder->respond(403, R"({"message":"Not Authorized to perform this action!"})");
        else
            responder->respond(403, {}, {});
        return true;
    }
    return false;
}
