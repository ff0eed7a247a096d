// Leader detection against a real ZooKeeper server (started by scripts/test.sh, or privately).
#include "FakeMaster.h"
#include "TestEnvironment.h"
#include "ZkServerProcess.h"
#include "marathon/MarathonLeaderDetector.h"
#include "mesos/MesosLeaderDetector.h"
#include "zookeeper/ZkSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

#include <zookeeper/zookeeper.h>

namespace {
struct Watcher {
    ZkSession session;
    std::unique_ptr<MesosLeaderDetector> detector;
    Watcher(const QString& hosts, const QString& path, std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
        detector = std::make_unique<MesosLeaderDetector>(&session, path);
        QObject::connect(&session, &ZkSession::stateChanged, detector.get(), &MesosLeaderDetector::start);
        session.open(hosts, timeout);
    }
    QString leader() const { return detector->leader().isNull() ? QString() : detector->leader().hostname; }
};

bool createPersistent(ZkSession& session, const QString& path, const QByteArray& data = {}) {
    bool done = false;
    int result = -1;
    session.ensurePath(path.left(path.lastIndexOf(u'/')), [&](int) {
        session.create(path, data, ZkSession::CreateMode::Persistent, [&](int rc, const QString&) {
            result = rc;
            done = true;
        });
    });
    TestEnvironment::waitUntil([&] { return done; }, 5000);
    return result == ZOK || result == ZNODEEXISTS;
}
} // namespace

