// Marathon parsers, SSE framing, the app definition validator, the version diff and the
// status rules, on the project's own data (tests/data/marathon).
#include "AppStatus.h"
#include "JsonLineDiff.h"
#include "TestEnvironment.h"
#include "marathon/AppDefinitionValidator.h"
#include "marathon/MarathonParser.h"
#include "marathon/SseParser.h"
#include "net/ApiError.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

class TestMarathonParser : public QObject {
    Q_OBJECT
    static QByteArray data(const QString& name) {
        return TestEnvironment::testData(QStringLiteral("marathon/") + name);
    }

private slots:
    void apps() {
        QString error;
        const auto apps = MarathonParser::parseApps(data(QStringLiteral("apps.json")), &error);
        QVERIFY2(apps, qPrintable(error));
        QCOMPARE(apps->size(), 5);
        const MarathonApp& api = apps->at(0);
        QCOMPARE(api.id, QStringLiteral("/prod/web/api"));
        QCOMPARE(api.instances, 3);
        QCOMPARE(api.tasksHealthy, 2);
        QCOMPARE(api.labels.value(QStringLiteral("tier")), QStringLiteral("backend"));
        QVERIFY(api.hasHealthChecks);
        QCOMPARE(api.lastTaskFailure.state, QStringLiteral("TASK_FAILED"));
        QCOMPARE(api.lastScalingAt, QStringLiteral("2026-11-20T10:00:00.000Z"));
        QCOMPARE(apps->at(1).deploymentIds, QStringList{QStringLiteral("d-1")});
        QVERIFY(apps->at(3).cmd.isEmpty()); // args app with nulls
        QVERIFY(apps->at(4).resident);
        QVERIFY(!api.resident);
    }
    void appsShapes() {
        // a bare array, a group tree (flattened), {"*":[...]}, and garbage
        QCOMPARE(MarathonParser::parseApps(R"([{"id":"a"}])")->first().id, QStringLiteral("/a"));
        const auto group = MarathonParser::parseApps(R"({"id":"/","apps":[],"groups":[{"id":"/g","apps":[{"id":"/g/x"}],"groups":[{"id":"/g/h","apps":[{"id":"/g/h/y"}]}]}]})");
        QVERIFY(group);
        QCOMPARE(group->size(), 2);
        QCOMPARE(group->at(1).id, QStringLiteral("/g/h/y"));
        QCOMPARE(MarathonParser::parseApps(R"({"*":[{"id":"/g/z"}]})")->size(), 1);
        QString error;
        QVERIFY(!MarathonParser::parseApps(R"({"apps":[{"id":"/a"})", &error));
        QVERIFY(error.contains(QStringLiteral("Malformed JSON")));
        QVERIFY(!MarathonParser::parseApps(R"({"message":"x"})", &error));
        QVERIFY(!error.isEmpty());
    }
    void app() {
        const auto app = MarathonParser::parseApp(data(QStringLiteral("app.json")));
        QVERIFY(app);
        QCOMPARE(app->tasks.size(), 2);
        QCOMPARE(app->tasks[0].health, MarathonTask::Health::Healthy);
        QCOMPARE(app->tasks[1].health, MarathonTask::Health::Unhealthy);
        QCOMPARE(app->tasks[1].healthCause, QStringLiteral("connection refused"));
        QCOMPARE(app->tasks[1].appId, QStringLiteral("/prod/web/api")); // filled from the app
        QCOMPARE(app->tasks[1].slaveId, QStringLiteral("S2"));           // agentId
        QVERIFY(app->tasks[1].startedAt.isEmpty());
        QCOMPARE(app->tasks[0].ports, (QList<int>{31000, 31001}));
        QCOMPARE(app->env.value(QStringLiteral("DB_PASSWORD")), QStringLiteral("secret:dbpass"));
        QCOMPARE(app->uris.size(), 2); // uris + fetch, without duplicates
        QVERIFY(!MarathonParser::parseApp(R"({"app":{}})"));
    }
    void tasks() {
        QCOMPARE(MarathonParser::parseTasks(R"({"task":{"id":"t1","appId":"/a"}})")->size(), 1);
        QCOMPARE(MarathonParser::parseTasks(R"({"tasks":[]})")->size(), 0);
        QVERIFY(!MarathonParser::parseTasks(R"({"nope":1})"));
    }
    void deployments() {
        const auto d = MarathonParser::parseDeployments(data(QStringLiteral("deployments.json")));
        QVERIFY(d);
        QCOMPARE(d->size(), 2);
        QCOMPARE(d->at(0).steps.size(), 2);
        QCOMPARE(d->at(0).currentActions.first().action, QStringLiteral("ScaleApplication"));
        QCOMPARE(d->at(0).currentActions.first().target, QStringLiteral("/prod/web/frontend"));
        // pre-1.0 steps: [[...]] and no totalSteps
        QCOMPARE(d->at(1).steps.size(), 2);
        QCOMPARE(d->at(1).steps[1].first().action, QStringLiteral("RestartApplication"));
        QCOMPARE(d->at(1).totalSteps, 2);
        QVERIFY(!MarathonParser::parseDeployments(R"("x")"));
    }
    void queue() {
        const auto q = MarathonParser::parseQueue(data(QStringLiteral("queue.json")));
        QVERIFY(q);
        QCOMPARE(q->size(), 3); // the entry without app/pod is skipped
        QVERIFY(!q->at(0).delayed());
        QCOMPARE(q->at(0).rejects.first().reason, QStringLiteral("InsufficientMemory")); // most declined first
        QVERIFY(q->at(1).delayed());
        QCOMPARE(q->at(1).timeLeftSeconds, 42);
        QVERIFY(q->at(2).isPod);
        QVERIFY(q->at(2).overdue); // old servers: no delay → waiting
    }
    void infoVersionsLeader() {
        const auto info = MarathonParser::parseInfo(data(QStringLiteral("info.json")));
        QVERIFY(info);
        QCOMPARE(info->frameworkId, QStringLiteral("fw-123"));
        QCOMPARE(info->name, QStringLiteral("marathon-user"));
        QCOMPARE(info->mesosLeaderUiUrl, QStringLiteral("http://m1:5050/"));
        QCOMPARE(MarathonParser::parseVersions(data(QStringLiteral("versions.json")))->size(), 2);
        QCOMPARE(*MarathonParser::parseLeader(R"({"leader":"m1:8080"})"), QStringLiteral("m1:8080"));
        QVERIFY(!MarathonParser::parseLeader(R"({"message":"There is no leader"})"));
    }
    void sseWholeAndSplit() {
        const QByteArray stream = data(QStringLiteral("events.txt"));
        SseParser whole;
        const auto events = whole.feed(stream);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events[0].event, QStringLiteral("event_stream_attached")); // CRLF framing
        QCOMPARE(events[3].event, QStringLiteral("message"));               // no event: line
        QVERIFY(events[2].data.contains("\n\"plan\"")); // two data lines joined by LF
        // Every split point, and byte-by-byte, gives the same events.
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            SseParser p;
            auto got = p.feed(stream.left(cut));
            got += p.feed(stream.mid(cut));
            QCOMPARE(got.size(), events.size());
            QCOMPARE(got.last().data, events.last().data);
        }
        SseParser bytes;
        QList<SseParser::Event> got;
        for (char c : stream)
            got += bytes.feed(QByteArray(1, c));
        QCOMPARE(got.size(), events.size());
        QCOMPARE(got[2].data, events[2].data);
    }
    void sseKeepAliveAndIncomplete() {
        SseParser p;
        QVERIFY(p.feed("\n\n\r\n:ping\n\n").isEmpty());
        QVERIFY(p.feed("data: half").isEmpty()); // not yet dispatched
        const auto e = p.feed("\n\n");
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].data, QByteArray("half"));
    }
    void events() {
        SseParser p;
        const auto frames = p.feed(data(QStringLiteral("events.txt")));
        const auto lost = MarathonParser::parseEvent(frames[1].data, frames[1].event);
        QVERIFY(lost);
        QVERIFY(lost->isTaskFailure());
        QCOMPARE(lost->host, QStringLiteral("agent-2"));
        const auto failed = MarathonParser::parseEvent(frames[2].data, frames[2].event);
        QVERIFY(failed->isDeploymentFailure());
        QCOMPARE(failed->deploymentId, QStringLiteral("d-1"));
        QCOMPARE(failed->appId, QStringLiteral("/prod/web/frontend"));
        const auto health = MarathonParser::parseEvent(frames[3].data, frames[3].event);
        QVERIFY(health->isHealthChange());
        QCOMPARE(health->taskId, QStringLiteral("prod_web_api.a1"));
        const auto info = MarathonParser::parseEvent(frames[4].data, frames[4].event);
        QCOMPARE(info->appId, QStringLiteral("/new")); // pre-1.0 plan steps
        QVERIFY(!MarathonParser::parseEvent("{torn", QStringLiteral("x")));
    }
    void errorBodies() {
        const ApiError e422 = ApiError::fromHttp(422, R"({"message":"Object is not valid","details":[{"path":"/upgradeStrategy/minimumHealthCapacity","errors":["is greater than 1"]}]})");
        QCOMPARE(e422.details.first().path, QStringLiteral("/upgradeStrategy/minimumHealthCapacity"));
        const ApiError locked = ApiError::fromHttp(409, R"({"message":"App is locked","deployments":[{"id":"97c1"}]})");
        QCOMPARE(locked.deploymentIds, QStringList{QStringLiteral("97c1")});
    }
    void validator() {
        using V = AppDefinitionValidator;
        QVERIFY(V::validate(QJsonDocument::fromJson(data(QStringLiteral("apps.json"))).object().value(QLatin1String("apps"))
                                .toArray().first().toObject().value(QLatin1String("id")).isString()
                            ? QJsonObject{{QStringLiteral("id"), QStringLiteral("/prod/api")}, {QStringLiteral("cmd"), QStringLiteral("x")},
                                          {QStringLiteral("cpus"), 0.1}}
                            : QJsonObject{})
                    .isEmpty());
        auto paths = [](QJsonObject o) {
            if (!o.contains(QLatin1String("args")) && !o.contains(QLatin1String("cmd")))
                o.insert(QStringLiteral("cmd"),
                         QStringLiteral("x")); // cmd, args or a container: checked below
            QStringList out;
            for (const auto& p : V::validate(o))
                out << p.path;
            return out;
        };
        // Marathon's rule: cmd, args or a container. Said at the command field, in words that help.
        const QJsonObject noCommand{{QStringLiteral("id"), QStringLiteral("/a")}};
        QCOMPARE(V::validate(noCommand).size(), 1);
        QCOMPARE(V::validate(noCommand).first().path, QStringLiteral("/cmd"));
        QVERIFY(V::validate({{QStringLiteral("id"), QStringLiteral("/a")},
                             {QStringLiteral("container"), QJsonObject{}}})
                    .isEmpty());
        const auto emptyCmd =
            V::validate({{QStringLiteral("id"), QStringLiteral("/a")}, {QStringLiteral("cmd"), QString()}});
        QCOMPARE(emptyCmd.size(), 1);
        QVERIFY(!emptyCmd.first().message.contains(QStringLiteral("leave it out")));
        // Warnings: against the largest agent, and no memory at all.
        V::AgentLimits limits;
        limits.agents = 3;
        limits.totalCpus = 4, limits.totalMem = 4096, limits.totalDisk = 10000;
        limits.freeCpus = 2, limits.freeMem = 1024, limits.freeDisk = 10000;
        const QJsonObject big{{QStringLiteral("id"), QStringLiteral("/a")},
                              {QStringLiteral("cmd"), QStringLiteral("x")},
                              {QStringLiteral("cpus"), 5},
                              {QStringLiteral("mem"), 2048},
                              {QStringLiteral("disk"), 0}};
        const auto warned = V::warnings(big, limits);
        QCOMPARE(warned.size(), 2);
        QCOMPARE(warned.at(0).path, QStringLiteral("/cpus"));
        QVERIFY2(warned.at(0).message.contains(QStringLiteral("never starts")),
                 qPrintable(warned.at(0).message));
        QCOMPARE(warned.at(1).path, QStringLiteral("/mem"));
        QVERIFY2(warned.at(1).message.contains(QStringLiteral("free now")), qPrintable(warned.at(1).message));
        QVERIFY(V::warnings(big, {}).isEmpty()); // limits unknown: nothing said about them
        const auto zeroMem = V::warnings({{QStringLiteral("mem"), 0}}, {});
        QCOMPARE(zeroMem.size(), 1);
        QCOMPARE(zeroMem.first().path, QStringLiteral("/mem"));
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/Bad_Id")}}), QStringList{QStringLiteral("/id")});
        QCOMPARE(paths({{QStringLiteral("cmd"), QStringLiteral("x")}}), QStringList{QStringLiteral("/id")});
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/a")}, {QStringLiteral("cpus"), -1}}), QStringList{QStringLiteral("/cpus")});
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/a")}, {QStringLiteral("instances"), 1.5}}), QStringList{QStringLiteral("/instances")});
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/a")}, {QStringLiteral("mem"), QStringLiteral("lots")}}), QStringList{QStringLiteral("/mem")});
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/a")}, {QStringLiteral("colour"), 1}}), QStringList{QStringLiteral("/colour")});
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/a")}, {QStringLiteral("cmd"), QStringLiteral("x")},
                        {QStringLiteral("args"), QJsonArray{QStringLiteral("y")}}}),
                 QStringList{QStringLiteral("/args")});
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/a")},
                        {QStringLiteral("upgradeStrategy"), QJsonObject{{QStringLiteral("minimumHealthCapacity"), 2}}}}),
                 QStringList{QStringLiteral("/upgradeStrategy/minimumHealthCapacity")});
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/a")}, {QStringLiteral("labels"), QJsonObject{{QStringLiteral("k"), 1}}}}),
                 QStringList{QStringLiteral("/labels/k")});
        // Built step by step: QJsonArray{QJsonArray{...}} is a copy for clang but a nested list for GCC.
        QJsonArray constraints;
        constraints.append(QJsonArray{QStringLiteral("host"), QStringLiteral("NEAR")});
        QCOMPARE(paths({{QStringLiteral("id"), QStringLiteral("/a")}, {QStringLiteral("constraints"), constraints}}),
                 QStringList{QStringLiteral("/constraints/0")});
        QVERIFY(V::isValidId(QStringLiteral("/group/sub/my-app.v2")));
        QVERIFY(!V::isValidId(QStringLiteral("/my app")));
    }
    void diff() {
        const QString d = JsonLineDiff::diff(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("new")}, {QStringLiteral("mem"), 64}},
                                             QJsonObject{{QStringLiteral("cmd"), QStringLiteral("old")}, {QStringLiteral("mem"), 64}});
        QVERIFY(d.contains(QStringLiteral("-     \"cmd\": \"new\"")));
        QVERIFY(d.contains(QStringLiteral("+     \"cmd\": \"old\"")));
        QVERIFY(d.contains(QStringLiteral("      \"mem\": 64")));
    }
    void statusRules() {
        MarathonApp app;
        app.instances = 2;
        app.tasksRunning = 2;
        QCOMPARE(AppStatus::of(app, nullptr), AppStatus::Running);
        app.deploymentIds = {QStringLiteral("d")};
        QCOMPARE(AppStatus::of(app, nullptr), AppStatus::Deploying);
        MarathonQueueEntry q;
        q.overdue = true;
        QCOMPARE(AppStatus::of(app, &q), AppStatus::Waiting);
        q.overdue = false;
        QCOMPARE(AppStatus::of(app, &q), AppStatus::Delayed);
        app.deploymentIds.clear();
        app.instances = 0;
        app.tasksRunning = 0;
        QCOMPARE(AppStatus::of(app, nullptr), AppStatus::Suspended);
        app.tasksRunning = 1; // scaling down: still running
        QCOMPARE(AppStatus::of(app, nullptr), AppStatus::Running);
        MarathonApp h;
        h.hasHealthChecks = true;
        h.tasksRunning = 4;
        h.tasksHealthy = 2;
        h.tasksUnhealthy = 1;
        h.tasksStaged = 1;
        const auto health = AppStatus::healthOf(h);
        QCOMPARE(health.unknown, 1);
        QCOMPARE(health.staged, 1);
        h.hasHealthChecks = false;
        QCOMPARE(AppStatus::healthOf(h).unknown, 4);
    }
};

QTEST_GUILESS_MAIN(TestMarathonParser)
#include "tst_marathonparser.moc"
