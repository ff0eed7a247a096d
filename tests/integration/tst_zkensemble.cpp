// The ensemble view's monitor and --zk-status on a real three-server ZooKeeper ensemble on
// loopback (the same Debian ZooKeeper, three configs): the leader and followers are named, one
// server killed shows unreachable while the quorum serves, two killed is no quorum; a server
// whitelisting only srvr still reports its mode.
#include "TestEnvironment.h"
#include "ZkServerProcess.h"
#include "zookeeper/ZkEnsembleMonitor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <array>
#include <memory>

namespace {
class LoopbackEnsemble {
public:
    static constexpr int Size = 3;
    ~LoopbackEnsemble() {
        for (auto& server : m_servers)
            stop(server.get());
    }
    bool start() {
        QString servers;
        for (int i = 0; i < Size; ++i) {
            m_clientPorts[i] = ZkServerProcess::freePort();
            servers += QStringLiteral("server.%1=127.0.0.1:%2:%3\n")
                           .arg(i + 1)
                           .arg(ZkServerProcess::freePort())
                           .arg(ZkServerProcess::freePort());
        }
        for (int i = 0; i < Size; ++i) {
            const QString dir = m_dir.path() + QStringLiteral("/%1").arg(i + 1);
            QDir().mkpath(dir + QStringLiteral("/data"));
            QFile myid(dir + QStringLiteral("/data/myid"));
            myid.open(QIODevice::WriteOnly);
            myid.write(QByteArray::number(i + 1));
            myid.close();
            // Server 3 allows only srvr (the 3.5.3+ default); the others mntr too.
            const QString whitelist = i == 2 ? QStringLiteral("srvr") : QStringLiteral("srvr,mntr");
            QFile config(dir + QStringLiteral("/zoo.cfg"));
            config.open(QIODevice::WriteOnly);
            config.write(
                QStringLiteral("tickTime=500\ninitLimit=20\nsyncLimit=10\ndataDir=%1/data\nclientPort=%2\n"
                               "clientPortAddress=127.0.0.1\nadmin.enableServer=false\n"
                               "4lw.commands.whitelist=%3\n%4")
                    .arg(dir)
                    .arg(m_clientPorts[i])
                    .arg(whitelist, servers)
                    .toUtf8());
            config.close();
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->setStandardOutputFile(dir + QStringLiteral("/zk.log"));
            process->start(
                QStringLiteral("java"),
                {QStringLiteral("-Xmx96m"), QStringLiteral("-cp"), TestEnvironment::javaZooKeeperJar(),
                 QStringLiteral("org.apache.zookeeper.server.quorum.QuorumPeerMain"), config.fileName()});
            if (!process->waitForStarted(10000))
                return false;
            m_servers[size_t(i)] = std::move(process);
        }
        return true;
    }
    QString hosts() const {
        QStringList list;
        for (const int port : m_clientPorts)
            list << QStringLiteral("127.0.0.1:%1").arg(port);
        return list.join(u',');
    }
    QString server(int i) const { return QStringLiteral("127.0.0.1:%1").arg(m_clientPorts[size_t(i)]); }
    void kill(int i) { stop(m_servers[size_t(i)].get()); }

private:
    static void stop(QProcess* process) {
        if (!process || process->state() == QProcess::NotRunning)
            return;
        process->kill(); // like a crash
        process->waitForFinished(10000);
    }
    QTemporaryDir m_dir;
    std::array<int, Size> m_clientPorts{};
    std::array<std::unique_ptr<QProcess>, Size> m_servers;
};

int indexWhere(const ZkEnsembleMonitor& monitor, const QString& mode) {
    for (int i = 0; i < monitor.reports().size(); ++i) {
        if (monitor.reports().at(i).mode == mode)
            return i;
    }
    return -1;
}

int zkStatus(const QString& hosts, QString* out) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless: no platform needed
    process.setProcessEnvironment(env);
    process.start(
        TestEnvironment::binDir() + QStringLiteral("/mesosdesk"),
        {QStringLiteral("--zk-status"), QStringLiteral("zk://") + hosts + QStringLiteral("/mesos")});
    if (!process.waitForFinished(30000))
        return -1;
    *out = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitCode();
}
} // namespace

class TestZkEnsemble : public QObject {
    Q_OBJECT
private slots:
    void leaderFollowersThenOneThenTwoServersDown() {
        MESOSDESK_REQUIRE(!TestEnvironment::javaZooKeeperJar().isEmpty(), "zookeeper.jar");
        LoopbackEnsemble ensemble;
        QVERIFY(ensemble.start());
        ZkEnsembleMonitor monitor;
        monitor.setInterval(std::chrono::milliseconds(300));
        monitor.setHosts(ensemble.hosts());
        monitor.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.servingCount() == 3, 90000); // JVM starts and the first election
        const int leader = indexWhere(monitor, QStringLiteral("leader"));
        QVERIFY2(leader >= 0, "no server said it leads");
        int followers = 0;
        for (const ZkServerReport& report : monitor.reports())
            followers += report.mode == QLatin1String("follower") ? 1 : 0;
        QCOMPARE(followers, 2);
        QVERIFY(monitor.hasQuorum());
        // Server 3 whitelists only srvr: its mode is known, its mntr said to be disabled.
        const ZkServerReport third = monitor.reports().at(2);
        QCOMPARE(third.state, ZkServerReport::State::Serving);
        QVERIFY(!third.mode.isEmpty());
        QVERIFY(third.mntrDisabled);
        QVERIFY(!third.watchCount);
        QVERIFY(monitor.reports().at(0).watchCount); // mntr allowed there
        QString out;
        QCOMPARE(zkStatus(ensemble.hosts(), &out), 0);
        QVERIFY2(out.contains(ensemble.server(leader) + QStringLiteral(" leader 0x")), qPrintable(out));

