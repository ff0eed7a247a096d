#include "SandboxBrowse.h"

#include "FileTail.h"
#include "net/HttpTransport.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QThreadPool>

SandboxBrowse::SandboxBrowse(HttpTransport* transport, QObject* parent) : QObject(parent), m_transport(transport) {}

QUrl SandboxBrowse::filesUrl(const QUrl& agentUrl, const QString& endpoint, const QString& path,
                             const QByteArray& extraQuery) {
    QUrl url = agentUrl;
    url.setPath(QStringLiteral("/files/") + endpoint);
    QByteArray query = "path=" + QUrl::toPercentEncoding(path, "/");
    if (!extraQuery.isEmpty())
        query += '&' + extraQuery;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void SandboxBrowse::cancel() {
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void SandboxBrowse::list(const QUrl& agentUrl, const QString& path) {
    cancel();
    const quint64 generation = m_generation;
    m_reply = m_transport->get(filesUrl(agentUrl, QStringLiteral("browse"), path), this,
                               [this, generation, path](const HttpTransport::Response& r) {
                                   if (generation != m_generation)
                                       return;
                                   m_reply = nullptr;
                                   if (!r.ok()) {
                                       const bool unauthorized = r.status == 401 || r.status == 403;
                                       QString message = unauthorized ? FileTail::unauthorizedMessage()
                                                         : r.status == 404
                                                             ? tr("%1 does not exist on the agent.").arg(path)
                                                             : r.error.summary();
                                       emit failed(path, message, unauthorized);
                                       return;
                                   }
                                   QPointer<SandboxBrowse> self(this);
                                   const QByteArray body = r.body;
                                   QThreadPool::globalInstance()->start([self, body, path, generation] {
                                       QString error;
                                       auto entries = SandboxFileEntry::parseList(body, &error);
                                       QMetaObject::invokeMethod(QCoreApplication::instance(), [self, entries, error, path, generation] {
                                           if (!self || generation != self->m_generation)
                                               return;
                                           if (entries)
                                               emit self->listed(path, *entries);
                                           else
                                               emit self->failed(path, error, false);
                                       });
                                   });
                               });
}
