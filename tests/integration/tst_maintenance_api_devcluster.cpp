// Mesos maintenance against the devcluster binary, through the operator client as the console
// sends it: the schedule (v1 UPDATE/GET_MAINTENANCE_SCHEDULE and the v0 endpoint), the status
// (DRAINING machines with the frameworks' inverse-offer answers, DOWN machines), machine down
// (START_MAINTENANCE: the machine's agents removed, their tasks TASK_LOST with the master's
// message) and machine up (STOP_MAINTENANCE: the machine leaves the schedule, its agents come
// back as new agents), and every refusal with the status code and text of src/master/http.cpp
// and maintenance.cpp. The devcluster's agents all run on one machine, 127.0.0.1 (127.0.0.1).
#include "DevClusterProcess.h"
#include "TestEnvironment.h"
#include "operator/MaintenanceCalls.h"
#include "operator/MaintenanceParser.h"
#include "operator/OperatorClient.h"
#include "operator/OperatorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
const MachineId Loopback{QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")};
constexpr qint64 Hour = 3600LL * 1000000000LL;
const QString V1 = QStringLiteral("1.11.0");
const QString V0 = QStringLiteral("0.28.2");
} // namespace

class TestMaintenanceApiDevcluster : public QObject {
    Q_OBJECT
    DevClusterProcess m_devcluster;
    HttpTransport m_http;
    QUrl m_leader;
    std::unique_ptr<OperatorClient> m_client;

    HttpTransport::Response send(const MaintenanceCalls::Request& request) {
        return send(request.method, request.path, request.body);
    }
    HttpTransport::Response send(const QByteArray& method, const QString& path, const QByteArray& body) {
        HttpTransport::Response answer;
        bool done = false;
        m_client->send(method, path, body, this, [&](const HttpTransport::Response& r) {
            answer = r;
            done = true;
        });
        if (!TestEnvironment::waitUntil([&] { return done; }, 15000))
            qWarning("no answer to %s %s within 15 s", method.constData(), qPrintable(path));
        return answer;
    }
    MaintenanceSchedule schedule(const QString& version = V1) {
        return MaintenanceParser::parseSchedule(send(MaintenanceCalls::getSchedule(version)).body).value;
    }
    MaintenanceStatus status(const QString& version = V1) {
        return MaintenanceParser::parseStatus(send(MaintenanceCalls::getStatus(version)).body).value;
    }
    QList<AgentDrain> agents() {
        return OperatorParser::parseAgents(send("POST", QStringLiteral("/api/v1"), R"({"type":"GET_AGENTS"})").body).value;
    }
    static MaintenanceSchedule windowFor(const QList<MachineId>& machines) {
        const qint64 start = QDateTime::currentMSecsSinceEpoch() * 1000000 + Hour;
        return {{{machines, start, true, Hour}}};
    }
    // The 400 and its text, for the v1 call and its v0 endpoint alike.
    void expectRefusal(const MaintenanceCalls::Request& request, const QString& text) {
        const HttpTransport::Response answer = send(request);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.message, text);
    }
    // A task's state and its last status's message, from v1 GET_TASKS (v0 statuses carry no message).
    QString taskState(const QString& taskId, QString* message) {
        const QJsonObject tasks = QJsonDocument::fromJson(send("POST", QStringLiteral("/api/v1"), R"({"type":"GET_TASKS"})").body)
                                      .object()
                                      .value(QLatin1String("get_tasks"))
                                      .toObject();
        for (const char* list : {"tasks", "completed_tasks"}) {
            for (const QJsonValue& value : tasks.value(QLatin1String(list)).toArray()) {
                const QJsonObject task = value.toObject();
                if (task.value(QLatin1String("task_id")).toObject().value(QLatin1String("value")).toString() != taskId)
                    continue;
                const QJsonArray statuses = task.value(QLatin1String("statuses")).toArray();
                if (message && !statuses.isEmpty())
                    *message = statuses.last().toObject().value(QLatin1String("message")).toString();
                return task.value(QLatin1String("state")).toString();
            }
        }
        return {};
    }

