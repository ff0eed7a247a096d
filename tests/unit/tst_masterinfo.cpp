#include "TestEnvironment.h"
#include "marathon/MarathonLeaderDetector.h"
#include "mesos/MasterInfo.h"
#include "mesos/MesosLeaderDetector.h"
#include "zookeeper/ZkLeaderWatch.h"

#include <QFile>
#include <QtTest>

namespace {
QByteArray readData(const QString& name) {
    QFile file(TestEnvironment::testDataDir() + QStringLiteral("/zk/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

ZkLeaderWatch::MemberParser mesosParser() {
    return [](const QString& name) -> std::optional<ZkLeaderWatch::Member> {
        const auto m = MesosLeaderDetector::parseMember(name);
        return m ? std::optional(ZkLeaderWatch::Member{m->sequence, int(m->label)}) : std::nullopt;
    };
}
} // namespace

class TestMasterInfo : public QObject {
    Q_OBJECT
private slots:
    void parsesCurrentJson() {
        QString error;
        const MasterInfo info = MasterInfo::fromJson(readData(QStringLiteral("masterinfo-1.11.json")), &error);
        QVERIFY2(!info.isNull(), qPrintable(error));
        QCOMPARE(info.hostPort(), QStringLiteral("m1.example.org:5050"));
        QCOMPARE(info.ip, QStringLiteral("10.0.1.11"));
        QCOMPARE(info.version, QStringLiteral("1.11.0"));
        QCOMPARE(info.id, QStringLiteral("5e1b4c2a-0d3f-4c1e-9b7e-1f2a3b4c5d6e"));
    }
    void decodesPackedIpWithoutAddress() {
        // 0.24 wrote no "address": the ip comes from the packed uint32, the port may be a float.
        const MasterInfo info = MasterInfo::fromJson(readData(QStringLiteral("masterinfo-0.24-no-address.json")));
        QCOMPARE(info.ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(info.port, 5050);
        QCOMPARE(info.hostname, QStringLiteral("legacy-master"));
    }
    void ignoresNewerFields() {
        const MasterInfo info = MasterInfo::fromJson(readData(QStringLiteral("masterinfo-1.5-domain.json")));
        QCOMPARE(info.hostPort(), QStringLiteral("m2:5050"));
    }
    void packedIpIsNetworkOrder() {
        QCOMPARE(MasterInfo::ipFromPacked(16777343u), QStringLiteral("127.0.0.1"));
        QCOMPARE(MasterInfo::packedFromIp(QStringLiteral("127.0.0.1")), 16777343u);
        QCOMPARE(MasterInfo::ipFromPacked(MasterInfo::packedFromIp(QStringLiteral("10.0.1.11"))),
                 QStringLiteral("10.0.1.11"));
        QCOMPARE(MasterInfo::packedFromIp(QStringLiteral("300.1.1.1")), 0u);
    }
    void parsesLegacyProtobuf() {
        QString error;
        const MasterInfo info = MasterInfo::fromProtobuf(readData(QStringLiteral("masterinfo-0.22.pb")), &error);
        QVERIFY2(!info.isNull(), qPrintable(error));
        QCOMPARE(info.hostname, QStringLiteral("proto-master"));
        QCOMPARE(info.ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(info.port, 5050);
        QCOMPARE(info.version, QStringLiteral("0.22.1"));
    }
    void rejectsTruncatedProtobuf() {
        const QByteArray bytes = readData(QStringLiteral("masterinfo-0.22.pb"));
        QString error;
        QVERIFY(MasterInfo::fromProtobuf(bytes.left(bytes.size() - 3), &error).isNull() || !error.isEmpty());
        QVERIFY(MasterInfo::fromProtobuf(QByteArray("\x0a\x7f", 2), &error).isNull());
        QVERIFY(error.contains(QStringLiteral("truncated")));
    }
    void parsesUpid() {
        const MasterInfo info = MasterInfo::fromUpid(readData(QStringLiteral("upid-0.19.txt")));
        QCOMPARE(info.hostPort(), QStringLiteral("10.0.0.5:5050"));
        QVERIFY(MasterInfo::fromUpid("not a pid").isNull());
    }
    void rejectsBadJsonWithMessage_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated") << readData(QStringLiteral("masterinfo-truncated.json")) << "JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "object";
        QTest::newRow("no address") << QByteArray("{\"id\":\"x\",\"version\":\"1.0\"}") << "address";
        QTest::newRow("port out of range") << QByteArray("{\"hostname\":\"h\",\"port\":70000}") << "address";
        QTest::newRow("empty") << QByteArray() << "JSON";
    }
    void rejectsBadJsonWithMessage() {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(MasterInfo::fromJson(data, &error).isNull());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void membershipFollowsMesos_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("member");
        QTest::addColumn<qint64>("sequence");
        QTest::newRow("json") << "json.info_0000000017" << true << qint64(17);
        QTest::newRow("protobuf") << "info_0000000003" << true << qint64(3);
        QTest::newRow("label-less") << "0000000009" << true << qint64(9);
        QTest::newRow("log_replicas") << "log_replicas" << false << qint64(0);
        QTest::newRow("unknown label") << "foo_0000000001" << false << qint64(0);
        QTest::newRow("beyond int32") << "json.info_9999999999" << false << qint64(0);
        QTest::newRow("not digits") << "json.info_00000x01" << false << qint64(0);
        QTest::newRow("empty sequence") << "json.info_" << false << qint64(0);
    }
    void membershipFollowsMesos() {
        QFETCH(QString, name);
        QFETCH(bool, member);
        QFETCH(qint64, sequence);
        const auto parsed = MesosLeaderDetector::parseMember(name);
        QCOMPARE(parsed.has_value(), member);
        if (member)
            QCOMPARE(parsed->sequence, sequence);
    }

    void lowestSequenceLeadsNumerically() {
        // Sequences compare as numbers: 0000000100 is not below 0000000099.
        int count = 0;
        const QStringList children{QStringLiteral("json.info_0000000100"), QStringLiteral("log_replicas"),
                                   QStringLiteral("json.info_0000000099"), QStringLiteral("json.info_0000000101")};
        QCOMPARE(ZkLeaderWatch::pickLeader(children, mesosParser(), &count), QStringLiteral("json.info_0000000099"));
        QCOMPARE(count, 3);
    }
    void legacyNodesAreOnlyAFallback() {
        const QStringList mixed{QStringLiteral("info_0000000001"), QStringLiteral("json.info_0000000002"),
                                QStringLiteral("log_replicas")};
        QCOMPARE(ZkLeaderWatch::pickLeader(mixed, mesosParser()), QStringLiteral("json.info_0000000002"));
        const QStringList legacyOnly{QStringLiteral("info_0000000004"), QStringLiteral("info_0000000001")};
        QCOMPARE(ZkLeaderWatch::pickLeader(legacyOnly, mesosParser()), QStringLiteral("info_0000000001"));
        QCOMPARE(ZkLeaderWatch::pickLeader({QStringLiteral("log_replicas")}, mesosParser()), QString());
    }

    void marathonLatchSortsBySequenceNotUuid() {
        QCOMPARE(MarathonLeaderDetector::parseLatchMember(
                     QStringLiteral("_c_a4e3b1f0-93d2-4c7b-8f0e-8d2b7d8b3e11-latch-0000000012")),
                 std::optional<qint64>(12));
        QCOMPARE(MarathonLeaderDetector::parseLatchMember(QStringLiteral("_c_ffff-latch-")), std::nullopt);
        QCOMPARE(MarathonLeaderDetector::parseLatchMember(QStringLiteral("member_0000000001")), std::nullopt);
        QCOMPARE(MarathonLeaderDetector::parseLegacyMember(QStringLiteral("member_0000000004")), std::optional<qint64>(4));
        QCOMPARE(MarathonLeaderDetector::parseLegacyMember(QStringLiteral("member_-00000000")), std::optional<qint64>(0));
        ZkLeaderWatch::MemberParser latch = [](const QString& n) -> std::optional<ZkLeaderWatch::Member> {
            const auto s = MarathonLeaderDetector::parseLatchMember(n);
            return s ? std::optional(ZkLeaderWatch::Member{*s, 0}) : std::nullopt;
        };
        // "_c_0..." sorts first as a string but holds the higher sequence.
        const QStringList children{QStringLiteral("_c_0000-latch-0000000007"), QStringLiteral("_c_ffff-latch-0000000003")};
        QCOMPARE(ZkLeaderWatch::pickLeader(children, latch), QStringLiteral("_c_ffff-latch-0000000003"));
    }
};

QTEST_GUILESS_MAIN(TestMasterInfo)
#include "tst_masterinfo.moc"
