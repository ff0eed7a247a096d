#include "MarathonClient.h"

#include "MarathonAppsParser.h"
#include "MarathonGroupParser.h"
#include "MarathonParser.h"
#include "MarathonPodParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <QUrlQuery>

MarathonClient::MarathonClient(HttpTransport* transport, QObject* parent) : QObject(parent), m_transport(transport) {}

void MarathonClient::setBaseUrl(const QUrl& url) {
    m_base = url;
    QString path = m_base.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    m_base.setPath(path); // "/service/marathon" under DC/OS, "" otherwise
}

namespace {
QString underPath(const QString& prefix, QString id) { // "/v2/apps/" + "a/b" for "/a/b"
    while (id.startsWith(u'/'))
        id.remove(0, 1);
    return prefix + id;
}
} // namespace

QString MarathonClient::appPath(const QString& appId) { return underPath(QStringLiteral("/v2/apps/"), appId); }

QString MarathonClient::podPath(const QString& podId) {
    return underPath(QStringLiteral("/v2/pods/"), podId);
}

QString MarathonClient::groupPath(const QString& groupId) {
    return underPath(QStringLiteral("/v2/groups/"), groupId);
}

QUrl MarathonClient::url(const QString& path, const QList<QPair<QString, QString>>& query) const {
    QUrl u = m_base;
    u.setPath(m_base.path() + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto& [key, value] : query)
            q.addQueryItem(key, value);
        u.setQuery(q);
    }
    return u;
}

QStringList MarathonClient::subscribedEventTypes() {
    return {QStringLiteral("deployment_info"),
            QStringLiteral("deployment_success"),
            QStringLiteral("deployment_failed"),
            QStringLiteral("deployment_step_success"),
            QStringLiteral("deployment_step_failure"),
            QStringLiteral("status_update_event"),
            QStringLiteral("instance_changed_event"),
            QStringLiteral("health_status_changed_event"),
            QStringLiteral("instance_health_changed_event"),
            QStringLiteral("failed_health_check_event"),
            QStringLiteral("unhealthy_task_kill_event"),
            QStringLiteral("unhealthy_instance_kill_event"),
            QStringLiteral("api_post_event"),
            QStringLiteral("app_terminated_event"),
            QStringLiteral("group_change_success"),
            QStringLiteral("pod_created_event"),
            QStringLiteral("pod_updated_event"),
            QStringLiteral("pod_deleted_event"),
            QStringLiteral("event_stream_attached")};
}

QUrl MarathonClient::eventsUrl() const {
    QList<QPair<QString, QString>> query;
    for (const QString& type : subscribedEventTypes())
        query << qMakePair(QStringLiteral("event_type"), type);
    query << qMakePair(QStringLiteral("plan-format"), QStringLiteral("light"));
    return url(QStringLiteral("/v2/events"), query);
}

ApiError MarathonClient::describe(ApiError error) const {
    const QString where = m_base.toDisplayString(QUrl::RemoveUserInfo);
    if (error.kind == ApiError::Kind::Network)
        error.message = tr("Marathon at %1 is not reachable (%2).").arg(where, error.message);
    else if (error.kind == ApiError::Kind::Timeout)
        error.message = tr("Marathon at %1 did not answer in time.").arg(where);
    else if (error.kind == ApiError::Kind::Http && error.message.isEmpty())
        error.message = error.httpStatus == 502 || error.httpStatus == 503
                            ? tr("Marathon has no leader right now or is overloaded; try again shortly.")
                            : tr("Marathon answered without an explanation.");
    return error;
}

MarathonResult MarathonClient::toResult(const HttpTransport::Response& response) {
    MarathonResult result;
    result.httpStatus = response.status;
    result.error = response.error;
    if (!response.ok())
        return result;
    result.deploymentId = QString::fromLatin1(response.header("Marathon-Deployment-Id"));
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    if (result.deploymentId.isEmpty())
        result.deploymentId = o.value(QLatin1String("deploymentId")).toString();
    if (result.deploymentId.isEmpty()) { // POST /v2/apps answers with the app and its deployments
        const QJsonArray deployments = o.value(QLatin1String("deployments")).toArray();
        if (!deployments.isEmpty())
            result.deploymentId = deployments.first().toObject().value(QLatin1String("id")).toString();
    }
    result.version = o.value(QLatin1String("version")).toString();
    return result;
}