private slots:
    void initTestCase() {
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 2));
        m_leader = QUrl(m_devcluster.ready().value(QLatin1String("masters")).toArray().first().toString());
        m_client = std::make_unique<OperatorClient>(&m_http, [this] { return m_leader; });
        QVERIFY2(TestEnvironment::waitUntil([this] { return agents().size() == 2; }, 30000), "two agents registered");
    }
    void cleanupTestCase() {
        m_client.reset();
        m_devcluster.stop();
    }

    void emptyAtFirst() {
        for (const QString& version : {V1, V0}) {
            const HttpTransport::Response answer = send(MaintenanceCalls::getSchedule(version));
            QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
            QVERIFY(schedule(version).windows.isEmpty());
            const MaintenanceStatus none = status(version);
            QVERIFY(none.draining.isEmpty() && none.down.isEmpty());
        }
        QCOMPARE(send("GET", QStringLiteral("/master/maintenance/schedule"), {}).body, QByteArray("{}"));
        QCOMPARE(QJsonDocument::fromJson(send(MaintenanceCalls::getSchedule(V1)).body).object(),
                 QJsonDocument::fromJson(R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":{}}})")
                     .object());
    }

    void scheduleRefusals() {
        const MachineId a{QStringLiteral("a"), QStringLiteral("10.0.0.1")};
        for (const QString& version : {V1, V0}) {
            MaintenanceSchedule bad = windowFor({});
            expectRefusal(MaintenanceCalls::updateSchedule(bad, version),
                          QStringLiteral("List of machines in the maintenance window is empty"));
            bad = windowFor({{{}, {}}});
            expectRefusal(MaintenanceCalls::updateSchedule(bad, version),
                          QStringLiteral("Both 'hostname' and 'ip' for a machine are empty"));
            bad = windowFor({{QStringLiteral("a"), QStringLiteral("10.0.0.300")}});
            expectRefusal(MaintenanceCalls::updateSchedule(bad, version),
                          QStringLiteral("Failed to parse IPv4: 10.0.0.300"));
            bad = windowFor({a});
            bad.windows.append(bad.windows.first());
            expectRefusal(MaintenanceCalls::updateSchedule(bad, version),
                          QStringLiteral(R"(Machine '{"hostname":"a","ip":"10.0.0.1"}' appears more than once in the schedule)"));
            bad = windowFor({a});
            bad.windows.first().durationNanos = -1;
            expectRefusal(MaintenanceCalls::updateSchedule(bad, version),
                          QStringLiteral("Unavailability 'duration' is negative"));
            expectRefusal(MaintenanceCalls::machinesDown({a}, version),
                          QStringLiteral(R"(Machine '{"hostname":"a","ip":"10.0.0.1"}' is not part of a maintenance schedule)"));
            expectRefusal(MaintenanceCalls::machinesDown({}, version), QStringLiteral("List of machines is empty"));
            // The agents' machine is known to the master (UP): not DRAINING, so not brought down.
            expectRefusal(MaintenanceCalls::machinesDown({Loopback}, version),
                          QStringLiteral(R"(Machine '{"hostname":"127.0.0.1","ip":"127.0.0.1"}' is not in DRAINING mode and cannot be brought down)"));
            expectRefusal(MaintenanceCalls::machinesUp({Loopback}, version),
                          QStringLiteral(R"(Machine '{"hostname":"127.0.0.1","ip":"127.0.0.1"}' is not in DOWN mode and cannot be brought up)"));
        }
        // Protobuf conversion and validation of the v1 call itself.
        HttpTransport::Response answer = send("POST", QStringLiteral("/api/v1"), R"({"type":"UPDATE_MAINTENANCE_SCHEDULE"})");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.message,
                 QStringLiteral("Failed to validate master::Call: Expecting 'update_maintenance_schedule' to be present"));
        answer = send("POST", QStringLiteral("/api/v1"),
                      R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":{"windows":[{"machine_ids":[{"hostname":"a","ip":"10.0.0.1"}]}]}}})");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.message,
                 QStringLiteral("Failed to convert JSON into Call protobuf: Missing required fields: "
                                "update_maintenance_schedule.schedule.windows[0].unavailability"));
        answer = send("GET", QStringLiteral("/master/machine/down"), {});
        QCOMPARE(answer.status, 405);
        QVERIFY(schedule().windows.isEmpty()); // nothing refused was kept
    }

    void drainingDownAndUp() {
        // A task on an agent, so the machine's framework gets an inverse offer to answer.
        const QString agentId = agents().first().id;
        const QJsonObject launched = m_devcluster.control(
            "POST", QStringLiteral("/tasks"),
            {{QStringLiteral("cmd"), QStringLiteral("sleep 600")}, {QStringLiteral("id"), QStringLiteral("on-the-machine")},
             {QStringLiteral("agent_id"), agentId}});
        QCOMPARE(launched.value(QLatin1String("_status")).toInt(), 201);
        QVERIFY2(TestEnvironment::waitUntil([&] { return taskState(QStringLiteral("on-the-machine"), nullptr) == QLatin1String("TASK_RUNNING"); }, 15000),
                 "the task runs");

        const MachineId other{QStringLiteral("spare.example"), QStringLiteral("10.0.0.9")};
        MaintenanceSchedule planned = windowFor({Loopback, other});
        HttpTransport::Response answer = send(MaintenanceCalls::updateSchedule(planned, V1));
        QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
        QCOMPARE(answer.status, 200); // not the docs' 202
        QVERIFY(answer.body.isEmpty());
        QCOMPARE(schedule(), planned);
        QCOMPARE(schedule(V0), planned);
        MaintenanceStatus now = status();
        QCOMPARE(now.draining.size(), 2);
        QVERIFY(now.draining.first().machine.sameMachine(Loopback));
        QVERIFY(now.draining.first().answers.isEmpty()); // Marathon-like frameworks never answer
        // Machines of the schedule are not drained agent by agent (http.cpp drainAgent).
        answer = send("POST", QStringLiteral("/api/v1"),
                      QStringLiteral(R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"%1"}}})").arg(agentId).toUtf8());
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.message,
                 QStringLiteral("Agent %1 is part of a maintenance schedule under Machine 127.0.0.1 (127.0.0.1)").arg(agentId));
        // The framework declines the inverse offer: the status shows it, with its framework.
        const QJsonObject answered = m_devcluster.control(
            "POST", QStringLiteral("/inverse-offers"),
            {{QStringLiteral("agent_id"), agentId}, {QStringLiteral("answer"), QStringLiteral("DECLINE")}});
        QCOMPARE(answered.value(QLatin1String("_status")).toInt(), 200);
        now = status();
        QCOMPARE(now.draining.first().answers.size(), 1);
        QCOMPARE(now.draining.first().answers.first().status, QStringLiteral("DECLINE"));
        QVERIFY(now.draining.first().answers.first().timestampNanos > 0);

        // Machine down: both agents shut down and removed, the task lost.
        answer = send(MaintenanceCalls::machinesDown({Loopback}, V1));
        QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
        QCOMPARE(answer.status, 200);
        QVERIFY(agents().isEmpty());
        now = status();
        QCOMPARE(now.down, (QList<MachineId>{Loopback}));
        QCOMPARE(now.draining.size(), 1); // the other machine
        QString message;
        QCOMPARE(taskState(QStringLiteral("on-the-machine"), &message), QStringLiteral("TASK_LOST"));
        QCOMPARE(message, QStringLiteral("Agent 127.0.0.1 removed: Operator initiated 'Machine DOWN'"));
        // A DOWN machine stays in the schedule until it is brought up.
        expectRefusal(MaintenanceCalls::updateSchedule(windowFor({other}), V1),
                      QStringLiteral(R"(Machine '{"hostname":"127.0.0.1","ip":"127.0.0.1"}' is deactivated and cannot be removed from the schedule)"));
        expectRefusal(MaintenanceCalls::machinesDown({Loopback}, V0),
                      QStringLiteral(R"(Machine '{"hostname":"127.0.0.1","ip":"127.0.0.1"}' is not in DRAINING mode and cannot be brought down)"));
        // The agents cannot register while the machine is DOWN.
        m_devcluster.control("POST", QStringLiteral("/agents/0/restart"));
        QVERIFY(agents().isEmpty());

        // Machine up (the v0 endpoint this time): out of the schedule, the agents back, new ids.
        answer = send(MaintenanceCalls::machinesUp({Loopback}, V0));
        QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
        QVERIFY2(TestEnvironment::waitUntil([&] { return agents().size() == 2; }, 15000), "both agents registered again");
        const QList<AgentDrain> back = agents();
        QVERIFY(std::none_of(back.cbegin(), back.cend(), [&](const AgentDrain& a) { return a.id == agentId; }));
        const MaintenanceSchedule left = schedule();
        QCOMPARE(left.windows.size(), 1);
        QCOMPARE(left.windows.first().machines, (QList<MachineId>{other}));
        now = status();
        QVERIFY(now.down.isEmpty());
        QCOMPARE(now.draining.size(), 1);

        // An empty schedule cancels the rest: the other machine is UP again.
        QVERIFY(send(MaintenanceCalls::updateSchedule({}, V0)).ok());
        QVERIFY(schedule().windows.isEmpty());
        now = status();
        QVERIFY(now.draining.isEmpty() && now.down.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceApiDevcluster)
#include "tst_maintenance_api_devcluster.moc"
