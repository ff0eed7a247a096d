// The maintenance parsers on our own documents (v1 envelopes and v0 bodies, empty answers
// written as {}, times as numbers or strings, malformed input refused whole), the requests
// built for v1 and for a pre-1.0 leader, and the checks made before a schedule is sent.
#include "operator/MaintenanceCalls.h"
#include "operator/MaintenanceParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestMaintenanceParser : public QObject {
    Q_OBJECT
    static QJsonObject object(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }

private slots:
    void scheduleV1AndV0() {
        const QByteArray v1 = R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":{"windows":[
            {"machine_ids":[{"hostname":"a","ip":"10.0.0.1"},{"hostname":"b","ip":"10.0.0.2"}],
             "unavailability":{"start":{"nanoseconds":1443830400000000001},"duration":{"nanoseconds":3600000000000}}},
            {"machine_ids":[{"hostname":"c","ip":"10.0.0.3"}],"unavailability":{"start":{"nanoseconds":"1443834000000000000"}}}]}}})";
        const auto parsed = MaintenanceParser::parseSchedule(v1);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.windows.size(), 2);
        const MaintenanceWindow& first = parsed.value.windows.first();
        QCOMPARE(first.machines.size(), 2);
        QCOMPARE(first.machines.at(1), (MachineId{QStringLiteral("b"), QStringLiteral("10.0.0.2")}));
        QCOMPARE(first.startNanos, Q_INT64_C(1443830400000000001)); // exact: no double rounding
        QVERIFY(first.hasDuration);
        QCOMPARE(first.durationNanos, Q_INT64_C(3600000000000));
        QVERIFY(!parsed.value.windows.at(1).hasDuration); // no end given, never shown as 0
        QCOMPARE(parsed.value.windows.at(1).startNanos, Q_INT64_C(1443834000000000000));

        const auto v0 = MaintenanceParser::parseSchedule(
            R"({"windows":[{"machine_ids":[{"hostname":"a","ip":"10.0.0.1"}],"unavailability":{"start":{"nanoseconds":5}}}]})");
        QVERIFY(v0.ok());
        QCOMPARE(v0.value.windows.size(), 1);
        QCOMPARE(v0.value.windows.first().startNanos, 5);
    }

    void emptyAnswers() {
        for (const QByteArray& empty : {QByteArray("{}"),
                                        QByteArray(R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":{}}})")}) {
            const auto parsed = MaintenanceParser::parseSchedule(empty);
            QVERIFY(parsed.ok());
            QVERIFY(parsed.value.windows.isEmpty());
        }
        const auto status = MaintenanceParser::parseStatus(
            R"({"type":"GET_MAINTENANCE_STATUS","get_maintenance_status":{"status":{}}})");
        QVERIFY(status.ok());
        QVERIFY(status.value.draining.isEmpty() && status.value.down.isEmpty());
    }

    void refused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray(R"({"windows":[{"machine_ids":[)");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("windows not a list") << QByteArray(R"({"windows":{}})");
        QTest::newRow("no start") << QByteArray(R"({"windows":[{"machine_ids":[{"hostname":"a"}],"unavailability":{}}]})");
        // The fuzzer's find: a good window first, then one without a start.
        QTest::newRow("second window has no start") << QByteArray(
            R"({"windows":[{"unavailability":{"start":{"nanoseconds":7}}},{"unavailability":{}}]})");
        QTest::newRow("start out of range") << QByteArray(R"({"windows":[{"unavailability":{"start":{"nanoseconds":1e300}}}]})");
    }
    void refused() {
        QFETCH(QByteArray, json);
        const auto parsed = MaintenanceParser::parseSchedule(json);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.value.windows.isEmpty()); // never half a schedule
    }

    void statusWithAnswers() {
        const QByteArray v0 = R"({"draining_machines":[{"id":{"hostname":"a","ip":"10.0.0.1"},
            "statuses":[{"status":"ACCEPT","framework_id":{"value":"fw-1"},"timestamp":{"nanoseconds":12}},
                        {"status":"DECLINE","framework_id":{"value":"fw-2"},"timestamp":{"nanoseconds":13}}]}],
            "down_machines":[{"hostname":"b","ip":"10.0.0.2"}]})";
        const auto parsed = MaintenanceParser::parseStatus(v0);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.draining.size(), 1);
        QCOMPARE(parsed.value.draining.first().answers.size(), 2);
        QCOMPARE(parsed.value.draining.first().answers.at(1),
                 (InverseOfferAnswer{QStringLiteral("fw-2"), QStringLiteral("DECLINE"), 13}));
        QCOMPARE(parsed.value.down, (QList<MachineId>{{QStringLiteral("b"), QStringLiteral("10.0.0.2")}}));
        QVERIFY(!MaintenanceParser::parseStatus("{").ok());
    }

    void requestsByVersion() {
        const MaintenanceSchedule schedule{{{{{QStringLiteral("h"), QStringLiteral("10.0.0.1")}}, 7, true, 9}}};
        const auto v1 = MaintenanceCalls::updateSchedule(schedule, QStringLiteral("1.9.0"));
        QCOMPARE(v1.method, QByteArray("POST"));
        QCOMPARE(v1.path, QStringLiteral("/api/v1"));
        QCOMPARE(object(v1.body),
                 object(R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":{"windows":[
                    {"machine_ids":[{"hostname":"h","ip":"10.0.0.1"}],
                     "unavailability":{"start":{"nanoseconds":7},"duration":{"nanoseconds":9}}}]}}})"));
        // An empty schedule cancels everything; the v1 call still carries the (required) schedule.
        QCOMPARE(object(MaintenanceCalls::updateSchedule({}, QStringLiteral("1.9.0")).body),
                 object(R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":{}}})"));
        const auto v0 = MaintenanceCalls::updateSchedule(schedule, QStringLiteral("0.28.2"));
        QCOMPARE(v0.path, QStringLiteral("/master/maintenance/schedule"));
        QCOMPARE(object(v0.body), object(v1.body).value(QLatin1String("update_maintenance_schedule"))
                                      .toObject()
                                      .value(QLatin1String("schedule"))
                                      .toObject());
        const QList<MachineId> machines{{QStringLiteral("h"), QStringLiteral("10.0.0.1")}};
        QCOMPARE(object(MaintenanceCalls::machinesDown(machines, QStringLiteral("1.0.0")).body),
                 object(R"({"type":"START_MAINTENANCE","start_maintenance":{"machines":[{"hostname":"h","ip":"10.0.0.1"}]}})"));
        const auto up0 = MaintenanceCalls::machinesUp(machines, QStringLiteral("0.25.0"));
        QCOMPARE(up0.path, QStringLiteral("/master/machine/up"));
        QCOMPARE(QJsonDocument::fromJson(up0.body).array().size(), 1);
        QCOMPARE(MaintenanceCalls::getStatus(QStringLiteral("0.27.0")).method, QByteArray("GET"));
        QCOMPARE(MaintenanceCalls::getStatus(QStringLiteral("1.11.0")).path, QStringLiteral("/api/v1"));
        QVERIFY(MaintenanceCalls::useV1(QString())); // not known yet: a current master
    }

    void checksBeforeSending() {
        using MaintenanceCalls::machineProblem;
        QVERIFY(machineProblem({QStringLiteral("h"), QStringLiteral("10.0.0.1")}).isEmpty());
        QVERIFY(machineProblem({QStringLiteral("h"), {}}).contains(QLatin1String("IP")));
        QVERIFY(machineProblem({{}, QStringLiteral("10.0.0.1")}).contains(QLatin1String("hostname")));
        for (const char* bad : {"10.0.0", "10.0.0.256", "010.0.0.1", "10.0.0.1 ", "::1", "a.b.c.d"})
            QVERIFY2(!machineProblem({QStringLiteral("h"), QLatin1String(bad)}).isEmpty(), bad);
        MaintenanceWindow one{{{QStringLiteral("h"), QStringLiteral("10.0.0.1")}}, 0, true, 60};
        MaintenanceWindow other{{{QStringLiteral("H"), QStringLiteral("10.0.0.1")}}, 0, false, 0};
        QVERIFY(MaintenanceCalls::scheduleProblem({{one}}).isEmpty());
        // The same machine (hostnames compare lowercased) in two windows: Mesos refuses it.
        QVERIFY(MaintenanceCalls::scheduleProblem({{one, other}}).contains(QLatin1String("more than one window")));
        QVERIFY(!MaintenanceCalls::windowProblem({}).isEmpty());
        one.durationNanos = -1;
        QVERIFY(MaintenanceCalls::windowProblem(one).contains(QLatin1String("negative")));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceParser)
#include "tst_maintenanceparser.moc"
