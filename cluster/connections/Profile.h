#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// One cluster as the operator keeps it: how to reach it, how to authenticate to each of its
// endpoints, which certificates to trust, how often to poll, and whether it may be changed.
// Plain data: the profile store (cluster/connections/) reads and writes it in QSettings; the
// secrets themselves are never here, only in the keychain under secretKey().
struct Profile {
    // Who is asked for credentials. Agents answer sandbox logs and have their own realm.
    enum class Endpoint { Masters, Agents, Marathon, ZooKeeper };

    struct Auth {
        enum class Kind { None, Basic, Token }; // Token: DC/OS style, "Authorization: token=<t>"
        Kind kind = Kind::None;
        QString user; // Basic (and ZooKeeper digest); the password is in the keychain
        bool operator==(const Auth&) const = default;
    };

    struct Tls {
        QString caFile; // an extra CA bundle (PEM), trusted on top of the system CAs
        // "host:port" -> lower-case hex SHA-256 of the DER certificate the operator chose to trust.
        QHash<QString, QString> pinned;
        // ZooKeeper names the leading master and Marathon by host:port only; on a cluster that
        // serves TLS they are reached over https. Never guessed: a fallback to http would send
        // credentials in the clear behind the operator's back.
        bool discoveredHttps = false;
        bool operator==(const Tls&) const = default;
    };

    QString id;             // stable for the profile's life (a UUID): keys its keychain entries
    QString name;           // shown; unique among profiles
    QString zkUrl;          // zk://host:2181,host2:2181/mesos, never with a password
    QStringList masterUrls; // http(s)://host:5050, used when there is no ZooKeeper URL
    QString marathonUrl;    // empty: found through ZooKeeper or the Mesos framework list
    QString marathonZkPath = QStringLiteral("/marathon"); // where Marathon's leader latch is
    Auth masters, agents, marathon, zooKeeper;
    Tls tls;
    int mesosPollMs = 2000;
    int marathonPollMs = 5000;
    bool readOnly = false; // every mutating action disabled (Marathon, Mesos operator actions)

    bool operator==(const Profile&) const = default;

    const Auth& auth(Endpoint endpoint) const {
        switch (endpoint) {
        case Endpoint::Masters:
            return masters;
        case Endpoint::Agents:
            return agents;
        case Endpoint::Marathon:
            return marathon;
        case Endpoint::ZooKeeper:
            break;
        }
        return zooKeeper;
    }
    // The keychain key of an endpoint's password or token.
    QString secretKey(Endpoint endpoint) const {
        static const char* const names[] = {"masters", "agents", "marathon", "zookeeper"};
        return QStringLiteral("profile:%1:%2").arg(id, QLatin1String(names[int(endpoint)]));
    }
};
