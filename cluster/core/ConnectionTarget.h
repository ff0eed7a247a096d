#pragma once

#include "zookeeper/ZkUrl.h"

#include <QCoreApplication>
#include <QUrl>

// What the operator typed into the connection dialog: a ZooKeeper URL (the normal case,
// leader followed live) or the URL of one Mesos master (no ZooKeeper; that master leads,
// or redirects to the leader).
struct ConnectionTarget {
    enum class Kind { Invalid, ZooKeeper, Master };
    Kind kind = Kind::Invalid;
    ZkUrl zk;
    QUrl master; // http(s)://host:port, no path, no user info
    // HTTP Basic for the masters typed into the URL (https://user:pw@host): the password goes to
    // the keychain (under toDisplayString(), which keeps the user and drops the password).
    QString masterUser;
    QString masterPassword;
    // ZooKeeper names the leaders by host and port only: whether they serve HTTPS is the
    // operator's word (a profile's TLS switch, the dialog's box, --https).
    bool discoveredHttps = false;

    bool isValid() const { return kind != Kind::Invalid; }
    QString toDisplayString() const; // no password
    // The user and password a URL carried (ZooKeeper digest or the masters' Basic), if any.
    QString user() const { return kind == Kind::ZooKeeper ? zk.user : masterUser; }
    QString password() const { return kind == Kind::ZooKeeper ? zk.password : masterPassword; }
    void setPassword(const QString& password);
    // The same cluster by the same way in: a reconnect keeps what was seen of it.
    bool sameCluster(const ConnectionTarget& other) const;

    // Only what reads exactly one way is taken: "http//m:5050" is refused (it would be the
    // host "http"), with the reason and, where one is obvious, what was probably meant.
    // A bare "host" or "host:port" is a master over http on port 5050 by default.
    static ConnectionTarget parse(const QString& text, QString* error = nullptr);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(ConnectionTarget)
};
