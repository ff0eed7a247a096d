#include "FaultInjector.h"

#include <QTimer>

namespace {
const QStringList Modes{QStringLiteral("slow"), QStringLiteral("status"), QStringLiteral("truncate"),
                        QStringLiteral("malformed"), QStringLiteral("drop")};
const QStringList Kinds{QStringLiteral("master"), QStringLiteral("agent"), QStringLiteral("marathon"),
                        QStringLiteral("any")};
} // namespace

FaultInjector::FaultInjector(QObject* parent) : QObject(parent) {}

int FaultInjector::addRule(const QJsonObject& spec, QString* error) {
    Rule rule;
    rule.kind = spec.value(QStringLiteral("kind")).toString(QStringLiteral("any"));
    rule.mode = spec.value(QStringLiteral("mode")).toString();
    rule.path = QRegularExpression(spec.value(QStringLiteral("path")).toString(QStringLiteral(".*")));
    rule.delayMs = spec.value(QStringLiteral("delay_ms")).toInt(rule.mode == QLatin1String("slow") ? 2000 : 0);
    rule.status = spec.value(QStringLiteral("status")).toInt(500);
    rule.remaining = spec.value(QStringLiteral("count")).toInt(-1);
    if (!Kinds.contains(rule.kind)) {
        *error = QStringLiteral("kind must be one of: %1").arg(Kinds.join(QStringLiteral(", ")));
        return -1;
    }
    if (!Modes.contains(rule.mode)) {
        *error = QStringLiteral("mode must be one of: %1").arg(Modes.join(QStringLiteral(", ")));
        return -1;
    }
    if (!rule.path.isValid()) {
        *error = QStringLiteral("path is not a valid regular expression: %1").arg(rule.path.errorString());
        return -1;
    }
    if (rule.status < 100 || rule.status > 599 || rule.delayMs < 0) {
        *error = QStringLiteral("status must be 100-599 and delay_ms not negative");
        return -1;
    }
    rule.id = m_nextId++;
    rule.spec = spec;
    rule.spec.insert(QStringLiteral("id"), rule.id);
    m_rules.append(rule);
    return rule.id;
}

bool FaultInjector::removeRule(int id) {
    return m_rules.removeIf([id](const Rule& rule) { return rule.id == id; }) > 0;
}

void FaultInjector::clear() { m_rules.clear(); }

QJsonArray FaultInjector::rules() const {
    QJsonArray array;
    for (const Rule& rule : m_rules) {
        QJsonObject spec = rule.spec;
        if (rule.remaining >= 0)
            spec.insert(QStringLiteral("count"), rule.remaining);
        array.append(spec);
    }
    return array;
}

int FaultInjector::dropStreams(const QString& kind) {
    int dropped = 0;
    for (const Tracked& tracked : std::as_const(m_open)) {
        if (tracked.responder && tracked.responder->isStreaming() && tracked.responder->isOpen()
            && (kind == QLatin1String("any") || kind == tracked.kind)) {
            tracked.responder->abort();
            ++dropped;
        }
    }
    m_open.removeIf([](const Tracked& tracked) { return !tracked.responder; });
    return dropped;
}

FaultInjector::Rule* FaultInjector::match(const QString& kind, const QString& path) {
    for (Rule& rule : m_rules) {
        if ((rule.kind == QLatin1String("any") || rule.kind == kind) && rule.path.match(path).hasMatch()
            && rule.remaining != 0) {
            if (rule.remaining > 0)
                --rule.remaining;
            return &rule;
        }
    }
    return nullptr;
}

HttpServer::Handler FaultInjector::wrap(const QString& kind, HttpServer::Handler inner) {
    return [this, kind, inner](const HttpRequest& request, HttpResponder* responder) {
        m_open.removeIf([](const Tracked& tracked) { return !tracked.responder; });
        m_open.append({kind, responder});
        if (m_auth.refuse(kind, request, responder))
            return;
        const Rule* found = match(kind, request.path);
        if (!found) {
            inner(request, responder);
            return;
        }
        const Rule rule = *found;
        QPointer<HttpResponder> guard(responder);
        if (rule.mode == QLatin1String("slow")) {
            QTimer::singleShot(rule.delayMs, Qt::PreciseTimer, this, [guard, request, inner] {
                if (guard && guard->isOpen())
                    inner(request, guard);
            });
        } else if (rule.mode == QLatin1String("status")) {
            const QByteArray body = "{\"message\":\"devcluster fault: status " + QByteArray::number(rule.status) + "\"}";
            responder->respond(rule.status, body);
        } else if (rule.mode == QLatin1String("truncate")) {
            responder->setResponseFilter([](HttpResponder* r, int status, const QByteArray& body, const QByteArray& type,
                                            const HttpResponder::Headers&) {
                r->respondTruncated(status, body, body.size() / 2, type);
                return true;
            });
            inner(request, responder);
        } else if (rule.mode == QLatin1String("malformed")) {
            responder->setResponseFilter([](HttpResponder* r, int status, const QByteArray& body, const QByteArray& type,
                                            const HttpResponder::Headers& headers) {
                // Valid HTTP, broken JSON: an unterminated string and a stray brace in the middle.
                QByteArray broken = body.left(body.size() / 2) + "\"}{,";
                r->respond(status, broken, type, headers);
                return true;
            });
            inner(request, responder);
        } else if (rule.mode == QLatin1String("drop")) {
            responder->setResponseFilter([](HttpResponder* r, int, const QByteArray&, const QByteArray&,
                                            const HttpResponder::Headers&) {
                r->abort();
                return true;
            });
            inner(request, responder);
            if (guard && guard->isStreaming()) {
                QTimer::singleShot(rule.delayMs, this, [guard] {
                    if (guard)
                        guard->abort();
                });
            }
        }
    };
}
