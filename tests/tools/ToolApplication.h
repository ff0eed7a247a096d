#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

// What every tool that drives the real window (mesosdesk-screenshots, mesosdesk-soak) sets up
// before its QApplication: its own name, and test mode, so it never reads or writes the
// operator's own settings. Then the options all of them take.
namespace ToolApplication {
inline void prepare(const char* name) {
    QCoreApplication::setOrganizationName(QStringLiteral("MesosDesk"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    QStandardPaths::setTestModeEnabled(true);
}

inline void addClusterOptions(QCommandLineParser& parser) {
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("zk"), QStringLiteral("ZooKeeper URL of the cluster"), QStringLiteral("url")});
}
} // namespace ToolApplication
