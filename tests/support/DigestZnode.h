#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// A znode only one ZooKeeper digest identity may read (ACL digest:user:hash, all permissions),
// with children under the same ACL; its parents are created open. Made with the C client's own
// calls, as ZkSession creates open nodes only. For the tests of a profile's digest password.
namespace DigestZnode {
// "user:base64(sha1(user:password))", the id ZooKeeper's digest scheme compares.
QByteArray id(const QString& user, const QString& password);
// False, with the C client's reason in error, when a node could not be made.
bool create(const QString& hosts, const QString& user, const QString& password, const QString& path,
            const QByteArray& data, const QList<QPair<QString, QByteArray>>& children, QString* error);
} // namespace DigestZnode
