// The Master page's parsers on our own bodies: flags in both shapes (v1 GET_FLAGS, v0 /flags)
// with their edge cases, the logging level in both answers (v1 and /logging/toggle's text), and
// the request the toggle is sent as.
#include "operator/OperatorCalls.h"
#include "operator/OperatorParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestFlagsParser : public QObject {
    Q_OBJECT
private slots:
    void flagsV1SortedWithEmptyValues() {
        const auto parsed = OperatorParser::parseFlags(R"({"type":"GET_FLAGS","get_flags":{"flags":[
            {"name":"zk_session_timeout","value":"10secs"},{"name":"acls"},{"name":"cluster","value":"prod"},
            {"value":"nameless"},{"name":"","value":"x"}]}})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 3); // a flag without a name is left out
        QCOMPARE(parsed.value.at(0).name, QStringLiteral("acls"));
        QCOMPARE(parsed.value.at(0).value, QString()); // a value left out is an empty string
        QCOMPARE(parsed.value.at(1), (MasterFlag{QStringLiteral("cluster"), QStringLiteral("prod")}));
        QCOMPARE(parsed.value.at(2).name, QStringLiteral("zk_session_timeout"));
    }

    void flagsV1Empty() {
        // Repeated fields are left out when empty.
        const auto parsed = OperatorParser::parseFlags(R"({"type":"GET_FLAGS","get_flags":{}})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(parsed.value.isEmpty());
    }

    void flagsV0() {
        const auto parsed = OperatorParser::parseFlags(
            R"({"flags":{"work_dir":"/var/lib/mesos","port":"5050","quiet":false,"max":50,"odd":null}})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 5);
        QCOMPARE(parsed.value.at(0), (MasterFlag{QStringLiteral("max"), QStringLiteral("50")}));
        QCOMPARE(parsed.value.at(1), (MasterFlag{QStringLiteral("odd"), QString()}));
        QCOMPARE(parsed.value.at(2), (MasterFlag{QStringLiteral("port"), QStringLiteral("5050")}));
        QCOMPARE(parsed.value.at(3), (MasterFlag{QStringLiteral("quiet"), QStringLiteral("false")}));
    }

    void flagsRefused_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"flags":{"a":"b")");
        QTest::newRow("no flags") << QByteArray(R"({"type":"GET_HEALTH","get_health":{"healthy":true}})");
        QTest::newRow("flags as array") << QByteArray(R"({"flags":["a"]})");
        QTest::newRow("array") << QByteArray("[]");
    }
    void flagsRefused() {
        QFETCH(QByteArray, body);
        const auto parsed = OperatorParser::parseFlags(body);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.value.isEmpty());
    }

    void loggingLevel_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("level"); // -1: refused
        QTest::newRow("v1") << QByteArray(R"({"type":"GET_LOGGING_LEVEL","get_logging_level":{"level":2}})")
                            << 2;
        QTest::newRow("v1 zero") << QByteArray(R"({"get_logging_level":{"level":0}})") << 0;
        QTest::newRow("toggle text") << QByteArray("1\n") << 1;
        QTest::newRow("negative") << QByteArray(R"({"get_logging_level":{"level":-1}})") << -1;
        QTest::newRow("too big") << QByteArray(R"({"get_logging_level":{"level":4294967296}})") << -1;
        QTest::newRow("text too long") << QByteArray("12345678901234\n") << -1;
        QTest::newRow("no level") << QByteArray(R"({"get_logging_level":{}})") << -1;
        QTest::newRow("string level") << QByteArray(R"({"get_logging_level":{"level":"1"}})") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("error text") << QByteArray("Expecting 'duration=value' in query.\n") << -1;
    }
    void loggingLevel() {
        QFETCH(QByteArray, body);
        QFETCH(int, level);
        const auto parsed = OperatorParser::parseLoggingLevel(body);
        QCOMPARE(parsed.ok(), level >= 0);
        if (level >= 0)
            QCOMPARE(parsed.value, level);
    }

    void loggingCalls() {
        QCOMPARE(OperatorCalls::loggingToggle(2, 600),
                 QStringLiteral("/logging/toggle?level=2&duration=600secs"));
        const QJsonObject set = QJsonDocument::fromJson(OperatorCalls::setLoggingLevel(1, 60)).object();
        QCOMPARE(set.value(QStringLiteral("type")).toString(), QStringLiteral("SET_LOGGING_LEVEL"));
        const QJsonObject body = set.value(QStringLiteral("set_logging_level")).toObject();
        QCOMPARE(body.value(QStringLiteral("level")).toInt(), 1);
        // As the docs' request: {"nanoseconds":60000000000}.
        QCOMPARE(
            body.value(QStringLiteral("duration")).toObject().value(QStringLiteral("nanoseconds")).toDouble(),
            60e9);
    }
};

QTEST_GUILESS_MAIN(TestFlagsParser)
#include "tst_flagsparser.moc"
