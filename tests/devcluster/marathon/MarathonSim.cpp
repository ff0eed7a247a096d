#include "MarathonSim.h"

#include "AppValidator.h"
#include "EventBus.h"
#include "MarathonJson.h"
#include "MarathonRenderer.h"
#include "MarathonScheduler.h"
#include "PodRoutes.h"
#include "SchedulerApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace {
QString appNotFound(const QString& appId)
{
    return QStringLiteral("App '%1' does not exist").arg(appId);
}

// Marathon serves the tab-separated task list when text/plain is asked for and JSON is not.
bool wantsText(const HttpRequest& request)
{
    const QByteArray accept = request.header("accept");
    return accept.contains("text/plain") && !accept.contains("application/json");
}

QSet<QString> embedsFrom(const HttpRequest& request, const QString& prefix)
{
    QSet<QString> embeds;
    for (const QString& value : request.query.allQueryItemValues(QStringLiteral("embed"))) {
        if (!value.startsWith(prefix))
            continue;
        QString name = value.mid(prefix.size());
        if (name == QLatin1String("failures"))
            name = QStringLiteral("lastTaskFailure");
        embeds.insert(name);
    }
    return embeds;
}
} // namespace

MarathonSim::MarathonSim(SchedulerApi* mesos, QObject* parent)
    : QObject(parent), m_events(new EventBus(this)),
      m_scheduler(new MarathonScheduler(mesos, m_events, this)),
      m_pods(new PodRoutes(
          mesos, m_events, m_scheduler,
          [this](HttpResponder* responder, int status, const QByteArray& body, const Headers& headers) {
              reply(responder, status, body, headers);
          },
          this)) {
    m_scheduler->registerFramework(QString());
    m_groups.touch(QStringLiteral("/"), MarathonJson::now()); // the root group exists from the start
}

MarathonSim::~MarathonSim() = default;

void MarathonSim::setLeader(const QString& hostPort)
{
    const bool changed = hostPort != m_leader;
    m_leader = hostPort;
    // The leading instance (re-)registers the framework with its own URL as webui_url.
    if (changed && !hostPort.isEmpty())
        m_scheduler->registerFramework(HttpServer::scheme() + QStringLiteral("://") + hostPort);
}

void MarathonSim::setMesosLeaderUrl(const QString& url)
{
    m_mesosLeaderUrl = url;
}

void MarathonSim::setZkUrl(const QString& url) {
    m_zkUrl = url;
}

void MarathonSim::setMesosMaster(const QString& master) {
    m_mesosMaster = master;
}

int MarathonSim::schedulingRounds() const {
    return m_scheduler->rounds();
}

