#include "EventBus.h"

#include "HttpServer.h"
#include "MarathonJson.h"

EventBus::EventBus(QObject* parent)
    : QObject(parent)
{
}

void EventBus::attach(HttpResponder* responder, const QSet<QString>& eventTypes, const QString& remoteAddress)
{
    responder->startStream(200, "text/event-stream",
                           {{"Cache-Control", "no-cache, no-store, must-revalidate"}, {"Expires", "0"}});
    m_subscribers.append({responder, eventTypes});
    connect(responder, &HttpResponder::closed, this, [this, responder] {
        m_subscribers.removeIf([responder](const Subscriber& s) { return s.responder.isNull() || s.responder == responder; });
        publish(QStringLiteral("event_stream_detached"), {{QStringLiteral("remoteAddress"), QStringLiteral("127.0.0.1")}});
    });
    QJsonObject attached{{QStringLiteral("remoteAddress"), remoteAddress},
                         {QStringLiteral("eventType"), QStringLiteral("event_stream_attached")},
                         {QStringLiteral("timestamp"), MarathonJson::now()}};
    // The new stream gets its own attach event; the others see it too, as in Marathon.
    QList<Subscriber> subscribers = m_subscribers;
    for (Subscriber& subscriber : subscribers)
        send(subscriber, attached.value(QLatin1String("eventType")).toString(), attached);
}

void EventBus::publish(const QString& eventType, QJsonObject event)
{
    event.insert(QStringLiteral("eventType"), eventType);
    event.insert(QStringLiteral("timestamp"), MarathonJson::now());
    // A copy: a write can close a connection, which edits m_subscribers.
    QList<Subscriber> subscribers = m_subscribers;
    for (Subscriber& subscriber : subscribers)
        send(subscriber, eventType, event);
}

void EventBus::send(Subscriber& subscriber, const QString& eventType, const QJsonObject& event)
{
    if (subscriber.responder.isNull() || !subscriber.responder->isOpen())
        return;
    if (!subscriber.eventTypes.isEmpty() && !subscriber.eventTypes.contains(eventType))
        return;
    subscriber.responder->writeChunk("event: " + eventType.toUtf8() + "\ndata: " + MarathonJson::bytes(event) + "\n\n");
}
