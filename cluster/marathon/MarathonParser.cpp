#include "MarathonParser.h"

#include "MarathonCheckParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
std::optional<QJsonDocument> parseDocument(const QByteArray& body, QString* error) {
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = MarathonParser::tr("Malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    return doc;
}

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

QString str(const QJsonObject& o, QLatin1String key) {
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

int integer(const QJsonObject& o, QLatin1String key) { return o.value(key).toInt(0); }

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        if (item.isString())
            out << item.toString();
    return out;
}

QList<MarathonDeployment::Action> actionsFrom(const QJsonArray& array) {
    QList<MarathonDeployment::Action> out;
    for (const QJsonValue& a : array) {
        const QJsonObject o = a.toObject();
        QString target = str(o, QLatin1String("app"));
        if (target.isEmpty())
            target = str(o, QLatin1String("pod"));
        if (target.isEmpty())
            target = str(o, QLatin1String("apps"));
        out << MarathonDeployment::Action{
            str(o, QLatin1String("action")), target,
            MarathonCheckParser::readinessResults(o.value(QLatin1String("readinessCheckResults")).toArray())};
    }
    return out;
}

QList<MarathonQueueEntry::Reject> rejectsFrom(const QJsonArray& steps) {
    QList<MarathonQueueEntry::Reject> out;
    for (const QJsonValue& r : steps) {
        const QJsonObject reject = r.toObject();
        const QString reason = str(reject, QLatin1String("reason"));
        if (!reason.isEmpty())
            out << MarathonQueueEntry::Reject{reason, qMax(0, integer(reject, QLatin1String("declined"))),
                                              qMax(0, integer(reject, QLatin1String("processed")))};
    }
    return out;
}

void collectGroupApps(const QJsonObject& group, QList<MarathonApp>* out, int depth) {
    if (depth > 64) // a malicious nesting must not blow the stack
        return;
    for (const QJsonValue& a : group.value(QLatin1String("apps")).toArray())
        if (a.isObject())
            out->append(MarathonParser::appFromJson(a.toObject()));
    for (const QJsonValue& g : group.value(QLatin1String("groups")).toArray())
        collectGroupApps(g.toObject(), out, depth + 1);
}
} // namespace

MarathonTask MarathonParser::taskFromJson(const QJsonObject& o) {
    MarathonTask t;
    t.id = str(o, QLatin1String("id"));
    t.appId = str(o, QLatin1String("appId"));
    t.host = str(o, QLatin1String("host"));
    for (const QJsonValue& p : o.value(QLatin1String("ports")).toArray())
        t.ports << p.toInt();
    t.state = str(o, QLatin1String("state"));
    t.stagedAt = str(o, QLatin1String("stagedAt"));
    t.startedAt = str(o, QLatin1String("startedAt"));
    t.version = str(o, QLatin1String("version"));
    t.slaveId = str(o, QLatin1String("slaveId"));
    if (t.slaveId.isEmpty())
        t.slaveId = str(o, QLatin1String("agentId"));
    t.hasLocalVolumes = !o.value(QLatin1String("localVolumes")).toArray().isEmpty();
    const QJsonArray checks = o.value(QLatin1String("healthCheckResults")).toArray();
    if (!checks.isEmpty()) {
        t.health = MarathonTask::Health::Healthy;
        for (const QJsonValue& c : checks) {
            const QJsonObject check = c.toObject();
            t.healthResults << MarathonCheckParser::healthResult(check);
            if (!check.value(QLatin1String("alive")).toBool(false)) {
                t.health = MarathonTask::Health::Unhealthy;
                t.healthCause = str(check, QLatin1String("lastFailureCause"));
            }
        }
    }
    return t;
}