template <typename T, typename Parse>
void MarathonClient::read(const QUrl& target, QObject* context, Callback<T> done, Parse parse) {
    if (!m_base.isValid() || m_base.isEmpty()) {
        done(ApiError::make(ApiError::Kind::Network, tr("Marathon has not been found yet.")), T{});
        return;
    }
    m_transport->get(target, context, [this, done, parse](const HttpTransport::Response& response) {
        if (!response.ok()) {
            done(describe(response.error), T{});
            return;
        }
        QString why;
        std::optional<T> value = parse(response.body, &why);
        if (!value) {
            done(ApiError::make(ApiError::Kind::Parse, tr("Marathon sent an answer MesosDesk cannot read: %1").arg(why)), T{});
            return;
        }
        done(ApiError{}, *value);
    });
}

template <typename T, typename Parse>
void MarathonClient::readOnPool(const QUrl& target, QObject* context, Callback<T> done, Parse parse) {
    if (!m_base.isValid() || m_base.isEmpty()) {
        done(ApiError::make(ApiError::Kind::Network, tr("Marathon has not been found yet.")), T{});
        return;
    }
    QPointer<QObject> guard(context);
    m_transport->get(target, context, [this, guard, done, parse](const HttpTransport::Response& response) {
        if (!response.ok()) {
            done(describe(response.error), T{});
            return;
        }
        // Parse on the pool; post the result back to the context's thread.
        const QByteArray body = response.body;
        QThreadPool::globalInstance()->start([guard, done, parse, body] {
            QString why;
            std::optional<T> value = parse(body, &why);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, value = std::move(value), why] {
                    if (!guard)
                        return;
                    if (!value)
                        done(ApiError::make(ApiError::Kind::Parse,
                                            tr("Marathon sent an answer MesosDesk cannot read: %1").arg(why)),
                             T{});
                    else
                        done(ApiError{}, *value);
                },
                Qt::QueuedConnection);
        });
    });
}

void MarathonClient::listApps(QObject* context, Callback<QList<MarathonApp>> done) {
    const QUrl target =
        url(QStringLiteral("/v2/apps"), {{QStringLiteral("embed"), QStringLiteral("apps.counts")},
                                         {QStringLiteral("embed"), QStringLiteral("apps.deployments")},
                                         {QStringLiteral("embed"), QStringLiteral("apps.lastTaskFailure")},
                                         {QStringLiteral("embed"), QStringLiteral("apps.taskStats")},
                                         {QStringLiteral("embed"), QStringLiteral("apps.readiness")}});
    readOnPool<QList<MarathonApp>>(target, context, std::move(done), [](const QByteArray& b, QString* e) {
        return MarathonAppsParser::parseApps(b, e);
    });
}

void MarathonClient::getApp(const QString& appId, QObject* context, Callback<MarathonApp> done) {
    read<MarathonApp>(url(appPath(appId), {{QStringLiteral("embed"), QStringLiteral("app.taskStats")},
                                           {QStringLiteral("embed"), QStringLiteral("app.readiness")}}),
                      context, std::move(done),
                      [](const QByteArray& b, QString* e) { return MarathonAppsParser::parseApp(b, e); });
}

void MarathonClient::listVersions(const QString& appId, QObject* context, Callback<QStringList> done) {
    read<QStringList>(url(appPath(appId) + QStringLiteral("/versions")), context, std::move(done),
                      [](const QByteArray& b, QString* e) { return MarathonParser::parseVersions(b, e); });
}

