#include "SimMaster.h"

#include "FaultInjector.h"
#include "MasterStateJson.h"
#include "OperatorApiJson.h"
#include "SimCluster.h"
#include "SimOperatorCalls.h"
#include "mesos/MesosLeaderDetector.h"
#include "zookeeper/ZkSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <zookeeper/zookeeper.h>

namespace {
QByteArray compact(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

QByteArray recordIo(const QJsonObject& event) {
    const QByteArray json = compact(event);
    return QByteArray::number(json.size()) + '\n' + json;
}

bool isOneOf(const QString& path, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        if (path == QLatin1String(name))
            return true;
    }
    return false;
}

enum Cached { StateCache = 0, SummaryCache = 1 };
} // namespace

SimMaster::SimMaster(SimCluster* cluster, FaultInjector* faults, const QString& zkHosts, const QString& zkPath,
                     int heartbeatSeconds, QObject* parent)
    : QObject(parent), m_cluster(cluster), m_faults(faults), m_zkHosts(zkHosts), m_zkPath(zkPath),
      m_heartbeatSeconds(heartbeatSeconds) {
    m_server.setHandler(m_faults->wrap(QStringLiteral("master"),
                                       [this](const HttpRequest& request, HttpResponder* responder) { handle(request, responder); }));
    m_heartbeat.setInterval(heartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { broadcast(OperatorApiJson::heartbeat()); });

    // Events reach subscribers only while this master leads.
    auto json = [this] { return OperatorApiJson(*m_cluster, m_info, m_startTime, m_electedTime); };
    connect(cluster, &SimCluster::taskAdded, this, [this](const QString& id) {
        if (!hasSubscribers())
            return;
        if (const SimTaskRecord* task = m_cluster->task(id)) {
            const SimFrameworkRecord* framework = m_cluster->framework(task->frameworkId);
            broadcast(OperatorApiJson::taskAdded(
                *task, framework ? framework->info.value(QStringLiteral("user")).toString(QStringLiteral("root"))
                                 : QStringLiteral("root")));
        }
    });
    connect(cluster, &SimCluster::taskUpdated, this, [this](const QString& id) {
        if (!hasSubscribers())
            return;
        if (const SimTaskRecord* task = m_cluster->task(id))
            broadcast(OperatorApiJson::taskUpdated(*task));
    });
    connect(cluster, &SimCluster::agentAdded, this, [this, json](const QString& id) {
        if (!hasSubscribers())
            return;
        if (const SimAgentRecord* agent = m_cluster->agent(id))
            broadcast(json().agentAdded(*agent));
    });
    connect(cluster, &SimCluster::agentRemoved, this,
            [this](const QString& id) { broadcast(OperatorApiJson::agentRemoved(id)); });
    connect(cluster, &SimCluster::frameworkAdded, this, [this, json](const QString& id) {
        if (!hasSubscribers())
            return;
        if (const SimFrameworkRecord* framework = m_cluster->framework(id))
            broadcast(json().frameworkAdded(*framework));
    });
    connect(cluster, &SimCluster::frameworkRemoved, this, [this, json](const QString& id) {
        if (!hasSubscribers())
            return;
        if (const SimFrameworkRecord* framework = m_cluster->framework(id))
            broadcast(json().frameworkRemoved(*framework));
    });
    connect(cluster, &SimCluster::frameworkUpdated, this, [this, json](const QString& id) {
        if (!hasSubscribers())
            return;
        if (const SimFrameworkRecord* framework = m_cluster->framework(id))
            broadcast(json().frameworkUpdated(*framework));
    });
}

SimMaster::~SimMaster() { kill(); }