MarathonApp MarathonParser::appFromJson(const QJsonObject& o) {
    MarathonApp app;
    app.raw = MarathonApp::rawJsonOf(o);
    app.id = str(o, QLatin1String("id"));
    if (!app.id.isEmpty() && !app.id.startsWith(u'/'))
        app.id.prepend(u'/'); // legacy definitions use relative ids
    app.instances = integer(o, QLatin1String("instances"));
    app.cpus = o.value(QLatin1String("cpus")).toDouble();
    app.mem = o.value(QLatin1String("mem")).toDouble();
    app.disk = o.value(QLatin1String("disk")).toDouble();
    app.gpus = integer(o, QLatin1String("gpus"));
    app.cmd = str(o, QLatin1String("cmd"));
    app.uris = strings(o.value(QLatin1String("uris")));
    for (const QJsonValue& f : o.value(QLatin1String("fetch")).toArray())
        if (const QString uri = f.toObject().value(QLatin1String("uri")).toString(); !uri.isEmpty() && !app.uris.contains(uri))
            app.uris << uri;
    const QJsonObject labels = o.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        app.labels.insert(it.key(), it.value().isString() ? it.value().toString()
                                                          : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
    const QJsonObject env = o.value(QLatin1String("env")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (it.value().isObject())
            app.env.insert(it.key(), QStringLiteral("secret:") + it.value().toObject().value(QLatin1String("secret")).toString());
        else
            app.env.insert(it.key(), it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble()));
    }
    app.tasksStaged = integer(o, QLatin1String("tasksStaged"));
    app.tasksRunning = integer(o, QLatin1String("tasksRunning"));
    app.tasksHealthy = integer(o, QLatin1String("tasksHealthy"));
    app.tasksUnhealthy = integer(o, QLatin1String("tasksUnhealthy"));
    app.hasHealthChecks = !o.value(QLatin1String("healthChecks")).toArray().isEmpty();
    app.healthChecks = MarathonCheckParser::healthChecks(o.value(QLatin1String("healthChecks")).toArray());
    app.readinessChecks =
        MarathonCheckParser::readinessChecks(o.value(QLatin1String("readinessChecks")).toArray());
    app.readinessResults =
        MarathonCheckParser::readinessResults(o.value(QLatin1String("readinessCheckResults")).toArray());
    app.resident = o.value(QLatin1String("residency")).isObject();
    const QJsonArray volumes = o.value(QLatin1String("container")).toObject().value(QLatin1String("volumes")).toArray();
    for (const QJsonValue& v : volumes)
        if (v.toObject().value(QLatin1String("persistent")).isObject())
            app.resident = true;
    for (const QJsonValue& d : o.value(QLatin1String("deployments")).toArray()) {
        const QString id = d.isString() ? d.toString() : str(d.toObject(), QLatin1String("id"));
        if (!id.isEmpty())
            app.deploymentIds << id;
    }
    app.version = str(o, QLatin1String("version"));
    const QJsonObject versionInfo = o.value(QLatin1String("versionInfo")).toObject();
    app.lastScalingAt = str(versionInfo, QLatin1String("lastScalingAt"));
    app.lastConfigChangeAt = str(versionInfo, QLatin1String("lastConfigChangeAt"));
    const QJsonObject failure = o.value(QLatin1String("lastTaskFailure")).toObject();
    if (!failure.isEmpty()) {
        app.lastTaskFailure.taskId = str(failure, QLatin1String("taskId"));
        app.lastTaskFailure.state = str(failure, QLatin1String("state"));
        app.lastTaskFailure.message = str(failure, QLatin1String("message"));
        app.lastTaskFailure.host = str(failure, QLatin1String("host"));
        app.lastTaskFailure.timestamp = str(failure, QLatin1String("timestamp"));
        app.lastTaskFailure.version = str(failure, QLatin1String("version"));
        app.lastTaskFailure.slaveId = str(failure, QLatin1String("slaveId"));
    }
    for (const QJsonValue& d : o.value(QLatin1String("dependencies")).toArray())
        if (d.isString() && !d.toString().isEmpty())
            app.dependencies << d.toString();
    for (const QJsonValue& t : o.value(QLatin1String("tasks")).toArray()) {
        MarathonTask task = taskFromJson(t.toObject());
        if (task.appId.isEmpty())
            task.appId = app.id;
        app.tasks << task;
    }
    return app;
}

MarathonDeployment MarathonParser::deploymentFromJson(const QJsonObject& o) {
    MarathonDeployment d;
    d.id = str(o, QLatin1String("id"));
    d.version = str(o, QLatin1String("version"));
    d.affectedApps = strings(o.value(QLatin1String("affectedApps")));
    d.affectedPods = strings(o.value(QLatin1String("affectedPods")));
    d.currentStep = integer(o, QLatin1String("currentStep"));
    d.totalSteps = integer(o, QLatin1String("totalSteps"));
    for (const QJsonValue& step : o.value(QLatin1String("steps")).toArray()) {
        if (step.isArray()) // pre-1.0: steps: [[{action, app}]]
            d.steps << actionsFrom(step.toArray());
        else
            d.steps << actionsFrom(step.toObject().value(QLatin1String("actions")).toArray());
    }
    if (d.totalSteps == 0)
        d.totalSteps = int(d.steps.size());
    d.currentActions = actionsFrom(o.value(QLatin1String("currentActions")).toArray());
    return d;
}

std::optional<QList<MarathonApp>> MarathonParser::parseApps(const QByteArray& body, QString* error) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    QList<MarathonApp> apps;
    if (doc->isArray()) {
        for (const QJsonValue& a : doc->array())
            if (a.isObject())
                apps << appFromJson(a.toObject());
        return apps;
    }
    const QJsonObject o = doc->object();
    if (o.value(QLatin1String("apps")).isArray() || o.value(QLatin1String("groups")).isArray()) {
        collectGroupApps(o, &apps, 0);
        return apps;
    }
    if (o.value(QLatin1String("*")).isArray()) {
        for (const QJsonValue& a : o.value(QLatin1String("*")).toArray())
            if (a.isObject())
                apps << appFromJson(a.toObject());
        return apps;
    }
    setError(error, MarathonParser::tr("The answer holds no \"apps\" list."));
    return std::nullopt;
}

