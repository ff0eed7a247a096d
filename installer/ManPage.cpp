// mesosdesk-manpage FILE: writes the man page mesosdesk.1 from CommandLine::options(), the list
// that `mesosdesk --help` prints, so the two cannot disagree. Run by the build (installer/).
#include "BuildInfo.h"
#include "CommandLine.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {
// roff: a backslash starts an escape, a line starting with '.' or '\'' is a request, '-' is a hyphen.
QString roff(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

void option(QTextStream& out, const QStringList& names, const QString& value, const QString& text) {
    QStringList shown;
    for (const QString& name : names)
        shown << (name.size() == 1 ? QStringLiteral("\\fB\\-") : QStringLiteral("\\fB\\-\\-")) + roff(name) +
                     QStringLiteral("\\fR");
    out << ".TP\n" << shown.join(QStringLiteral(", "));
    if (!value.isEmpty())
        out << QStringLiteral(" \\fI") << roff(value) << QStringLiteral("\\fR");
    out << '\n' << roff(text) << '\n';
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: mesosdesk-manpage FILE\n";
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        QTextStream(stderr) << "mesosdesk-manpage: cannot write " << file.fileName() << ": "
                            << file.errorString() << '\n';
        return 1;
    }
    QTextStream out(&file);
    const QString version = QString::fromLatin1(BuildInfo::version);
    out << ".TH MESOSDESK 1 \"\" \"MesosDesk " << roff(version) << "\" \"User Commands\"\n"
        << ".SH NAME\nmesosdesk \\- " << roff(CommandLine::description()) << '\n'
        << ".SH SYNOPSIS\n.B mesosdesk\n[\\fIOPTIONS\\fR]\n"
        << ".SH DESCRIPTION\n"
        << "MesosDesk is a native desktop console for operators of Apache Mesos and Marathon clusters. "
           "Given a ZooKeeper URL it follows the leading Mesos master and Marathon through failovers and "
           "shows agents, frameworks, tasks, their sandboxes and logs, and Marathon's apps and deployments.\n"
        << ".PP\nWithout options it opens the connection dialog.\n"
        << ".SH OPTIONS\n";
    option(out, {QStringLiteral("h"), QStringLiteral("help")}, {},
           QStringLiteral("Print the options and exit."));
    option(out, {QStringLiteral("help-all")}, {},
           QStringLiteral("Print the options, Qt's own among them, and exit."));
    option(out, {QStringLiteral("v"), QStringLiteral("version")}, {},
           QStringLiteral("Print the version and exit."));
    for (const QCommandLineOption& o : CommandLine::options())
        option(out, o.names(), o.valueName(), o.description());
    out << ".SH EXIT STATUS\n"
        << "With \\fB\\-\\-resolve\\fR or \\fB\\-\\-resolve\\-marathon\\fR: 0 when the leader was printed, "
           "1 when no leader was found in time, 2 for a malformed URL.\n"
        << ".SH EXAMPLES\n.nf\nmesosdesk \\-\\-zk zk://zk1:2181,zk2:2181,zk3:2181/mesos\n"
        << "mesosdesk \\-\\-resolve zk://zk1:2181/mesos\n.fi\n"
        << ".SH FILES\nSettings are kept in \\fI~/.config/MesosDesk/mesosdesk.conf\\fR; "
           "secrets go to the desktop's keyring, never to that file.\n";
    return out.status() == QTextStream::Ok && file.flush() ? 0 : 1;
}