bool MarathonSim::flag(const HttpRequest& request, const char* name, bool defaultValue)
{
    const QString key = QLatin1String(name);
    if (!request.query.hasQueryItem(key))
        return defaultValue;
    return request.query.queryItemValue(key).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

void MarathonSim::reply(HttpResponder* responder, int status, const QByteArray& body, Headers headers,
                        const QByteArray& contentType)
{
    if (!m_leader.isEmpty())
        headers.append({"X-Marathon-Leader", HttpServer::scheme().toUtf8() + "://" + m_leader.toUtf8()});
    responder->respond(status, body, contentType, headers);
}

void MarathonSim::replyJson(HttpResponder* responder, int status, const QJsonObject& body, Headers headers)
{
    reply(responder, status, MarathonJson::bytes(body), std::move(headers));
}

void MarathonSim::replyDeployment(HttpResponder* responder, int status, const QJsonObject& result, Headers headers)
{
    headers.append({"Marathon-Deployment-Id", result.value(QLatin1String("deploymentId")).toString().toUtf8()});
    replyJson(responder, status, result, std::move(headers));
}

bool MarathonSim::rejectIfLocked(HttpResponder* responder, const QString& appId, const HttpRequest& request)
{
    const QStringList locks = m_scheduler->deploymentIdsFor(appId);
    if (locks.isEmpty() || flag(request, "force"))
        return false;
    QJsonArray deployments;
    for (const QString& id : locks)
        deployments.append(QJsonObject{{QStringLiteral("id"), id}});
    replyJson(responder, 409,
              {{QStringLiteral("message"),
                QStringLiteral("App is locked by one or more deployments. Override with the option '?force=true'. "
                               "View details at '/v2/deployments/%1'.").arg(locks.join(QLatin1Char(',')))},
               {QStringLiteral("deployments"), deployments}});
    return true;
}

void MarathonSim::handle(const HttpRequest& request, HttpResponder* responder)
{
    const QString path = request.path.endsWith(QLatin1Char('/')) && request.path.size() > 1 ? request.path.chopped(1)
                                                                                            : request.path;
    const QByteArray method = request.method;
    if (path == QLatin1String("/ping") && method == "GET")
        return reply(responder, 200, "pong", {}, "text/plain");
    if (path == QLatin1String("/v2/info") && method == "GET")
        return info(responder);
    if (path == QLatin1String("/v2/leader") && method == "GET") {
        if (m_leader.isEmpty())
            return reply(responder, 404, MarathonJson::error(QStringLiteral("There is no leader")));
        return replyJson(responder, 200, {{QStringLiteral("leader"), m_leader}});
    }
    if (path == QLatin1String("/v2/apps")) {
        if (method == "GET")
            return listApps(request, responder);
        if (method == "POST")
            return createApp(request, responder);
        if (method == "PUT" || method == "PATCH")
            return putApps(request, responder);
    }
    if (path.startsWith(QLatin1String("/v2/apps/")))
        return appRequest(request, responder, path.mid(int(qstrlen("/v2/apps"))));
    if (path == QLatin1String("/v2/groups") || path.startsWith(QLatin1String("/v2/groups/")))
        return groupRequest(request, responder, path.mid(int(qstrlen("/v2/groups"))));
    if (path == QLatin1String("/v2/pods") || path.startsWith(QLatin1String("/v2/pods/")))
        return m_pods->handle(request, responder, path);
    if (path == QLatin1String("/v2/tasks") && method == "GET")
        return listTasks(request, responder);
    if (path == QLatin1String("/v2/tasks/delete") && method == "POST")
        return deleteTasks(request, responder);
    if (path == QLatin1String("/v2/deployments") && method == "GET")
        return deployments(request, responder, QString());
    if (path.startsWith(QLatin1String("/v2/deployments/")) && method == "DELETE")
        return deployments(request, responder, path.mid(int(qstrlen("/v2/deployments/"))));
    if (path == QLatin1String("/v2/queue") || path.startsWith(QLatin1String("/v2/queue/")))
        return queue(request, responder, path.mid(int(qstrlen("/v2/queue"))));
    if (path == QLatin1String("/v2/events") && method == "GET")
        return events(request, responder);
    reply(responder, 404, MarathonJson::error(QStringLiteral("URI not found")));
}

void MarathonSim::info(HttpResponder* responder)
{
    const QString host = m_leader.section(QLatin1Char(':'), 0, 0);
    const int port = m_leader.section(QLatin1Char(':'), 1).toInt();
    const bool tls = HttpServer::scheme() == QLatin1String("https");
    // --master is what the devcluster started Marathon with (its Mesos zk:// URL); an embedding
    // without one (the in-process tests) gives "host:port" of the leading master, a form Marathon
    // accepts too.
    const QUrl mesosUrl(m_mesosLeaderUrl);
    QJsonValue mesosMaster =
        mesosUrl.isValid() && !mesosUrl.host().isEmpty()
            ? QJsonValue(QStringLiteral("%1:%2").arg(mesosUrl.host()).arg(mesosUrl.port(5050)))
            : QJsonValue(QString());
    if (!m_mesosMaster.isEmpty())
        mesosMaster = m_mesosMaster;
    QJsonObject config{{QStringLiteral("access_control_allow_origin"), QJsonArray()},
                       {QStringLiteral("checkpoint"), true},
                       {QStringLiteral("decline_offer_duration"), 120000},
                       {QStringLiteral("default_network_name"), QJsonValue()},
                       {QStringLiteral("env_vars_prefix"), QJsonValue()},
                       {QStringLiteral("executor"), QStringLiteral("//cmd")},
                       {QStringLiteral("failover_timeout"), 604800},
                       {QStringLiteral("features"), QJsonArray()},
                       {QStringLiteral("framework_name"), QStringLiteral("marathon")},
                       {QStringLiteral("ha"), true},
                       {QStringLiteral("hostname"), host},
                       {QStringLiteral("launch_token"), 100},
                       {QStringLiteral("launch_token_refresh_interval"), 30000},
                       {QStringLiteral("leader_proxy_connection_timeout_ms"), 5000},
                       {QStringLiteral("leader_proxy_read_timeout_ms"), 10000},
                       {QStringLiteral("local_port_max"), 20000},
                       {QStringLiteral("local_port_min"), 10000},
                       {QStringLiteral("master"), mesosMaster},
                       {QStringLiteral("max_instances_per_offer"), 5},
                       {QStringLiteral("mesos_bridge_name"), QStringLiteral("mesos-bridge")},
                       {QStringLiteral("mesos_heartbeat_failure_threshold"), 5},
                       {QStringLiteral("mesos_heartbeat_interval"), 15000},
                       {QStringLiteral("mesos_leader_ui_url"),
                        m_mesosLeaderUrl.isEmpty() ? QJsonValue() : QJsonValue(m_mesosLeaderUrl)},
                       {QStringLiteral("mesos_role"), QStringLiteral("*")},
                       {QStringLiteral("mesos_user"), QStringLiteral("root")},
                       {QStringLiteral("min_revive_offers_interval"), 5000},
                       {QStringLiteral("offer_matching_timeout"), 3000},
                       {QStringLiteral("on_elected_prepare_timeout"), 180000},
                       {QStringLiteral("reconciliation_initial_delay"), 15000},
                       {QStringLiteral("reconciliation_interval"), 600000},
                       {QStringLiteral("scale_apps_initial_delay"), 15000},
                       {QStringLiteral("scale_apps_interval"), 300000},
                       {QStringLiteral("store_cache"), true},
                       {QStringLiteral("task_launch_confirm_timeout"), 300000},
                       {QStringLiteral("task_launch_timeout"), 300000},
                       {QStringLiteral("task_lost_expunge_initial_delay"), 300000},
                       {QStringLiteral("task_lost_expunge_interval"), 30000},
                       {QStringLiteral("task_reservation_timeout"), 20000},
                       {QStringLiteral("webui_url"),
                        m_leader.isEmpty()
                            ? QJsonValue()
                            : QJsonValue(HttpServer::scheme() + QStringLiteral("://") + m_leader)}};
    QJsonObject zookeeper{{QStringLiteral("zk"), m_zkUrl.isEmpty() ? QJsonValue() : QJsonValue(m_zkUrl)},
                          {QStringLiteral("zk_compression"), true},
                          {QStringLiteral("zk_compression_threshold"), 65536},
                          {QStringLiteral("zk_connection_timeout"), 10000},
                          {QStringLiteral("zk_max_node_size"), 1024000},
                          {QStringLiteral("zk_max_versions"), 50},
                          {QStringLiteral("zk_session_timeout"), 10000},
                          {QStringLiteral("zk_timeout"), 10000}};
    replyJson(responder, 200,
              {{QStringLiteral("name"), QStringLiteral("marathon")},
               {QStringLiteral("version"), QStringLiteral("1.10.0")},
               {QStringLiteral("buildref"), QStringLiteral("unknown")},
               {QStringLiteral("elected"), !m_leader.isEmpty()},
               {QStringLiteral("leader"), m_leader.isEmpty() ? QJsonValue() : QJsonValue(m_leader)},
               {QStringLiteral("frameworkId"), m_scheduler->frameworkId()},
               {QStringLiteral("marathon_config"), config},
               {QStringLiteral("zookeeper_config"), zookeeper},
               // Under --tls the instance's port is its https_port (Marathon's --disable_http keeps the
               // default http_port in the answer).
               {QStringLiteral("http_config"),
                QJsonObject{{QStringLiteral("http_port"), port > 0 && !tls ? port : 8080},
                            {QStringLiteral("https_port"), port > 0 && tls ? port : 8443}}}});
}

bool MarathonSim::matchesLabelSelector(const QJsonObject& labels, const QString& selector)
{
    // Marathon's label selector: "k==v", "k!=v", "k in (a, b)", "k notin (a, b)", "k", comma-separated.
    static const QRegularExpression term(QStringLiteral(
        R"(\s*([^\s,=!()]+)\s*(?:(==|!=)\s*([^\s,()]*)|\s+(in|notin)\s*\(([^)]*)\))?\s*(?:,|$))"));
    auto it = term.globalMatch(selector);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(0) == 0)
            break;
        const QString key = m.captured(1);
        const QString op = m.captured(2).isEmpty() ? m.captured(4) : m.captured(2);
        const bool has = labels.contains(key);
        const QString value = labels.value(key).toString();
        if (op.isEmpty() && !has)
            return false;
        if (op == QLatin1String("==") && (!has || value != m.captured(3)))
            return false;
        if (op == QLatin1String("!=") && has && value == m.captured(3))
            return false;
        if (op == QLatin1String("in") || op == QLatin1String("notin")) {
            QStringList values;
            for (const QString& v : m.captured(5).split(QLatin1Char(',')))
                values << v.trimmed();
            const bool in = has && values.contains(value);
            if ((op == QLatin1String("in")) != in)
                return false;
        }
    }
    return true;
}

