#include "ZkWritePolicy.h"

#include "ZkSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <zookeeper/zookeeper.h>

namespace ZkWritePolicy {
namespace {
bool isUnder(const QString& path, const QString& base) {
    return !base.isEmpty() && base != QLatin1String("/") && (path == base || path.startsWith(base + u'/'));
}
} // namespace

bool isTooLarge(const QString& path, const QByteArray& data) {
    // The request carries the path, the data and about 40 bytes of header and version.
    return data.size() + path.toUtf8().size() + 64 > ServerPacketLimit;
}

QString tooLargeMessage(qsizetype bytes) {
    return QCoreApplication::translate(
               "ZkWritePolicy",
               "Value too large for the server (about 1 MiB): %1 bytes. ZooKeeper's jute.maxbuffer limits a "
               "request to 1,048,575 bytes; nothing was written.")
        .arg(QLocale().toString(bytes));
}

QString ownerOf(const QString& path, const ZkNodeMeaning::Context& context) {
    if (isUnder(path, context.mesosPath))
        return QStringLiteral("Mesos");
    if (isUnder(path, context.marathonPath))
        return QStringLiteral("Marathon");
    return {};
}

QString failureMessage(int rc) {
    switch (rc) {
    case ZBADVERSION:
        return QCoreApplication::translate(
            "ZkWritePolicy",
            "The node changed since it was read (another client wrote it); nothing was written.");
    case ZNOAUTH:
        return QCoreApplication::translate(
            "ZkWritePolicy",
            "Not allowed (ZNOAUTH): the node's ACL does not grant this session that permission.");
    case ZNOTEMPTY:
        return QCoreApplication::translate(
            "ZkWritePolicy", "The node has children; only a node without children can be deleted here.");
    case ZNONODE:
        return QCoreApplication::translate("ZkWritePolicy", "The node does not exist any more.");
    case ZNODEEXISTS:
        return QCoreApplication::translate("ZkWritePolicy", "A node with that name already exists.");
    default:
        return QCoreApplication::translate("ZkWritePolicy", "ZooKeeper refused: %1")
            .arg(ZkSession::errorString(rc));
    }
}
} // namespace ZkWritePolicy
