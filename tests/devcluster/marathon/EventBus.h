#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class HttpResponder;

// Marathon's /v2/events: Server-Sent Events frames "event: <type>\ndata: <json>\n\n" to every
// attached stream whose event_type filter (empty: all) lets the type through.
class EventBus : public QObject {
    Q_OBJECT
public:
    explicit EventBus(QObject* parent = nullptr);

    // Starts the stream on responder and sends event_stream_attached.
    void attach(HttpResponder* responder, const QSet<QString>& eventTypes, const QString& remoteAddress);
    // Adds eventType and timestamp, then sends to the matching streams.
    void publish(const QString& eventType, QJsonObject event);
    int subscriberCount() const { return int(m_subscribers.size()); }

private:
    struct Subscriber {
        QPointer<HttpResponder> responder;
        QSet<QString> eventTypes;
    };
    void send(Subscriber& subscriber, const QString& eventType, const QJsonObject& event);

    QList<Subscriber> m_subscribers;
};