std::optional<MarathonApp> MarathonParser::parseApp(const QByteArray& body, QString* error) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    QJsonObject o = doc->object();
    if (o.value(QLatin1String("app")).isObject())
        o = o.value(QLatin1String("app")).toObject();
    if (!o.value(QLatin1String("id")).isString()) {
        setError(error, MarathonParser::tr("The answer is not an app definition (no \"id\")."));
        return std::nullopt;
    }
    return appFromJson(o);
}

std::optional<QList<MarathonTask>> MarathonParser::parseTasks(const QByteArray& body, QString* error) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    QJsonArray array;
    if (doc->isArray()) {
        array = doc->array();
    } else if (doc->object().value(QLatin1String("tasks")).isArray()) {
        array = doc->object().value(QLatin1String("tasks")).toArray();
    } else if (doc->object().value(QLatin1String("task")).isObject()) {
        array.append(doc->object().value(QLatin1String("task")));
    } else {
        setError(error, MarathonParser::tr("The answer holds no \"tasks\" list."));
        return std::nullopt;
    }
    QList<MarathonTask> tasks;
    for (const QJsonValue& t : array)
        if (t.isObject())
            tasks << taskFromJson(t.toObject());
    return tasks;
}

std::optional<QList<MarathonDeployment>> MarathonParser::parseDeployments(const QByteArray& body, QString* error) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    QList<MarathonDeployment> out;
    if (doc->isObject() && doc->object().contains(QLatin1String("id"))) { // a single plan
        out << deploymentFromJson(doc->object());
        return out;
    }
    if (!doc->isArray()) {
        setError(error, MarathonParser::tr("The deployments answer is not a list."));
        return std::nullopt;
    }
    for (const QJsonValue& d : doc->array())
        if (d.isObject())
            out << deploymentFromJson(d.toObject());
    return out;
}

std::optional<QList<MarathonQueueEntry>> MarathonParser::parseQueue(const QByteArray& body, QString* error) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->object().value(QLatin1String("queue")).isArray()) {
        setError(error, MarathonParser::tr("The answer holds no \"queue\" list."));
        return std::nullopt;
    }
    QList<MarathonQueueEntry> out;
    for (const QJsonValue& v : doc->object().value(QLatin1String("queue")).toArray()) {
        const QJsonObject o = v.toObject();
        MarathonQueueEntry e;
        QJsonObject target = o.value(QLatin1String("app")).toObject();
        if (target.isEmpty()) {
            target = o.value(QLatin1String("pod")).toObject();
            e.isPod = !target.isEmpty();
        }
        e.appId = str(target, QLatin1String("id"));
        if (e.appId.isEmpty())
            continue;
        e.count = integer(o, QLatin1String("count"));
        e.role = str(o, QLatin1String("role"));
        e.hasDelay = o.value(QLatin1String("delay")).isObject();
        const QJsonObject delay = o.value(QLatin1String("delay")).toObject();
        e.overdue = delay.value(QLatin1String("overdue")).toBool(true);
        e.timeLeftSeconds = qMax(0, delay.value(QLatin1String("timeLeftSeconds")).toInt());
        e.since = str(o, QLatin1String("since"));
        e.hasSummary = o.value(QLatin1String("processedOffersSummary")).isObject();
        const QJsonObject summary = o.value(QLatin1String("processedOffersSummary")).toObject();
        e.processedOffers = integer(summary, QLatin1String("processedOffersCount"));
        e.unusedOffers = integer(summary, QLatin1String("unusedOffersCount"));
        e.lastUnusedOfferAt = str(summary, QLatin1String("lastUnusedOfferAt"));
        e.lastUsedOfferAt = str(summary, QLatin1String("lastUsedOfferAt"));
        e.funnelLastOffers = rejectsFrom(summary.value(QLatin1String("rejectSummaryLastOffers")).toArray());
        e.funnelLaunchAttempt =
            rejectsFrom(summary.value(QLatin1String("rejectSummaryLaunchAttempt")).toArray());
        e.rejects = e.funnelLastOffers;
        std::stable_sort(e.rejects.begin(), e.rejects.end(),
                         [](const auto& a, const auto& b) { return a.declined > b.declined; });
        e.hasUnusedOffers = o.value(QLatin1String("lastUnusedOffers")).isArray();
        for (const QJsonValue& u : o.value(QLatin1String("lastUnusedOffers")).toArray()) {
            const QJsonObject unused = u.toObject();
            const QJsonObject offer = unused.value(QLatin1String("offer")).toObject();
            const QJsonValue reasons = unused.value(QLatin1String("reason"));
            e.lastUnusedOffers << MarathonQueueEntry::UnusedOffer{
                str(offer, QLatin1String("id")), str(offer, QLatin1String("agentId")),
                str(offer, QLatin1String("hostname")),
                reasons.isString() ? QStringList{reasons.toString()} : strings(reasons),
                str(unused, QLatin1String("timestamp"))};
        }
        out << e;
    }
    return out;
}

