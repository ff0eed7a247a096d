// The explorer's pure parts: data formats, node meanings, four-letter-word replies, and the
// ensemble model (QAbstractItemModelTester), on real server outputs (tests/data/zk).
#include "TestEnvironment.h"
#include "ZkEnsembleModel.h"
#include "zookeeper/ZkAdminParser.h"
#include "zookeeper/ZkDataFormat.h"
#include "zookeeper/ZkEnsembleMonitor.h"
#include "zookeeper/ZkNodeMeaning.h"
#include "zookeeper/ZkServerReport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

namespace {
QByteArray testData(const QString& name) {
    QFile file(TestEnvironment::testDataDir() + QStringLiteral("/zk/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}
} // namespace

class TestZkExplorerParts : public QObject {
    Q_OBJECT
private slots:
    void detectsTextJsonAndBinary() {
        QCOMPARE(ZkDataFormat::detect({}), ZkDataFormat::Kind::Empty);
        QCOMPARE(ZkDataFormat::detect("m1.example.org:8080"), ZkDataFormat::Kind::Text);
        QCOMPARE(ZkDataFormat::detect(testData(QStringLiteral("masterinfo-1.11.json"))),
                 ZkDataFormat::Kind::Json);
        QCOMPARE(ZkDataFormat::detect(testData(QStringLiteral("masterinfo-0.22.pb"))),
                 ZkDataFormat::Kind::Binary);
        QCOMPARE(ZkDataFormat::detect("{not json"), ZkDataFormat::Kind::Text);
        QCOMPARE(ZkDataFormat::detect("caf\xc3"), ZkDataFormat::Kind::Binary); // cut UTF-8
        QCOMPARE(ZkDataFormat::detect("caf\xc3\xa9"), ZkDataFormat::Kind::Text);
    }

    void rendersPrettyJsonAndHex() {
        const QString pretty = ZkDataFormat::render(R"({"a":{"b":[1,2]}})", ZkDataFormat::Kind::Json);
        QVERIFY2(pretty.contains(QStringLiteral("\n    \"a\": {")), qPrintable(pretty));
        const QString hex = ZkDataFormat::hexDump(QByteArray("\x00\x01"
                                                             "ABCDEFGHIJKLMNOPQ",
                                                             19));
        const QStringList lines = hex.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(
            lines.at(0),
            QStringLiteral("00000000  00 01 41 42 43 44 45 46  47 48 49 4a 4b 4c 4d 4e |..ABCDEFGHIJKLMN|"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("00000010  4f 50 51 ")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("|OPQ|")));
        QCOMPARE(ZkDataFormat::hexDump(QByteArray(40, 'x'), 16).count(u'\n'), 0); // capped at 16 bytes
    }

    void mesosMembersAreDecodedWithWhoLeads() {
        const QStringList siblings{QStringLiteral("log_replicas"), QStringLiteral("json.info_0000000018"),
                                   QStringLiteral("json.info_0000000017")};
        const ZkNodeMeaning leader =
            ZkNodeMeaning::of(QStringLiteral("/mesos/json.info_0000000017"),
                              testData(QStringLiteral("masterinfo-1.11.json")), siblings, {});
        QVERIFY(leader.leading);
        QCOMPARE(leader.title, QStringLiteral("Mesos master (MasterInfo, JSON)"));
        QVERIFY2(leader.decoded.contains(QStringLiteral("Role: leading master")), qPrintable(leader.decoded));
        QVERIFY(leader.decoded.contains(QStringLiteral("Hostname: m1.example.org")));
        QVERIFY(leader.decoded.contains(QStringLiteral("Version: 1.11.0")));
        QVERIFY(leader.decoded.contains(QStringLiteral("Sequence: 17")));
        const ZkNodeMeaning standby =
            ZkNodeMeaning::of(QStringLiteral("/mesos/json.info_0000000018"),
                              testData(QStringLiteral("masterinfo-1.11.json")), siblings, {});
        QVERIFY(!standby.leading);
        QVERIFY(standby.decoded.contains(QStringLiteral("Role: standby master")));
        // Legacy protobuf, decoded as Mesos 0.22 wrote it.
        const ZkNodeMeaning legacy = ZkNodeMeaning::of(QStringLiteral("/mesos/info_0000000003"),
                                                       testData(QStringLiteral("masterinfo-0.22.pb")),
                                                       {QStringLiteral("info_0000000003")}, {});
        QVERIFY2(legacy.decoded.contains(QStringLiteral("PID: master@127.0.0.1:5050")),
                 qPrintable(legacy.decoded));
        QVERIFY(legacy.decoded.contains(QStringLiteral("Version: 0.22.1")));
        QVERIFY(ZkNodeMeaning::of(QStringLiteral("/mesos/log_replicas"), {}, siblings, {}).isKnown());
        // A custom Mesos path is followed; the same name elsewhere means nothing.
        QVERIFY(ZkNodeMeaning::of(QStringLiteral("/prod/json.info_0000000001"), {}, {},
                                  {QStringLiteral("/prod"), {}})
                    .isKnown());
        QVERIFY(!ZkNodeMeaning::of(QStringLiteral("/other/json.info_0000000001"), {}, {}, {}).isKnown());
    }

    void marathonLatchMembersAndState() {
        const QStringList latch{QStringLiteral("_c_9f1e-latch-0000000004"),
                                QStringLiteral("_c_0a2b-latch-0000000002")};
        const ZkNodeMeaning leader =
            ZkNodeMeaning::of(QStringLiteral("/marathon/leader-curator/_c_0a2b-latch-0000000002"),
                              "marathon-1:8080", latch, {});
        QVERIFY(leader.leading);
        QVERIFY2(leader.decoded.contains(QStringLiteral("Address: marathon-1:8080")),
                 qPrintable(leader.decoded));
        QVERIFY(!ZkNodeMeaning::of(QStringLiteral("/marathon/leader-curator/_c_9f1e-latch-0000000004"),
                                   "m2:8080", latch, {})
                     .leading);
        QCOMPARE(ZkNodeMeaning::of(QStringLiteral("/marathon/state/framework:id"), {}, {}, {}).title,
                 QStringLiteral("Marathon state: framework:id"));
        QVERIFY(ZkNodeMeaning::of(QStringLiteral("/marathon/leader-curator"), {}, {}, {}).isKnown());
        QVERIFY(ZkNodeMeaning::of(QStringLiteral("/zookeeper/quota"), {}, {}, {}).isKnown());
    }

    void srvrRepliesOfEachMode() {
        ZkServerReport follower;
        QVERIFY(follower.applySrvr(testData(QStringLiteral("srvr-3.8-follower.txt"))));
        QCOMPARE(follower.mode, QStringLiteral("follower"));
        QCOMPARE(follower.version, QStringLiteral("3.8.0")); // Debian's unexpanded placeholder dropped
        QCOMPARE(*follower.zxid, 0x100000023LL);
        QCOMPARE(*follower.latencyAvg, 4.5);
        QCOMPARE(*follower.latencyMax, 19.0);
        QCOMPARE(*follower.connections, 2);
        QCOMPARE(*follower.nodeCount, 13);
        QVERIFY(!follower.watchCount); // srvr does not say
        ZkServerReport leader;
        QVERIFY(leader.applySrvr(testData(QStringLiteral("srvr-3.8-leader.txt"))));
        QCOMPARE(leader.mode, QStringLiteral("leader"));
        QCOMPARE(*leader.outstanding, 1);
        QVERIFY(leader.applyMntr(testData(QStringLiteral("mntr-3.8-leader.txt"))));
        QCOMPARE(*leader.watchCount, 2);
        QCOMPARE(ZkServerReport::classify(testData(QStringLiteral("mntr-not-whitelisted.txt"))),
                 ZkServerReport::Reply::NotWhitelisted);
        QCOMPARE(ZkServerReport::classify(testData(QStringLiteral("srvr-not-serving.txt"))),
                 ZkServerReport::Reply::NotServing);
        QCOMPARE(ZkServerReport::classify({}), ZkServerReport::Reply::Empty);
        ZkServerReport none;
        QVERIFY(!none.applySrvr(testData(QStringLiteral("srvr-not-serving.txt"))));
    }

    // The AdminServer's JSON as Debian's 3.8.0 server writes it, and the answers the reference
    // recorded without quorum and for an unknown command.
    void adminServerAnswers() {
        const ZkAdminParser::Answer srvr =
            ZkAdminParser::classify(testData(QStringLiteral("admin-srvr-3.8-standalone.json")));
        QCOMPARE(srvr.kind, ZkAdminParser::Kind::Content);
        ZkServerReport report;
        QVERIFY(ZkAdminParser::applySrvr(report, srvr.object));
        QCOMPARE(report.mode, QStringLiteral("standalone"));
        QCOMPARE(report.version, QStringLiteral("3.8.0"));
        QCOMPARE(*report.zxid, 0);
        QCOMPARE(*report.nodeCount, 5);
        QCOMPARE(*report.connections, 0);
        QCOMPARE(*report.outstanding, 0);
        QCOMPARE(*report.latencyAvg, 0.0);
        QVERIFY(!report.watchCount); // srvr does not say
        const ZkAdminParser::Answer monitor =
            ZkAdminParser::classify(testData(QStringLiteral("admin-monitor-3.8-standalone.json")));
        QCOMPARE(monitor.kind, ZkAdminParser::Kind::Content);
        QCOMPARE(monitor.object.size(), 487); // the flat mntr set, without "zk_"
        QVERIFY(ZkAdminParser::applyMonitor(report, monitor.object));
        QCOMPARE(*report.watchCount, 0);

        // The reference's live values: a follower's zxid 4294967331 (0x100000023), 13 nodes.
        ZkServerReport follower;
        QVERIFY(ZkAdminParser::applySrvr(
            follower, ZkAdminParser::classify(R"({"version":"3.8.0-x, built on 2024","read_only":false,
                "server_stats":{"server_state":"follower","outstanding_requests":0,"min_latency":0,
                "avg_latency":0.0,"max_latency":0,"last_processed_zxid":4294967331,
                "num_alive_client_connections":0,"uptime":269},"node_count":13,"command":"server_stats",
                "error":null})")
                          .object));
        QCOMPARE(follower.mode, QStringLiteral("follower"));
        QCOMPARE(*follower.zxid, 0x100000023LL);
        QCOMPARE(*follower.nodeCount, 13);

        const ZkAdminParser::Answer notServing =
            ZkAdminParser::classify(testData(QStringLiteral("admin-srvr-not-serving.json")));
        QCOMPARE(notServing.kind, ZkAdminParser::Kind::NotServing);
        QCOMPARE(notServing.error, QStringLiteral("This ZooKeeper instance is not currently serving requests"));
        ZkServerReport none;
        QVERIFY(!ZkAdminParser::applySrvr(none, notServing.object));
        QVERIFY(none.mode.isEmpty() && !none.zxid);
        const ZkAdminParser::Answer unknown =
            ZkAdminParser::classify(testData(QStringLiteral("admin-unknown-command.json")));
        QCOMPARE(unknown.kind, ZkAdminParser::Kind::UnknownCommand);
        QCOMPARE(unknown.error, QStringLiteral("Unknown command: nosuch"));
        // monitor without quorum: HTTP 500 with an HTML page.
        QCOMPARE(ZkAdminParser::classify("<html><body><h2>HTTP ERROR 500</h2></body></html>").kind,
                 ZkAdminParser::Kind::NotJson);
        // A count that is not a count stays unknown.
        ZkServerReport odd;
        QVERIFY(ZkAdminParser::applySrvr(
            odd, ZkAdminParser::classify(R"({"server_stats":{"server_state":"leader","outstanding_requests":"3",
                "min_latency":1},"node_count":-4,"error":null})")
                     .object));
        QVERIFY(!odd.outstanding && !odd.nodeCount && !odd.latencyMin);
    }

