#pragma once

#include "ApiError.h"
#include "tls/TlsFailure.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;
class TlsPolicy;

// Every HTTP request of one cluster session goes through here, so authentication, timeouts,
// redirects and the TLS policy are applied the same way everywhere.
//  - Redirects are followed by hand (up to 5 hops), including Mesos's protocol-relative
//    "Location: //leader:5050/master/state" and Marathon's 302 to the leader for /v2/events.
//  - TLS errors are never ignored silently: tlsPolicy() decides (system CAs, an extra CA file,
//    pinned certificates); a refused request fails with Kind::Tls and its TlsFailure, and the
//    tlsErrors signal lets the UI ask the operator (a certificate trusted there is pinned).
class HttpTransport : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QUrl url;          // the final URL, after redirects
        ApiError error;    // kind None on a 2xx answer
        bool ok() const { return !error.isError(); }
        QByteArray header(const QByteArray& name) const; // case-insensitive
    };
    using Callback = std::function<void(const Response&)>;
    // Streams: called with each piece of the body as it arrives, then finished once.
    using DataCallback = std::function<void(const QByteArray& chunk)>;
    using HeadersCallback = std::function<void(int status, const QUrl& finalUrl)>;

    explicit HttpTransport(QObject* parent = nullptr);

    ~HttpTransport() override;

    QNetworkAccessManager* networkAccessManager() const { return m_nam; }
    TlsPolicy* tlsPolicy() const { return m_tls.get(); }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The credential seam: called for every request before it is sent (Basic auth, DC/OS token...).
    void setAuthenticator(std::function<void(QNetworkRequest&)> authenticator) { m_authenticator = std::move(authenticator); }
    // A request answered 401, handed to the credential broker (cluster/auth/AuthBroker) instead of
    // its caller: it may park it, then resend it (with whatever credential is current by then) or
    // fail it with an error of its own. Streams are handed over the same way.
    struct Unauthorized {
        QByteArray method;
        QUrl url;                     // this hop's URL (after redirects)
        Response response;            // the 401 itself
        QByteArray sentAuthorization; // what the refused request carried, empty for none
        std::function<void()> resend;
        std::function<void(const ApiError&)> fail;
    };
    void setUnauthorizedHandler(std::function<void(const Unauthorized&)> handler) {
        m_unauthorized = std::move(handler);
    }
    // Told of every other answer: a credential proved good (2xx), or not allowed to do that (403).
    using AnswerObserver = std::function<void(const QByteArray& method, const QUrl& url, int status,
                                              const QByteArray& sentAuthorization)>;
    void setAnswerObserver(AnswerObserver observer) { m_answered = std::move(observer); }

    // A whole request; done is called exactly once on context's thread, unless context is destroyed.
    QNetworkReply* send(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& contentType,
                        QObject* context, Callback done, const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});
    QNetworkReply* get(const QUrl& url, QObject* context, Callback done) { return send("GET", url, {}, {}, context, std::move(done)); }

    // A long-lived response (SSE, RecordIO): no transfer timeout, body delivered in pieces.
    // finished gets the error (kind None when the server ended the stream cleanly).
    QNetworkReply* openStream(const QByteArray& method, const QUrl& url, const QByteArray& body,
                              const QList<QPair<QByteArray, QByteArray>>& headers, QObject* context,
                              HeadersCallback onHeaders, DataCallback onData, Callback finished);

    // Resolves a Location header against the request URL ("//host:port/p" keeps the scheme).
    static QUrl resolveRedirect(const QUrl& requestUrl, const QByteArray& location);

signals:
    // A server's certificate was refused (failure.url, failure.errors, failure.chain).
    void tlsErrors(const TlsFailure& failure);

private:
    QNetworkRequest makeRequest(const QUrl& url, const QByteArray& contentType,
                                const QList<QPair<QByteArray, QByteArray>>& extraHeaders, bool stream) const;
    void sendHop(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& contentType,
                 const QList<QPair<QByteArray, QByteArray>>& extraHeaders, QPointer<QObject> context, Callback done,
                 int hopsLeft, QNetworkReply** first);

    QNetworkAccessManager* m_nam;
    std::chrono::milliseconds m_timeout{10000};
    bool handOver401(QNetworkReply* reply, const QByteArray& method, const Response& response,
                     std::function<void()> resend, std::function<void(const Response&)> fail);

    std::function<void(QNetworkRequest&)> m_authenticator;
    std::function<void(const Unauthorized&)> m_unauthorized;
    AnswerObserver m_answered;
    std::unique_ptr<TlsPolicy> m_tls;
};
