#include "HttpFetch.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpFetch::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpFetch HttpFetch::get(const QString& url, int timeoutMs) { return request("GET", url, {}, {}, timeoutMs); }

HttpFetch HttpFetch::post(const QString& url, const QByteArray& body, const QByteArray& contentType, int timeoutMs) {
    return request("POST", url, body, contentType, timeoutMs);
}

HttpFetch HttpFetch::request(const QByteArray& method, const QString& url, const QByteArray& body,
                             const QByteArray& contentType, int timeoutMs) {
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QBuffer buffer;
    buffer.setData(body);
    QNetworkReply* reply = manager.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpFetch result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    result.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    delete reply;
    return result;
}