void MarathonSim::listApps(const HttpRequest& request, HttpResponder* responder)
{
    // Marathon embeds counts and deployments whatever is asked ("for now", since 0.x).
    QSet<QString> embeds = embedsFrom(request, QStringLiteral("apps."));
    embeds << QStringLiteral("counts") << QStringLiteral("deployments");
    const QString idFilter = request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    const QString cmdFilter = request.query.queryItemValue(QStringLiteral("cmd"), QUrl::FullyDecoded);
    const QString labelFilter = request.query.queryItemValue(QStringLiteral("label"), QUrl::FullyDecoded);
    QJsonArray apps;
    for (const MarathonApp& app : m_scheduler->apps()) {
        if (!idFilter.isEmpty() && !app.id().contains(idFilter, Qt::CaseInsensitive))
            continue;
        if (!cmdFilter.isEmpty() && !app.definition.value(QLatin1String("cmd")).toString().contains(cmdFilter))
            continue;
        if (!labelFilter.isEmpty() && !matchesLabelSelector(app.definition.value(QLatin1String("labels")).toObject(), labelFilter))
            continue;
        apps.append(MarathonRenderer::app(*m_scheduler, app, embeds));
    }
    replyJson(responder, 200, {{QStringLiteral("apps"), apps}});
}

void MarathonSim::publishApiPost(const HttpRequest& request, const QJsonObject& app)
{
    m_events->publish(QStringLiteral("api_post_event"),
                      {{QStringLiteral("clientIp"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("uri"), QString::fromUtf8(request.rawPath).section(QLatin1Char('?'), 0, 0)},
                       {QStringLiteral("appDefinition"), app}});
}

void MarathonSim::createApp(const HttpRequest& request, HttpResponder* responder)
{
    AppValidator::Result parsed = AppValidator::parseObject(request.body);
    if (parsed.ok())
        parsed = AppValidator::validate(parsed.app);
    if (!parsed.ok())
        return reply(responder, parsed.status, parsed.errorBody);
    const QString appId = MarathonJson::normalizeId(parsed.app.value(QLatin1String("id")).toString());
    if (m_scheduler->app(appId))
        return reply(responder, 409,
                     MarathonJson::error(QStringLiteral("An app with id [%1] already exists.").arg(appId)));
    QJsonObject definition = AppValidator::normalize(parsed.app, [this] { return m_scheduler->nextServicePort(); });
    // Fields Marathon computes are never taken from the request.
    definition.remove(QStringLiteral("version"));
    definition.remove(QStringLiteral("versionInfo"));
    const QJsonObject result = m_scheduler->createApp(definition);
    const MarathonApp* app = m_scheduler->app(appId);
    QJsonObject body = MarathonRenderer::app(*m_scheduler, *app, {QStringLiteral("counts"), QStringLiteral("deployments")});
    publishApiPost(request, app->definition);
    reply(responder, 201, MarathonJson::bytes(body),
          {{"Location", appId.toUtf8()},
           {"Marathon-Deployment-Id", result.value(QLatin1String("deploymentId")).toString().toUtf8()}});
}

void MarathonSim::appRequest(const HttpRequest& request, HttpResponder* responder, const QString& rest)
{
    // rest: "/group/app", "/group/app/tasks[/taskId]", "/group/app/versions[/v]", "/group/app/restart"
    static const QRegularExpression suffix(QStringLiteral("^(.*?)/(tasks|versions|restart)(?:/([^/]+))?$"));
    const QRegularExpressionMatch m = suffix.match(rest);
    const QByteArray method = request.method;
    if (!m.hasMatch() || m_scheduler->app(MarathonJson::normalizeId(rest))) {
        const QString appId = MarathonJson::normalizeId(rest);
        if (method == "GET")
            return getApp(request, responder, appId);
        if (method == "PUT" || method == "PATCH")
            return putApp(request, responder, appId);
        if (method == "DELETE") {
            if (!m_scheduler->app(appId))
                return reply(responder, 404, MarathonJson::error(appNotFound(appId)));
            publishApiPost(request, m_scheduler->app(appId)->definition);
            const QJsonObject result = m_scheduler->deleteApp(appId); // force is the default here
            return replyDeployment(responder, 200, result);
        }
        return reply(responder, 405, MarathonJson::error(QStringLiteral("HTTP 405 Method Not Allowed")));
    }
    const QString appId = MarathonJson::normalizeId(m.captured(1));
    const QString what = m.captured(2);
    const QString arg = m.captured(3);
    const MarathonApp* app = m_scheduler->app(appId);
    if (what == QLatin1String("restart") && method == "POST" && arg.isEmpty()) {
        if (!app)
            return reply(responder, 404, MarathonJson::error(appNotFound(appId)));
        if (rejectIfLocked(responder, appId, request))
            return;
        return replyDeployment(responder, 200, m_scheduler->restartApp(appId));
    }
    if (what == QLatin1String("versions") && method == "GET") {
        if (!app)
            return reply(responder, 404, MarathonJson::error(appNotFound(appId)));
        if (arg.isEmpty()) {
            QJsonArray versions;
            const QStringList keys = app->versions.keys();
            for (auto it = keys.crbegin(); it != keys.crend(); ++it)
                versions.append(*it);
            return replyJson(responder, 200, {{QStringLiteral("versions"), versions}});
        }
        if (!app->versions.contains(arg))
            return reply(responder, 404,
                         MarathonJson::error(QStringLiteral("App '%1' does not exist in version %2").arg(appId, arg)));
        return replyJson(responder, 200, app->versions.value(arg));
    }
    if (what == QLatin1String("tasks")) {
        if (!app)
            return reply(responder, 404, MarathonJson::error(appNotFound(appId)));
        if (method == "GET" && arg.isEmpty()) {
            if (wantsText(request))
                return replyTasksText(responder, {appId});
            QJsonArray tasks;
            for (const MarathonTask& task : m_scheduler->tasksOf(appId))
                tasks.append(MarathonRenderer::task(task));
            return replyJson(responder, 200, {{QStringLiteral("tasks"), tasks}});
        }
        if (method == "DELETE")
            return killAppTasks(request, responder, appId, arg);
    }
    reply(responder, 405, MarathonJson::error(QStringLiteral("HTTP 405 Method Not Allowed")));
}

void MarathonSim::getApp(const HttpRequest& request, HttpResponder* responder, const QString& appId)
{
    const MarathonApp* app = m_scheduler->app(appId);
    if (!app)
        return reply(responder, 404, MarathonJson::error(appNotFound(appId)));
    QSet<QString> embeds = embedsFrom(request, QStringLiteral("app."));
    embeds << QStringLiteral("counts") << QStringLiteral("tasks") << QStringLiteral("lastTaskFailure")
           << QStringLiteral("deployments");
    replyJson(responder, 200, {{QStringLiteral("app"), MarathonRenderer::app(*m_scheduler, *app, embeds)}});
}

bool MarathonSim::prepareUpdate(const HttpRequest& request, HttpResponder* responder, const QString& appId,
                                QJsonObject body, Update* update, bool allowPartial) {
    const MarathonApp* existing = m_scheduler->app(appId);
    const bool partial = allowPartial && (flag(request, "partialUpdate", true) || request.method == "PATCH");
    update->exists = existing != nullptr;
    update->scaleOnly = false;
    QJsonObject merged;
    if (existing && body.contains(QLatin1String("version")) && body.size() <= 2) {
        // {"version": "..."}: back to a stored version.
        const QString version = body.value(QLatin1String("version")).toString();
        if (!existing->versions.contains(version)) {
            reply(responder, 404, MarathonJson::error(QStringLiteral("App '%1' does not exist in version %2").arg(appId, version)));
            return false;
        }
        merged = existing->versions.value(version);
    } else {
        body.remove(QStringLiteral("version"));
        body.remove(QStringLiteral("versionInfo"));
        if (existing && partial) {
            merged = existing->definition;
            for (auto it = body.begin(); it != body.end(); ++it)
                merged.insert(it.key(), it.value());
        } else {
            merged = body;
        }
        merged.insert(QStringLiteral("id"), appId);
        if (existing) {
            update->scaleOnly = true;
            for (auto it = body.begin(); it != body.end(); ++it) {
                if (it.key() != QLatin1String("instances") && it.key() != QLatin1String("id")
                    && existing->definition.value(it.key()) != it.value())
                    update->scaleOnly = false;
            }
        }
    }
    const AppValidator::Result checked = AppValidator::validate(merged);
    if (!checked.ok()) {
        reply(responder, checked.status, checked.errorBody);
        return false;
    }
    if (existing && rejectIfLocked(responder, appId, request))
        return false;
    update->definition = AppValidator::normalize(merged, [this] { return m_scheduler->nextServicePort(); });
    update->definition.remove(QStringLiteral("version"));
    update->definition.remove(QStringLiteral("versionInfo"));
    return true;
}

void MarathonSim::putApp(const HttpRequest& request, HttpResponder* responder, const QString& appId)
{
    const AppValidator::Result parsed = AppValidator::parseObject(request.body);
    if (!parsed.ok())
        return reply(responder, parsed.status, parsed.errorBody);
    Update update;
    if (!prepareUpdate(request, responder, appId, parsed.app, &update))
        return;
    const QJsonObject result = m_scheduler->updateApp(update.definition, update.scaleOnly);
    publishApiPost(request, m_scheduler->app(appId)->definition);
    if (!update.exists)
        return replyDeployment(responder, 201, result, {{"Location", appId.toUtf8()}});
    replyDeployment(responder, 200, result);
}

void MarathonSim::putApps(const HttpRequest& request, HttpResponder* responder)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        const AppValidator::Result bad = AppValidator::parseObject(request.body); // the same 400 as for one app
        return reply(responder, bad.status, bad.errorBody);
    }
    if (!doc.isArray())
        return reply(responder, 400,
                     MarathonJson::errorWithDetails(QStringLiteral("Invalid JSON"),
                                                    {QJsonObject{{QStringLiteral("path"), QStringLiteral("/")},
                                                                 {QStringLiteral("errors"), QJsonArray{QStringLiteral("error.expected.jsarray")}}}}));
    // Everything is checked before anything changes: one refusal refuses the whole request.
    QList<QPair<QJsonObject, bool>> changes;
    for (const QJsonValue& value : doc.array()) {
        const QJsonObject body = value.toObject();
        if (!value.isObject() || !body.value(QLatin1String("id")).isString())
            return reply(responder, 400,
                         MarathonJson::errorWithDetails(QStringLiteral("Invalid JSON"),
                                                        {QJsonObject{{QStringLiteral("path"), QStringLiteral("/id")},
                                                                     {QStringLiteral("errors"), QJsonArray{QStringLiteral("error.path.missing")}}}}));
        Update update;
        if (!prepareUpdate(request, responder, MarathonJson::normalizeId(body.value(QLatin1String("id")).toString()), body, &update))
            return;
        changes.append({update.definition, update.scaleOnly});
    }
    const QJsonObject result = m_scheduler->updateApps(changes);
    for (const auto& change : changes)
        publishApiPost(request, m_scheduler->app(change.first.value(QLatin1String("id")).toString())->definition);
    replyDeployment(responder, 200, result);
}

