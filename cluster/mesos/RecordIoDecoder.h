#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Mesos RecordIO framing: "<decimal length>\n<length bytes>" repeated. Bytes arrive in
// arbitrary pieces; complete records come out. A malformed header is a hard error (the
// stream cannot be resynchronised), reported once through error().
class RecordIoDecoder {
public:
    explicit RecordIoDecoder(qsizetype maxRecordBytes = 256 * 1024 * 1024) : m_max(maxRecordBytes) {}

    // Appends data and returns every record completed by it.
    QList<QByteArray> feed(const QByteArray& data);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    void reset();

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_max;
    QString m_error;
};