        // One follower down: unreachable, and the quorum still serves.
        const int follower = leader == 0 ? 1 : 0;
        ensemble.kill(follower);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.reports().at(follower).state, ZkServerReport::State::Unreachable,
                                  20000);
        QCOMPARE(monitor.servingCount(), 2);
        QVERIFY(monitor.hasQuorum());
        QCOMPARE(zkStatus(ensemble.hosts(), &out), 0);
        QVERIFY2(out.contains(ensemble.server(follower) + QStringLiteral(" unreachable")), qPrintable(out));

        // Two down: the last one is up but serves nobody.
        const int other = 3 - leader - follower;
        ensemble.kill(other);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.reports().at(leader).state, ZkServerReport::State::NotServing,
                                  30000);
        QVERIFY(!monitor.hasQuorum());
        QCOMPARE(zkStatus(ensemble.hosts(), &out), 1);
        QVERIFY2(out.contains(ensemble.server(leader) + QStringLiteral(" not serving (no quorum)")),
                 qPrintable(out));
    }

    // The AdminServer where it answers (a real 3.8 server, on a free port): its JSON is used even
    // where the four-letter words are off; where it does not answer, the report says so and the
    // four-letter words speak; a lone ensemble member says "not serving" through it.
    void adminServerFirstThenTheFourLetterWords() {
        MESOSDESK_REQUIRE(!TestEnvironment::javaZooKeeperJar().isEmpty(), "zookeeper.jar");
        ZkServerProcess server;
        const int adminPort = ZkServerProcess::freePort();
        server.enableAdminServer(adminPort);
        server.setFourLetterWords(QStringLiteral("ruok")); // mntr off: the watch count comes from the AdminServer
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        ZkEnsembleMonitor monitor;
        monitor.setInterval(std::chrono::milliseconds(300));
        monitor.setAdminPort(adminPort);
        monitor.setHosts(server.hosts());
        monitor.setActive(true);
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.servingCount() == 1, "the AdminServer to say the server serves",
                                  30000);
        const ZkServerReport report = monitor.reports().first();
        QCOMPARE(report.source, ZkServerReport::Source::AdminServer);
        QCOMPARE(report.mode, QStringLiteral("standalone"));
        QVERIFY2(report.version.startsWith(QStringLiteral("3.")), qPrintable(report.version));
        QVERIFY(report.zxid && report.nodeCount && report.latencyMax && report.connections);
        QVERIFY(report.watchCount); // from /commands/monitor, which no whitelist limits
        QVERIFY(!report.mntrDisabled);
        QVERIFY(report.adminError.isEmpty());

        // The AdminServer asked on a port where nothing listens: unreachable, said so, and the
        // four-letter words tell what they may (srvr is always allowed since 3.5.3; mntr is off).
        ZkEnsembleMonitor wrongPort;
        wrongPort.setAdminPort(ZkServerProcess::freePort());
        wrongPort.setHosts(server.hosts());
        wrongPort.setActive(true);
        QTRY_VERIFY2_WITH_TIMEOUT(wrongPort.isKnown(), "the four-letter words to answer", 10000);
        const ZkServerReport fallback = wrongPort.reports().first();
        QCOMPARE(fallback.source, ZkServerReport::Source::FourLetterWords);
        QCOMPARE(fallback.state, ZkServerReport::State::Serving);
        QVERIFY2(!fallback.adminError.isEmpty(), "the AdminServer's connection error");
        QVERIFY(fallback.mntrDisabled && !fallback.watchCount);
        QCOMPARE(fallback.mode, QStringLiteral("standalone"));

        // A member of a three-server ensemble alone: up, AdminServer answering, no quorum.
        ZkServerProcess lone;
        const int loneAdmin = ZkServerProcess::freePort();
        lone.enableAdminServer(loneAdmin);
        lone.setMyId(1);
        lone.addConfig(QStringLiteral("initLimit=20\nsyncLimit=10\nserver.1=127.0.0.1:%1:%2\n"
                                      "server.2=127.0.0.1:%3:%4\nserver.3=127.0.0.1:%5:%6\n")
                           .arg(ZkServerProcess::freePort())
                           .arg(ZkServerProcess::freePort())
                           .arg(ZkServerProcess::freePort())
                           .arg(ZkServerProcess::freePort())
                           .arg(ZkServerProcess::freePort())
                           .arg(ZkServerProcess::freePort()));
        QVERIFY2(lone.start(&error), qPrintable(error));
        ZkEnsembleMonitor alone;
        alone.setInterval(std::chrono::milliseconds(300));
        alone.setAdminPort(loneAdmin);
        alone.setHosts(lone.hosts());
        alone.setActive(true);
        QTRY_VERIFY2_WITH_TIMEOUT(alone.isKnown() && alone.reports().first().source ==
                                                          ZkServerReport::Source::AdminServer,
                                  "the lone member's AdminServer to answer", 30000);
        const ZkServerReport noQuorum = alone.reports().first();
        QCOMPARE(noQuorum.state, ZkServerReport::State::NotServing);
        QCOMPARE(noQuorum.error, QStringLiteral("This ZooKeeper instance is not currently serving requests"));
        QVERIFY(!alone.hasQuorum());
    }
};

QTEST_GUILESS_MAIN(TestZkEnsemble)
#include "tst_zkensemble.moc"
