#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// The command line, described once: `--help` prints it, and the man page generator
// (installer/ManPage.cpp) writes mesosdesk.1 from the same list, so the two never disagree.
class CommandLine {
public:
    static QString description();
    // The options after --help and --version, in the order --help lists them.
    static QList<QCommandLineOption> options();
    static void describe(QCommandLineParser& parser);
    // args with an empty value given to --resolve, --resolve-marathon and --zk-status when they
    // are followed by another option or nothing ("--resolve --profile prod"): the profile names
    // the URL then, and the parser would otherwise take "--profile" for it.
    static QStringList arguments(QStringList args);
};
