// `mesosdesk --resolve` and `--resolve-marathon` run as real processes, without a display.
#include "FakeMaster.h"
#include "TestEnvironment.h"
#include "ZkServerProcess.h"

#include <QProcess>
#include <QtTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run mesosdesk(const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the headless modes must not need one
    process.setProcessEnvironment(env);
    process.start(TestEnvironment::binDir() + QStringLiteral("/mesosdesk"), args);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

class TestResolveCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelpNeedNoDisplay() {
        Run version = mesosdesk({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY2(version.out.contains(QStringLiteral("mesosdesk")), qPrintable(version.out + version.err));
        Run help = mesosdesk({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--resolve")));
    }

    void malformedUrlExitsTwo() {
        Run run = mesosdesk({QStringLiteral("--resolve"), QStringLiteral("zk://h:99999/mesos")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("port")), qPrintable(run.err));
        QCOMPARE(mesosdesk({QStringLiteral("--resolve-marathon"), QStringLiteral("http://x/y")}).code, 2);
    }

    void resolvesTheLeadingMaster() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        FakeMaster m1(hosts, path), m2(hosts, path);
        m1.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("leader.example"), 5050));
        m2.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("standby.example"), 5050));
        Run run = mesosdesk({QStringLiteral("--resolve"), QStringLiteral("zk://") + hosts + path});
        QVERIFY2(run.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.code).arg(run.err)));
        QCOMPARE(run.out.trimmed(), QStringLiteral("leader.example:5050"));
    }

    void resolvesMarathon() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
        FakeMaster marathon(hosts, base + QStringLiteral("/leader-curator"));
        marathon.registerNode(QStringLiteral("_c_1b2c-latch-"), QByteArray("marathon1.example:8080"));
        Run run = mesosdesk({QStringLiteral("--resolve-marathon"), QStringLiteral("zk://") + hosts + base});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("marathon1.example:8080"));
    }

    void noLeaderExitsOneWithAReason() {
        MESOSDESK_REQUIRE_ZK();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        Run run = mesosdesk({QStringLiteral("--resolve"), QStringLiteral("zk://") + TestEnvironment::zooKeeperHosts() + path,
                             QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no leader")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void unreachableZooKeeperExitsOne() {
        Run run = mesosdesk({QStringLiteral("--resolve"), QStringLiteral("zk://127.0.0.1:1/mesos"),
                             QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("could not connect")), qPrintable(run.err));
    }

    // --zk-status (#17): one line per server from srvr; 0 when a quorum serves.
    void zkStatusNamesEachServerAndTellsQuorum() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        Run serving = mesosdesk({QStringLiteral("--zk-status"), QStringLiteral("zk://") + hosts});
        QCOMPARE(serving.code, 0);
        const QRegularExpression line(
            QStringLiteral("^%1 standalone 0x[0-9a-f]+ [0-9.]+/[0-9.]+/[0-9.]+ms\\n$")
                .arg(QRegularExpression::escape(hosts)));
        QVERIFY2(line.match(serving.out).hasMatch(), qPrintable(serving.out));
        const QString dead = QStringLiteral("127.0.0.1:%1").arg(ZkServerProcess::freePort());
        Run half =
            mesosdesk({QStringLiteral("--zk-status"), QStringLiteral("zk://%1,%2/mesos").arg(hosts, dead)});
        QCOMPARE(half.code, 1); // one of two serving is no quorum
        QVERIFY2(half.out.contains(dead + QStringLiteral(" unreachable (")), qPrintable(half.out));
        QCOMPARE(mesosdesk({QStringLiteral("--zk-status"), QStringLiteral("zk://h:99999")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestResolveCli)
#include "tst_resolvecli.moc"
