#pragma once

#include <QString>
#include <QStringList>

// A backtrace when MesosDesk crashes, and the reports of earlier runs to offer on the next start.
// The report holds the version, the signal and the stack's symbols: no command line, no
// environment, no cluster data, so no secret can be in it.
namespace CrashHandler {
// Opens this run's (empty) report file and installs the signal handlers. After the
// QCoreApplication exists (the folder is the application's data folder).
void install();
// A clean exit: this run's empty report file goes.
void uninstall();
// Reports of earlier runs that crashed and that the operator has not seen yet, newest first.
QStringList pendingReports();
// The operator was told about these: they stay on disk but are not offered again.
void markSeen(const QStringList& reports);
QString reportDirectory();
} // namespace CrashHandler
