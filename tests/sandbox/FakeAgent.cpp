#include "FakeAgent.h"

#include "StoutJson.h"

#include <QSet>

namespace {
constexpr qint64 PageCap = 16 * 4096;

QByteArray error(const QString& message) { return message.toUtf8(); }
} // namespace

FakeAgent::FakeAgent(QObject* parent) : QObject(parent), m_server(new HttpServer) {
    m_server->setHandler([this](const HttpRequest& r, HttpResponder* w) { handle(r, w); });
}

FakeAgent::~FakeAgent() {
    m_server->setHandler([](const HttpRequest&, HttpResponder* w) { w->abort(); });
    m_server->close(); // aborted sockets delete themselves later, before the server
    m_server->deleteLater();
}

bool FakeAgent::listen(quint16 port) {
    if (!m_server->listen(port))
        return false;
    m_port = m_server->port();
    return true;
}

void FakeAgent::stop() { m_server->close(); }

bool FakeAgent::restart() { return m_server->listen(m_port); }

QString FakeAgent::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

QByteArray FakeAgent::jsonString(const QByteArray& bytes) { return StoutJson::string(bytes); }

void FakeAgent::handle(const HttpRequest& request, HttpResponder* responder) {
    if (m_authStatus) {
        HttpResponder::Headers headers;
        if (m_authStatus == 401)
            headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"mesos-agent-readonly\"")));
        responder->respond(m_authStatus, m_authStatus == 403 ? QByteArray("Forbidden") : QByteArray(), "text/plain",
                           headers);
        return;
    }
    const QString path = request.path;
    if (path == QLatin1String("/slave(1)/state") || path == QLatin1String("/state")) {
        if (path == QLatin1String("/slave(1)/state") && !m_serveSlaveState) {
            responder->respond(404, {}, "text/plain");
            return;
        }
        ++m_stateRequests;
        responder->respond(200, m_state);
        return;
    }
    const bool hasPath = request.query.hasQueryItem(QStringLiteral("path"));
    const QString filePath = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    QString dir = filePath;
    while (dir.size() > 1 && dir.endsWith(u'/'))
        dir.chop(1);
    const QString prefix = dir == QLatin1String("/") ? dir : dir + u'/';
    bool isDirectory = false;
    for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it)
        if (it.key().startsWith(prefix)) {
            isDirectory = true;
            break;
        }
    if (path == QLatin1String("/files/read")) {
        if (!hasPath) {
            responder->respond(400, error(QStringLiteral("Expecting 'path=value' in query.")), "text/plain");
            return;
        }
        bool ok = false;
        const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
        if (!ok) {
            responder->respond(400, error(QStringLiteral("Failed to parse offset")), "text/plain");
            return;
        }
        qint64 length = -1;
        if (request.query.hasQueryItem(QStringLiteral("length"))) {
            length = request.query.queryItemValue(QStringLiteral("length")).toLongLong(&ok);
            if (!ok) {
                responder->respond(400, error(QStringLiteral("Failed to parse length")), "text/plain");
                return;
            }
        }
        if ((offset < 0 && offset != -1) || (length < 0 && length != -1)) {
            responder->respond(400, error(QStringLiteral("Negative offset or length")), "text/plain");
            return;
        }
        if (isDirectory) {
            responder->respond(400, error(QStringLiteral("Cannot read a directory")), "text/plain");
            return;
        }
        if (!m_files.contains(dir)) {
            responder->respond(404, {}, "text/plain");
            return;
        }
        ++m_readRequests;
        ++m_readRequestsByPath[dir];
        m_readOffsets.append(offset);
        const QByteArray& contents = m_files[dir];
        const qint64 size = contents.size();
        if (offset == -1) {
            responder->respond(200, "{\"data\":\"\",\"offset\":" + QByteArray::number(size) + '}');
            return;
        }
        if (offset >= size) {
            responder->respond(200, "{\"data\":\"\",\"offset\":" + QByteArray::number(offset) + '}');
            return;
        }
        qint64 toRead = length == -1 ? PageCap : qMin(length, PageCap);
        m_largestReadLength = qMax(m_largestReadLength, length);
        toRead = qMin(toRead, size - offset);
        responder->respond(200, "{\"data\":" + jsonString(contents.mid(offset, toRead)) +
                                    ",\"offset\":" + QByteArray::number(offset) + '}');
        return;
    }
    if (path == QLatin1String("/files/download")) {
        if (!hasPath) {
            responder->respond(400, {}, "text/plain");
            return;
        }
        if (isDirectory) {
            responder->respond(400, error(QStringLiteral("Cannot download a directory.")), "text/plain");
            return;
        }
        if (!m_files.contains(dir)) {
            responder->respond(404, {}, "text/plain");
            return;
        }
        responder->respond(200, m_files[dir], "application/octet-stream");
        return;
    }
    if (path == QLatin1String("/files/browse")) {
        if (!hasPath) {
            responder->respond(400, {}, "text/plain");
            return;
        }
        if (!isDirectory) {
            responder->respond(404, {}, "text/plain");
            return;
        }
        QByteArray body = "[";
        QSet<QString> seen;
        for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            const QString rest = it.key().mid(prefix.size());
            const qsizetype slash = rest.indexOf(u'/');
            const bool sub = slash >= 0;
            const QString child = prefix + (sub ? rest.left(slash) : rest);
            if (seen.contains(child))
                continue;
            seen.insert(child);
            if (body.size() > 1)
                body += ',';
            body += "{\"path\":" + jsonString(child.toUtf8()) + ",\"nlink\":1,\"size\":" +
                    QByteArray::number(sub ? 4096 : it.value().size()) + ",\"mtime\":1700000000,\"mode\":\"" +
                    (sub ? "drwxr-xr-x" : "-rw-r--r--") + "\",\"uid\":\"root\",\"gid\":\"root\"}";
        }
        body += ']';
        responder->respond(200, body);
        return;
    }
    responder->respond(404, {}, "text/plain");
}