bool SimMaster::start(quint16 port) {
    if (m_server.isListening())
        return true;
    if (!m_server.listen(port))
        return false;
    m_port = m_server.port();
    m_startTime = SimCluster::now();
    m_leading = false;
    m_leader = {};
    // A restarted master is a new master: new id, new membership.
    m_info = QJsonObject{{QStringLiteral("address"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                                                                 {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                                                                 {QStringLiteral("port"), m_port}}},
                         {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                         {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("ip"), qint64(MasterInfo::packedFromIp(QStringLiteral("127.0.0.1")))},
                         {QStringLiteral("pid"), QStringLiteral("master@127.0.0.1:%1").arg(m_port)},
                         {QStringLiteral("port"), m_port},
                         {QStringLiteral("version"), QStringLiteral("1.11.0")}};
    m_session = new ZkSession(this);
    m_detector = new MesosLeaderDetector(m_session, m_zkPath, this);
    connect(m_detector, &MesosLeaderDetector::leaderChanged, this, &SimMaster::onLeaderChanged);
    // Mesos's contender watches its own candidacy: when its node goes (whatever took it: an
    // expired session, a ZooKeeper that came back without it) the master contends again.
    connect(m_detector, &MesosLeaderDetector::mastersChanged, this, [this] {
        if (m_node.isEmpty() || !m_session || m_session->state() != ZkSession::State::Connected)
            return;
        const QString mine = m_node.section(u'/', -1);
        const QList<MasterInfo> members = m_detector->masters();
        if (std::any_of(members.begin(), members.end(),
                        [&](const MasterInfo& m) { return m.nodeName == mine; }))
            return;
        // The list may predate the node: ask for the node itself before contending again.
        ZkSession* session = m_session;
        const QString node = m_node;
        session->exists(node, false, [this, session, node](int rc) {
            if (rc == ZNONODE && session == m_session && m_node == node) {
                m_node.clear();
                registerMember();
            }
        });
    });
    connect(m_session, &ZkSession::stateChanged, this, [this](ZkSession::State state) {
        // An expired session took the member node with it (ZkSession opens a new one): Mesos
        // contends again (a leader exits first, and its supervisor starts it again).
        if (state == ZkSession::State::Expired)
            m_node.clear();
        if (state == ZkSession::State::Connected && m_node.isEmpty())
            registerMember();
    });
    m_session->open(m_zkHosts);
    m_detector->start();
    return true;
}

void SimMaster::registerMember() {
    ZkSession* session = m_session;
    session->ensurePath(m_zkPath, [this, session](int rc) {
        if (rc != ZOK || session != m_session)
            return;
        session->create(m_zkPath + QStringLiteral("/json.info_"), compact(m_info),
                        ZkSession::CreateMode::EphemeralSequential, [this, session](int createRc, const QString& path) {
                            if (createRc != ZOK || session != m_session)
                                return;
                            m_node = path;
                            emit registered();
                        });
    });
}

void SimMaster::kill() {
    m_server.close();
    m_subscribers.clear();
    m_heartbeat.stop();
    m_node.clear();
    if (m_detector) {
        m_detector->disconnect(this);
        delete m_detector;
        m_detector = nullptr;
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session->close();
        m_session->deleteLater();
        m_session = nullptr;
    }
    const bool wasLeading = m_leading;
    m_leading = false;
    m_leader = {};
    if (wasLeading)
        emit leadershipChanged(false);
}

bool SimMaster::isLeading() const { return m_leading; }

int SimMaster::membersSeen() const {
    return m_detector ? m_detector->masterCount() : 0;
}

void SimMaster::onLeaderChanged(const MasterInfo& leader) {
    m_leader = leader;
    const bool leading = !leader.isNull() && leader.id == masterId() && leader.port == m_port;
    if (leading == m_leading)
        return;
    m_leading = leading;
    if (leading) {
        m_electedTime = SimCluster::now();
        m_cluster->setLeadingMasterId(masterId());
        m_cluster->masterElected();
        m_heartbeat.start();
    } else {
        // A deposed Mesos master exits; its streams end with it.
        m_heartbeat.stop();
        for (const QPointer<HttpResponder>& subscriber : std::as_const(m_subscribers)) {
            if (subscriber)
                subscriber->abort();
        }
        m_subscribers.clear();
    }
    emit leadershipChanged(leading);
}

void SimMaster::respondJson(const HttpRequest& request, HttpResponder* responder, const QByteArray& json) {
    const QString jsonp = request.query.queryItemValue(QStringLiteral("jsonp"));
    if (!jsonp.isEmpty())
        responder->respond(200, jsonp.toUtf8() + '(' + json + ");", "text/javascript");
    else
        responder->respond(200, json);
}

QByteArray SimMaster::cachedState(int which) {
    if (m_cacheGeneration[which] != m_cluster->generation()) {
        const MasterStateJson writer(*m_cluster, m_info, m_startTime, m_electedTime);
        m_cache[which] = compact(which == StateCache ? writer.state() : writer.stateSummary());
        m_cacheGeneration[which] = m_cluster->generation();
    }
    return m_cache[which];
}

void SimMaster::handle(const HttpRequest& request, HttpResponder* responder) {
    const QString& path = request.path;
    // Served by every master, leading or not.
    if (path == QLatin1String("/version")) {
        respondJson(request, responder, compact(MasterStateJson::version()));
        return;
    }
    if (path == QLatin1String("/health") || path == QLatin1String("/master/health")) {
        responder->respond(200, {}, {});
        return;
    }
    if (path == QLatin1String("/logging/toggle")) { // libprocess's: each process its own, never redirected
        const SimLogging::Answer answer = m_logging.toggle(request.query);
        responder->respond(answer.status, answer.body, answer.contentType);
        return;
    }
    if (path == QLatin1String("/metrics/snapshot") && !m_leading) {
        respondJson(request, responder,
                    compact(QJsonObject{{QStringLiteral("master/elected"), 0},
                                        {QStringLiteral("master/uptime_secs"), SimCluster::now() - m_startTime}}));
        return;
    }
    if (path.startsWith(QLatin1String("/master/redirect/"))) {
        responder->respond(404, {}, {}); // prevents redirect loops, as in Mesos
        return;
    }
    if (path == QLatin1String("/master/redirect") || !m_leading) {
        if (m_leader.isNull()) {
            responder->respond(503, "No leader elected", "text/plain; charset=utf-8");
            return;
        }
        // Protocol-relative, like Mesos (src/master/http.cpp redirect()).
        QByteArray location = "//" + m_leader.hostname.toUtf8() + ':' + QByteArray::number(m_leader.port);
        if (path != QLatin1String("/master/redirect"))
            location += request.rawPath;
        responder->respond(307, {}, {}, {{"Location", location}});
        return;
    }
    serveLeader(request, responder);
}

void SimMaster::serveLeader(const HttpRequest& request, HttpResponder* responder) {
    const QString& path = request.path;
    const MasterStateJson writer(*m_cluster, m_info, m_startTime, m_electedTime);
    if (isOneOf(path, {"/master/state", "/master/state.json", "/state", "/state.json"})) {
        respondJson(request, responder, cachedState(StateCache));
    } else if (isOneOf(path, {"/master/state-summary", "/state-summary"})) {
        respondJson(request, responder, cachedState(SummaryCache));
    } else if (isOneOf(path, {"/master/frameworks", "/master/frameworks.json", "/frameworks"})) {
        respondJson(request, responder, compact(writer.frameworks(request.query)));
    } else if (isOneOf(path, {"/master/slaves", "/master/slaves.json", "/slaves"})) {
        respondJson(request, responder, compact(writer.slaves(request.query)));
    } else if (isOneOf(path, {"/master/tasks", "/master/tasks.json", "/tasks"})) {
        QString error;
        const QJsonObject tasks = writer.tasks(request.query, &error);
        if (!error.isEmpty())
            responder->respond(400, error.toUtf8(), "text/plain; charset=utf-8");
        else
            respondJson(request, responder, compact(tasks));
    } else if (path == QLatin1String("/metrics/snapshot")) {
        respondJson(request, responder, compact(writer.metrics()));
    } else if (isOneOf(path, {"/master/flags", "/flags"})) {
        respondJson(request, responder, compact(QJsonObject{{QStringLiteral("flags"), writer.flags()}}));
    } else if (isOneOf(path, {"/api/v1", "/api/v1/"})) {
        serveApi(request, responder);
    } else if (SimOperatorCalls::Answer answer; SimOperatorCalls::handleEndpoint(*m_cluster, request, &answer)) {
        if (answer.status == 200 && answer.contentType == "application/json")
            respondJson(request, responder, answer.body);
        else
            responder->respond(answer.status, answer.body, answer.contentType);
    } else {
        responder->respond(404, {}, {});
    }
}

void SimMaster::serveApi(const HttpRequest& request, HttpResponder* responder) {
    if (request.method != "POST") {
        responder->respond(405, "Expecting 'POST', received '" + request.method + "'", "text/plain; charset=utf-8",
                           {{"Allow", "POST"}});
        return;
    }
    const QByteArray contentType = request.header("content-type").split(';').value(0).trimmed().toLower();
    if (contentType.isEmpty()) {
        responder->respond(400, "Expecting 'Content-Type' to be present", "text/plain; charset=utf-8");
        return;
    }
    if (contentType != "application/json") {
        responder->respond(415, "Expecting 'Content-Type' of application/json or application/x-protobuf; the devcluster speaks JSON only",
                           "text/plain; charset=utf-8");
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        responder->respond(400, "Failed to parse body into JSON: " + parseError.errorString().toUtf8(),
                           "text/plain; charset=utf-8");
        return;
    }
    const QString type = document.object().value(QStringLiteral("type")).toString();
    if (type == QLatin1String("SUBSCRIBE")) {
        subscribe(responder);
        return;
    }
    if (type == QLatin1String("GET_LOGGING_LEVEL")) {
        responder->respond(200, compact(m_logging.getLevel()));
        return;
    }
    if (type == QLatin1String("SET_LOGGING_LEVEL")) { // 200 with an empty body (the docs' 202 is wrong)
        const SimLogging::Answer answer = m_logging.setLevel(document.object());
        responder->respond(answer.status, answer.body, answer.contentType);
        return;
    }
    if (SimOperatorCalls::Answer operatorAnswer;
        SimOperatorCalls::handleCall(*m_cluster, type, document.object(), &operatorAnswer)) {
        responder->respond(operatorAnswer.status, operatorAnswer.body, operatorAnswer.contentType);
        return;
    }
    const QJsonObject answer = OperatorApiJson(*m_cluster, m_info, m_startTime, m_electedTime).response(type);
    if (answer.isEmpty()) {
        responder->respond(400, "Failed to validate master::Call: unsupported call type '" + type.toUtf8() + "'",
                           "text/plain; charset=utf-8");
        return;
    }
    responder->respond(200, compact(answer));
}

void SimMaster::subscribe(HttpResponder* responder) {
    responder->startStream(200, "application/json");
    const OperatorApiJson writer(*m_cluster, m_info, m_startTime, m_electedTime);
    responder->writeChunk(recordIo(writer.subscribed(m_heartbeatSeconds)));
    m_subscribers.removeAll(nullptr);
    m_subscribers.append(responder);
}

bool SimMaster::hasSubscribers() const {
    return m_leading && std::any_of(m_subscribers.begin(), m_subscribers.end(),
                                    [](const QPointer<HttpResponder>& subscriber) { return subscriber && subscriber->isOpen(); });
}

void SimMaster::broadcast(const QJsonObject& event) {
    if (!m_leading)
        return;
    m_subscribers.removeIf([](const QPointer<HttpResponder>& subscriber) { return !subscriber || !subscriber->isOpen(); });
    if (m_subscribers.isEmpty())
        return;
    const QByteArray record = recordIo(event);
    for (const QPointer<HttpResponder>& subscriber : std::as_const(m_subscribers))
        subscriber->writeChunk(record);
}
