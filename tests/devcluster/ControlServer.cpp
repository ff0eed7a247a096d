#include "ControlServer.h"

#include "DevCluster.h"
#include "FaultInjector.h"
#include "SimAgentNode.h"
#include "SimCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace {
QByteArray compact(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

void error(HttpResponder* responder, int status, const QString& message) {
    responder->respond(status, compact(QJsonObject{{QStringLiteral("message"), message}}));
}
} // namespace

ControlServer::ControlServer(DevCluster* cluster, QObject* parent) : QObject(parent), m_cluster(cluster) {
    // Plain HTTP even under --tls: it is the test harness, not a part of the simulated cluster,
    // and scripts and tests reach it with nothing to trust.
    m_server.setPlainOnly(true);
    m_server.setHandler([this](const HttpRequest& request, HttpResponder* responder) { handle(request, responder); });
}

void ControlServer::handle(const HttpRequest& request, HttpResponder* responder) {
    const QString& path = request.path;
    const QByteArray& method = request.method;
    static const QRegularExpression nodeAction(QStringLiteral("^/(masters|agents|marathon)/(\\d+)/(kill|restart)$"));
    static const QRegularExpression faultId(QStringLiteral("^/faults/(\\d+)$"));
    static const QRegularExpression taskId(QStringLiteral("^/tasks/(.+)$"));

    if (path == QLatin1String("/state") && method == "GET") {
        responder->respond(200, compact(m_cluster->status()));
        return;
    }
    if (const QRegularExpressionMatch match = nodeAction.match(path); match.hasMatch()) {
        if (method != "POST") {
            error(responder, 405, QStringLiteral("use POST"));
            return;
        }
        const QString kind = match.captured(1);
        const int index = match.captured(2).toInt();
        const bool restart = match.captured(3) == QLatin1String("restart");
        bool done = false;
        if (kind == QLatin1String("masters"))
            done = restart ? m_cluster->restartMaster(index) : m_cluster->killMaster(index);
        else if (kind == QLatin1String("agents"))
            done = restart ? m_cluster->restartAgent(index) : m_cluster->killAgent(index);
        else
            done = restart ? m_cluster->restartMarathon(index) : m_cluster->killMarathon(index);
        if (!done)
            error(responder, 404, QStringLiteral("no running %1 %2 to %3").arg(kind).arg(index).arg(match.captured(3)));
        else
            responder->respond(200, compact(m_cluster->status()));
        return;
    }
    if (path == QLatin1String("/faults")) {
        if (method == "GET") {
            responder->respond(200, QJsonDocument(m_cluster->faults()->rules()).toJson(QJsonDocument::Compact));
        } else if (method == "POST") {
            QString why;
            const int id = m_cluster->faults()->addRule(QJsonDocument::fromJson(request.body).object(), &why);
            if (id < 0)
                error(responder, 400, why);
            else
                responder->respond(201, compact(QJsonObject{{QStringLiteral("id"), id}}));
        } else if (method == "DELETE") {
            m_cluster->faults()->clear();
            responder->respond(204, {}, {});
        } else {
            error(responder, 405, QStringLiteral("use GET, POST or DELETE"));
        }
        return;
    }
    if (const QRegularExpressionMatch match = faultId.match(path); match.hasMatch() && method == "DELETE") {
        if (m_cluster->faults()->removeRule(match.captured(1).toInt()))
            responder->respond(204, {}, {});
        else
            error(responder, 404, QStringLiteral("no such fault"));
        return;
    }
    if (path == QLatin1String("/streams/drop") && method == "POST") {
        const QString kind = request.query.queryItemValue(QStringLiteral("kind"));
        const int dropped = m_cluster->faults()->dropStreams(kind.isEmpty() ? QStringLiteral("any") : kind);
        responder->respond(200, compact(QJsonObject{{QStringLiteral("dropped"), dropped}}));
        return;
    }
    if (path == QLatin1String("/tls/rotate") && method == "POST") {
        QString why;
        if (!m_cluster->rotateCertificate(&why))
            error(responder, 409, why);
        else
            responder->respond(
                200, compact(QJsonObject{{QStringLiteral("fingerprint"),
                                          m_cluster->readyInfo().value(QStringLiteral("fingerprint"))}}));
        return;
    }
    if (path == QLatin1String("/tasks") && method == "POST") {
        launch(request, responder);
        return;
    }
    if (path == QLatin1String("/inverse-offers") && method == "POST") {
        // {"agent_id", "framework_id" (default: the devcluster's own), "answer": ACCEPT|DECLINE}:
        // what a v1 framework's ACCEPT/DECLINE_INVERSE_OFFERS call leaves in the allocator.
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const SimCluster::CallResult result = m_cluster->cluster()->answerInverseOffer(
            body.value(QStringLiteral("agent_id")).toString(),
            body.value(QStringLiteral("framework_id")).toString(m_frameworkId),
            body.value(QStringLiteral("answer")).toString());
        if (result.status != 0)
            error(responder, result.status, result.message);
        else
            responder->respond(200, compact(m_cluster->cluster()->maintenanceStatus()));
        return;
    }
    if (const QRegularExpressionMatch match = taskId.match(path); match.hasMatch() && method == "DELETE") {
        m_cluster->cluster()->killTask(m_frameworkId, match.captured(1));
        responder->respond(202, {}, {});
        return;
    }
    error(responder, 404, QStringLiteral("unknown control endpoint %1 %2").arg(QString::fromLatin1(method), path));
}

