#include "MasterInfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
MasterInfo failed(QString* error, const QString& message) {
    if (error)
        *error = message;
    return {};
}

// JSON numbers may arrive as integers or as floats ("5050.0") from older serialisers.
bool toPort(const QJsonValue& value, int* port) {
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (d < 1 || d > 65535 || d != double(int(d)))
        return false;
    *port = int(d);
    return true;
}

void fillFromPid(MasterInfo* info) {
    // "master@10.0.0.1:5050"
    const qsizetype at = info->pid.indexOf(u'@');
    const qsizetype colon = info->pid.lastIndexOf(u':');
    if (at < 0 || colon < at)
        return;
    if (info->ip.isEmpty())
        info->ip = info->pid.mid(at + 1, colon - at - 1);
    if (info->port == 0) {
        bool ok = false;
        const int port = info->pid.mid(colon + 1).toInt(&ok);
        if (ok && port > 0 && port <= 65535) // "master@1:-67" is no address (found by fuzzing)
            info->port = port;
    }
}

void finish(MasterInfo* info) {
    fillFromPid(info);
    if (info->hostname.isEmpty())
        info->hostname = info->ip;
}

// Minimal protobuf wire-format reader: enough for MasterInfo's scalar and string fields.
class ProtoReader {
public:
    explicit ProtoReader(const QByteArray& bytes) : m_bytes(bytes) {}
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    bool varint(quint64* out) {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (atEnd())
                return false;
            const auto byte = quint8(m_bytes.at(m_pos++));
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *out = value;
                return true;
            }
        }
        return false;
    }
    bool bytes(QByteArray* out) {
        quint64 length = 0;
        if (!varint(&length) || length > quint64(m_bytes.size() - m_pos))
            return false;
        *out = m_bytes.mid(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return true;
    }
    bool skip(int wireType) {
        quint64 ignored = 0;
        QByteArray ignoredBytes;
        switch (wireType) {
        case 0:
            return varint(&ignored);
        case 1:
            return advance(8);
        case 2:
            return bytes(&ignoredBytes);
        case 5:
            return advance(4);
        default:
            return false;
        }
    }

private:
    bool advance(qsizetype n) {
        if (n > m_bytes.size() - m_pos)
            return false;
        m_pos += n;
        return true;
    }
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
};
} // namespace

QString MasterInfo::hostPort() const {
    const QString host = hostname.isEmpty() ? ip : hostname;
    return host + u':' + QString::number(port);
}

QString MasterInfo::ipFromPacked(quint32 packed) {
    // Network byte order in memory, read as a little-endian integer: the first octet is the low byte.
    return QStringLiteral("%1.%2.%3.%4")
        .arg(packed & 0xff)
        .arg((packed >> 8) & 0xff)
        .arg((packed >> 16) & 0xff)
        .arg((packed >> 24) & 0xff);
}

quint32 MasterInfo::packedFromIp(const QString& dotted) {
    const QStringList parts = dotted.split(u'.');
    if (parts.size() != 4)
        return 0;
    quint32 packed = 0;
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        const uint octet = parts.at(i).toUInt(&ok);
        if (!ok || octet > 255)
            return 0;
        packed |= octet << (8 * i);
    }
    return packed;
}

MasterInfo MasterInfo::fromJson(const QByteArray& data, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(error, MasterInfo::tr("MasterInfo is not valid JSON: %1 at offset %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    if (!doc.isObject())
        return failed(error, MasterInfo::tr("MasterInfo is not a JSON object"));
    const QJsonObject o = doc.object();
    MasterInfo info;
    info.id = o.value(QLatin1String("id")).toString();
    info.pid = o.value(QLatin1String("pid")).toString();
    info.version = o.value(QLatin1String("version")).toString();
    const QJsonObject address = o.value(QLatin1String("address")).toObject();
    info.hostname = address.value(QLatin1String("hostname")).toString();
    if (info.hostname.isEmpty())
        info.hostname = o.value(QLatin1String("hostname")).toString();
    info.ip = address.value(QLatin1String("ip")).toString();
    const QJsonValue packed = o.value(QLatin1String("ip"));
    if (info.ip.isEmpty() && packed.isDouble()) {
        const double d = packed.toDouble();
        if (d >= 0 && d <= 4294967295.0)
            info.ip = ipFromPacked(quint32(d));
    }
    if (!toPort(address.value(QLatin1String("port")), &info.port))
        toPort(o.value(QLatin1String("port")), &info.port);
    finish(&info);
    if (info.isNull() || info.port == 0)
        return failed(error, MasterInfo::tr("MasterInfo has no usable address (hostname/ip and port)"));
    return info;
}

MasterInfo MasterInfo::fromProtobuf(const QByteArray& data, QString* error) {
    // Field numbers from mesos.proto: id=1, ip=2, port=3, pid=4, hostname=5, version=6, address=7.
    ProtoReader reader(data);
    MasterInfo info;
    quint32 packedIp = 0;
    while (!reader.atEnd()) {
        quint64 key = 0;
        if (!reader.varint(&key))
            return failed(error, MasterInfo::tr("MasterInfo protobuf is truncated"));
        const int field = int(key >> 3);
        const int wire = int(key & 7);
        quint64 number = 0;
        QByteArray text;
        if (wire == 0 && (field == 2 || field == 3)) {
            if (!reader.varint(&number))
                return failed(error, MasterInfo::tr("MasterInfo protobuf is truncated"));
            if (field == 2)
                packedIp = quint32(number);
            else
                info.port = number <= 65535 ? int(number) : 0;
        } else if (wire == 2 && (field == 1 || field == 4 || field == 5 || field == 6)) {
            if (!reader.bytes(&text))
                return failed(error, MasterInfo::tr("MasterInfo protobuf is truncated"));
            const QString value = QString::fromUtf8(text);
            if (field == 1)
                info.id = value;
            else if (field == 4)
                info.pid = value;
            else if (field == 5)
                info.hostname = value;
            else
                info.version = value;
        } else if (!reader.skip(wire)) {
            return failed(error, MasterInfo::tr("MasterInfo protobuf is malformed"));
        }
    }
    if (packedIp != 0)
        info.ip = ipFromPacked(packedIp);
    finish(&info);
    if (info.isNull() || info.port == 0)
        return failed(error, MasterInfo::tr("MasterInfo protobuf has no usable address"));
    return info;
}

MasterInfo MasterInfo::fromUpid(const QByteArray& data, QString* error) {
    MasterInfo info;
    info.pid = QString::fromUtf8(data).trimmed();
    finish(&info);
    if (info.ip.isEmpty() || info.port <= 0 || info.port > 65535)
        return failed(error, MasterInfo::tr("\"%1\" is not a master UPID (master@ip:port)").arg(info.pid));
    return info;
}
