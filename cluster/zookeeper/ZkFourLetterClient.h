#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

// Sends one ZooKeeper four-letter word ("srvr", "mntr") over a fresh TCP connection and
// hands back what the server wrote before it closed. Asynchronous (QTcpSocket on the
// caller's thread); a server that does not answer in time counts as unreachable.
class ZkFourLetterClient : public QObject {
    Q_OBJECT
public:
    struct Result {
        bool connected = false; // the TCP connection was made
        bool complete = false;  // the server closed it after answering (the reply is whole)
        QByteArray reply;
        QString error; // the socket's error or the timeout, in words
    };
    using Callback = std::function<void(const Result&)>;

    // done runs once, on context's thread; nothing runs if context is destroyed first.
    static void ask(const QString& host, quint16 port, const QByteArray& word, QObject* context,
                    Callback done, std::chrono::milliseconds timeout = std::chrono::seconds(3));

private:
    ZkFourLetterClient(QObject* context, Callback done);
    void finish(const Result& result);

    Callback m_done;
    bool m_finished = false;
};