void MarathonSim::killAppTasks(const HttpRequest& request, HttpResponder* responder, const QString& appId,
                               const QString& taskId)
{
    const bool scale = flag(request, "scale");
    if (scale && flag(request, "wipe"))
        return reply(responder, 400, MarathonJson::error(QStringLiteral("You cannot use scale and wipe at the same time.")));
    QStringList ids;
    if (!taskId.isEmpty()) {
        const MarathonTask* task = m_scheduler->task(taskId);
        if (!task || task->appId != appId)
            return reply(responder, 404, MarathonJson::error(QStringLiteral("Task '%1' does not exist").arg(taskId)));
        ids << taskId;
    } else {
        const QString host = request.query.queryItemValue(QStringLiteral("host"));
        for (const MarathonTask& task : m_scheduler->tasksOf(appId)) {
            if (host.isEmpty() || host == QLatin1String("*") || task.host == host)
                ids << task.id;
        }
    }
    if (scale && rejectIfLocked(responder, appId, request))
        return;
    QJsonArray killed;
    for (const QString& id : ids)
        killed.append(MarathonRenderer::task(*m_scheduler->task(id)));
    const QJsonObject result = m_scheduler->killTasks(ids, scale);
    if (scale)
        return replyDeployment(responder, 200, result);
    if (!taskId.isEmpty())
        return replyJson(responder, 200, {{QStringLiteral("task"), killed.first()}});
    replyJson(responder, 200, {{QStringLiteral("tasks"), killed}});
}

