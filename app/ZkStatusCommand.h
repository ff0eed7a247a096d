#pragma once

#include "zookeeper/ZkUrl.h"

#include <QObject>
#include <QString>
#include <chrono>

class QTextStream;

// `mesosdesk --zk-status zk://h1:2181,h2:2181[/path]`: one line per server of the connection
// string (`host:port mode zxid latency`, or the reason it has none), from srvr, which every
// ZooKeeper since 3.5.3 allows. Exit 0 when a quorum serves, 1 otherwise, 2 for a bad URL.
class ZkStatusCommand : public QObject {
    Q_OBJECT
public:
    enum ExitCode { QuorumServes = 0, NoQuorum = 1, BadUrl = 2 };

    // url: valid (ZkCommandTarget; only its servers are asked).
    ZkStatusCommand(const ZkUrl& url, std::chrono::milliseconds timeout, QObject* parent = nullptr);

    int exec(QTextStream& out);

private:
    ZkUrl m_url;
    std::chrono::milliseconds m_timeout;
};
