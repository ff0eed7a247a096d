#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// One ensemble server as its four-letter words tell it: srvr (always whitelisted since
// 3.5.3) gives the mode, zxid, latency, outstanding requests, connections and node count;
// mntr, when whitelisted, adds the watch count. A value nobody told stays empty (nullopt).
struct ZkServerReport {
    enum class State {
        Unknown,     // not asked yet
        Serving,     // srvr answered with a mode
        NotServing,  // "This ZooKeeper instance is not currently serving requests": no quorum
        Disabled,    // srvr itself is not in the whitelist
        Unreachable, // no connection, or no answer in time
    };
    QString server; // "host:port" from the connection string
    State state = State::Unknown;
    QString mode;    // leader, follower, observer, standalone, read-only
    QString version; // "3.8.0" (Debian leaves "${mvngit.commit.id}" unexpanded after it)
    std::optional<qint64> zxid;
    std::optional<double> latencyMin, latencyAvg, latencyMax;
    std::optional<qint64> outstanding, connections, nodeCount, watchCount;
    bool mntrDisabled = false; // mntr answered "not in the whitelist"
    // Where the figures came from: the AdminServer's JSON when it answers, the four-letter
    // words otherwise (then adminError says why the AdminServer did not).
    enum class Source { None, AdminServer, FourLetterWords };
    Source source = Source::None;
    QString adminError;
    QString error;             // why there is no mode (socket error, the server's words)

    bool operator==(const ZkServerReport&) const = default;

    // What a four-letter word's reply means before its content is read.
    enum class Reply { Content, NotWhitelisted, NotServing, Empty };
    static Reply classify(const QByteArray& reply);
    // Fills mode, version, zxid, latency, counts from a srvr (or stat) reply; false when the
    // reply has no Mode line.
    bool applySrvr(const QByteArray& reply);
    // Fills what mntr adds (watch count) and whatever srvr did not say.
    bool applyMntr(const QByteArray& reply);

    static QString stateName(State state);
};
