#pragma once

#include "zookeeper/ZkUrl.h"

#include <QUrl>

// What the operator typed into the connection dialog: a ZooKeeper URL (the normal case,
// leader followed live) or the URL of one Mesos master (no ZooKeeper, fixed address).
struct ConnectionTarget {
    enum class Kind { Invalid, ZooKeeper, Master };
    Kind kind = Kind::Invalid;
    ZkUrl zk;
    QUrl master; // http(s)://host:port, no path

    bool isValid() const { return kind != Kind::Invalid; }
    QString toDisplayString() const; // no password

    static ConnectionTarget parse(const QString& text, QString* error = nullptr);
};
