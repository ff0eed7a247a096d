#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

QString CommandLine::description() {
    return QCoreApplication::translate("main", "A desktop console for Apache Mesos and Marathon clusters.");
}

QList<QCommandLineOption> CommandLine::options() {
    return {
        {QStringLiteral("zk"),
         QCoreApplication::translate(
             "main", "Connect to the cluster behind this ZooKeeper URL (zk://host:2181/mesos)."),
         QStringLiteral("url")},
        {QStringLiteral("https"),
         QCoreApplication::translate("main", "With --zk: the leaders ZooKeeper names serve HTTPS.")},
        {QStringLiteral("master"),
         QCoreApplication::translate("main", "Connect to this Mesos master URL (http://host:5050)."),
         QStringLiteral("url")},
        {QStringLiteral("resolve"),
         QCoreApplication::translate("main", "Print the leading Mesos master as host:port and exit "
                                             "(of this ZooKeeper URL, or of --profile)."),
         QStringLiteral("zk-url")},
        {QStringLiteral("profile"),
         QCoreApplication::translate("main", "Open the cluster of this saved profile (its name); with "
                                             "--resolve or --zk-status, ask its ZooKeeper."),
         QStringLiteral("name")},
        {QStringLiteral("resolve-marathon"),
         QCoreApplication::translate("main", "Print Marathon's leader as host:port and exit."),
         QStringLiteral("zk-url")},
        {QStringLiteral("zk-status"),
         QCoreApplication::translate("main", "Print each ZooKeeper server's mode, zxid and latency; "
                                             "exit 0 when a quorum serves."),
         QStringLiteral("zk-url")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("main", "Seconds to wait for a leader when resolving (default 10)."),
         QStringLiteral("seconds"), QStringLiteral("10")},
        {QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language (e.g. de)."),
         QStringLiteral("code")},
        {QStringLiteral("theme"),
         QCoreApplication::translate("main", "Colours for this run: system, light or dark (the View menu's "
                                             "choice is kept)."),
         QStringLiteral("name")},
        {QStringLiteral("screenshot"),
         QCoreApplication::translate("main", "Save a picture of the window to this file, then quit."),
         QStringLiteral("file")},
        {QStringLiteral("screenshot-delay"),
         QCoreApplication::translate("main", "Milliseconds to wait before the screenshot (default 1500)."),
         QStringLiteral("ms"), QStringLiteral("1500")},
    };
}

QStringList CommandLine::arguments(QStringList args) {
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg != QLatin1String("--resolve") && arg != QLatin1String("--resolve-marathon") &&
            arg != QLatin1String("--zk-status"))
            continue;
        if (i + 1 == args.size() || args.at(i + 1).startsWith(u'-'))
            args[i] = arg + u'=';
    }
    return args;
}

void CommandLine::describe(QCommandLineParser& parser) {
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options());
}
