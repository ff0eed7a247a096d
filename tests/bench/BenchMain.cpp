// mesosdesk-bench: prints one "name: value" line per figure; each figure is compared with a
// baseline measured in the same run (the *_vs_* ratios), so machines of different speed agree.
#include "LeaderFailoverBench.h"
#include "ZkServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MesosDesk benchmarks"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("zk"), QStringLiteral("ZooKeeper host:port (default: $MESOSDESK_ZK, else a private server)"),
                      QStringLiteral("hosts")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Failover rounds (default 20)"), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.process(app);
    QTextStream out(stdout);

    QString hosts = parser.value(QStringLiteral("zk"));
    if (hosts.isEmpty())
        hosts = qEnvironmentVariable("MESOSDESK_ZK");
    ZkServerProcess privateServer;
    if (hosts.isEmpty()) {
        QString error;
        if (!privateServer.start(&error)) {
            QTextStream(stderr) << "mesosdesk-bench: no ZooKeeper: " << error << Qt::endl;
            return 1;
        }
        hosts = privateServer.hosts();
    }
    const LeaderFailoverResult failover = runLeaderFailoverBench(hosts, parser.value(QStringLiteral("rounds")).toInt());
    if (!failover.error.isEmpty()) {
        QTextStream(stderr) << "mesosdesk-bench: leader failover: " << failover.error << Qt::endl;
        return 1;
    }
    out << "leader_failover_ms: " << QString::number(failover.failoverMedianMs, 'f', 2) << Qt::endl;
    out << "zk_roundtrip_ms: " << QString::number(failover.roundTripMedianMs, 'f', 2) << Qt::endl;
    out << "leader_failover_vs_roundtrip: "
        << QString::number(failover.failoverMedianMs / qMax(0.001, failover.roundTripMedianMs), 'f', 2) << Qt::endl;
    return 0;
}
