#include "MarathonNodes.h"

#include "FaultInjector.h"
#include "MarathonSim.h"
#include "marathon/MarathonLeaderDetector.h"
#include "zookeeper/ZkSession.h"

#include <QBuffer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <zookeeper/zookeeper.h>

namespace {
const QByteArrayList HopByHop{"connection", "content-length", "transfer-encoding", "keep-alive", "host", "content-type"};
}

MarathonNodes::MarathonNodes(SchedulerApi* mesos, FaultInjector* faults, const QString& zkHosts, const QString& zkPath,
                             int count, QObject* parent)
    : QObject(parent), m_sim(new MarathonSim(mesos, this)), m_faults(faults), m_zkHosts(zkHosts),
      m_latchPath(zkPath + QStringLiteral("/leader-curator")), m_observer(new ZkSession(this)),
      m_detector(new MarathonLeaderDetector(m_observer, zkPath, this)) {
    m_sim->setZkUrl(QStringLiteral("zk://%1%2").arg(zkHosts, zkPath));
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    for (int i = 0; i < count; ++i)
        m_instances.append(Instance{});
    connect(m_detector, &MarathonLeaderDetector::leaderChanged, this, [this](const QString& hostPort) {
        m_leader = hostPort;
        m_sim->setLeader(hostPort);
    });
}

MarathonNodes::~MarathonNodes() { stop(); }

bool MarathonNodes::start(QString* error) {
    m_observer->open(m_zkHosts);
    m_detector->start();
    for (int i = 0; i < m_instances.size(); ++i) {
        if (!startInstance(i)) {
            *error = QStringLiteral("Marathon %1 cannot listen").arg(i);
            return false;
        }
    }
    return true;
}

bool MarathonNodes::startInstance(int index) {
    Instance& instance = m_instances[index];
    if (instance.server && instance.server->isListening())
        return true;
    if (!instance.server) {
        instance.server = new HttpServer(this);
        instance.server->setHandler(m_faults->wrap(QStringLiteral("marathon"), [this, index](const HttpRequest& request,
                                                                                             HttpResponder* responder) {
            handle(index, request, responder);
        }));
    }
    if (!instance.server->listen(instance.port))
        return false;
    instance.port = instance.server->port();
    joinElection(index);
    return true;
}

void MarathonNodes::joinElection(int index) {
    Instance& instance = m_instances[index];
    instance.session = new ZkSession(this);
    ZkSession* session = instance.session;
    const QByteArray hostPort = "127.0.0.1:" + QByteArray::number(instance.port);
    connect(
        session, &ZkSession::stateChanged, this, [this, index, session, hostPort](ZkSession::State state) {
            // An expired session took the latch node with it: Marathon (Curator) joins the election again.
            if (state == ZkSession::State::Expired)
                m_instances[index].node.clear();
            if (state != ZkSession::State::Connected || !m_instances[index].node.isEmpty())
                return;
            session->ensurePath(m_latchPath, [this, index, session, hostPort](int rc) {
                if (rc != ZOK || m_instances[index].session != session)
                    return;
                // Curator's protected ephemeral-sequential latch node.
                const QString prefix =
                    QStringLiteral("/_c_%1-latch-").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
                session->create(m_latchPath + prefix, hostPort, ZkSession::CreateMode::EphemeralSequential,
                                [this, index, session](int createRc, const QString& path) {
                                    if (createRc == ZOK && m_instances[index].session == session)
                                        m_instances[index].node = path;
                                });
            });
        });
    session->open(m_zkHosts);
}

void MarathonNodes::leaveElection(int index) {
    Instance& instance = m_instances[index];
    if (instance.session) {
        instance.session->disconnect(this);
        instance.session->close(); // its latch node goes with the session
        instance.session->deleteLater();
        instance.session = nullptr;
    }
    instance.node.clear();
}

void MarathonNodes::abdicate(int index) {
    // Real Marathon exits on abdication and its supervisor starts it again: the instance leaves
    // the election and joins it anew, behind the others (a higher latch sequence).
    leaveElection(index);
    if (m_instances[index].server && m_instances[index].server->isListening())
        joinElection(index);
}

void MarathonNodes::stopInstance(int index) {
    Instance& instance = m_instances[index];
    if (instance.server)
        instance.server->close();
    leaveElection(index);
}

void MarathonNodes::stop() {
    for (int i = 0; i < m_instances.size(); ++i)
        stopInstance(i);
    m_observer->close();
}

bool MarathonNodes::kill(int index) {
    if (index < 0 || index >= m_instances.size() || !m_instances[index].server || !m_instances[index].server->isListening())
        return false;
    stopInstance(index);
    return true;
}

