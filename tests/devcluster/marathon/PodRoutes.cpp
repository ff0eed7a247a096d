#include "PodRoutes.h"

#include "EventBus.h"
#include "MarathonJson.h"
#include "MarathonScheduler.h"
#include "PodRenderer.h"
#include "PodScheduler.h"
#include "PodValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
const QRegularExpression& instanceIdPattern() {
    static const QRegularExpression re(QStringLiteral("^(.+)\\.(instance-|marathon-)([^\\.]+)$"));
    return re;
}
} // namespace

PodRoutes::PodRoutes(SchedulerApi* mesos, EventBus* events, MarathonScheduler* apps, Reply reply,
                     QObject* parent)
    : QObject(parent), m_events(events), m_apps(apps),
      m_scheduler(new PodScheduler(mesos, events, apps, this)), m_reply(std::move(reply)) {}

void PodRoutes::notFound(HttpResponder* responder, const QString& podId) {
    m_reply(responder, 404, MarathonJson::error(QStringLiteral("Pod '%1' does not exist").arg(podId)), {});
}

void PodRoutes::publish(const HttpRequest& request, const char* eventType) {
    m_events->publish(QLatin1String(eventType),
                      {{QStringLiteral("clientIp"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("uri"), QString::fromUtf8(request.rawPath).section(u'?', 0, 0)}});
}

void PodRoutes::handle(const HttpRequest& request, HttpResponder* responder, const QString& path) {
    const QByteArray method = request.method;
    if (path == QLatin1String("/v2/pods")) {
        if (method == "HEAD")
            return m_reply(responder, 200, QByteArray(), {});
        if (method == "GET") {
            QJsonArray pods;
            for (const SimPod& pod : m_scheduler->pods())
                pods.append(pod.definition);
            return m_reply(responder, 200, MarathonJson::bytes(pods), {});
        }
        if (method == "POST")
            return create(request, responder);
        return m_reply(responder, 405, MarathonJson::error(QStringLiteral("HTTP 405 Method Not Allowed")),
                       {});
    }
    const QString rest = path.mid(int(qstrlen("/v2/pods")));
    if (rest == QLatin1String("/::status") && method == "GET") {
        QJsonArray statuses;
        for (const SimPod& pod : m_scheduler->pods())
            statuses.append(PodRenderer::status(*m_scheduler, pod));
        return m_reply(responder, 200, MarathonJson::bytes(statuses), {});
    }
    // "/{id}::status", "/{id}::versions[/{v}]", "/{id}::instances[/{instanceId}]", "/{id}"
    static const QRegularExpression suffix(QStringLiteral("^(.*?)::(status|versions|instances)(?:/(.+))?$"));
    const QRegularExpressionMatch m = suffix.match(rest);
    const QString podId = MarathonJson::normalizeId(m.hasMatch() ? m.captured(1) : rest);
    const QString what = m.captured(2);
    const QString arg = m.captured(3);
    if (!m.hasMatch()) {
        if (method == "GET") {
            const SimPod* pod = m_scheduler->pod(podId);
            return pod ? m_reply(responder, 200, MarathonJson::bytes(pod->definition), {})
                       : notFound(responder, podId);
        }
        if (method == "PUT")
            return put(request, responder, podId);
        if (method == "DELETE")
            return remove(request, responder, podId);
    } else if (what == QLatin1String("status") && arg.isEmpty() && method == "GET") {
        const SimPod* pod = m_scheduler->pod(podId);
        return pod ? m_reply(responder, 200, MarathonJson::bytes(PodRenderer::status(*m_scheduler, *pod)), {})
                   : notFound(responder, podId);
    } else if (what == QLatin1String("versions") && method == "GET") {
        return versions(responder, podId, arg);
    } else if (what == QLatin1String("instances") && method == "DELETE") {
        return killInstances(request, responder, podId, arg);
    }
    m_reply(responder, 405, MarathonJson::error(QStringLiteral("HTTP 405 Method Not Allowed")), {});
}

bool PodRoutes::checked(const HttpRequest& request, HttpResponder* responder, QJsonObject* pod) {
    const PodValidator::Result result = PodValidator::validate(request.body);
    if (!result.ok()) {
        m_reply(responder, result.status, result.errorBody, {});
        return false;
    }
    const QString missing = PodValidator::unsupported(result.pod);
    if (!missing.isEmpty()) {
        m_reply(responder, 422, MarathonJson::error(missing), {});
        return false;
    }
    *pod = PodValidator::normalize(result.pod, m_apps->nextVersion());
    return true;
}

void PodRoutes::create(const HttpRequest& request, HttpResponder* responder) {
    QJsonObject pod;
    if (!checked(request, responder, &pod))
        return;
    const QString id = pod.value(QLatin1String("id")).toString();
    if (m_scheduler->pod(id) || m_apps->app(id))
        return m_reply(responder, 409,
                       MarathonJson::error(QStringLiteral("A pod with id [%1] already exists.").arg(id)), {});
    const QString deployment = m_scheduler->create(pod);
    publish(request, "pod_created_event");
    m_reply(responder, 201, MarathonJson::bytes(pod),
            {{"Location", id.toUtf8()}, {"Marathon-Deployment-Id", deployment.toUtf8()}});
}

void PodRoutes::put(const HttpRequest& request, HttpResponder* responder, const QString& podId) {
    QJsonObject pod;
    if (!checked(request, responder, &pod))
        return;
    const QString bodyId =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("id")).toString();
    if (pod.value(QLatin1String("id")).toString() != podId)
        return m_reply(responder, 400,
                       MarathonJson::error(
                           QStringLiteral("'%1' does not match definition's id ('%2')").arg(podId, bodyId)),
                       {});
    const QString deployment = m_scheduler->pod(podId) ? m_scheduler->update(pod) : m_scheduler->create(pod);
    publish(request, "pod_updated_event");
    m_reply(responder, 200, MarathonJson::bytes(pod),
            {{"Location", podId.toUtf8()}, {"Marathon-Deployment-Id", deployment.toUtf8()}});
}