void MarathonClient::getVersion(const QString& appId, const QString& version, QObject* context, Callback<MarathonApp> done) {
    read<MarathonApp>(url(appPath(appId) + QStringLiteral("/versions/") + version), context, std::move(done),
                      [](const QByteArray& b, QString* e) { return MarathonAppsParser::parseApp(b, e); });
}

void MarathonClient::listDeployments(QObject* context, Callback<QList<MarathonDeployment>> done) {
    read<QList<MarathonDeployment>>(url(QStringLiteral("/v2/deployments")), context, std::move(done),
                                    [](const QByteArray& b, QString* e) { return MarathonParser::parseDeployments(b, e); });
}

void MarathonClient::listQueue(QObject* context, Callback<QList<MarathonQueueEntry>> done) {
    read<QList<MarathonQueueEntry>>(url(QStringLiteral("/v2/queue")), context, std::move(done),
                                    [](const QByteArray& b, QString* e) { return MarathonParser::parseQueue(b, e); });
}

void MarathonClient::listQueueWithUnusedOffers(QObject* context, Callback<QList<MarathonQueueEntry>> done) {
    readOnPool<QList<MarathonQueueEntry>>(
        url(QStringLiteral("/v2/queue"), {{QStringLiteral("embed"), QStringLiteral("lastUnusedOffers")}}),
        context, std::move(done),
        [](const QByteArray& b, QString* e) { return MarathonParser::parseQueue(b, e); });
}

void MarathonClient::info(QObject* context, Callback<MarathonInfo> done) {
    read<MarathonInfo>(url(QStringLiteral("/v2/info")), context, std::move(done),
                       [](const QByteArray& b, QString* e) { return MarathonParser::parseInfo(b, e); });
}

void MarathonClient::leader(QObject* context, Callback<QString> done) {
    read<QString>(url(QStringLiteral("/v2/leader")), context, std::move(done),
                  [](const QByteArray& b, QString* e) { return MarathonParser::parseLeader(b, e); });
}

void MarathonClient::change(const QByteArray& method, const QUrl& target, const QJsonObject& body, bool hasBody,
                            QObject* context, ResultCallback done) {
    sendChange(method, target, hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
               context, std::move(done));
}

void MarathonClient::sendChange(const QByteArray& method, const QUrl& target, const QByteArray& payload,
                                QObject* context, ResultCallback done) {
    if (!m_base.isValid() || m_base.isEmpty()) {
        MarathonResult result;
        result.error = ApiError::make(ApiError::Kind::Network, tr("Marathon has not been found yet."));
        done(result);
        return;
    }
    m_transport->send(method, target, payload,
                      payload.isEmpty() ? QByteArray() : QByteArray("application/json"), context,
                      [this, done](const HttpTransport::Response& response) {
                          MarathonResult result = toResult(response);
                          if (!result.ok())
                              result.error = describe(result.error);
                          done(result);
                      });
}

namespace {
QList<QPair<QString, QString>> forceQuery(bool force) {
    if (!force)
        return {};
    return {{QStringLiteral("force"), QStringLiteral("true")}};
}
} // namespace

void MarathonClient::createApp(const QJsonObject& definition, QObject* context, ResultCallback done) {
    change("POST", url(QStringLiteral("/v2/apps")), definition, true, context, std::move(done));
}

void MarathonClient::updateApp(const QString& appId, const QJsonObject& definition, bool force, QObject* context,
                               ResultCallback done) {
    change("PUT", url(appPath(appId), forceQuery(force)), definition, true, context, std::move(done));
}

void MarathonClient::scaleApp(const QString& appId, int instances, bool force, QObject* context, ResultCallback done) {
    updateApp(appId, QJsonObject{{QStringLiteral("instances"), instances}}, force, context, std::move(done));
}

void MarathonClient::scaleGroup(const QString& groupId, double factor, bool force, QObject* context, ResultCallback done) {
    change("PUT", url(groupPath(groupId), forceQuery(force)),
           QJsonObject{{QStringLiteral("scaleBy"), factor}}, true, context, std::move(done));
}

