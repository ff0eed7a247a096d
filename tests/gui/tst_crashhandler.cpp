// A crash leaves a report with the signal and a backtrace and nothing secret; a clean exit leaves
// nothing; the next start offers the report once, with its path to copy.
#include "CrashHandler.h"
#include "CrashReportDialog.h"
#include "core/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString Secret = QStringLiteral("s3cret-crash-probe-pw");

QString probe() {
    return qEnvironmentVariable("MESOSDESK_BIN_DIR") + QStringLiteral("/mesosdesk-crashprobe");
}
} // namespace

class TestCrashHandler : public QObject {
    Q_OBJECT

    // Runs the probe as the app would run: a secret on its command line and in its environment.
    QProcess::ExitStatus runProbe(const QString& how) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MESOSDESK_TEST_SECRET"), Secret);
        process.setProcessEnvironment(env);
        process.start(probe(), {how, QStringLiteral("zk://operator:%1@zk1:2181/mesos").arg(Secret)});
        if (!process.waitForFinished(30000))
            qFatal("the crash probe did not end in 30 s");
        return process.exitStatus();
    }
    static QByteArray read(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MesosDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_crashhandler"));
        QVERIFY2(QFile::exists(probe()), qPrintable(probe()));
    }
    void init() {
        QDir(CrashHandler::reportDirectory()).removeRecursively();
        Settings::SeenCrashReports.reset();
    }

    void abortLeavesAReportWithABacktraceAndNoSecret() {
        QCOMPARE(runProbe(QStringLiteral("abort")), QProcess::CrashExit);
        const QStringList reports = CrashHandler::pendingReports();
        QCOMPARE(reports.size(), 1);
        const QByteArray text = read(reports.first());
        QVERIFY2(text.contains("tst_crashhandler 0-probe crashed"), text.constData());
        QVERIFY2(text.contains("Signal: SIGABRT"), text.constData());
        // Frames of the probe itself, by symbol or address (backtrace_symbols_fd: "file(sym+off) [addr]").
        QVERIFY2(text.count("[0x") >= 3, text.constData());
        QVERIFY2(text.contains("mesosdesk-crashprobe"), text.constData());
        QVERIFY(!text.contains(Secret.toUtf8()));
        QVERIFY(!text.contains("zk://"));
    }

    void segvIsReportedToo() {
        QCOMPARE(runProbe(QStringLiteral("segv")), QProcess::CrashExit);
        const QStringList reports = CrashHandler::pendingReports();
        QCOMPARE(reports.size(), 1);
        QVERIFY(read(reports.first()).contains("Signal: SIGSEGV"));
    }

    void cleanExitLeavesNothing() {
        QCOMPARE(runProbe(QStringLiteral("exit")), QProcess::NormalExit);
        QVERIFY(CrashHandler::pendingReports().isEmpty());
        QVERIFY(QDir(CrashHandler::reportDirectory()).entryList(QDir::Files).isEmpty());
    }

    // Killed without a chance to write (SIGKILL, power): the empty file goes, nothing is offered.
    void emptyReportOfADeadRunIsRemoved() {
        QDir().mkpath(CrashHandler::reportDirectory());
        const QString stale =
            CrashHandler::reportDirectory() + QStringLiteral("/crash-20260101-000000-999999999.txt");
        QFile file(stale);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(CrashHandler::pendingReports().isEmpty());
        QVERIFY(!QFile::exists(stale));
    }

    void offeredOnceThenSeen() {
        QCOMPARE(runProbe(QStringLiteral("abort")), QProcess::CrashExit);
        QCOMPARE(runProbe(QStringLiteral("abort")), QProcess::CrashExit);
        const QStringList reports = CrashHandler::pendingReports();
        QCOMPARE(reports.size(), 2);
        CrashReportDialog dialog(reports);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.shownPath(), reports.first()); // the newest
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), reports.first());
        CrashHandler::markSeen(reports);
        QVERIFY(CrashHandler::pendingReports().isEmpty());
        QVERIFY(QFile::exists(reports.first())); // kept, for the operator to send
    }
};

QTEST_MAIN(TestCrashHandler)
#include "tst_crashhandler.moc"