std::optional<MarathonInfo> MarathonParser::parseInfo(const QByteArray& body, QString* error) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    const QJsonObject o = doc->object();
    if (o.isEmpty()) {
        setError(error, MarathonParser::tr("The /v2/info answer is empty."));
        return std::nullopt;
    }
    MarathonInfo info;
    info.name = str(o, QLatin1String("name"));
    info.version = str(o, QLatin1String("version"));
    info.frameworkId = str(o, QLatin1String("frameworkId"));
    info.leader = str(o, QLatin1String("leader"));
    info.elected = o.value(QLatin1String("elected")).toBool();
    const QJsonObject config = o.value(QLatin1String("marathon_config")).toObject();
    info.mesosLeaderUiUrl = str(config, QLatin1String("mesos_leader_ui_url"));
    info.webuiUrl = str(config, QLatin1String("webui_url"));
    if (const QString fw = str(config, QLatin1String("framework_name")); !fw.isEmpty())
        info.name = fw;
    info.buildref = str(o, QLatin1String("buildref"));
    info.marathonConfig = config;
    info.zookeeperConfig = o.value(QLatin1String("zookeeper_config")).toObject();
    info.httpConfig = o.value(QLatin1String("http_config")).toObject();
    return info;
}

std::optional<QStringList> MarathonParser::parseVersions(const QByteArray& body, QString* error) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    const QJsonValue versions = doc->isArray() ? QJsonValue(doc->array()) : doc->object().value(QLatin1String("versions"));
    if (!versions.isArray()) {
        setError(error, MarathonParser::tr("The answer holds no \"versions\" list."));
        return std::nullopt;
    }
    return strings(versions);
}

std::optional<QString> MarathonParser::parseLeader(const QByteArray& body, QString* error) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    const QJsonValue leader = doc->object().value(QLatin1String("leader"));
    if (!leader.isString()) {
        setError(error, MarathonParser::tr("The answer names no leader."));
        return std::nullopt;
    }
    return leader.toString();
}

std::optional<MarathonEvent> MarathonParser::parseEvent(const QByteArray& data, const QString& eventName, QString* error) {
    const auto doc = parseDocument(data, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        setError(error, MarathonParser::tr("The event is not a JSON object."));
        return std::nullopt;
    }
    const QJsonObject o = doc->object();
    MarathonEvent e;
    e.raw = o;
    e.type = str(o, QLatin1String("eventType"));
    if (e.type.isEmpty())
        e.type = eventName;
    e.timestamp = str(o, QLatin1String("timestamp"));
    e.appId = str(o, QLatin1String("appId"));
    if (e.appId.isEmpty())
        e.appId = str(o, QLatin1String("runSpecId"));
    e.taskId = str(o, QLatin1String("taskId"));
    if (e.taskId.isEmpty())
        e.taskId = str(o, QLatin1String("instanceId"));
    e.taskStatus = str(o, QLatin1String("taskStatus"));
    if (e.taskStatus.isEmpty())
        e.taskStatus = str(o, QLatin1String("condition"));
    e.host = str(o, QLatin1String("host"));
    e.slaveId = str(o, QLatin1String("slaveId"));
    if (e.slaveId.isEmpty())
        e.slaveId = str(o, QLatin1String("agentId"));
    e.message = str(o, QLatin1String("message"));
    if (e.message.isEmpty())
        e.message = str(o, QLatin1String("reason"));
    e.deploymentId = str(o, QLatin1String("id"));
    if (const QJsonObject plan = o.value(QLatin1String("plan")).toObject(); !plan.isEmpty()) {
        e.deploymentId = str(plan, QLatin1String("id"));
        if (e.appId.isEmpty()) {
            const QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
            for (const QJsonValue& s : steps) {
                const auto actions = s.isArray() ? actionsFrom(s.toArray()) : actionsFrom(s.toObject().value(QLatin1String("actions")).toArray());
                if (!actions.isEmpty()) {
                    e.appId = actions.first().target;
                    break;
                }
            }
        }
    }
    e.alive = o.value(QLatin1String("alive")).toBool(o.value(QLatin1String("healthy")).toBool());
    return e;
}
