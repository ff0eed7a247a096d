#include "ZkSubtreeExport.h"

#include "ZkDataFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void ZkSubtreeExport::add(const QString& path, const ZkStat& stat, const QByteArray& data) {
    m_nodes.append({path, stat, data});
}

QByteArray ZkSubtreeExport::toJson(const QString& root, const ZkSubtreeWalk::Outcome& outcome,
                                   const QDateTime& when) const {
    QJsonArray nodes;
    for (const Node& node : m_nodes) {
        QJsonObject json{{QStringLiteral("path"), node.path},
                         {QStringLiteral("version"), node.stat.version},
                         {QStringLiteral("dataLength"), node.stat.dataLength},
                         {QStringLiteral("numChildren"), node.stat.numChildren},
                         {QStringLiteral("ctime"), node.stat.ctime},
                         {QStringLiteral("mtime"), node.stat.mtime}};
        if (node.stat.isEphemeral())
            json.insert(
                QStringLiteral("ephemeralOwner"),
                QString(QStringLiteral("0x") + QString::number(quint64(node.stat.ephemeralOwner), 16)));
        switch (ZkDataFormat::detect(node.data)) {
        case ZkDataFormat::Kind::Empty:
            break;
        case ZkDataFormat::Kind::Text:
        case ZkDataFormat::Kind::Json:
            json.insert(QStringLiteral("text"), QString::fromUtf8(node.data));
            break;
        case ZkDataFormat::Kind::Binary:
            json.insert(QStringLiteral("base64"), QString::fromLatin1(node.data.toBase64()));
            break;
        }
        if (node.data.size() < node.stat.dataLength)
            json.insert(QStringLiteral("truncated"), true);
        nodes.append(json);
    }
    QJsonObject document{{QStringLiteral("root"), root},
                         {QStringLiteral("exported"), when.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("complete"), !outcome.truncated && !outcome.cancelled &&
                                                          outcome.error.isEmpty() &&
                                                          outcome.denied.isEmpty()},
                         {QStringLiteral("nodes"), nodes}};
    QStringList incomplete;
    if (outcome.truncated)
        incomplete << QStringLiteral("stopped at %1 nodes").arg(outcome.visited);
    if (outcome.cancelled)
        incomplete << QStringLiteral("cancelled");
    if (!outcome.error.isEmpty())
        incomplete << outcome.error;
    if (!outcome.denied.isEmpty())
        incomplete << QString(QStringLiteral("not readable: ") + outcome.denied.join(QStringLiteral(", ")));
    if (!incomplete.isEmpty())
        document.insert(QStringLiteral("incomplete"), incomplete.join(QStringLiteral("; ")));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