class TestZkLeader : public QObject {
    Q_OBJECT
private slots:
    void threeMastersFromThreeSessionsElectTheOldest() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        FakeMaster m1(hosts, path), m2(hosts, path), m3(hosts, path);
        QVERIFY(!m1.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("m1"), 5050)).isEmpty());
        QVERIFY(!m2.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("m2"), 5050)).isEmpty());
        QVERIFY(!m3.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("m3"), 5050)).isEmpty());
        Watcher watcher(hosts, path);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.leader(), QStringLiteral("m1"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.detector->masterCount(), 3, 10000);
        QCOMPARE(watcher.detector->leader().version, QStringLiteral("1.11.0"));
        QVERIFY(watcher.detector->isKnown());
        // Standbys are named too, leader first, in membership order.
        QTRY_COMPARE_WITH_TIMEOUT(watcher.detector->masters().size(), 3, 2000);
        QStringList hosts3;
        for (const MasterInfo& master : watcher.detector->masters())
            hosts3 << master.hostname;
        QCOMPARE(hosts3, (QStringList{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")}));
        QVERIFY(watcher.detector->masters().first().nodeName.startsWith(QStringLiteral("json.info_")));
    }

    void closingTheLeadersSessionFailsOverWithinOneSecond() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        FakeMaster m1(hosts, path), m2(hosts, path), m3(hosts, path);
        m1.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("m1"), 5050));
        m2.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("m2"), 5051));
        m3.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("m3"), 5052));
        Watcher watcher(hosts, path);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.leader(), QStringLiteral("m1"), 5000);
        QSignalSpy changes(watcher.detector.get(), &MesosLeaderDetector::leaderChanged);
        QElapsedTimer timer;
        timer.start();
        m1.close();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.leader(), QStringLiteral("m2"), 10000);
        qInfo() << "failover seen after" << timer.elapsed() << "ms";
        QTRY_COMPARE_WITH_TIMEOUT(watcher.detector->masterCount(), 2, 10000);
        // A later membership change, once seen, proves the detector handled every event of the
        // failover: any second announcement would have come by then.
        FakeMaster m4(hosts, path);
        m4.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("m4"), 5053));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.detector->masterCount(), 3, 10000);
        QCOMPARE(changes.count(), 1); // announced once, with no "no leader" in between
        QCOMPARE(changes.first().first().value<MasterInfo>().port, 5051);
    }

    void logReplicasAndLegacyNodesDoNotConfuseIt() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        FakeMaster legacy(hosts, path), modern(hosts, path);
        QVERIFY(createPersistent(legacy.session(), path + QStringLiteral("/log_replicas")));
        // A 0.23 master writes both forms; its protobuf node gets the lower sequence.
        QVERIFY(!legacy.registerNode(QStringLiteral("info_"), QByteArray("\x18\xba\x27", 3)).isEmpty());
        QVERIFY(!modern.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("json-master"), 5050)).isEmpty());
        Watcher watcher(hosts, path);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.leader(), QStringLiteral("json-master"), 5000);
        QCOMPARE(watcher.detector->masterCount(), 2); // log_replicas is not a master
    }

    void emptyPathWaitsForTheFirstMaster() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        Watcher watcher(hosts, path);
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.detector->problem().isEmpty(), 5000); // "does not exist"
        FakeMaster m1(hosts, path);
        m1.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("late"), 5050));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.leader(), QStringLiteral("late"), 5000);
    }

    void marathonLatchAndLegacyLayout() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
        FakeMaster legacy(hosts, base + QStringLiteral("/leader"));
        legacy.registerNode(QStringLiteral("member_"), QByteArray("old-marathon:8080"));
        ZkSession session;
        MarathonLeaderDetector detector(&session, base);
        connect(&session, &ZkSession::stateChanged, &detector, &MarathonLeaderDetector::start);
        session.open(hosts);
        QTRY_COMPARE_WITH_TIMEOUT(detector.leader(), QStringLiteral("old-marathon:8080"), 5000);
        // Curator's latch takes over as soon as it has a member.
        FakeMaster first(hosts, base + QStringLiteral("/leader-curator"));
        FakeMaster second(hosts, base + QStringLiteral("/leader-curator"));
        first.registerNode(QStringLiteral("_c_ffffffff-0000-0000-0000-000000000000-latch-"), QByteArray("m1:8080"));
        second.registerNode(QStringLiteral("_c_00000000-0000-0000-0000-000000000000-latch-"), QByteArray("m2:8080"));
        QTRY_COMPARE_WITH_TIMEOUT(detector.leader(), QStringLiteral("m1:8080"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(detector.instanceCount(), 2, 10000);
        first.close();
        QTRY_COMPARE_WITH_TIMEOUT(detector.leader(), QStringLiteral("m2:8080"), 10000);
    }

    void zooKeeperRestartReconnectsAndRereads() {
        ZkServerProcess server;
        QString error;
        MESOSDESK_REQUIRE(!TestEnvironment::javaZooKeeperJar().isEmpty(), "zookeeper.jar");
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString path = QStringLiteral("/mesos");
        FakeMaster a(server.hosts(), path), b(server.hosts(), path);
        a.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("a"), 5050));
        b.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("b"), 5050));
        Watcher watcher(server.hosts(), path);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.leader(), QStringLiteral("a"), 5000);

        // The whole outage, from the stop until the session is back, is the window in which a
        // disconnect must not be taken for "no leader".
        QSignalSpy changes(watcher.detector.get(), &MesosLeaderDetector::leaderChanged);
        server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.session.state(), ZkSession::State::Connecting, 5000);
        QCOMPARE(watcher.leader(), QStringLiteral("a"));

        QVERIFY2(server.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.session.state(), ZkSession::State::Connected, 15000);
        QCOMPARE(watcher.leader(), QStringLiteral("a")); // a disconnect alone is not "no leader"
        for (const QList<QVariant>& change : std::as_const(changes))
            QCOMPARE(change.first().value<MasterInfo>().hostname, QStringLiteral("a"));
        QTRY_COMPARE_WITH_TIMEOUT(a.session().state(), ZkSession::State::Connected, 15000);
        a.close();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.leader(), QStringLiteral("b"), 5000);
    }

    void noLeaderOnlyAfterTheSessionTimeout() {
        ZkServerProcess server;
        QString error;
        MESOSDESK_REQUIRE(!TestEnvironment::javaZooKeeperJar().isEmpty(), "zookeeper.jar");
        QVERIFY2(server.start(&error), qPrintable(error));
        FakeMaster a(server.hosts(), QStringLiteral("/mesos"));
        a.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("a"), 5050));
        Watcher watcher(server.hosts(), QStringLiteral("/mesos"), std::chrono::milliseconds(3000));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.leader(), QStringLiteral("a"), 5000);
        QElapsedTimer timer;
        server.stop();
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.leader().isEmpty(), 10000);
        QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!watcher.detector->problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZkLeader)
#include "tst_zkleader.moc"
