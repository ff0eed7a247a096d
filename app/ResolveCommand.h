#pragma once

#include "zookeeper/ZkUrl.h"

#include <QObject>
#include <QString>
#include <chrono>

class QTextStream;

// `mesosdesk --resolve zk://...` and `--resolve-marathon`: print the leader's host:port and
// exit 0, like mesos-resolve. No leader in time: 1. Malformed URL: 2.
class ResolveCommand : public QObject {
    Q_OBJECT
public:
    enum class Target { Mesos, Marathon };
    enum ExitCode { Resolved = 0, NoLeader = 1, BadUrl = 2 };

    // url: valid, its digest password already looked up (ZkCommandTarget).
    ResolveCommand(Target target, const ZkUrl& url, std::chrono::milliseconds timeout,
                   QObject* parent = nullptr);

    // Runs the event loop until resolved or timed out; returns the exit code.
    int exec(QTextStream& out, QTextStream& err);

private:
    Target m_target;
    ZkUrl m_url;
    std::chrono::milliseconds m_timeout;
};
