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
            "ZkWritePolicy", "The node has children now (created since it was read); nothing was deleted.");
    case ZNONODE:
        return QCoreApplication::translate("ZkWritePolicy", "The node does not exist any more.");
    case ZNODEEXISTS:
        return QCoreApplication::translate("ZkWritePolicy", "A node with that name already exists.");
    default:
        return QCoreApplication::translate("ZkWritePolicy", "ZooKeeper refused: %1")
            .arg(ZkSession::errorString(rc));
    }
}
QString nameProblem(const QString& name) {
    if (name.isEmpty())
        return QCoreApplication::translate("ZkWritePolicy", "Enter a name for the new node.");
    if (name.contains(u'/'))
        return QCoreApplication::translate("ZkWritePolicy",
                                           "A name is one path segment: it cannot contain '/'.");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return QCoreApplication::translate("ZkWritePolicy",
                                           "\".\" and \"..\" are not allowed as node names.");
    // The server's PathUtils refuses these code points in a path.
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u <= 0x1f || (u >= 0x7f && u <= 0x9f) || (u >= 0xd800 && u <= 0xf8ff) || u >= 0xfff0)
            return QCoreApplication::translate(
                "ZkWritePolicy", "The name contains a control or reserved character that ZooKeeper refuses.");
    }
    return {};
}

QString createFailureMessage(int rc, const QString& parent, const QString& path) {
    switch (rc) {
    case ZNODEEXISTS:
        return QCoreApplication::translate("ZkWritePolicy",
                                           "%1 already exists (ZNODEEXISTS); nothing was created.")
            .arg(path);
    case ZNONODE:
        return QCoreApplication::translate(
                   "ZkWritePolicy",
                   "The parent %1 does not exist any more (deleted meanwhile); nothing was created.")
            .arg(parent);
    case ZNOAUTH:
        return QCoreApplication::translate(
                   "ZkWritePolicy",
                   "Not allowed (ZNOAUTH): the ACL of %1 does not grant this session the create permission.")
            .arg(parent);
    case ZNOCHILDRENFOREPHEMERALS:
        return QCoreApplication::translate("ZkWritePolicy",
                                           "%1 is ephemeral, and an ephemeral node cannot have children.")
            .arg(parent);
    default:
        return failureMessage(rc);
    }
}

QString deleteProblem(const QString& path) {
    if (path.isEmpty() || path == QLatin1String("/"))
        return QCoreApplication::translate("ZkWritePolicy", "The root node cannot be deleted.");
    if (path == QLatin1String("/zookeeper") || path.startsWith(QLatin1String("/zookeeper/")))
        return QCoreApplication::translate("ZkWritePolicy",
                                           "/zookeeper holds ZooKeeper's own quota and configuration nodes; "
                                           "they are not deleted from here.");
    return {};
}

QString sessionIdText(qint64 sessionId) {
    return QStringLiteral("0x%1").arg(quint64(sessionId), 0, 16);
}
} // namespace ZkWritePolicy
