// mesosdesk-bench: prints one "name: value" line per figure; each figure is compared with a
// baseline measured in the same run (the *_vs_* ratios), so machines of different speed agree.
#include "BenchRegistry.h"
#include "ZkServerProcess.h"

#include <QApplication>
#include <QCommandLineParser>

#include <map>

namespace {
std::map<QString, BenchFunction>& registry() {
    static std::map<QString, BenchFunction> benches;
    return benches;
}
} // namespace

BenchRegistration::BenchRegistration(const char* name, BenchFunction function) {
    registry()[QString::fromLatin1(name)] = std::move(function);
}

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // GUI-stall figures need widgets, never a display
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MesosDesk benchmarks"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("zk"), QStringLiteral("ZooKeeper host:port (default: $MESOSDESK_ZK, else a private server)"),
                      QStringLiteral("hosts")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only the benches whose name contains this"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the benches")});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(QStringLiteral("list"))) {
        for (const auto& [name, fn] : registry())
            out << name << Qt::endl;
        return 0;
    }

    BenchContext context{parser.value(QStringLiteral("zk")), &out, &err};
    if (context.zooKeeperHosts.isEmpty())
        context.zooKeeperHosts = qEnvironmentVariable("MESOSDESK_ZK");
    ZkServerProcess privateServer;
    if (context.zooKeeperHosts.isEmpty()) {
        QString error;
        if (!privateServer.start(&error)) {
            err << "mesosdesk-bench: no ZooKeeper: " << error << Qt::endl;
            return 1;
        }
        context.zooKeeperHosts = privateServer.hosts();
    }
    int failures = 0;
    const QString only = parser.value(QStringLiteral("only"));
    for (const auto& [name, fn] : registry()) {
        if (!only.isEmpty() && !name.contains(only))
            continue;
        if (!fn(context)) {
            err << "mesosdesk-bench: " << name << " failed" << Qt::endl;
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
