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
#include <tuple>
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
    const QCommandLineOption churn(
        QStringLiteral("simulate-churn"),
        QStringLiteral("Scale mode: changes a second (tasks finishing and replaced, agents "
                       "lost and back)."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption churnSeed(QStringLiteral("churn-seed"),
                                       QStringLiteral("Seed of --simulate-churn."), QStringLiteral("n"),
                                       QStringLiteral("1"));
    const QCommandLineOption auth(
        QStringLiteral("auth"),
        QStringLiteral("Require HTTP Basic authentication as USER:PASSWORD on every server."),
        QStringLiteral("user:password"));
    const QCommandLineOption authToken(
        QStringLiteral("auth-token"),
        QStringLiteral("Also accept \"Authorization: token=TOKEN\" (DC/OS style)."), QStringLiteral("token"));
    const QCommandLineOption readOnlyUser(
        QStringLiteral("read-only-user"),
        QStringLiteral("A user that may read but gets 403 on every mutating call."),
        QStringLiteral("user:password"));
    const QCommandLineOption tls(
        QStringLiteral("tls"),
        QStringLiteral("HTTPS on masters, agents and Marathon, with a CA and a certificate made "
                       "in the work dir (needs openssl)."));
    parser.addOptions({zk, zkPath, marathonPath, masters, agents, workDir, simAgents, simTasks, controlPort,
                       heartbeat, churn, churnSeed, auth, authToken, readOnlyUser, tls});
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
    options.churnPerSecond = qMax(0.0, parser.value(churn).toDouble());
    options.churnSeed = parser.value(churnSeed).toUInt();
    options.controlPort = quint16(parser.value(controlPort).toUInt());
    options.heartbeatSeconds = qMax(1, parser.value(heartbeat).toInt());
    for (const auto& [option, user, password] :
         {std::tuple{&auth, &options.auth.user, &options.auth.password},
          std::tuple{&readOnlyUser, &options.auth.readOnlyUser, &options.auth.readOnlyPassword}}) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0 || colon == value.size() - 1) {
            std::fprintf(stderr, "mesosdesk-devcluster: --%s takes USER:PASSWORD\n",
                         qPrintable(option->names().first()));
            return 2;
        }
        *user = value.left(colon);
        *password = value.mid(colon + 1);
    }
    options.auth.token = parser.value(authToken);
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