void MarathonClient::restartApp(const QString& appId, bool force, QObject* context, ResultCallback done) {
    change("POST", url(appPath(appId) + QStringLiteral("/restart"), forceQuery(force)), {}, false, context,
           std::move(done));
}

void MarathonClient::restartApps(const QStringList& appIds, bool force, QObject* context,
                                 std::function<void(const AppResults&)> done) {
    auto results = std::make_shared<AppResults>();
    auto pending = std::make_shared<qsizetype>(appIds.size());
    for (const QString& id : appIds)
        results->append({id, MarathonResult{}});
    if (appIds.isEmpty())
        return done(*results);
    for (qsizetype i = 0; i < appIds.size(); ++i)
        restartApp(appIds.at(i), force, context, [results, pending, i, done](const MarathonResult& r) {
            (*results)[i].second = r;
            if (--*pending == 0)
                done(*results);
        });
}

void MarathonClient::getGroup(const QString& groupId, QObject* context, Callback<MarathonGroup> done) {
    read<MarathonGroup>(url(groupPath(groupId), {{QStringLiteral("embed"), QStringLiteral("group.groups")},
                                                 {QStringLiteral("embed"), QStringLiteral("group.apps")},
                                                 {QStringLiteral("embed"), QStringLiteral("group.pods")}}),
                        context, std::move(done), [](const QByteArray& b, QString* e) {
                            return MarathonGroupParser::parseGroup(b, e);
                        });
}

void MarathonClient::createGroup(const QJsonObject& definition, QObject* context, ResultCallback done) {
    change("POST", url(QStringLiteral("/v2/groups")), definition, true, context, std::move(done));
}

void MarathonClient::updateGroup(const QString& groupId, const QJsonObject& definition, bool force,
                                 QObject* context, ResultCallback done) {
    change("PUT", url(groupPath(groupId), forceQuery(force)), definition, true, context, std::move(done));
}

void MarathonClient::destroyGroup(const QString& groupId, bool force, QObject* context, ResultCallback done) {
    change("DELETE", url(groupPath(groupId), forceQuery(force)), {}, false, context, std::move(done));
}

void MarathonClient::destroyApp(const QString& appId, QObject* context, ResultCallback done) {
    change("DELETE", url(appPath(appId)), {}, false, context, std::move(done));
}

void MarathonClient::applyVersion(const QString& appId, const QString& version, bool force, QObject* context,
                                  ResultCallback done) {
    updateApp(appId, QJsonObject{{QStringLiteral("version"), version}}, force, context, std::move(done));
}

void MarathonClient::killTasks(const QStringList& taskIds, KillMode mode, bool force, QObject* context,
                               ResultCallback done) {
    QList<QPair<QString, QString>> query{
        {QStringLiteral("scale"), mode == KillMode::KillAndScale ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("wipe"), mode == KillMode::KillAndWipe ? QStringLiteral("true") : QStringLiteral("false")}};
    query += forceQuery(force);
    change("POST", url(QStringLiteral("/v2/tasks/delete"), query),
           QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(taskIds)}}, true, context, std::move(done));
}

void MarathonClient::rollbackDeployment(const QString& deploymentId, QObject* context, ResultCallback done) {
    change("DELETE", url(QStringLiteral("/v2/deployments/") + deploymentId), {}, false, context, std::move(done));
}

void MarathonClient::forceStopDeployment(const QString& deploymentId, QObject* context, ResultCallback done) {
    change("DELETE", url(QStringLiteral("/v2/deployments/") + deploymentId, forceQuery(true)), {}, false, context,
           std::move(done));
}

void MarathonClient::resetDelay(const QString& appId, QObject* context, ResultCallback done) {
    QString id = appId;
    while (id.startsWith(u'/'))
        id.remove(0, 1);
    change("DELETE", url(QStringLiteral("/v2/queue/") + id + QStringLiteral("/delay")), {}, false, context,
           std::move(done));
}

void MarathonClient::abdicate(QObject* context, ResultCallback done) {
    change("DELETE", url(QStringLiteral("/v2/leader")), {}, false, context, std::move(done));
}

