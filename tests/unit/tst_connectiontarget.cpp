// ConnectionTarget::parse takes only what reads one way, and says why it refuses the rest.
#include "core/ConnectionTarget.h"

#include <QtTest>

class TestConnectionTarget : public QObject {
    Q_OBJECT
private slots:
    void aHostNameBeyondDnsLimitsIsRefused() {
        // Found by fuzz_zkurl: QUrl took a 76-character label and lost it when shown.
        QString error;
        QVERIFY(!ConnectionTarget::parse(QString(76, u'j'), &error).isValid());
        QVERIFY(error.contains(QString(76, u'j')));
        QVERIFY(ConnectionTarget::parse(QString(63, u'j') + QStringLiteral(".example:5050"), &error).isValid());
        // Found by fuzz_zkurl too: brackets around something that is no IPv6 address.
        QVERIFY(!ConnectionTarget::parse(QStringLiteral("http://[:80]:2"), &error).isValid());
        QVERIFY(ConnectionTarget::parse(QStringLiteral("http://[::1]:5050"), &error).isValid());
    }

    void acceptsMasterUrls_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("url");
        QTest::newRow("plain") << "http://m1:5050"
                               << "http://m1:5050";
        QTest::newRow("default port") << "http://m1"
                                      << "http://m1:5050";
        QTest::newRow("https") << "https://m1.example.com:8443"
                               << "https://m1.example.com:8443";
        QTest::newRow("upper scheme") << "HTTP://M1:5050"
                                      << "http://m1:5050";
        QTest::newRow("trailing slash") << "http://m1:5050/"
                                        << "http://m1:5050";
        QTest::newRow("web UI route") << "http://m1:5050/#/agents"
                                      << "http://m1:5050";
        QTest::newRow("bare host:port") << "m1:5051"
                                        << "http://m1:5051";
        QTest::newRow("bare host") << "m1"
                                   << "http://m1:5050";
        QTest::newRow("ip") << "10.0.0.7:5050"
                            << "http://10.0.0.7:5050";
        QTest::newRow("ipv6") << "http://[::1]:5050"
                              << "http://[::1]:5050";
        QTest::newRow("spaces around") << "  http://m1:5050  "
                                       << "http://m1:5050";
        QTest::newRow("host named http") << "http:5050"
                                         << "http://http:5050";
    }
    void acceptsMasterUrls() {
        QFETCH(QString, input);
        QFETCH(QString, url);
        QString error;
        const ConnectionTarget target = ConnectionTarget::parse(input, &error);
        QVERIFY2(target.kind == ConnectionTarget::Kind::Master, qPrintable(error));
        QCOMPARE(target.toDisplayString(), url);
    }

    void refusesWithReason_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason"); // a part of the message that names the problem
        QTest::newRow("empty") << ""
                               << "enter a ZooKeeper URL";
        QTest::newRow("blank") << "   "
                               << "enter a ZooKeeper URL";
        QTest::newRow("missing colon") << "http//master:5050"
                                       << "did you mean \"http://master:5050\"?";
        QTest::newRow("one slash") << "http:/master:5050"
                                   << "did you mean \"http://master:5050\"?";
        QTest::newRow("no slashes") << "http:master:5050"
                                    << "did you mean \"http://master:5050\"?";
        QTest::newRow("https one slash") << "https:/m"
                                         << "did you mean \"https://m\"?";
        QTest::newRow("zk one slash") << "zk:/h:2181/mesos"
                                      << "did you mean \"zk://h:2181/mesos\"?";
        QTest::newRow("zk no colon") << "zk//h:2181/mesos"
                                     << "did you mean \"zk://h:2181/mesos\"?";
        QTest::newRow("ftp") << "ftp://m1"
                             << "\"ftp://\" is not a scheme";
        QTest::newRow("mesos scheme") << "mesos://m1:5050"
                                      << "\"mesos://\" is not a scheme";
        QTest::newRow("empty scheme") << "://m1:5050"
                                      << "\"://\" is not a scheme";
        QTest::newRow("no host") << "http://"
                                 << "names no host";
        QTest::newRow("only port") << "http://:5050"
                                   << "names no host";
        QTest::newRow("empty port") << "http://m1:"
                                    << "port after \"m1:\" is missing";
        QTest::newRow("port letters") << "http://m1:50x0"
                                      << "port \"50x0\"";
        QTest::newRow("port zero") << "http://m1:0"
                                   << "port \"0\"";
        QTest::newRow("port too big") << "http://m1:65536"
                                      << "port \"65536\"";
        QTest::newRow("port sign") << "http://m1:+5050"
                                   << "port \"+5050\"";
        QTest::newRow("two ports") << "http://m1:5050:5051"
                                   << "\"m1:5050\" is not a host";
        QTest::newRow("path") << "http://m1:5050/master/state"
                              << "remove \"/master/state\"";
        QTest::newRow("query") << "http://m1:5050?jsonp=x"
                               << "remove \"?jsonp=x\"";
        QTest::newRow("bare path") << "m1:5050/x"
                                   << "remove \"/x\"";
        QTest::newRow("no user before @") << "http://:secret@m1:5050"
                                          << "user name goes before";
        QTest::newRow("inner space") << "http://m 1:5050"
                                     << "no spaces";
        QTest::newRow("tab") << "http://m1:\t5050"
                             << "no spaces";
        QTest::newRow("bad host chars") << "http://m$1:5050"
                                        << "\"m$1\" is not a host";
        QTest::newRow("leading dash") << "http://-m1:5050"
                                      << "\"-m1\" is not a host";
        QTest::newRow("double dot") << "http://m1..example:5050"
                                    << "is not a host";
        QTest::newRow("unbracketed ipv6") << "http://::1:5050"
                                          << "is not a host";
        QTest::newRow("bad bracket") << "http://[zz]:5050"
                                     << "is not a host";
        QTest::newRow("zk without path") << "zk://h:2181"
                                         << "path";
        QTest::newRow("zk bad port") << "zk://h:0/mesos"
                                     << "port";
    }
    void refusesWithReason() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QString error;
        const ConnectionTarget target = ConnectionTarget::parse(input, &error);
        QVERIFY2(!target.isValid(), qPrintable(target.toDisplayString()));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void masterUrlCredentialsAreKeptApart() {
        const auto target = ConnectionTarget::parse(QStringLiteral("https://ops:s%40cret@m1:5050"));
        QVERIFY(target.isValid());
        QCOMPARE(target.masterUser, QStringLiteral("ops"));
        QCOMPARE(target.masterPassword, QStringLiteral("s@cret"));
        QCOMPARE(target.master.toString(), QStringLiteral("https://m1:5050"));
        QCOMPARE(target.toDisplayString(), QStringLiteral("https://ops@m1:5050"));
        // What the recent list keeps reads back, the password to come from the keychain.
        const auto again = ConnectionTarget::parse(target.toDisplayString());
        QCOMPARE(again.masterUser, QStringLiteral("ops"));
        QVERIFY(again.password().isEmpty());
        QVERIFY(again.sameCluster(target));
    }
    void sameClusterComparesTheWayIn() {
        const auto zk = ConnectionTarget::parse(QStringLiteral("zk://ops:a@h:2181/mesos"));
        QVERIFY(zk.sameCluster(ConnectionTarget::parse(QStringLiteral("zk://ops:b@h:2181/mesos/"))));
        QVERIFY(!zk.sameCluster(ConnectionTarget::parse(QStringLiteral("zk://ops:a@h:2181/other"))));
        const auto master = ConnectionTarget::parse(QStringLiteral("http://m1:5050"));
        QVERIFY(master.sameCluster(ConnectionTarget::parse(QStringLiteral("m1"))));
        QVERIFY(!master.sameCluster(ConnectionTarget::parse(QStringLiteral("http://m2:5050"))));
        QVERIFY(!ConnectionTarget().sameCluster(ConnectionTarget()));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTarget)
#include "tst_connectiontarget.moc"
