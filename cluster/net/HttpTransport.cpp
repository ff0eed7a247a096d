#include "HttpTransport.h"

#include "tls/TlsPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>
#include <algorithm>

namespace {
bool isRedirect(int status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

ApiError networkError(QNetworkReply* reply) {
    if (std::shared_ptr<const TlsFailure> tls = TlsPolicy::failureOf(reply)) {
        ApiError error = ApiError::make(ApiError::Kind::Tls, tls->summary());
        error.tls = std::move(tls);
        return error;
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        // setTransferTimeout aborts with OperationCanceledError.
        return ApiError::make(ApiError::Kind::Timeout,
                              HttpTransport::tr("no answer from %1 in time").arg(reply->url().authority()));
    case QNetworkReply::TimeoutError:
        return ApiError::make(ApiError::Kind::Timeout,
                              HttpTransport::tr("no answer from %1 in time").arg(reply->url().authority()));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::make(ApiError::Kind::Tls, HttpTransport::tr("TLS handshake with %1 failed: %2")
                                                       .arg(reply->url().authority(), reply->errorString()));
    default:
        return ApiError::make(ApiError::Kind::Network, HttpTransport::tr("%1: %2").arg(
                                                           reply->url().authority(), reply->errorString()));
    }
}

// With room past the end: parsers that read a little beyond their input (simdjson: 64 bytes)
// then take a 50 MB state as it is instead of copying it first.
QByteArray readBody(QNetworkReply* reply) {
    const qint64 available = reply->bytesAvailable();
    QByteArray body;
    if (available <= 0) // nothing, or a reply that was never opened (refused, aborted): read() would warn
        return body;
    body.reserve(qsizetype(available) + 64);
    body.resize(qsizetype(available));
    const qint64 read = reply->read(body.data(), available);
    body.resize(qsizetype(std::max<qint64>(read, 0)));
    return body;
}

HttpTransport::Response collect(QNetworkReply* reply) {
    HttpTransport::Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = readBody(reply);
    response.url = reply->url();
    for (const auto& pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
    if (response.status >= 400)
        response.error = ApiError::fromHttp(response.status, response.body);
    else if (response.status == 0 || (reply->error() != QNetworkReply::NoError && response.status < 400))
        response.error = networkError(reply);
    return response;
}
} // namespace

QByteArray HttpTransport::Response::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpTransport::HttpTransport(QObject* parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_tls(std::make_unique<TlsPolicy>()) {
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_nam, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply* reply, const QList<QSslError>& errors) {
                if (const auto failure = m_tls->onSslErrors(reply, errors))
                    emit tlsErrors(*failure); // not ignored: the reply fails with SslHandshakeFailedError
            });
    connect(m_nam, &QNetworkAccessManager::encrypted, this, [this](QNetworkReply* reply) {
        if (const auto failure = m_tls->onEncrypted(reply))
            emit tlsErrors(*failure);
    });
}

HttpTransport::~HttpTransport() = default;

QUrl HttpTransport::resolveRedirect(const QUrl& requestUrl, const QByteArray& location) {
    return requestUrl.resolved(QUrl::fromEncoded(location));
}

QNetworkRequest HttpTransport::makeRequest(const QUrl& url, const QByteArray& contentType,
                                           const QList<QPair<QByteArray, QByteArray>>& extraHeaders, bool stream) const {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!stream)
        request.setTransferTimeout(int(m_timeout.count()));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "MesosDesk");
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls->configuration());
    for (const auto& [name, value] : extraHeaders)
        request.setRawHeader(name, value);
    if (m_authenticator)
        m_authenticator(request);
    return request;
}

QNetworkReply* HttpTransport::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                   const QByteArray& contentType, QObject* context, Callback done,
                                   const QList<QPair<QByteArray, QByteArray>>& extraHeaders) {
    QNetworkReply* first = nullptr;
    sendHop(method, url, body, contentType, extraHeaders, context, std::move(done), 5, &first);
    return first;
}