bool MarathonNodes::restart(int index) {
    if (index < 0 || index >= m_instances.size())
        return false;
    stopInstance(index);
    return startInstance(index);
}

QStringList MarathonNodes::urls() const {
    QStringList urls;
    for (const Instance& instance : m_instances)
        urls << QStringLiteral("%1://127.0.0.1:%2").arg(HttpServer::scheme()).arg(instance.port);
    return urls;
}

void MarathonNodes::setMesosLeaderUrl(const QString& url) {
    if (url == m_mesosLeaderUrl)
        return;
    m_mesosLeaderUrl = url;
    m_sim->setMesosLeaderUrl(url);
}

void MarathonNodes::setMesosMaster(const QString& master) {
    m_sim->setMesosMaster(master);
}

QJsonArray MarathonNodes::status() const {
    QJsonArray array;
    for (qsizetype i = 0; i < m_instances.size(); ++i) {
        const Instance& instance = m_instances.at(i);
        const bool running = instance.server && instance.server->isListening();
        array.append(
            QJsonObject{{QStringLiteral("index"), int(i)},
                        {QStringLiteral("url"),
                         QStringLiteral("%1://127.0.0.1:%2").arg(HttpServer::scheme()).arg(instance.port)},
                        {QStringLiteral("running"), running},
                        {QStringLiteral("leading"),
                         running && m_leader == QStringLiteral("127.0.0.1:%1").arg(instance.port)},
                        {QStringLiteral("node"), instance.node}});
    }
    return array;
}

void MarathonNodes::handle(int index, const HttpRequest& request, HttpResponder* responder) {
    const QString self = QStringLiteral("127.0.0.1:%1").arg(m_instances[index].port);
    if (m_leader == self) {
        if (request.method == "DELETE" &&
            (request.path == QLatin1String("/v2/leader") || request.path == QLatin1String("/v2/leader/"))) {
            responder->respond(
                200, R"({"message":"Leadership abdicated"})", "application/json",
                {{"X-Marathon-Leader", HttpServer::scheme().toUtf8() + "://" + self.toUtf8()}});
            // After the answer has left: the detector then names the next leader.
            QTimer::singleShot(0, this, [this, index] { abdicate(index); });
            return;
        }
        m_sim->handle(request, responder);
        return;
    }
    if (m_leader.isEmpty()) {
        responder->respond(503, R"({"message":"Could not determine the current leader"})");
        return;
    }
    const QByteArray leaderUrl = HttpServer::scheme().toUtf8() + "://" + m_leader.toUtf8();
    const HttpResponder::Headers leaderHeader{{"X-Marathon-Leader", leaderUrl}};
    if (request.path == QLatin1String("/v2/events")) {
        HttpResponder::Headers headers = leaderHeader;
        headers.append({"Location", leaderUrl + request.rawPath});
        responder->respond(302, {}, {}, headers);
        return;
    }
    proxy(index, request, responder);
}

void MarathonNodes::proxy(int index, const HttpRequest& request, HttpResponder* responder) {
    const QByteArray via = "1.1 127.0.0.1:" + QByteArray::number(m_instances[index].port);
    const QByteArray incomingVia = request.header("x-marathon-via");
    if (incomingVia.contains(via)) {
        responder->respond(502, R"({"message":"Detected proxying loop."})");
        return;
    }
    QNetworkRequest forward(
        QUrl(HttpServer::scheme() + QStringLiteral("://") + m_leader + QString::fromLatin1(request.rawPath)));
    for (const auto& [name, value] : request.headers) {
        if (!HopByHop.contains(name) && name != "x-marathon-via")
            forward.setRawHeader(name, value);
    }
    if (!request.header("content-type").isEmpty())
        forward.setHeader(QNetworkRequest::ContentTypeHeader, request.header("content-type"));
    forward.setRawHeader("X-Marathon-Via", incomingVia.isEmpty() ? via : incomingVia + ", " + via);
    auto* body = new QBuffer;
    body->setData(request.body);
    QNetworkReply* reply = m_network.sendCustomRequest(forward, request.method, body);
    body->setParent(reply);
    QPointer<HttpResponder> guard(responder);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, via] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            guard->respond(502, R"({"message":"Could not reach the current leader"})");
            return;
        }
        HttpResponder::Headers headers;
        for (const auto& [name, value] : reply->rawHeaderPairs()) {
            if (!HopByHop.contains(name.toLower()))
                headers.append({name, value});
        }
        headers.append({"X-Marathon-Via", via});
        guard->respond(status, reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), headers);
    });
}
