// The devcluster's Marathon instances as Marathon itself: DELETE /v2/leader makes the leader
// give up (its latch node goes, it joins again behind the others) and another leads with the
// same state; /v2/info names the ZooKeeper and the Mesos master Marathon really uses.
#include "DevCluster.h"
#include "HttpFetch.h"
#include "TestEnvironment.h"
#include "marathon/MarathonLeaderDetector.h"
#include "zookeeper/ZkSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

class TestMarathonLeadership : public QObject {
    Q_OBJECT

private slots:
    void init() { MESOSDESK_REQUIRE_ZK(); }

    void abdicateElectsAnotherAndInfoIsReal() {
        QTemporaryDir dir;
        DevClusterOptions options;
        options.zkHosts = TestEnvironment::zooKeeperHosts();
        options.zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        options.marathonZkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
        options.masters = 2;
        options.agents = 1;
        options.workDir = dir.path();
        options.heartbeatSeconds = 1;
        DevCluster cluster(options);
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        QVERIFY2(TestEnvironment::waitUntil([&] { return cluster.isReady(); }, 20000),
                 "the devcluster ready");

        ZkSession session;
        session.open(TestEnvironment::zooKeeperHosts());
        MarathonLeaderDetector detector(&session, options.marathonZkPath);
        detector.start();
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return detector.instanceCount() == 2 && !detector.leader().isEmpty(); }, 10000),
                 "two Marathon instances in ZooKeeper, one leading");
        const QString first = detector.leader();
        const QString firstUrl = QStringLiteral("http://") + first;

        const QJsonObject info = HttpFetch::get(firstUrl + QStringLiteral("/v2/info")).json().object();
        QCOMPARE(
            info.value(QLatin1String("zookeeper_config")).toObject().value(QLatin1String("zk")).toString(),
            QStringLiteral("zk://%1%2").arg(options.zkHosts, options.marathonZkPath));
        QCOMPARE(
            info.value(QLatin1String("marathon_config")).toObject().value(QLatin1String("master")).toString(),
            QStringLiteral("zk://%1%2").arg(options.zkHosts, options.zkPath));

        const HttpFetch app =
            HttpFetch::post(firstUrl + QStringLiteral("/v2/apps"),
                            R"({"id":"/kept","cmd":"sleep 120","cpus":0.1,"mem":16,"instances":1})");
        QCOMPARE(app.status, 201);

        const HttpFetch abdicated =
            HttpFetch::request("DELETE", firstUrl + QStringLiteral("/v2/leader"), {}, {}, 10000);
        QCOMPARE(abdicated.status, 200);
        QCOMPARE(abdicated.json().object().value(QLatin1String("message")).toString(),
                 QStringLiteral("Leadership abdicated"));
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return !detector.leader().isEmpty() && detector.leader() != first; }, 10000),
                 "another instance leading after the abdication");
        // The abdicated instance joined again as a standby.
        QVERIFY2(TestEnvironment::waitUntil([&] { return detector.instanceCount() == 2; }, 10000),
                 "the abdicated instance back in the election");
        const QString second = QStringLiteral("http://") + detector.leader();
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] {
                         return HttpFetch::get(second + QStringLiteral("/v2/leader"))
                                    .json()
                                    .object()
                                    .value(QLatin1String("leader"))
                                    .toString() == detector.leader();
                     },
                     10000),
                 "the new leader naming itself");
        // Through the old leader (a standby now) the same state, from the new leader.
        const HttpFetch viaOld = HttpFetch::get(firstUrl + QStringLiteral("/v2/apps/kept"));
        QCOMPARE(viaOld.status, 200);
        QCOMPARE(QString::fromLatin1(viaOld.header("X-Marathon-Leader")), second);
        cluster.stop();
    }
};

QTEST_GUILESS_MAIN(TestMarathonLeadership)
#include "tst_marathon_leadership.moc"