void MarathonSim::replyTasksText(HttpResponder* responder, const QStringList& appIds)
{
    QByteArray text;
    for (const QString& appId : appIds) {
        const MarathonApp* app = m_scheduler->app(appId);
        if (!app)
            continue;
        const QList<MarathonTask> tasks = m_scheduler->tasksOf(appId);
        const QJsonArray servicePorts = app->definition.value(QLatin1String("ports")).toArray();
        for (qsizetype i = 0; i < servicePorts.size(); ++i) {
            text += MarathonJson::taskIdPrefix(appId).toUtf8() + '\t' + QByteArray::number(servicePorts.at(i).toInt()) + '\t';
            for (const MarathonTask& task : tasks) {
                if (i < task.ports.size())
                    text += task.host.toUtf8() + ':' + QByteArray::number(task.ports.at(i)) + '\t';
            }
            text += '\n';
        }
    }
    reply(responder, 200, text, {}, "text/plain");
}

void MarathonSim::listTasks(const HttpRequest& request, HttpResponder* responder)
{
    if (wantsText(request))
        return replyTasksText(responder, m_scheduler->apps().keys());
    QStringList statuses = request.query.allQueryItemValues(QStringLiteral("status"));
    statuses << request.query.allQueryItemValues(QStringLiteral("status[]"));
    QJsonArray tasks;
    for (const MarathonTask& task : m_scheduler->tasks()) {
        if (!statuses.isEmpty()) {
            const QString state = task.state.mid(5).toLower(); // "TASK_RUNNING" -> "running"
            if (!statuses.contains(state))
                continue;
        }
        tasks.append(MarathonRenderer::task(task));
    }
    replyJson(responder, 200, {{QStringLiteral("tasks"), tasks}});
}

