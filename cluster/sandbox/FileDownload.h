#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class HttpTransport;
#include <QNetworkReply>
class QSaveFile;

// Saves a whole sandbox file (/files/download) to disk as it arrives: every piece is written to
// the file and dropped, so a multi-GB log never sits in memory. The target is only replaced
// when the download completed (QSaveFile); a failure or cancel leaves no partial file.
class FileDownload : public QObject {
    Q_OBJECT
public:
    FileDownload(HttpTransport* transport, const QUrl& agentUrl, const QString& remotePath, const QString& localPath,
                 QObject* parent = nullptr);
    ~FileDownload() override;

    void setExpectedSize(qint64 bytes) { m_expected = bytes; } // from the listing, for progress
    void start();
    void cancel();

    qint64 received() const { return m_received; }
    QString localPath() const { return m_localPath; }

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(bool ok, const QString& error);

private:
    void fail(const QString& error);

    HttpTransport* m_transport;
    QUrl m_url;
    QString m_localPath;
    QSaveFile* m_file = nullptr;
    QPointer<QNetworkReply> m_reply;
    qint64 m_expected = -1;
    qint64 m_received = 0;
    bool m_done = false;
};
