// Scale mode with churn (--simulate-churn): a living cluster for soaks. Tasks finish, fail and
// are replaced, agents are lost and come back; the master's own counters say so, and the number
// of running tasks stays what the scheduler keeps.
#include "DevClusterProcess.h"
#include "TestEnvironment.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestDevClusterChurn : public QObject {
    Q_OBJECT
    QProcess m_process;
    QTemporaryDir m_work;
    HttpTransport m_http;

    QJsonObject metrics(const QString& master) {
        QJsonObject out;
        bool done = false;
        m_http.get(QUrl(master + QStringLiteral("/metrics/snapshot")), this,
                   [&](const HttpTransport::Response& r) {
                       out = QJsonDocument::fromJson(r.body).object();
                       done = true;
                   });
        if (!TestEnvironment::waitUntil([&] { return done; }, 10000))
            qWarning("no answer from %s/metrics/snapshot in 10 s", qPrintable(master));
        return out;
    }

private slots:
    void initTestCase() { MESOSDESK_REQUIRE_DEVCLUSTER(); }
    void cleanupTestCase() {
        m_process.terminate();
        if (!m_process.waitForFinished(15000))
            m_process.kill();
    }

    void tasksAndAgentsComeAndGo() {
        m_process.start(
            DevClusterProcess::binary(),
            {QStringLiteral("--zk"), TestEnvironment::zooKeeperHosts(), QStringLiteral("--zk-path"),
             TestEnvironment::uniqueZnodePath(QStringLiteral("churn")), QStringLiteral("--masters"),
             QStringLiteral("1"), QStringLiteral("--agents"), QStringLiteral("0"),
             QStringLiteral("--work-dir"), m_work.path(), QStringLiteral("--simulate-agents"),
             QStringLiteral("40"), QStringLiteral("--simulate-tasks"), QStringLiteral("400"),
             QStringLiteral("--simulate-churn"), QStringLiteral("100"), QStringLiteral("--churn-seed"),
             QStringLiteral("7")});
        QVERIFY(m_process.waitForStarted(10000));
        QVERIFY2(TestEnvironment::waitUntil([&] { return m_process.canReadLine(); }, 30000),
                 "the ready line");
        const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
        const QString master = ready.value(u"masters").toArray().first().toString();
        QVERIFY(!master.isEmpty());

        const QJsonObject first = metrics(master);
        const int running = first.value(u"master/tasks_running").toInt();
        QVERIFY2(running > 300, qPrintable(QString::number(running)));
        bool sawUnreachable = false;
        int samples = 0;
        QJsonObject last;
        const bool churned = TestEnvironment::waitUntil(
            [&] {
                last = metrics(master);
                ++samples;
                // What the scheduler keeps running stays running: every task that ends is replaced.
                if (last.value(u"master/tasks_running").toInt() != running)
                    return true; // checked below, with the figures
                const int unreachable = last.value(u"master/slaves_unreachable").toInt();
                sawUnreachable = sawUnreachable || unreachable > 0;
                return last.value(u"master/tasks_finished").toInt() >= 100 &&
                       last.value(u"master/tasks_failed").toInt() >= 5 &&
                       last.value(u"master/tasks_lost").toInt() > 0 && sawUnreachable;
            },
            60000);
        QCOMPARE(last.value(u"master/tasks_running").toInt(), running);
        QVERIFY2(churned, qPrintable(QString::fromUtf8(QJsonDocument(last).toJson())));
        QVERIFY(samples >= 2);
    }
};

QTEST_GUILESS_MAIN(TestDevClusterChurn)
#include "tst_devcluster_churn.moc"