void MarathonClient::podsSupported(QObject* context, Callback<bool> done) {
    if (!m_base.isValid() || m_base.isEmpty()) {
        done(ApiError::make(ApiError::Kind::Network, tr("Marathon has not been found yet.")), false);
        return;
    }
    m_transport->send("HEAD", url(QStringLiteral("/v2/pods")), {}, {}, context,
                      [this, done](const HttpTransport::Response& response) {
                          if (response.status == 404)
                              done(ApiError{}, false);
                          else if (!response.ok())
                              done(describe(response.error), false);
                          else
                              done(ApiError{}, true);
                      });
}

void MarathonClient::listPodStatuses(QObject* context, Callback<QList<MarathonPod>> done) {
    readOnPool<QList<MarathonPod>>(
        url(QStringLiteral("/v2/pods/::status")), context, std::move(done),
        [](const QByteArray& b, QString* e) { return MarathonPodParser::parseStatuses(b, e); });
}

void MarathonClient::getPodStatus(const QString& podId, QObject* context, Callback<MarathonPod> done) {
    read<MarathonPod>(url(podPath(podId) + QStringLiteral("::status")), context, std::move(done),
                      [](const QByteArray& b, QString* e) { return MarathonPodParser::parseStatus(b, e); });
}

void MarathonClient::listPodVersions(const QString& podId, QObject* context, Callback<QStringList> done) {
    read<QStringList>(url(podPath(podId) + QStringLiteral("::versions")), context, std::move(done),
                      [](const QByteArray& b, QString* e) { return MarathonPodParser::parseVersions(b, e); });
}

void MarathonClient::getPodVersion(const QString& podId, const QString& version, QObject* context,
                                   Callback<MarathonPod> done) {
    read<MarathonPod>(url(podPath(podId) + QStringLiteral("::versions/") + version), context, std::move(done),
                      [](const QByteArray& b, QString* e) { return MarathonPodParser::parsePod(b, e); });
}

void MarathonClient::createPod(const QJsonObject& definition, QObject* context, ResultCallback done) {
    change("POST", url(QStringLiteral("/v2/pods")), definition, true, context, std::move(done));
}

void MarathonClient::updatePod(const QString& podId, const QJsonObject& definition, bool force,
                               QObject* context, ResultCallback done) {
    change("PUT", url(podPath(podId), forceQuery(force)), definition, true, context, std::move(done));
}

void MarathonClient::scalePod(const QString& podId, const QByteArray& specJson, int instances, bool force,
                              QObject* context, ResultCallback done) {
    QJsonObject definition = QJsonDocument::fromJson(specJson).object();
    definition.remove(QLatin1String("version")); // the server's stamp, not part of what is asked for
    QJsonObject scaling = definition.value(QLatin1String("scaling")).toObject();
    if (!scaling.contains(QLatin1String("kind")))
        scaling.insert(QStringLiteral("kind"), QStringLiteral("fixed"));
    scaling.insert(QStringLiteral("instances"), instances);
    definition.insert(QStringLiteral("scaling"), scaling);
    updatePod(podId, definition, force, context, std::move(done));
}

void MarathonClient::destroyPod(const QString& podId, bool force, QObject* context, ResultCallback done) {
    change("DELETE", url(podPath(podId), forceQuery(force)), {}, false, context, std::move(done));
}

void MarathonClient::killPodInstances(const QString& podId, const QStringList& instanceIds, QObject* context,
                                      ResultCallback done) {
    if (instanceIds.size() == 1) {
        sendChange("DELETE", url(podPath(podId) + QStringLiteral("::instances/") + instanceIds.first()), {},
                   context, std::move(done));
        return;
    }
    sendChange("DELETE", url(podPath(podId) + QStringLiteral("::instances")),
               QJsonDocument(QJsonArray::fromStringList(instanceIds)).toJson(QJsonDocument::Compact), context,
               std::move(done));
}