void MarathonSim::deleteTasks(const HttpRequest& request, HttpResponder* responder)
{
    const bool scale = flag(request, "scale");
    if (scale && flag(request, "wipe"))
        return reply(responder, 400, MarathonJson::error(QStringLiteral("You cannot use scale and wipe at the same time.")));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QLatin1String("ids")).isArray())
        return reply(responder, 400,
                     MarathonJson::errorWithDetails(QStringLiteral("Invalid JSON"),
                                                    {QJsonObject{{QStringLiteral("path"), QStringLiteral("/ids")},
                                                                 {QStringLiteral("errors"), QJsonArray{QStringLiteral("error.path.missing")}}}}));
    QStringList ids;
    QStringList apps;
    for (const QJsonValue& value : doc.object().value(QLatin1String("ids")).toArray()) {
        const QString id = value.toString();
        if (!id.contains(QLatin1Char('.')))
            return reply(responder, 400, MarathonJson::error(QStringLiteral("Invalid task id '%1'.").arg(id)));
        if (const MarathonTask* task = m_scheduler->task(id)) { // unknown ids are skipped, as in Marathon
            ids << id;
            apps << task->appId;
        }
    }
    if (scale) {
        apps.removeDuplicates();
        for (const QString& appId : apps) {
            if (rejectIfLocked(responder, appId, request))
                return;
        }
    }
    QJsonArray killed;
    for (const QString& id : ids)
        killed.append(MarathonRenderer::task(*m_scheduler->task(id)));
    const QJsonObject result = m_scheduler->killTasks(ids, scale);
    if (scale)
        return replyDeployment(responder, 200, result);
    replyJson(responder, 200, {{QStringLiteral("tasks"), killed}});
}

