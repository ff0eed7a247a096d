#include "zookeeper/ZkUrl.h"
#include "core/ConnectionTarget.h"

#include <QtTest>

class TestZkUrl : public QObject {
    Q_OBJECT
private slots:
    void parsesValidUrls_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hosts");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("single") << "zk://127.0.0.1:2181/mesos" << "127.0.0.1:2181" << "/mesos" << "" << "";
        QTest::newRow("ensemble") << "zk://h1:2181,h2:2182,h3:2183/mesos" << "h1:2181,h2:2182,h3:2183" << "/mesos"
                                  << "" << "";
        QTest::newRow("default port") << "zk://zk1,zk2:2888/mesos" << "zk1:2181,zk2:2888" << "/mesos" << "" << "";
        QTest::newRow("chroot") << "zk://h:2181/mesos/vagrant" << "h:2181" << "/mesos/vagrant" << "" << "";
        QTest::newRow("trailing slash") << "zk://h:2181/mesos/" << "h:2181" << "/mesos" << "" << "";
        QTest::newRow("credentials") << "zk://ops:s3cr:et@h:2181/mesos" << "h:2181" << "/mesos" << "ops" << "s3cr:et";
        QTest::newRow("user, password in the keychain") << "zk://ops@h:2181/mesos"
                                                        << "h:2181"
                                                        << "/mesos"
                                                        << "ops"
                                                        << "";
        QTest::newRow("ipv6") << "zk://[::1]:2181/mesos" << "[::1]:2181" << "/mesos" << "" << "";
        QTest::newRow("upper scheme, spaces") << "  ZK://h:1/m  " << "h:1" << "/m" << "" << "";
    }
    void parsesValidUrls() {
        QFETCH(QString, input);
        QFETCH(QString, hosts);
        QFETCH(QString, path);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QString error;
        const ZkUrl url = ZkUrl::parse(input, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.hosts, hosts);
        QCOMPARE(url.path, path);
        QCOMPARE(url.user, user);
        QCOMPARE(url.password, password);
    }

    void rejectsMalformedUrls_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("http scheme") << "http://h:2181/mesos" << "zk://";
        QTest::newRow("no host") << "zk:///mesos" << "host";
        QTest::newRow("no path") << "zk://h:2181" << "path";
        QTest::newRow("root path") << "zk://h:2181/" << "path";
        QTest::newRow("bad port") << "zk://h:99999/mesos" << "port";
        QTest::newRow("port not a number") << "zk://h:abc/mesos" << "port";
        QTest::newRow("empty port") << "zk://h:/mesos" << "port";
        QTest::newRow("empty host in list") << "zk://h1:2181,,h2:2181/mesos" << "empty host";
        QTest::newRow("bare ipv6") << "zk://::1:2181/mesos" << "brackets";
        QTest::newRow("double slash path") << "zk://h:2181//mesos" << "path";
        QTest::newRow("dotdot") << "zk://h:2181/mesos/../x" << "path";
        QTest::newRow("no user") << "zk://:pw@h:2181/mesos"
                                 << "user:password";
        QTest::newRow("empty password") << "zk://ops:@h:2181/mesos" << "password";
        QTest::newRow("bracketed non-IPv6") << "zk://[zk1]/mesos" << "IPv6";
        QTest::newRow("bracketed garbage (fuzz)") << QString::fromUtf8("zk://[\xc2\x86\xc2\x86" "1]/meso[") << "IPv6";
        QTest::newRow("space in host") << "zk://my host:2181/mesos" << "invalid character";
        QTest::newRow("name ending in a space (fuzz)") << "zk://h/mesos /" << "space";
    }
    void rejectsMalformedUrls() {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        QString error;
        const ZkUrl url = ZkUrl::parse(input, &error);
        QVERIFY(!url.isValid());
        QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
    }

    void displayStringHidesPassword() {
        const ZkUrl url = ZkUrl::parse(QStringLiteral("zk://ops:hunter2@h:2181/mesos"));
        QCOMPARE(url.toDisplayString(), QStringLiteral("zk://ops@h:2181/mesos"));
        QVERIFY(!url.toDisplayString().contains(QStringLiteral("hunter2")));
    }

    void connectionTargetKinds() {
        QCOMPARE(ConnectionTarget::parse(QStringLiteral("zk://h:2181/mesos")).kind, ConnectionTarget::Kind::ZooKeeper);
        const ConnectionTarget master = ConnectionTarget::parse(QStringLiteral("http://m1:5050"));
        QCOMPARE(master.kind, ConnectionTarget::Kind::Master);
        QCOMPARE(master.master.port(), 5050);
        QCOMPARE(ConnectionTarget::parse(QStringLiteral("https://m1")).master.port(), 5050);
        QString error;
        QCOMPARE(ConnectionTarget::parse(QStringLiteral("ftp://m1"), &error).kind, ConnectionTarget::Kind::Invalid);
        QVERIFY(!error.isEmpty());
        QCOMPARE(ConnectionTarget::parse(QStringLiteral("zk://h:0/mesos"), &error).kind, ConnectionTarget::Kind::Invalid);
        QVERIFY(error.contains(QStringLiteral("port")));
    }
};

QTEST_GUILESS_MAIN(TestZkUrl)
#include "tst_zkurl.moc"