    void aHalfReadLatencyLineShowsNoLatency() {
        // Found by fuzz_zkfourletter: an average without its range was kept.
        ZkServerReport report;
        QVERIFY(report.applySrvr("Latency min/avg/max: x/0.5/3\nMode: follower\n"));
        QVERIFY(!report.latencyMin && !report.latencyAvg && !report.latencyMax);
        QVERIFY(report.applySrvr("Latency min/avg/max: 0/0.5/3\nMode: follower\n"));
        QCOMPARE(*report.latencyMin, 0.0);
        QCOMPARE(*report.latencyAvg, 0.5);
    }

    void serversOfAConnectionString() {
        QCOMPARE(ZkEnsembleMonitor::serversOf(QStringLiteral("h1:2181, h2,[::1]:2182/chroot")),
                 (QStringList{QStringLiteral("h1:2181"), QStringLiteral("h2:2181"),
                              QStringLiteral("[::1]:2182")}));
    }

    void ensembleModelUpdatesRowsInPlace() {
        ZkEnsembleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ZkServerReport a, b;
        a.server = QStringLiteral("h1:2181");
        b.server = QStringLiteral("h2:2181");
        model.setReports({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ZkEnsembleModel::StateColumn).data().toString(), QStringLiteral("asking…"));
        QVERIFY(model.index(0, ZkEnsembleModel::ZxidColumn).data().isNull()); // not told, not shown
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        a.state = ZkServerReport::State::Serving;
        a.applySrvr(testData(QStringLiteral("srvr-3.8-leader.txt")));
        a.mntrDisabled = true;
        model.setReport(0, a);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, ZkEnsembleModel::ZxidColumn).data().toString(),
                 QStringLiteral("0x200000004"));
        QCOMPARE(model.index(0, ZkEnsembleModel::LatencyColumn).data().toString(),
                 QStringLiteral("0 / 1.2 / 7 ms"));
        QCOMPARE(model.index(0, ZkEnsembleModel::WatchesColumn).data().toString(),
                 QStringLiteral("mntr disabled"));
        model.setReport(0, a); // the same again: nothing
        QCOMPARE(changed.count(), 1);
        b.state = ZkServerReport::State::Unreachable;
        model.setReports({a, b});
        QCOMPARE(model.index(1, ZkEnsembleModel::StateColumn).data().toString(),
                 QStringLiteral("unreachable"));
        model.setReports({a});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZkExplorerParts)
#include "tst_zkexplorerparts.moc"
