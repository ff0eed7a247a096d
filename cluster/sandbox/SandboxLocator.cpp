#include "SandboxLocator.h"

#include "AgentState.h"
#include "FileTail.h"
#include "net/HttpTransport.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QThreadPool>

SandboxLocator::SandboxLocator(HttpTransport* transport, QObject* parent) : QObject(parent), m_transport(transport) {}

void SandboxLocator::cancel() {
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void SandboxLocator::locate(const QUrl& agentUrl, const QString& frameworkId, const QString& executorId,
                            const QString& taskId) {
    cancel();
    m_request = {};
    m_request.agentUrl = agentUrl;
    m_request.frameworkId = frameworkId;
    m_request.executorId = executorId;
    m_request.taskId = taskId;
    if (!agentUrl.isValid() || agentUrl.host().isEmpty()) {
        emit failed(tr("The agent address \"%1\" is not a valid URL.").arg(agentUrl.toString()), false);
        return;
    }
    fetch(QStringLiteral("/slave(1)/state"));
}

void SandboxLocator::fetch(const QString& statePath) {
    const quint64 generation = m_generation;
    QUrl url = m_request.agentUrl;
    url.setPath(statePath);
    url.setQuery(QString());
    m_reply = m_transport->get(url, this, [this, generation, statePath](const HttpTransport::Response& r) {
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        if (r.status == 404 && statePath != QLatin1String("/state")) {
            fetch(QStringLiteral("/state")); // agents before 1.x and some proxies serve only /state
            return;
        }
        if (!r.ok()) {
            const bool unauthorized = r.status == 401 || r.status == 403;
            emit failed(unauthorized ? FileTail::unauthorizedMessage()
                                     : tr("Cannot read the agent state of %1: %2")
                                           .arg(m_request.agentUrl.authority(), r.error.summary()),
                        unauthorized);
            return;
        }
        onState(r.body);
    });
}

void SandboxLocator::onState(const QByteArray& body) {
    QPointer<SandboxLocator> self(this);
    const quint64 generation = m_generation;
    const SandboxLocation request = m_request;
    // Agent states run to megabytes on busy agents: parse them on the pool.
    QThreadPool::globalInstance()->start([self, body, generation, request] {
        QString error;
        SandboxLocation location = request;
        const auto state = AgentState::parse(body, &error);
        if (state) {
            const AgentState::Executor* executor = nullptr;
            location.directory = state->sandboxDirectory(request.frameworkId, request.executorId, request.taskId,
                                                         &executor, &error);
            if (executor) {
                location.executorId = executor->id;
                location.completed = executor->completedExecutor || executor->completedFramework;
                location.taskState = AgentState::taskState(
                    *executor, request.taskId.isEmpty() ? executor->id : request.taskId);
            }
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, location, error] {
            if (!self || generation != self->m_generation)
                return;
            if (location.directory.isEmpty())
                emit self->failed(error, false);
            else
                emit self->located(location);
        });
    });
}
