#include "TestHttpClient.h"

#include "TestEnvironment.h"

#include <QNetworkReply>
#include <QNetworkRequest>

TestHttpClient::TestHttpClient(QString baseUrl)
    : m_base(std::move(baseUrl))
{
}

TestHttpClient::~TestHttpClient()
{
    if (m_stream)
        m_stream->abort();
}

QByteArray TestHttpClient::Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestHttpClient::Reply TestHttpClient::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [key, value] : headers)
        request.setRawHeader(key, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    TestEnvironment::waitUntil([reply] { return reply->isFinished(); }, 10000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

void TestHttpClient::openEvents(const QString& query)
{
    QNetworkRequest request(QUrl(m_base + QStringLiteral("/v2/events") + query));
    request.setRawHeader("Accept", "text/event-stream");
    m_stream = m_network.get(request);
    QObject::connect(m_stream, &QNetworkReply::readyRead, m_stream, [this] {
        m_buffer += m_stream->readAll();
        qsizetype end = 0;
        while ((end = m_buffer.indexOf("\n\n")) >= 0) {
            const QByteArray frame = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            Event event;
            for (const QByteArray& line : frame.split('\n')) {
                if (line.startsWith("event: "))
                    event.type = QString::fromUtf8(line.mid(7));
                else if (line.startsWith("data: "))
                    event.data = QJsonDocument::fromJson(line.mid(6)).object();
            }
            if (!event.type.isEmpty())
                m_events.append(event);
        }
    });
}

QStringList TestHttpClient::eventTypes() const
{
    QStringList types;
    for (const Event& event : m_events)
        types << event.type;
    return types;
}

bool TestHttpClient::waitForEvent(const QString& type, int timeoutMs)
{
    return TestEnvironment::waitUntil([this, type] { return eventTypes().contains(type); }, timeoutMs);
}