void MarathonSim::deployments(const HttpRequest& request, HttpResponder* responder, const QString& id)
{
    if (id.isEmpty()) {
        QJsonArray list;
        for (const Deployment& deployment : m_scheduler->deployments())
            list.append(MarathonRenderer::deployment(*m_scheduler, deployment));
        return reply(responder, 200, MarathonJson::bytes(list));
    }
    if (!m_scheduler->deployment(id))
        return reply(responder, 404, MarathonJson::error(QStringLiteral("DeploymentPlan %1 does not exist").arg(id)));
    if (flag(request, "force")) {
        m_scheduler->cancelDeployment(id);
        return reply(responder, 202, QByteArray());
    }
    replyDeployment(responder, 200, m_scheduler->rollback(id));
}

void MarathonSim::queue(const HttpRequest& request, HttpResponder* responder, const QString& rest)
{
    if (rest.isEmpty() && request.method == "GET") {
        QJsonArray entries;
        const bool unusedOffers = request.query.allQueryItemValues(QStringLiteral("embed"))
                                      .contains(QStringLiteral("lastUnusedOffers"));
        for (const MarathonApp& app : m_scheduler->apps()) {
            if (m_scheduler->pendingLaunches(app.id()) > 0)
                entries.append(MarathonRenderer::queueEntry(*m_scheduler, app, unusedOffers));
        }
        return replyJson(responder, 200, {{QStringLiteral("queue"), entries}});
    }
    if (rest.endsWith(QLatin1String("/delay")) && request.method == "DELETE") {
        const QString appId = MarathonJson::normalizeId(rest.chopped(int(qstrlen("/delay"))));
        if (!m_scheduler->resetDelay(appId))
            return reply(responder, 404,
                         MarathonJson::error(QStringLiteral("Application %1 not found in tasks queue.").arg(appId)));
        return reply(responder, 204, QByteArray());
    }
    reply(responder, 404, MarathonJson::error(QStringLiteral("URI not found")));
}

void MarathonSim::events(const HttpRequest& request, HttpResponder* responder)
{
    if (!request.header("accept").contains("text/event-stream"))
        return reply(responder, 405, "<html><body><h2>HTTP ERROR 405</h2><p>Method Not Allowed</p></body></html>", {},
                     "text/html;charset=iso-8859-1");
    QSet<QString> types;
    for (const QString& type : request.query.allQueryItemValues(QStringLiteral("event_type")))
        types.insert(type);
    m_events->attach(responder, types, QStringLiteral("127.0.0.1"));
}
