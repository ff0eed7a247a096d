#include "ZkDataFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

namespace ZkDataFormat {

Kind detect(const QByteArray& data) {
    if (data.isEmpty())
        return Kind::Empty;
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return Kind::Binary;
        if (u == 0x7f)
            return Kind::Binary;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    Q_UNUSED(text);
    if (decoder.hasError())
        return Kind::Binary;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError)
            return Kind::Json;
    }
    return Kind::Text;
}

QString prettyJson(const QByteArray& data) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return {};
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

QString hexDump(const QByteArray& data, qsizetype maxBytes) {
    const qsizetype length = maxBytes < 0 ? data.size() : qMin(maxBytes, data.size());
    static constexpr char digits[] = "0123456789abcdef";
    QString out;
    // 8 offset + 2 + 16*3 + 1 + 18 + newline per line.
    out.reserve((length / 16 + 1) * 78);
    for (qsizetype line = 0; line < length; line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i == 8)
                out += u' ';
            if (line + i < length) {
                const auto byte = static_cast<unsigned char>(data.at(line + i));
                out += QLatin1Char(digits[byte >> 4]);
                out += QLatin1Char(digits[byte & 0xf]);
                out += u' ';
                ascii += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                out += QLatin1String("   ");
            }
        }
        out += u'|' + ascii + u'|' + u'\n';
    }
    if (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

QString render(const QByteArray& data, Kind kind) {
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Json:
        if (const QString pretty = prettyJson(data); !pretty.isEmpty())
            return pretty;
        return QString::fromUtf8(data);
    case Kind::Text:
        return QString::fromUtf8(data);
    case Kind::Binary:
        return hexDump(data);
    }
    return {};
}

QString kindName(Kind kind) {
    switch (kind) {
    case Kind::Empty:
        return QCoreApplication::translate("ZkDataFormat", "Empty");
    case Kind::Text:
        return QCoreApplication::translate("ZkDataFormat", "Text");
    case Kind::Json:
        return QCoreApplication::translate("ZkDataFormat", "JSON");
    case Kind::Binary:
        return QCoreApplication::translate("ZkDataFormat", "Hex");
    }
    return {};
}
} // namespace ZkDataFormat
