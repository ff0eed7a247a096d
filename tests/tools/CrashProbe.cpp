// mesosdesk-crashprobe: installs MesosDesk's crash handler, then crashes as asked (abort,
// segv) or exits cleanly (exit), so tst_crashhandler can check what a crash leaves behind.
#include "CrashHandler.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <csignal>
#include <cstdlib>

namespace {
[[gnu::noinline]] void crashNow(const QString& how) {
    if (how == QLatin1String("abort"))
        std::abort();
    if (how == QLatin1String("segv"))
        std::raise(SIGSEGV); // as a wild pointer would, without undefined behaviour in the probe
}
} // namespace

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true); // the same folder as the test's
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MesosDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_crashhandler"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0-probe"));
    CrashHandler::install();
    const QString how = app.arguments().value(1);
    crashNow(how);
    CrashHandler::uninstall();
    return how == QLatin1String("exit") ? 0 : 3;
}
