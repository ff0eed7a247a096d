#include "CrashHandler.h"

#include "BuildInfo.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <array>
#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>

namespace {
// Everything the handler touches is prepared at install: in a signal handler only
// async-signal-safe calls (write, backtrace_symbols_fd, fsync, close, raise) are allowed.
int g_fd = -1;
QByteArray g_header;
QString g_path;
constexpr std::array g_signals{SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
std::array<char, 64 * 1024> g_altStack;

void writeAll(const char* text, size_t length) {
    while (length > 0) {
        const ssize_t n = ::write(g_fd, text, length);
        if (n <= 0)
            return;
        text += n;
        length -= size_t(n);
    }
}
void writeText(const char* text) {
    writeAll(text, std::strlen(text));
}

const char* signalName(int sig) {
    switch (sig) {
    case SIGSEGV:
        return "SIGSEGV (invalid memory access)";
    case SIGBUS:
        return "SIGBUS (bus error)";
    case SIGFPE:
        return "SIGFPE (arithmetic error)";
    case SIGILL:
        return "SIGILL (illegal instruction)";
    case SIGABRT:
        return "SIGABRT (aborted)";
    }
    return "a fatal signal";
}

void onFatalSignal(int sig) {
    if (g_fd >= 0) {
        writeAll(g_header.constData(), size_t(g_header.size()));
        writeText("Signal: ");
        writeText(signalName(sig));
        writeText("\nBacktrace:\n");
        std::array<void*, 128> frames{};
        const int count = backtrace(frames.data(), int(frames.size()));
        backtrace_symbols_fd(frames.data(), count, g_fd);
        ::fsync(g_fd);
        ::close(g_fd);
        g_fd = -1;
    }
    // SA_RESETHAND restored the default action: the process ends by this signal, as it would
    // have (exit status, core dump, a debugger attached all see the real crash).
    ::raise(sig);
}

// "crash-20261203-180501-12345.txt": the pid tells whether the run that owns it still runs.
qint64 pidOf(const QString& fileName) {
    const QString base = QFileInfo(fileName).completeBaseName();
    return base.section(u'-', -1).toLongLong();
}
} // namespace

namespace CrashHandler {
QString reportDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/crashes");
}

void install() {
    if (g_fd >= 0)
        return;
    QDir().mkpath(reportDirectory());
    const QDateTime started = QDateTime::currentDateTime();
    g_path = reportDirectory() + QStringLiteral("/crash-%1-%2.txt")
                                     .arg(started.toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                     .arg(QCoreApplication::applicationPid());
    g_fd = ::open(QFile::encodeName(g_path).constData(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
    if (g_fd < 0)
        return; // no report then; never worth refusing to start over
    g_header = QStringLiteral("%1 %2 crashed\nRevision %3\nQt %4 (built with %5)\nStarted %6\n")
                   .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion(),
                        QString::fromLatin1(BuildInfo::gitRevision), QString::fromLatin1(qVersion()),
                        QStringLiteral(QT_VERSION_STR), started.toString(Qt::ISODate))
                   .toUtf8();
    // backtrace() loads libgcc on its first call, which allocates: do that now, not in the handler.
    std::array<void*, 4> warmUp{};
    backtrace(warmUp.data(), int(warmUp.size()));
    // Its own stack, so a stack overflow is reported too.
    stack_t alt{};
    alt.ss_sp = g_altStack.data();
    alt.ss_size = g_altStack.size();
    sigaltstack(&alt, nullptr);
    struct sigaction action {};
    action.sa_handler = &onFatalSignal;
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int sig : g_signals)
        sigaction(sig, &action, nullptr);
}

void uninstall() {
    if (g_fd < 0)
        return;
    struct sigaction action {};
    action.sa_handler = SIG_DFL;
    for (int sig : g_signals)
        sigaction(sig, &action, nullptr);
    ::close(g_fd);
    g_fd = -1;
    QFile::remove(g_path);
}

QStringList pendingReports() {
    const QStringList seen = Settings::SeenCrashReports.get();
    QStringList reports;
    QDir dir(reportDirectory());
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("crash-*.txt")}, QDir::Files, QDir::Time); // newest first
    for (const QFileInfo& file : files) {
        if (file.absoluteFilePath() == g_path || seen.contains(file.fileName()))
            continue;
        const qint64 pid = pidOf(file.fileName());
        const bool running = pid > 0 && ::kill(pid_t(pid), 0) == 0;
        if (file.size() == 0) {
            // Empty: the run still goes (another window), or it was killed without a chance to write.
            if (!running)
                QFile::remove(file.absoluteFilePath());
            continue;
        }
        reports << file.absoluteFilePath();
    }
    return reports;
}

void markSeen(const QStringList& reports) {
    QStringList seen = Settings::SeenCrashReports.get();
    for (const QString& report : reports)
        if (const QString name = QFileInfo(report).fileName(); !seen.contains(name))
            seen << name;
    // Only names still on disk are worth remembering.
    const QStringList onDisk =
        QDir(reportDirectory()).entryList({QStringLiteral("crash-*.txt")}, QDir::Files);
    seen.erase(
        std::remove_if(seen.begin(), seen.end(), [&](const QString& n) { return !onDisk.contains(n); }),
        seen.end());
    Settings::SeenCrashReports.set(seen);
}
} // namespace CrashHandler
