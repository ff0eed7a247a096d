#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

class QNetworkReply;

// A test client for the v1 SUBSCRIBE stream: POSTs {"type":"SUBSCRIBE"} and splits the RecordIO
// body (`<length>\n<json>`...) into events as they arrive.
class RecordIoStream : public QObject {
    Q_OBJECT
public:
    explicit RecordIoStream(QObject* parent = nullptr);
    ~RecordIoStream() override;

    void open(const QString& apiUrl);
    void close();
    bool isFinished() const;

    const QList<QJsonObject>& events() const { return m_events; }
    QStringList types() const;
    int statusCode() const;
    bool framingError() const { return m_framingError; }

    // Splits complete records off the front of buffer; false when the framing is broken.
    static bool takeRecords(QByteArray& buffer, QList<QJsonObject>* events);

private:
    QNetworkAccessManager m_manager;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
    bool m_framingError = false;
};