void ControlServer::launch(const HttpRequest& request, HttpResponder* responder) {
    // Plain tasks for demos and tests, launched by a framework of the devcluster's own.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    SimCluster* cluster = m_cluster->cluster();
    // Once torn down, the devcluster's framework registers anew, under a new id.
    if (const SimFrameworkRecord* own = cluster->framework(m_frameworkId); !own || own->completed) {
        m_frameworkId = cluster->registerFramework(QJsonObject{{QStringLiteral("name"), QStringLiteral("devcluster")},
                                                               {QStringLiteral("user"), QStringLiteral("root")},
                                                               {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                                                               {QStringLiteral("webui_url"), m_server.baseUrl()}});
        cluster->setOfferHolder(m_frameworkId); // it keeps what it is offered
    }
    QString agentId = body.value(QStringLiteral("agent_id")).toString();
    if (agentId.isEmpty()) {
        const int index = body.value(QStringLiteral("agent")).toInt(0);
        if (index >= 0 && index < m_cluster->agents().size())
            agentId = m_cluster->agents().at(index)->agentId();
    }
    SimTaskSpec spec;
    spec.name = body.value(QStringLiteral("name")).toString(QStringLiteral("task"));
    spec.taskId = body.value(QStringLiteral("id")).toString(
        spec.name + u'.' + QUuid::createUuid().toString(QUuid::WithoutBraces));
    spec.command = body.value(QStringLiteral("cmd")).toString();
    spec.cpus = body.value(QStringLiteral("cpus")).toDouble(0.1);
    spec.mem = body.value(QStringLiteral("mem")).toDouble(32);
    spec.disk = body.value(QStringLiteral("disk")).toDouble(0);
    spec.portCount = body.value(QStringLiteral("ports")).toInt(0);
    spec.labels = body.value(QStringLiteral("labels")).toObject();
    if (spec.command.isEmpty()) {
        error(responder, 400, QStringLiteral("cmd is required"));
        return;
    }
    QString why;
    if (!cluster->launchTask(m_frameworkId, agentId, spec, &why)) {
        error(responder, 409, why);
        return;
    }
    responder->respond(201, compact(QJsonObject{{QStringLiteral("id"), spec.taskId},
                                                {QStringLiteral("framework_id"), m_frameworkId},
                                                {QStringLiteral("agent_id"), agentId}}));
}
