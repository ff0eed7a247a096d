#include "ZkAdminClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

ZkAdminClient::ZkAdminClient(QObject* context, Callback done) : QObject(context), m_done(std::move(done)) {}

void ZkAdminClient::get(QNetworkAccessManager* network, const QString& host, quint16 port,
                        const QString& command, QObject* context, Callback done,
                        std::chrono::milliseconds timeout) {
    // Parented to context: destroyed with it (the reply with it), and then done never runs.
    auto* client = new ZkAdminClient(context, std::move(done));
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/commands/") + command);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = network->get(request);
    reply->setParent(client);
    connect(reply, &QNetworkReply::finished, client, [client, reply] {
        Result result;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        result.reached = status.isValid();
        result.status = status.toInt();
        result.body = reply->readAll();
        if (!result.reached)
            result.error = reply->errorString();
        const Callback answer = std::move(client->m_done);
        client->deleteLater();
        answer(result);
    });
}
