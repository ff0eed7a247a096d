#pragma once

#include "OperatorClient.h"

#include <QObject>
#include <QPointer>
#include <chrono>

class ClusterSession;
class QTimer;

// What the operator pages share: the session's OperatorClient, a poll of one request at an
// interval (no event tells of roles, quota or drain changes), one request at a time, and
// answers for a session that went dropped with it.
class OperatorPoller : public QObject {
    Q_OBJECT
public:
    using Request = std::function<void(OperatorClient* client, QObject* context, OperatorClient::Done done)>;

    OperatorPoller(Request request, std::chrono::milliseconds interval, QObject* parent = nullptr);
    ~OperatorPoller() override;

    // A new session (polled at once and then at the interval); null stops.
    void attach(ClusterSession* session);
    ClusterSession* session() const { return m_session; }
    void setInterval(std::chrono::milliseconds interval);
    void refresh(); // poll now (unless a poll is under way)

    // An action on the current session; done is not called when the session changes first.
    void call(const QByteArray& body, OperatorClient::Done done);
    void send(const QByteArray& method, const QString& path, const QByteArray& body,
              OperatorClient::Done done);

signals:
    void polled(const HttpTransport::Response& response);

private:
    Request m_request;
    QTimer* m_timer;
    QPointer<ClusterSession> m_session;
    OperatorClient* m_client = nullptr;
    QObject* m_context = nullptr; // owns the answers' connections; replaced with the session
    bool m_inFlight = false;
};
