#pragma once

#include <QMetaType>
#include <QtGlobal>

// A znode's Stat as the server sends it (zookeeper.jute Stat). valid is false until a
// request returned one, so a view never shows zeros it was not told.
struct ZkStat {
    qint64 czxid = 0;
    qint64 mzxid = 0;
    qint64 ctime = 0; // ms since the epoch
    qint64 mtime = 0;
    qint32 version = 0;        // data version
    qint32 cversion = 0;       // children version
    qint32 aversion = 0;       // ACL version
    qint64 ephemeralOwner = 0; // the owning session id, 0 for a persistent node
    qint32 dataLength = 0;
    qint32 numChildren = 0;
    qint64 pzxid = 0;
    bool valid = false;

    bool isEphemeral() const { return ephemeralOwner != 0; }
    bool operator==(const ZkStat&) const = default;
};

Q_DECLARE_METATYPE(ZkStat)
