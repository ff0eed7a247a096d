#include "DigestZnode.h"

#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QStringList>
#include <zookeeper/zookeeper.h>

namespace DigestZnode {
QByteArray id(const QString& user, const QString& password) {
    const QByteArray hash =
        QCryptographicHash::hash((user + u':' + password).toUtf8(), QCryptographicHash::Sha1).toBase64();
    return user.toUtf8() + ':' + hash;
}

bool create(const QString& hosts, const QString& user, const QString& password, const QString& path,
            const QByteArray& data, const QList<QPair<QString, QByteArray>>& children, QString* error) {
    zoo_set_debug_level(ZOO_LOG_LEVEL_ERROR);
    zhandle_t* zh = zookeeper_init(hosts.toUtf8().constData(), nullptr, 10000, nullptr, nullptr, 0);
    if (!zh) {
        *error = QStringLiteral("zookeeper_init failed");
        return false;
    }
    if (!TestEnvironment::waitUntil([zh] { return zoo_state(zh) == ZOO_CONNECTED_STATE; }, 15000)) {
        zookeeper_close(zh);
        *error = QStringLiteral("no connection to ZooKeeper at %1 within 15 s").arg(hosts);
        return false;
    }
    const QByteArray credential = (user + u':' + password).toUtf8();
    zoo_add_auth(zh, "digest", credential.constData(), int(credential.size()), nullptr, nullptr);
    QByteArray digestId = id(user, password);
    char scheme[] = "digest";
    ACL entry{ZOO_PERM_ALL, Id{scheme, digestId.data()}};
    ACL_vector protectedAcl{1, &entry};
    auto make = [&](const QString& node, const QByteArray& bytes, ACL_vector* acl) {
        const QByteArray p = node.toUtf8();
        const int rc =
            zoo_create(zh, p.constData(), bytes.constData(), int(bytes.size()), acl, 0, nullptr, 0);
        if (rc != ZOK && rc != ZNODEEXISTS)
            *error = QStringLiteral("creating %1: %2").arg(node, QString::fromUtf8(zerror(rc)));
        return rc == ZOK || rc == ZNODEEXISTS;
    };
    bool ok = true;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (qsizetype i = 0; ok && i + 1 < parts.size(); ++i) {
        prefix += u'/' + parts.at(i);
        ok = make(prefix, {}, &ZOO_OPEN_ACL_UNSAFE);
    }
    ok = ok && make(path, data, &protectedAcl);
    for (const auto& [name, bytes] : children) {
        if (ok)
            ok = make(path + u'/' + name, bytes, &protectedAcl);
    }
    zookeeper_close(zh);
    return ok;
}
} // namespace DigestZnode
