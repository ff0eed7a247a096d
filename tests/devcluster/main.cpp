// mesosdesk-devcluster: a simulated Mesos (+ Marathon) cluster on loopback for the demo and the
// integration tests. Prints one JSON line when ready; SIGTERM/SIGINT stop everything.
#include "DevCluster.h"
#include "zookeeper/ZkSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mesosdesk-devcluster"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A simulated Mesos + Marathon cluster on loopback."));
    parser.addHelpOption();
    const QCommandLineOption zk(QStringLiteral("zk"), QStringLiteral("ZooKeeper host:port list."), QStringLiteral("hosts"));
    const QCommandLineOption zkPath(QStringLiteral("zk-path"), QStringLiteral("Mesos znode."), QStringLiteral("path"),
                                    QStringLiteral("/mesos"));
    const QCommandLineOption marathonPath(QStringLiteral("marathon-zk-path"), QStringLiteral("Marathon znode."),
                                          QStringLiteral("path"), QStringLiteral("/marathon"));
    const QCommandLineOption masters(QStringLiteral("masters"), QStringLiteral("Number of masters."), QStringLiteral("n"),
                                     QStringLiteral("3"));
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Number of agents."), QStringLiteral("n"),
                                    QStringLiteral("3"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"), QStringLiteral("Directory for the agents' sandboxes."),
                                     QStringLiteral("dir"));
    const QCommandLineOption simAgents(QStringLiteral("simulate-agents"), QStringLiteral("Synthetic agents (scale mode)."),
                                       QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption simTasks(QStringLiteral("simulate-tasks"), QStringLiteral("Synthetic tasks (scale mode)."),
                                      QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption controlPort(QStringLiteral("control-port"), QStringLiteral("Control API port (0: any)."),
                                         QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat-interval"),
                                       QStringLiteral("SUBSCRIBE heartbeat interval in seconds."), QStringLiteral("s"),
                                       QStringLiteral("15"));
    const QCommandLineOption tls(
        QStringLiteral("tls"),
        QStringLiteral("HTTPS on masters, agents and Marathon, with a CA and a certificate made "
                       "in the work dir (needs openssl)."));
    parser.addOptions({zk, zkPath, marathonPath, masters, agents, workDir, simAgents, simTasks, controlPort,
                       heartbeat, tls});
    parser.process(app);

    DevClusterOptions options;
    options.zkHosts = parser.value(zk);
    options.zkPath = parser.value(zkPath);
    options.marathonZkPath = parser.value(marathonPath);
    options.masters = qBound(1, parser.value(masters).toInt(), 9);
    options.agents = qBound(0, parser.value(agents).toInt(), 50);
    options.workDir = parser.value(workDir);
    options.simulateAgents = qMax(0, parser.value(simAgents).toInt());
    options.simulateTasks = qMax(0, parser.value(simTasks).toInt());
    options.controlPort = quint16(parser.value(controlPort).toUInt());
    options.heartbeatSeconds = qMax(1, parser.value(heartbeat).toInt());
    options.tls = parser.isSet(tls);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::fprintf(stderr, "mesosdesk-devcluster: socketpair failed\n");
        return 1;
    }
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);

    DevCluster cluster(options);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        cluster.stop();
        QCoreApplication::quit();
    });
    QObject::connect(&cluster, &DevCluster::ready, &app, [&] {
        const QByteArray line = QJsonDocument(cluster.readyInfo()).toJson(QJsonDocument::Compact);
        std::fprintf(stdout, "%s\n", line.constData());
        std::fflush(stdout);
    });
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "mesosdesk-devcluster: %s\n", qPrintable(error));
        cluster.stop();
        return 2;
    }
    const int rc = app.exec();
    cluster.stop();
    ZkSession::waitForPendingCloses();
    return rc;
}
