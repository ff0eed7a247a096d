#include "FileDownload.h"

#include "FileTail.h"
#include "SandboxBrowse.h"
#include "net/HttpTransport.h"

#include <QNetworkReply>
#include <QSaveFile>

FileDownload::FileDownload(HttpTransport* transport, const QUrl& agentUrl, const QString& remotePath,
                           const QString& localPath, QObject* parent)
    : QObject(parent), m_transport(transport),
      m_url(SandboxBrowse::filesUrl(agentUrl, QStringLiteral("download"), remotePath)), m_localPath(localPath) {}

FileDownload::~FileDownload() {
    if (!m_done)
        cancel();
}

void FileDownload::start() {
    m_file = new QSaveFile(m_localPath, this);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("Cannot write %1: %2").arg(m_localPath, m_file->errorString()));
        return;
    }
    m_reply = m_transport->openStream(
        "GET", m_url, {}, {}, this,
        [this](int status, const QUrl&) {
            if (m_reply && status >= 200 && status < 300) {
                const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
                if (length > 0)
                    m_expected = length;
            }
        },
        [this](const QByteArray& chunk) {
            if (m_done || !m_file)
                return;
            if (m_file->write(chunk) != chunk.size()) {
                fail(tr("Cannot write %1: %2").arg(m_localPath, m_file->errorString()));
                return;
            }
            m_received += chunk.size();
            emit progress(m_received, m_expected);
        },
        [this](const HttpTransport::Response& r) {
            if (m_done)
                return;
            if (!r.ok()) {
                fail(r.status == 401 || r.status == 403 ? FileTail::unauthorizedMessage() : r.error.summary());
                return;
            }
            if (!m_file->commit()) {
                fail(tr("Cannot write %1: %2").arg(m_localPath, m_file->errorString()));
                return;
            }
            m_done = true;
            emit progress(m_received, m_received);
            emit finished(true, QString());
        });
}

void FileDownload::cancel() {
    if (m_done)
        return;
    fail(tr("Download canceled."));
}

void FileDownload::fail(const QString& error) {
    if (m_done)
        return;
    m_done = true;
    if (m_reply)
        m_reply->abort();
    if (m_file)
        m_file->cancelWriting();
    emit finished(false, error);
}
