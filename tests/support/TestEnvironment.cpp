#include "TestEnvironment.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>
#include <csignal>

namespace TestEnvironment {
bool inCi() { return qEnvironmentVariable("CI") == QLatin1String("true"); }

QString zooKeeperHosts() { return qEnvironmentVariable("MESOSDESK_ZK"); }

QString fixturesDir() {
    QString dir = qEnvironmentVariable("MESOSDESK_FIXTURES");
    if (dir.isEmpty())
        dir = QStringLiteral(MESOSDESK_SOURCE_DIR "/../shared/fixtures");
    return QFileInfo(dir + QStringLiteral("/mesos")).isDir() ? QDir(dir).canonicalPath() : QString();
}

QString testDataDir() { return QStringLiteral(MESOSDESK_SOURCE_DIR "/tests/data"); }

QByteArray testData(const QString& relative) {
    QFile f(testDataDir() + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

QString binDir() { return QStringLiteral(MESOSDESK_BINARY_DIR "/bin"); }

QString javaZooKeeperJar() {
    const QString jar = qEnvironmentVariable("MESOSDESK_ZK_JAR", QStringLiteral("/usr/share/java/zookeeper.jar"));
    return QFileInfo::exists(jar) ? jar : QString();
}

QString uniqueZnodePath(const QString& leaf) {
    return QStringLiteral("/mesosdesk-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12) + u'/' + leaf;
}
bool waitUntil(const std::function<bool()>& condition, int timeoutMs) {
    // Sleep until an event arrives (ZooKeeper answers are posted events), waking at least
    // every 5 ms, so measured latencies are not rounded up to a polling period.
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(5);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void settleLayouts() {
    // Two turns at least, then on while the loop still has work due now: a batched list layout or
    // a delayed item layout goes on by zero-interval timers, a turn at a time. Bounded, for a
    // widget that keeps one running; animations (timers not due yet) are not waited for.
    QAbstractEventDispatcher* loop = QAbstractEventDispatcher::instance();
    for (int turn = 0; turn < 200; ++turn) {
        if (!loop->processEvents(QEventLoop::AllEvents) && turn >= 1)
            return;
    }
}

bool processAlive(qint64 pid) {
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
}
} // namespace TestEnvironment
