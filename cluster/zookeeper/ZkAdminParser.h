#pragma once

#include "ZkServerReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Reads the AdminServer's JSON answers (/commands/<name>, ZooKeeper 3.5+). Every command
// answers HTTP 200 with a JSON object whose "error" is null, or says why not in "error": an
// unknown command, or a server without quorum ("not currently serving requests"). srvr gives
// the mode, version, zxid, latency, outstanding requests, connections and node count in
// "server_stats"; monitor (mntr) is one flat object with mntr's names without their "zk_".
class ZkAdminParser {
public:
    enum class Kind {
        Content,        // "error" is null
        NotServing,     // no quorum: the server is up but not serving
        UnknownCommand, // this server has no such command
        Error,          // another "error"
        NotJson,        // not a JSON object (an HTML error page, a proxy, a truncated body)
    };
    struct Answer {
        Kind kind = Kind::NotJson;
        QString error; // the server's "error" text
        QJsonObject object;
    };

    static Answer classify(const QByteArray& body);
    // Fills mode, version, zxid, latency and counts from /commands/srvr; false without a
    // server_state (nothing is filled then).
    static bool applySrvr(ZkServerReport& report, const QJsonObject& object);
    // Fills the watch count from /commands/monitor, and whatever srvr did not say.
    static bool applyMonitor(ZkServerReport& report, const QJsonObject& object);
};
