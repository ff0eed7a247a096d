#include "FakeMarathon.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <algorithm>

FakeMarathon::FakeMarathon(QObject* parent) : QObject(parent) {
    m_server.setHandler([this](const HttpRequest& r, HttpResponder* out) { handle(r, out); });
}

bool FakeMarathon::start() { return m_server.listen(0); }

void FakeMarathon::addApp(const QJsonObject& app, int runningTasks) {
    const QString id = app.value(QLatin1String("id")).toString();
    m_apps.insert(id, app);
    m_versions[id].prepend(QStringLiteral("2026-11-2%1T10:00:00.000Z").arg(m_versions[id].size()));
    setInstances(id, runningTasks >= 0 ? runningTasks : app.value(QLatin1String("instances")).toInt());
}

QList<QJsonObject> FakeMarathon::tasksOf(const QString& appId) const { return m_tasks.value(appId); }

void FakeMarathon::lock(const QString& appId, const QString& deploymentId) { m_locks.insert(appId, deploymentId); }

void FakeMarathon::failNext(const QByteArray& method, const QString& pathPrefix, int status, const QByteArray& body) {
    m_failures << Failure{method, pathPrefix, status, body};
}
void FakeMarathon::stallNext(const QByteArray& method, const QString& pathPrefix) { m_failures << Failure{method, pathPrefix, 0, {}}; }
void FakeMarathon::abortNext(const QByteArray& method, const QString& pathPrefix) { m_failures << Failure{method, pathPrefix, -1, {}}; }

int FakeMarathon::eventStreams() const {
    int n = 0;
    for (const auto& s : m_streams)
        n += s && s->isOpen() ? 1 : 0;
    return n;
}

void FakeMarathon::dropEventStreams() {
    for (const auto& s : m_streams)
        if (s)
            s->abort();
    m_streams.clear();
}

void FakeMarathon::pushEvent(const QByteArray& type, const QJsonObject& data) {
    QJsonObject d = data;
    d.insert(QStringLiteral("eventType"), QString::fromLatin1(type));
    const QByteArray frame = "event: " + type + "\ndata: " + QJsonDocument(d).toJson(QJsonDocument::Compact) + "\n\n";
    for (const auto& s : m_streams)
        if (s && s->isOpen())
            s->writeChunk(frame);
}

FakeMarathon::Seen FakeMarathon::lastChange() const {
    for (auto it = m_seen.crbegin(); it != m_seen.crend(); ++it)
        if (it->method != "GET" && it->method != "HEAD") // HEAD /v2/pods asks, changes nothing
            return *it;
    return {};
}

void FakeMarathon::reply(HttpResponder* responder, int status, const QJsonValue& body, const HttpResponder::Headers& headers) {
    const QByteArray bytes = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                             : body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                              : QByteArray();
    responder->respond(status, bytes, "application/json", headers);
}

QString FakeMarathon::newDeployment(const QString&) { return QStringLiteral("dep-%1").arg(++m_counter); }

void FakeMarathon::setInstances(const QString& appId, int instances) {
    // The fake runs in the test's own process: an app created with a million instances (the
    // input fuzz test makes them) gets at most this many tasks, or the fake itself freezes the test.
    constexpr int MaxTasksPerApp = 1000;
    instances = std::min(instances, MaxTasksPerApp);
    QList<QJsonObject>& tasks = m_tasks[appId];
    QString base = appId.mid(1);
    base.replace(u'/', u'_');
    while (tasks.size() > instances)
        tasks.removeLast();
    while (tasks.size() < instances) {
        const int n = ++m_counter;
        tasks << QJsonObject{{QStringLiteral("id"), QStringLiteral("%1.t%2").arg(base).arg(n)},
                             {QStringLiteral("appId"), appId},
                             {QStringLiteral("host"), QStringLiteral("agent-%1").arg(n % 3 + 1)},
                             {QStringLiteral("ports"), QJsonArray{31000 + n}},
                             {QStringLiteral("state"), QStringLiteral("TASK_RUNNING")},
                             {QStringLiteral("startedAt"), QStringLiteral("2026-11-24T10:00:00.000Z")},
                             {QStringLiteral("version"), QStringLiteral("2026-11-24T09:00:00.000Z")},
                             {QStringLiteral("slaveId"), QStringLiteral("S%1").arg(n % 3 + 1)}};
    }
}

