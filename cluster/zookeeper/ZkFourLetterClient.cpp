#include "ZkFourLetterClient.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

ZkFourLetterClient::ZkFourLetterClient(QObject* context, Callback done)
    : QObject(context), m_done(std::move(done)) {}

void ZkFourLetterClient::ask(const QString& host, quint16 port, const QByteArray& word, QObject* context,
                             Callback done, std::chrono::milliseconds timeout) {
    // Parented to context: destroyed with it, and then done never runs.
    auto* client = new ZkFourLetterClient(context, std::move(done));
    auto* socket = new QTcpSocket(client);
    auto* timer = new QTimer(client);
    auto reply = std::make_shared<QByteArray>();
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, client, [client, socket, reply] {
        Result result;
        result.connected = socket->state() == QAbstractSocket::ConnectedState;
        result.reply = *reply + socket->readAll();
        result.error = QCoreApplication::translate("ZkFourLetterClient", "no answer in time");
        socket->abort();
        client->finish(result);
    });
    connect(socket, &QTcpSocket::connected, client, [socket, word] { socket->write(word); });
    connect(socket, &QTcpSocket::readyRead, client, [socket, reply] { reply->append(socket->readAll()); });
    connect(socket, &QTcpSocket::disconnected, client, [client, socket, reply] {
        Result result;
        result.connected = true;
        result.complete = true;
        result.reply = *reply + socket->readAll();
        client->finish(result);
    });
    connect(socket, &QTcpSocket::errorOccurred, client,
            [client, socket, reply](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError)
                    return; // the normal end of an answer: disconnected() follows
                Result result;
                result.reply = *reply;
                result.error = socket->errorString();
                client->finish(result);
            });
    timer->start(timeout);
    socket->connectToHost(host, port);
}

void ZkFourLetterClient::finish(const Result& result) {
    if (m_finished)
        return;
    m_finished = true;
    const Callback done = std::move(m_done);
    deleteLater();
    done(result);
}
