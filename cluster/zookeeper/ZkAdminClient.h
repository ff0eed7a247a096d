#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

// One GET of the AdminServer's http://host:port/commands/<command> (ZooKeeper 3.5+; no
// authentication in 3.8). Asynchronous on the caller's thread; a server that does not answer in
// time, or refuses the connection, is "unreachable" with the reason in error.
class ZkAdminClient : public QObject {
    Q_OBJECT
public:
    struct Result {
        bool reached = false; // an HTTP answer came back (any status)
        int status = 0;       // its HTTP status
        QByteArray body;
        QString error; // why not reached, in words
    };
    using Callback = std::function<void(const Result&)>;

    // done runs once, on context's thread; nothing runs if context is destroyed first.
    static void get(QNetworkAccessManager* network, const QString& host, quint16 port, const QString& command,
                    QObject* context, Callback done,
                    std::chrono::milliseconds timeout = std::chrono::seconds(3));

private:
    ZkAdminClient(QObject* context, Callback done);

    Callback m_done;
};