void PodRoutes::remove(const HttpRequest& request, HttpResponder* responder, const QString& podId) {
    if (!m_scheduler->pod(podId))
        return notFound(responder, podId);
    const QString deployment = m_scheduler->remove(podId);
    publish(request, "pod_deleted_event");
    m_reply(responder, 202, QByteArray(),
            {{"Location", deployment.toUtf8()}, {"Marathon-Deployment-Id", deployment.toUtf8()}});
}

void PodRoutes::versions(HttpResponder* responder, const QString& podId, const QString& version) {
    const SimPod* pod = m_scheduler->pod(podId);
    if (!pod)
        return notFound(responder, podId);
    if (version.isEmpty()) {
        QJsonArray list;
        const QStringList keys = pod->versions.keys();
        for (auto it = keys.rbegin(); it != keys.rend(); ++it)
            list.append(*it);
        return m_reply(responder, 200, MarathonJson::bytes(list), {});
    }
    if (!pod->versions.contains(version))
        return notFound(responder, podId);
    m_reply(responder, 200, MarathonJson::bytes(pod->versions.value(version)), {});
}

void PodRoutes::killInstances(const HttpRequest& request, HttpResponder* responder, const QString& podId,
                              const QString& instanceId) {
    auto invalid = [this, responder](const QString& path) {
        m_reply(
            responder, 422,
            MarathonJson::errorWithDetails(
                QStringLiteral("Object is not valid"),
                MarathonJson::groupDetails({{path, QStringLiteral("must fully match regular expression '%1'")
                                                       .arg(instanceIdPattern().pattern())}})),
            {});
    };
    if (!instanceId.isEmpty()) {
        if (!instanceIdPattern().match(instanceId).hasMatch())
            return invalid(QStringLiteral("/"));
        const QList<PodInstance> killed = m_scheduler->killInstances(podId, {instanceId});
        if (killed.isEmpty())
            return m_reply(responder, 404,
                           MarathonJson::error(QStringLiteral("Task '%1' does not exist").arg(instanceId)),
                           {});
        return m_reply(responder, 200, MarathonJson::bytes(PodRenderer::instance(killed.first())), {});
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return m_reply(responder, 400,
                       MarathonJson::errorWithDetails(
                           QStringLiteral("Invalid JSON"),
                           MarathonJson::groupDetails(
                               {{QStringLiteral("/"), QStringLiteral("error.expected.jsarray")}})),
                       {});
    QStringList ids;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return m_reply(responder, 400,
                           MarathonJson::errorWithDetails(
                               QStringLiteral("Invalid JSON"),
                               MarathonJson::groupDetails({{QStringLiteral("/(%1)").arg(i),
                                                            QStringLiteral("error.expected.jsstring")}})),
                           {});
        if (!instanceIdPattern().match(array.at(i).toString()).hasMatch())
            return invalid(QStringLiteral("/(%1)").arg(i));
        ids << array.at(i).toString();
    }
    ids.removeDuplicates();
    QJsonArray killed;
    for (const PodInstance& instance : m_scheduler->killInstances(podId, ids))
        killed.append(PodRenderer::instance(instance));
    m_reply(responder, 200, MarathonJson::bytes(killed), {});
}
