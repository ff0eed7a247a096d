#pragma once

#include <QString>

#include <functional>
#include <QtTest>

// Where tests find their services and data. Services come from scripts/test.sh:
//   MESOSDESK_ZK        host:port of a real ZooKeeper server
//   MESOSDESK_FIXTURES  the shared fixtures folder (default: ../shared/fixtures beside the checkout)
// A missing service is a skip on a developer machine and a failure in CI (CI=true).
namespace TestEnvironment {
bool inCi();
QString zooKeeperHosts();
QString fixturesDir();  // empty when absent
QString testDataDir();  // tests/data
// A file under tests/data ("marathon/apps.json"); a missing one ends the test run at once.
QByteArray testData(const QString& relative);
QString binDir();       // build/bin
QString javaZooKeeperJar();
// A unique znode path for one test, e.g. "/mesosdesk-test-1a2b3c/mesos".
QString uniqueZnodePath(const QString& leaf);
// Processes events until condition holds or timeoutMs passes; returns the condition.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs);
// Delivers what a resize, a page switch or a new notice posted (geometry, layout requests, paint,
// a batched list layout's zero-timer steps): turns of the event loop until nothing more is due.
// It waits for nothing that takes time (animations are not waited for).
void settleLayouts();
// Alive and not a zombie waiting for a parent (or an init) to reap it.
bool processAlive(qint64 pid);
} // namespace TestEnvironment

// Skips locally, fails in CI, when the service is missing.
#define MESOSDESK_REQUIRE(condition, what)                                                                       \
    do {                                                                                                       \
        if (!(condition)) {                                                                                    \
            if (TestEnvironment::inCi())                                                                       \
                QFAIL(qPrintable(QStringLiteral("%1 is required in CI but missing").arg(QStringLiteral(what)))); \
            QSKIP(qPrintable(QStringLiteral("%1 is not available; run scripts/test.sh").arg(QStringLiteral(what)))); \
        }                                                                                                      \
    } while (false)

#define MESOSDESK_REQUIRE_ZK() MESOSDESK_REQUIRE(!TestEnvironment::zooKeeperHosts().isEmpty(), "ZooKeeper (MESOSDESK_ZK)")
#define MESOSDESK_REQUIRE_FIXTURES() MESOSDESK_REQUIRE(!TestEnvironment::fixturesDir().isEmpty(), "../shared/fixtures")
