#pragma once

#include "ZkNodeMeaning.h"

#include <QByteArray>
#include <QString>

// What the explorer checks before it changes ZooKeeper, and how it says a refusal.
namespace ZkWritePolicy {
// The server's jute.maxbuffer default (0xfffff) bounds the whole request: a bigger one is
// answered by dropping the connection, which the client would report as a connection loss.
inline constexpr qsizetype ServerPacketLimit = 0xfffff;
bool isTooLarge(const QString& path, const QByteArray& data);
QString tooLargeMessage(qsizetype bytes);
// "Mesos" or "Marathon" when path is theirs (they own what is there: a second warning first).
QString ownerOf(const QString& path, const ZkNodeMeaning::Context& context);
// A write's ZooKeeper code in words an operator acts on.
QString failureMessage(int rc);
// Why name cannot be a new child's name (empty when it can): one path segment, not "." or
// "..", none of the characters the server refuses.
QString nameProblem(const QString& name);
// A create's ZooKeeper code in words: ZNONODE here means the parent went meanwhile.
QString createFailureMessage(int rc, const QString& parent, const QString& path);
// Why path may not be deleted at all (empty when it may): the root, and ZooKeeper's own
// /zookeeper (quota and config), which the server keeps.
QString deleteProblem(const QString& path);
// A node's ephemeralOwner as the session id zkCli and the server's logs print (0x...).
QString sessionIdText(qint64 sessionId);
} // namespace ZkWritePolicy
