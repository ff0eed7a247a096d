#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

// The command line, described once: `--help` prints it, and the man page generator
// (installer/ManPage.cpp) writes mesosdesk.1 from the same list, so the two never disagree.
class CommandLine {
public:
    static QString description();
    // The options after --help and --version, in the order --help lists them.
    static QList<QCommandLineOption> options();
    static void describe(QCommandLineParser& parser);
};