void HttpTransport::sendHop(const QByteArray& method, const QUrl& url, const QByteArray& body,
                            const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& extraHeaders,
                            QPointer<QObject> context, Callback done, int hopsLeft, QNetworkReply** first) {
    QNetworkReply* reply = m_nam->sendCustomRequest(makeRequest(url, contentType, extraHeaders, false), method, body);
    if (first)
        *first = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, body, contentType, extraHeaders, context, done, hopsLeft] {
                reply->deleteLater();
                if (!context)
                    return;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (isRedirect(status) && reply->hasRawHeader("Location")) {
                    if (hopsLeft <= 0) {
                        Response tooMany = collect(reply);
                        tooMany.error = ApiError::make(
                            ApiError::Kind::Network,
                            HttpTransport::tr("too many redirects from %1").arg(reply->url().authority()));
                        done(tooMany);
                        return;
                    }
                    const QUrl next = resolveRedirect(reply->url(), reply->rawHeader("Location"));
                    const QByteArray nextMethod = status == 303 ? QByteArray("GET") : method;
                    sendHop(nextMethod, next, status == 303 ? QByteArray() : body, contentType, extraHeaders, context,
                            done, hopsLeft - 1, nullptr);
                    return;
                }
                const Response response = collect(reply);
                QPointer<HttpTransport> self(this);
                const QUrl hopUrl = reply->url();
                if (handOver401(
                        reply, method, response,
                        [self, method, hopUrl, body, contentType, extraHeaders, context, done] {
                            if (self && context)
                                self->sendHop(method, hopUrl, body, contentType, extraHeaders, context, done,
                                              5, nullptr);
                        },
                        [context, done](const Response& failed) {
                            if (context)
                                done(failed);
                        }))
                    return;
                done(response);
            });
}

bool HttpTransport::handOver401(QNetworkReply* reply, const QByteArray& method, const Response& response,
                                std::function<void()> resend, std::function<void(const Response&)> fail) {
    const QByteArray sent = reply->request().rawHeader("Authorization");
    if (response.status != 401 || !m_unauthorized) {
        if (m_answered && response.status > 0)
            m_answered(method, reply->url(), response.status, sent);
        return false;
    }
    m_unauthorized({method, reply->url(), response, sent, std::move(resend),
                    [fail = std::move(fail), response](const ApiError& error) {
                        Response failed = response;
                        failed.error = error;
                        fail(failed);
                    }});
    return true;
}

QNetworkReply* HttpTransport::openStream(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                         const QList<QPair<QByteArray, QByteArray>>& headers, QObject* context,
                                         HeadersCallback onHeaders, DataCallback onData, Callback finished) {
    const QByteArray contentType = body.isEmpty() ? QByteArray() : QByteArray("application/json");
    QNetworkReply* reply = m_nam->sendCustomRequest(makeRequest(url, contentType, headers, true), method, body);
    QPointer<QObject> guard(context);
    // A stream lives as long as its context: dropping the context closes the connection.
    if (context)
        connect(context, &QObject::destroyed, reply, [reply] {
            if (reply->isRunning())
                reply->abort();
        });
    auto headersSeen = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, guard, onHeaders, headersSeen] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 && m_unauthorized)
            return; // the broker may sign in and reopen it: not an answer yet
        if (guard && status > 0 && !*headersSeen && !isRedirect(status)) {
            *headersSeen = true;
            onHeaders(status, reply->url());
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, guard, onData] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (guard && status >= 200 && status < 300)
            onData(reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, body, headers, guard, onHeaders, onData, finished] {
                reply->deleteLater();
                if (!guard)
                    return;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (isRedirect(status) && reply->hasRawHeader("Location")) {
                    openStream(method, resolveRedirect(reply->url(), reply->rawHeader("Location")), body, headers,
                               guard, onHeaders, onData, finished);
                    return;
                }
                Response response = collect(reply);
                QPointer<HttpTransport> self(this);
                const QUrl streamUrl = reply->url();
                if (handOver401(
                        reply, method, response,
                        [self, method, streamUrl, body, headers, guard, onHeaders, onData, finished] {
                            if (self && guard)
                                self->openStream(method, streamUrl, body, headers, guard, onHeaders, onData,
                                                 finished);
                        },
                        [guard, finished](const Response& failed) {
                            if (guard)
                                finished(failed);
                        }))
                    return;
                if (status >= 200 && status < 300 && !response.body.isEmpty())
                    onData(response.body);
                if (status >= 200 && status < 300 && reply->error() == QNetworkReply::RemoteHostClosedError)
                    response.error = {}; // the server ended the stream
                finished(response);
            });
    return reply;
}
