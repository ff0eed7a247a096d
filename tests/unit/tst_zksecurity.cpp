// ZooKeeper TLS and SASL are refused at parse time with "not supported by this build" (the
// Debian C client has neither), through ZkUrl and through what the connection dialog parses.
#include "core/ConnectionTarget.h"
#include "zookeeper/ZkUrl.h"

#include <QtTest>

class TestZkSecurity : public QObject {
    Q_OBJECT
private slots:
    void refused_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("zks scheme") << QStringLiteral("zks://zk1:2281/mesos") << QStringLiteral("TLS");
        QTest::newRow("zk+tls scheme") << QStringLiteral("zk+tls://zk1:2281/mesos") << QStringLiteral("TLS");
        QTest::newRow("upper-case ZKS") << QStringLiteral("ZKS://zk1:2281/mesos") << QStringLiteral("TLS");
        QTest::newRow("?tls") << QStringLiteral("zk://zk1:2281/mesos?tls") << QStringLiteral("TLS");
        QTest::newRow("?secure=true")
            << QStringLiteral("zk://zk1:2281/mesos?secure=true") << QStringLiteral("TLS");
        QTest::newRow("?sasl") << QStringLiteral("zk://zk1:2181/mesos?sasl") << QStringLiteral("SASL");
        QTest::newRow("?auth=kerberos")
            << QStringLiteral("zk://zk1:2181/mesos?auth=kerberos") << QStringLiteral("SASL");
        QTest::newRow("zks with a password")
            << QStringLiteral("zks://ops:s3cret@zk1:2281/mesos") << QStringLiteral("TLS");
    }
    void refused() {
        QFETCH(QString, url);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ZkUrl::parse(url, &error).isValid());
        QVERIFY2(error.contains(QLatin1String("not supported by this build")), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("s3cret")), "the message never repeats a password");
        // The connection dialog's parser gives the same reason, not "not a scheme MesosDesk speaks".
        QString targetError;
        QVERIFY(!ConnectionTarget::parse(url, &targetError).isValid());
        QCOMPARE(targetError, error);
    }

    void otherOptionsAreNamed() {
        QString error;
        QVERIFY(!ZkUrl::parse(QStringLiteral("zk://zk1:2181/mesos?timeout=5"), &error).isValid());
        QCOMPARE(error, QStringLiteral("unknown ZooKeeper URL option \"timeout=5\""));
    }

    void digestStillWorks() {
        QString error;
        const ZkUrl url = ZkUrl::parse(QStringLiteral("zk://ops:pw@zk1:2181/mesos"), &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.user, QStringLiteral("ops"));
        QCOMPARE(url.path, QStringLiteral("/mesos"));
    }
};

QTEST_GUILESS_MAIN(TestZkSecurity)
#include "tst_zksecurity.moc"
