#include "RecordIoDecoder.h"

#include <QCoreApplication>

QList<QByteArray> RecordIoDecoder::feed(const QByteArray& data) {
    QList<QByteArray> records;
    if (hasError())
        return records;
    m_buffer.append(data);
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        if (newline < 0) {
            if (m_buffer.size() - m_pos > 20)
                m_error = QCoreApplication::translate("RecordIoDecoder", "RecordIO: record header without a newline");
            break;
        }
        bool ok = false;
        const QByteArrayView header = QByteArrayView(m_buffer).sliced(m_pos, newline - m_pos).trimmed();
        const qlonglong length = header.toLongLong(&ok);
        if (!ok || length < 0 || length > m_max) {
            m_error = QCoreApplication::translate("RecordIoDecoder", "RecordIO: bad record length \"%1\"")
                          .arg(QString::fromLatin1(header.first(qMin<qsizetype>(20, header.size())).toByteArray()));
            break;
        }
        if (m_buffer.size() - (newline + 1) < length)
            break;
        records.append(m_buffer.mid(newline + 1, length));
        m_pos = newline + 1 + length;
    }
    // Compact once the consumed prefix dominates, so long streams do not grow the buffer.
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos > 64 * 1024)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return records;
}

void RecordIoDecoder::reset() {
    m_buffer.clear();
    m_pos = 0;
    m_error.clear();
}
