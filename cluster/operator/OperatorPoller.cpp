#include "OperatorPoller.h"

#include "core/ClusterSession.h"
#include "mesos/MesosSource.h"

#include <QTimer>

OperatorPoller::OperatorPoller(Request request, std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_timer(new QTimer(this)) {
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &OperatorPoller::refresh);
}

OperatorPoller::~OperatorPoller() = default;

void OperatorPoller::attach(ClusterSession* session) {
    m_timer->stop();
    delete m_context; // answers still on their way are for the old session: dropped
    m_context = nullptr;
    m_client = nullptr; // a child of m_context: gone with it
    m_inFlight = false;
    m_session = session;
    if (!session)
        return;
    m_context = new QObject(this);
    QPointer<ClusterSession> guard(session);
    m_client = new OperatorClient(
        session->http(), [guard] { return guard ? guard->mesosSource()->master() : QUrl(); }, m_context);
    // A new leader: ask it at once rather than at the next tick.
    connect(session->mesosSource(), &MesosSource::masterChanged, m_context, [this] { refresh(); });
    m_timer->start();
    refresh();
}

void OperatorPoller::setInterval(std::chrono::milliseconds interval) {
    m_timer->setInterval(interval);
}

void OperatorPoller::refresh() {
    if (!m_client || m_inFlight || !m_session || !m_session->mesosSource()->master().isValid())
        return;
    m_inFlight = true;
    m_request(m_client, m_context, [this](const HttpTransport::Response& response) {
        m_inFlight = false;
        emit polled(response);
    });
}

void OperatorPoller::call(const QByteArray& body, OperatorClient::Done done) {
    send("POST", QStringLiteral("/api/v1"), body, std::move(done));
}

void OperatorPoller::send(const QByteArray& method, const QString& path, const QByteArray& body,
                          OperatorClient::Done done) {
    if (!m_client)
        return;
    m_client->send(method, path, body, m_context, std::move(done));
}