QJsonObject FakeMarathon::appWithCounts(const QString& id, bool withTasks) const {
    QJsonObject app = m_apps.value(id);
    const QList<QJsonObject> tasks = m_tasks.value(id);
    app.insert(QStringLiteral("tasksRunning"), int(tasks.size()));
    app.insert(QStringLiteral("tasksStaged"), 0);
    app.insert(QStringLiteral("tasksHealthy"), 0);
    app.insert(QStringLiteral("tasksUnhealthy"), 0);
    QJsonArray deployments;
    if (m_locks.contains(id))
        deployments.append(QJsonObject{{QStringLiteral("id"), m_locks.value(id)}});
    app.insert(QStringLiteral("deployments"), deployments);
    app.insert(QStringLiteral("version"), m_versions.value(id).value(0));
    if (withTasks) {
        QJsonArray array;
        for (const QJsonObject& t : tasks)
            array.append(t);
        app.insert(QStringLiteral("tasks"), array);
    }
    return app;
}

void FakeMarathon::handle(const HttpRequest& request, HttpResponder* responder) {
    m_seen << Seen{request.method, request.path, request.rawPath, request.body};
    for (qsizetype i = 0; i < m_failures.size(); ++i) {
        const Failure f = m_failures.at(i);
        if (f.method != request.method || !request.path.startsWith(f.prefix))
            continue;
        m_failures.removeAt(i);
        if (f.status == 0)
            m_stalled << responder; // answered never
        else if (f.status < 0)
            responder->abort();
        else
            responder->respond(f.status, f.body);
        return;
    }
    const QString path = request.path;
    const bool force = request.query.queryItemValue(QStringLiteral("force")) == QLatin1String("true");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    auto notFound = [&](const QString& what) { reply(responder, 404, QJsonObject{{QStringLiteral("message"), what}}); };
    auto locked = [&](const QString& id) {
        if (force || !m_locks.contains(id))
            return false;
        const QString dep = m_locks.value(id);
        reply(responder, 409, QJsonObject{{QStringLiteral("message"),
                                           QStringLiteral("App is locked by one or more deployments. Override with the option "
                                                          "'?force=true'. View details at '/v2/deployments/%1'.").arg(dep)},
                                          {QStringLiteral("deployments"), QJsonArray{QJsonObject{{QStringLiteral("id"), dep}}}}});
        return true;
    };
    auto deployed = [&](int status, const QString& id) {
        if (force)
            m_locks.remove(id);
        const QString dep = newDeployment(id);
        reply(responder, status, QJsonObject{{QStringLiteral("deploymentId"), dep}, {QStringLiteral("version"), QStringLiteral("2026-11-24T12:00:00.000Z")}},
              {{"Marathon-Deployment-Id", dep.toLatin1()}});
    };

    if (path == QLatin1String("/v2/events")) {
        if (!m_eventsRedirect.isEmpty()) {
            const QString location = m_eventsRedirect;
            m_eventsRedirect.clear();
            responder->respond(302, {}, "text/plain", {{"Location", location.toLatin1()}});
            return;
        }
        responder->startStream(200, "text/event-stream");
        responder->writeChunk("event: event_stream_attached\ndata: {\"eventType\":\"event_stream_attached\"}\n\n");
        m_streams << responder;
        return;
    }
    if (path == QLatin1String("/v2/info")) {
        reply(responder, 200, QJsonObject{{QStringLiteral("name"), QStringLiteral("marathon")}, {QStringLiteral("version"), QStringLiteral("1.10.17")},
                                          {QStringLiteral("frameworkId"), QStringLiteral("fw-fake")}, {QStringLiteral("leader"), m_server.baseUrl().mid(7)},
                                          {QStringLiteral("elected"), true}});
        return;
    }
    if (path == QLatin1String("/v2/leader")) {
        reply(responder, 200, QJsonObject{{QStringLiteral("leader"), m_server.baseUrl().mid(7)}});
        return;
    }
    if (path == QLatin1String("/v2/deployments") && request.method == "GET") {
        QJsonArray out;
        for (auto it = m_locks.begin(); it != m_locks.end(); ++it)
            out.append(QJsonObject{{QStringLiteral("id"), it.value()}, {QStringLiteral("affectedApps"), QJsonArray{it.key()}},
                                   {QStringLiteral("currentStep"), 1}, {QStringLiteral("totalSteps"), 2},
                                   {QStringLiteral("steps"), QJsonArray{}},
                                   {QStringLiteral("currentActions"), QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("ScaleApplication")},
                                                                                             {QStringLiteral("app"), it.key()}}}}});
        reply(responder, 200, out);
        return;
    }
    if (path.startsWith(QLatin1String("/v2/deployments/")) && request.method == "DELETE") {
        const QString id = path.mid(16);
        const QString app = m_locks.key(id);
        if (app.isEmpty())
            return notFound(QStringLiteral("DeploymentPlan %1 does not exist").arg(id));
        m_locks.remove(app);
        if (force)
            responder->respond(202, {});
        else
            deployed(200, app);
        return;
    }
    if (path == QLatin1String("/v2/queue")) {
        reply(responder, 200, QJsonObject{{QStringLiteral("queue"), m_queue}});
        return;
    }
    if (path.startsWith(QLatin1String("/v2/queue/")) && path.endsWith(QLatin1String("/delay"))) {
        responder->respond(204, {});
        return;
    }
    if (path == QLatin1String("/v2/tasks/delete") && request.method == "POST") {
        const bool scale = request.query.queryItemValue(QStringLiteral("scale")) == QLatin1String("true");
        const bool wipe = request.query.queryItemValue(QStringLiteral("wipe")) == QLatin1String("true");
        if (scale && wipe) {
            reply(responder, 400, QJsonObject{{QStringLiteral("message"), QStringLiteral("You cannot use scale and wipe at the same time.")}});
            return;
        }
        QJsonArray killed;
        for (const QJsonValue& idValue : body.value(QLatin1String("ids")).toArray()) {
            const QString taskId = idValue.toString();
            for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
                for (qsizetype i = 0; i < it.value().size(); ++i) {
                    if (it.value().at(i).value(QLatin1String("id")).toString() != taskId)
                        continue;
                    if (locked(it.key()))
                        return;
                    killed.append(it.value().at(i));
                    it.value().removeAt(i);
                    if (scale) {
                        QJsonObject& app = m_apps[it.key()];
                        app.insert(QStringLiteral("instances"), app.value(QLatin1String("instances")).toInt() - 1);
                    } else {
                        setInstances(it.key(), m_apps.value(it.key()).value(QLatin1String("instances")).toInt()); // a replacement
                    }
                    break;
                }
            }
        }
        if (scale)
            deployed(200, QString());
        else
            reply(responder, 200, QJsonObject{{QStringLiteral("tasks"), killed}});
        return;
    }
    if (path == QLatin1String("/v2/apps") && request.method == "GET") {
        QJsonArray apps;
        for (const QString& id : m_apps.keys())
            apps.append(appWithCounts(id, false));
        reply(responder, 200, QJsonObject{{QStringLiteral("apps"), apps}});
        return;
    }
    if (path == QLatin1String("/v2/apps") && request.method == "POST") {
        const QString id = body.value(QLatin1String("id")).toString();
        if (m_apps.contains(id)) {
            reply(responder, 409, QJsonObject{{QStringLiteral("message"), QStringLiteral("An app with id [%1] already exists.").arg(id)}});
            return;
        }
        addApp(body);
        const QString dep = newDeployment(id);
        QJsonObject created = appWithCounts(id, false);
        created.insert(QStringLiteral("deployments"), QJsonArray{QJsonObject{{QStringLiteral("id"), dep}}});
        reply(responder, 201, created, {{"Location", id.toLatin1()}, {"Marathon-Deployment-Id", dep.toLatin1()}});
        return;
    }
    if (!path.startsWith(QLatin1String("/v2/apps/")))
        return notFound(QStringLiteral("URI not found"));
    QString rest = path.mid(8); // "/id[/restart|/versions...]"
    QString suffix;
    for (const QString& s : {QStringLiteral("/restart"), QStringLiteral("/versions")}) {
        const qsizetype at = rest.indexOf(s);
        if (at > 0) {
            suffix = rest.mid(at);
            rest = rest.left(at);
        }
    }
    const QString id = rest;
    if (!m_apps.contains(id))
        return notFound(QStringLiteral("App '%1' does not exist").arg(id));
    if (suffix == QLatin1String("/restart")) {
        if (!locked(id))
            deployed(200, id);
        return;
    }
    if (suffix == QLatin1String("/versions")) {
        reply(responder, 200, QJsonObject{{QStringLiteral("versions"), QJsonArray::fromStringList(m_versions.value(id))}});
        return;
    }
    if (suffix.startsWith(QLatin1String("/versions/"))) {
        QJsonObject old = m_apps.value(id);
        old.insert(QStringLiteral("cmd"), QStringLiteral("old-command"));
        reply(responder, 200, old);
        return;
    }
    if (request.method == "GET") {
        reply(responder, 200, QJsonObject{{QStringLiteral("app"), appWithCounts(id, true)}});
        return;
    }
    if (request.method == "PUT") {
        if (locked(id))
            return;
        QJsonObject app = m_apps.value(id);
        for (auto it = body.begin(); it != body.end(); ++it)
            if (it.key() != QLatin1String("version"))
                app.insert(it.key(), it.value());
        m_apps.insert(id, app);
        m_versions[id].prepend(QStringLiteral("2026-11-24T1%1:00:00.000Z").arg(m_versions[id].size() % 10));
        setInstances(id, app.value(QLatin1String("instances")).toInt());
        deployed(200, id);
        return;
    }
    if (request.method == "DELETE") {
        m_apps.remove(id);
        m_tasks.remove(id);
        m_locks.remove(id);
        deployed(200, QString());
        return;
    }
    reply(responder, 405, QJsonObject{{QStringLiteral("message"), QStringLiteral("method not allowed")}});
}
