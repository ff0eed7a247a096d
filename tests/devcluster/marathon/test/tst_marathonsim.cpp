// The simulated Marathon, in-process, over real HTTP: every endpoint of issue #3's Marathon
// section, its error paths, deployments that wait for running and healthy tasks, backoff,
// health checks and the event stream. Mesos is a FakeSchedulerApi driven by the test.
#include "FakeSchedulerApi.h"
#include "HttpServer.h"
#include "ManualClock.h"
#include "MarathonSim.h"
#include "TestEnvironment.h"
#include "TestHttpClient.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using TestEnvironment::waitUntil;

namespace {
// HttpServer's sockets must be gone before it is destroyed (its destructor otherwise touches
// its socket list after it is destroyed): drop the connections and let them be deleted.
void shutDown(HttpServer& server)
{
    server.close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
} // namespace

class TestMarathonSim : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeSchedulerApi> m_mesos;
    std::unique_ptr<MarathonSim> m_sim;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TestHttpClient> m_client;

    TestHttpClient& client() { return *m_client; }

    static QJsonObject app(const QString& id, int instances = 1, double cpus = 0.1)
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("cmd"), QStringLiteral("sleep 1000")},
                {QStringLiteral("instances"), instances}, {QStringLiteral("cpus"), cpus},
                {QStringLiteral("mem"), 32}};
    }
    int deploymentCount() { return int(client().get(QStringLiteral("/v2/deployments")).array().size()); }
    bool waitForNoDeployments(int timeoutMs = 8000)
    {
        return waitUntil([this] { return deploymentCount() == 0; }, timeoutMs);
    }
    QJsonObject getApp(const QString& id)
    {
        return client().get(QStringLiteral("/v2/apps") + id).object().value(QLatin1String("app")).toObject();
    }
    QJsonArray tasksOf(const QString& id)
    {
        return client().get(QStringLiteral("/v2/apps") + id + QStringLiteral("/tasks")).object().value(QLatin1String("tasks")).toArray();
    }
    // The simulator's next whole scheduling round: whatever it was going to do, it has done then
    // (the positive event behind every "nothing happens" check here).
    bool waitForLaterRound() {
        const int done = m_sim->schedulingRounds();
        return waitUntil([this, done] { return m_sim->schedulingRounds() > done; }, 20000);
    }
    QJsonObject queueEntry(const QString& appId) {
        for (const QJsonValue& e :
             client().get(QStringLiteral("/v2/queue")).object().value(QLatin1String("queue")).toArray())
            if (e.toObject().value(QLatin1String("app")).toObject().value(QLatin1String("id")).toString() ==
                appId)
                return e.toObject();
        return {};
    }
    int processedOffers(const QString& appId) {
        return queueEntry(appId)
            .value(QLatin1String("processedOffersSummary"))
            .toObject()
            .value(QLatin1String("processedOffersCount"))
            .toInt();
    }
    int runningTasks(const QString& id)
    {
        int n = 0;
        for (const QJsonValue& task : tasksOf(id))
            n += task.toObject().value(QLatin1String("state")).toString() == QLatin1String("TASK_RUNNING") ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        m_mesos = std::make_unique<FakeSchedulerApi>();
        m_mesos->addAgent(QStringLiteral("S0"));
        m_mesos->addAgent(QStringLiteral("S1"));
        m_mesos->addAgent(QStringLiteral("S2"));
        m_sim = std::make_unique<MarathonSim>(m_mesos.get());
        m_server = std::make_unique<HttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const HttpRequest& r, HttpResponder* w) { m_sim->handle(r, w); });
        m_sim->setLeader(QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        m_sim->setMesosLeaderUrl(QStringLiteral("http://127.0.0.1:5050/"));
        m_client = std::make_unique<TestHttpClient>(m_server->baseUrl());
    }

    void cleanup()
    {
        Clock::resetInstance();
        m_client.reset();
        shutDown(*m_server);
        m_server.reset();
        m_sim.reset();
        m_mesos.reset();
    }

    void pingInfoLeader()
    {
        const auto ping = client().get(QStringLiteral("/ping"));
        QCOMPARE(ping.status, 200);
        QCOMPARE(ping.body, QByteArray("pong"));
        QVERIFY(ping.header("Content-Type").startsWith("text/plain"));

        const QJsonObject info = client().get(QStringLiteral("/v2/info")).object();
        const QString leader = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
        QCOMPARE(info.value(QLatin1String("leader")).toString(), leader);
        QCOMPARE(info.value(QLatin1String("elected")).toBool(), true);
        QCOMPARE(info.value(QLatin1String("frameworkId")).toString(), QStringLiteral("fake-cluster-0000"));
        QCOMPARE(info.value(QLatin1String("marathon_config")).toObject().value(QLatin1String("mesos_leader_ui_url")).toString(),
                 QStringLiteral("http://127.0.0.1:5050/"));
        QCOMPARE(info.value(QLatin1String("http_config")).toObject().value(QLatin1String("http_port")).toInt(), int(m_server->port()));
        QVERIFY(info.value(QLatin1String("zookeeper_config")).toObject().contains(QLatin1String("zk")));
        QCOMPARE(info.value(QLatin1String("marathon_config")).toObject().value(QLatin1String("master")).toString(),
                 QStringLiteral("127.0.0.1:5050"));

        const auto leaderReply = client().get(QStringLiteral("/v2/leader"));
        QCOMPARE(leaderReply.status, 200);
        QCOMPARE(leaderReply.object().value(QLatin1String("leader")).toString(), leader);

        // The leader registered (then re-registered with its URL) as the framework "marathon".
        QVERIFY(m_mesos->registrations.size() >= 1);
        QCOMPARE(m_mesos->registrations.last().value(QLatin1String("webui_url")).toString(), QStringLiteral("http://") + leader);
        QCOMPARE(m_mesos->registrations.last().value(QLatin1String("name")).toString(), QStringLiteral("marathon"));

        QCOMPARE(client().get(QStringLiteral("/v2/nothing")).status, 404);
    }

    void createAppNormalizesAndDeploys()
    {
        client().openEvents();
        QVERIFY(client().waitForEvent(QStringLiteral("event_stream_attached")));
        m_mesos->autoRun = false;
        const auto created = client().post(QStringLiteral("/v2/apps"), {{QStringLiteral("id"), QStringLiteral("web")},
                                                                       {QStringLiteral("cmd"), QStringLiteral("sleep 100")},
                                                                       {QStringLiteral("instances"), 2}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("Location"), QByteArray("/web"));
        const QJsonObject body = created.object();
        const QByteArray deploymentId = created.header("Marathon-Deployment-Id");
        QVERIFY(!deploymentId.isEmpty());
        QCOMPARE(body.value(QLatin1String("deployments")).toArray().first().toObject().value(QLatin1String("id")).toString().toUtf8(),
                 deploymentId);
        // Marathon's defaults.
        QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("/web"));
        QCOMPARE(body.value(QLatin1String("cpus")).toDouble(), 1.0);
        QCOMPARE(body.value(QLatin1String("mem")).toDouble(), 128.0);
        QCOMPARE(body.value(QLatin1String("backoffFactor")).toDouble(), 1.15);
        QCOMPARE(body.value(QLatin1String("maxLaunchDelaySeconds")).toInt(), 3600);
        QCOMPARE(body.value(QLatin1String("upgradeStrategy")).toObject().value(QLatin1String("minimumHealthCapacity")).toDouble(), 1.0);
        QCOMPARE(body.value(QLatin1String("ports")).toArray(), QJsonArray{10000});
        QCOMPARE(body.value(QLatin1String("portDefinitions")).toArray().first().toObject().value(QLatin1String("port")).toInt(), 10000);
        QCOMPARE(body.value(QLatin1String("tasksRunning")).toInt(), 0);
        const QString version = body.value(QLatin1String("version")).toString();
        QVERIFY(QDateTime::fromString(version, Qt::ISODateWithMs).isValid());
        QCOMPARE(body.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("lastConfigChangeAt")).toString(), version);

        // The deployment: StartApplication then ScaleApplication, held until tasks run.
        const QJsonArray deployments = client().get(QStringLiteral("/v2/deployments")).array();
        QCOMPARE(deployments.size(), 1);
        const QJsonObject plan = deployments.first().toObject();
        QCOMPARE(plan.value(QLatin1String("id")).toString().toUtf8(), deploymentId);
        QCOMPARE(plan.value(QLatin1String("affectedApps")).toArray(), QJsonArray{QStringLiteral("/web")});
        QCOMPARE(plan.value(QLatin1String("totalSteps")).toInt(), 2);
        QCOMPARE(plan.value(QLatin1String("steps")).toArray().at(1).toObject().value(QLatin1String("actions")).toArray()
                     .first().toObject().value(QLatin1String("action")).toString(), QStringLiteral("ScaleApplication"));
        QVERIFY(waitUntil([this] { return m_mesos->launched.size() == 2; }, 5000));
        QVERIFY2(waitForLaterRound(), "a scheduling round after the launches");
        QCOMPARE(deploymentCount(), 1); // staged only: not done
        const QJsonObject during = client().get(QStringLiteral("/v2/deployments")).array().first().toObject();
        QCOMPARE(during.value(QLatin1String("currentStep")).toInt(), 2);
        QCOMPARE(during.value(QLatin1String("currentActions")).toArray().first().toObject().value(QLatin1String("action")).toString(),
                 QStringLiteral("ScaleApplication"));
        QCOMPARE(getApp(QStringLiteral("/web")).value(QLatin1String("tasksStaged")).toInt(), 2);

        for (const QString& id : m_mesos->runningTaskIds())
            m_mesos->sendStatus(id, QStringLiteral("TASK_RUNNING"));
        QVERIFY(waitForNoDeployments());
        QCOMPARE(getApp(QStringLiteral("/web")).value(QLatin1String("tasksRunning")).toInt(), 2);
        // Spread: two agents, one task each.
        QVERIFY(m_mesos->agentOf(m_mesos->runningTaskIds().at(0)) != m_mesos->agentOf(m_mesos->runningTaskIds().at(1)));
        // The launch carried Marathon's task id and environment.
        const SimTaskSpec spec = m_mesos->launched.first();
        QVERIFY(spec.taskId.startsWith(QLatin1String("web.")));
        QCOMPARE(spec.command, QStringLiteral("sleep 100"));
        QCOMPARE(spec.env.value(QStringLiteral("MARATHON_APP_ID")), QStringLiteral("/web"));
        QCOMPARE(spec.portCount, 1);

        QVERIFY(client().waitForEvent(QStringLiteral("deployment_success")));
        const QStringList types = client().eventTypes();
        QCOMPARE(types.first(), QStringLiteral("event_stream_attached"));
        for (const char* expected : {"api_post_event", "group_change_success", "deployment_info", "status_update_event",
                                     "instance_changed_event", "deployment_step_success", "deployment_success"})
            QVERIFY2(types.contains(QLatin1String(expected)), expected);
        QVERIFY(types.indexOf(QStringLiteral("deployment_info")) < types.indexOf(QStringLiteral("deployment_success")));
        for (const auto& event : client().events()) {
            QCOMPARE(event.data.value(QLatin1String("eventType")).toString(), event.type);
            QVERIFY(event.data.contains(QLatin1String("timestamp")));
            if (event.type == QLatin1String("status_update_event")) {
                QCOMPARE(event.data.value(QLatin1String("appId")).toString(), QStringLiteral("/web"));
                QVERIFY(event.data.value(QLatin1String("taskStatus")).toString().startsWith(QLatin1String("TASK_")));
            }
            if (event.type == QLatin1String("deployment_success"))
                QCOMPARE(event.data.value(QLatin1String("id")).toString().toUtf8(), deploymentId);
        }
    }

    void createAppErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"id\": ") << 400 << "Invalid JSON" << QString() << QString();
        QTest::newRow("array") << QByteArray("[]") << 400 << "Invalid JSON" << "/" << "error.expected.jsobject";
        QTest::newRow("cpus type") << QByteArray(R"({"id":"a","cmd":"x","cpus":"lots"})") << 400 << "Invalid JSON" << "/cpus"
                                   << "error.expected.jsnumber";
        QTest::newRow("instances fraction") << QByteArray(R"({"id":"a","cmd":"x","instances":1.5})") << 400 << "Invalid JSON"
                                            << "/instances" << "error.expected.int";
        QTest::newRow("no id") << QByteArray(R"({"cmd":"x"})") << 400 << "Invalid JSON" << "/id" << "error.path.missing";
        QTest::newRow("negative cpus") << QByteArray(R"({"id":"a","cmd":"x","cpus":-1})") << 422 << "Object is not valid" << "/cpus"
                                       << "got -1.0, expected 0.0 or more";
        QTest::newRow("negative instances") << QByteArray(R"({"id":"a","cmd":"x","instances":-3})") << 422 << "Object is not valid"
                                            << "/instances" << "got -3, expected 0 or more";
        QTest::newRow("capacity") << QByteArray(R"({"id":"a","cmd":"x","upgradeStrategy":{"minimumHealthCapacity":1.5}})") << 422
                                  << "Object is not valid" << "/upgradeStrategy/minimumHealthCapacity" << "got 1.5, expected 1.0 or less";
        QTest::newRow("bad id") << QByteArray(R"({"id":"/My_App","cmd":"x"})") << 422 << "Object is not valid" << "/id" << QString();
        QTest::newRow("cmd and args") << QByteArray(R"({"id":"a","cmd":"x","args":["y"]})") << 422 << "Object is not valid" << "/"
                                      << "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.";
        QTest::newRow("nothing to run") << QByteArray(R"({"id":"a"})") << 422 << "Object is not valid" << "/"
                                        << "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.";
        QTest::newRow("health port") << QByteArray(R"({"id":"a","cmd":"x","portDefinitions":[],"healthChecks":[{"protocol":"HTTP"}]})")
                                     << 422 << "Object is not valid" << "/healthChecks(0)" << QString();
        QTest::newRow("protocol") << QByteArray(R"({"id":"a","cmd":"x","healthChecks":[{"protocol":"GOPHER"}]})") << 400
                                  << "Invalid JSON" << "/healthChecks(0)/protocol" << "error.unknown.enum.literal";
    }

    void createAppErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(QString, path);
        QFETCH(QString, error);
        const auto reply = client().call("POST", QStringLiteral("/v2/apps"), body);
        QCOMPARE(reply.status, status);
        const QJsonObject object = reply.object();
        QCOMPARE(object.value(QLatin1String("message")).toString(), message);
        if (path.isEmpty()) { // a parse error: details is the parser's message
            QVERIFY(object.value(QLatin1String("details")).isString());
        } else {
            const QJsonArray details = object.value(QLatin1String("details")).toArray();
            QVERIFY2(!details.isEmpty(), reply.body.constData());
            const QJsonObject first = details.first().toObject();
            QCOMPARE(first.value(QLatin1String("path")).toString(), path);
            if (!error.isEmpty())
                QCOMPARE(first.value(QLatin1String("errors")).toArray().first().toString(), error);
            else
                QVERIFY(!first.value(QLatin1String("errors")).toArray().isEmpty());
        }
        QCOMPARE(client().get(QStringLiteral("/v2/apps")).object().value(QLatin1String("apps")).toArray().size(), 0);
        QVERIFY(m_mesos->launched.isEmpty());
    }

    void duplicateAppIs409()
    {
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/x"))).status, 201);
        const auto again = client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("x")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.object().value(QLatin1String("message")).toString(), QStringLiteral("An app with id [/x] already exists."));
    }

    void groupScaleBy()
    {
        QJsonObject a = app(QStringLiteral("/g/a"));
        a.insert(QStringLiteral("instances"), 2);
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), a).status, 201);
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/g/sub/b"))).status, 201);
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/other"))).status, 201);
        QVERIFY(waitForNoDeployments());
        // Every app under the group, nested ones too, to ceil(instances × factor); others untouched.
        m_mesos->autoRun = false; // the scale-up cannot finish: the deployment holds the apps
        const auto scaled = client().put(QStringLiteral("/v2/groups/g"), QJsonObject{{QStringLiteral("scaleBy"), 1.5}});
        QCOMPARE(scaled.status, 200);
        QVERIFY(!scaled.object().value(QLatin1String("deploymentId")).toString().isEmpty());
        QCOMPARE(getApp(QStringLiteral("/g/a")).value(QLatin1String("instances")).toInt(), 3);
        QCOMPARE(getApp(QStringLiteral("/g/sub/b")).value(QLatin1String("instances")).toInt(), 2);
        QCOMPARE(getApp(QStringLiteral("/other")).value(QLatin1String("instances")).toInt(), 1);
        // A deployment holds the group's apps: 409 without force.
        QCOMPARE(client().put(QStringLiteral("/v2/groups/g"), QJsonObject{{QStringLiteral("scaleBy"), 2}}).status, 409);
        QCOMPARE(client().put(QStringLiteral("/v2/groups/g?force=true"), QJsonObject{{QStringLiteral("scaleBy"), 0}}).status, 200);
        QCOMPARE(getApp(QStringLiteral("/g/a")).value(QLatin1String("instances")).toInt(), 0);
        QCOMPARE(client().put(QStringLiteral("/v2/groups/nope"), QJsonObject{{QStringLiteral("scaleBy"), 2}}).status, 404);
    }

    void getAppAndFilters()
    {
        const auto missing = client().get(QStringLiteral("/v2/apps/nope"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QLatin1String("message")).toString(), QStringLiteral("App '/nope' does not exist"));

        QJsonObject a = app(QStringLiteral("/prod/web"));
        a.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("tier"), QStringLiteral("front")}});
        QJsonObject b = app(QStringLiteral("/dev/db"));
        b.insert(QStringLiteral("cmd"), QStringLiteral("postgres -D data"));
        b.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("env"), QStringLiteral("dev")}});
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), a).status, 201);
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), b).status, 201);
        QVERIFY(waitForNoDeployments());

        const QJsonObject single = client().get(QStringLiteral("/v2/apps/prod/web")).object();
        QVERIFY(single.contains(QLatin1String("app")));
        const QJsonObject web = single.value(QLatin1String("app")).toObject();
        QCOMPARE(web.value(QLatin1String("id")).toString(), QStringLiteral("/prod/web"));
        for (const char* key : {"tasks", "deployments", "tasksRunning", "tasksHealthy"})
            QVERIFY2(web.contains(QLatin1String(key)), key);
        QCOMPARE(web.value(QLatin1String("tasks")).toArray().size(), 1);
        QVERIFY(!web.contains(QLatin1String("tasksStats")));
        QVERIFY(getApp(QStringLiteral("/prod/web")).contains(QLatin1String("deployments")));
        const QJsonObject withStats = client().get(QStringLiteral("/v2/apps/prod/web?embed=app.taskStats&embed=app.readiness"))
                                          .object().value(QLatin1String("app")).toObject();
        QCOMPARE(withStats.value(QLatin1String("tasksStats")).toObject().value(QLatin1String("totalSummary")).toObject()
                     .value(QLatin1String("stats")).toObject().value(QLatin1String("counts")).toObject().value(QLatin1String("running")).toInt(), 1);
        QVERIFY(withStats.value(QLatin1String("readinessCheckResults")).isArray());

        const auto ids = [this](const QString& query) {
            QStringList out;
            for (const QJsonValue& v : client().get(QStringLiteral("/v2/apps") + query).object().value(QLatin1String("apps")).toArray())
                out << v.toObject().value(QLatin1String("id")).toString();
            return out;
        };
        QCOMPARE(ids(QString()).size(), 2);
        QCOMPARE(ids(QStringLiteral("?id=prod")), QStringList{QStringLiteral("/prod/web")});
        QCOMPARE(ids(QStringLiteral("?cmd=postgres")), QStringList{QStringLiteral("/dev/db")});
        QCOMPARE(ids(QStringLiteral("?label=env==prod")), QStringList{QStringLiteral("/prod/web")});
        QCOMPARE(ids(QStringLiteral("?label=env!=prod")), QStringList{QStringLiteral("/dev/db")});
        QCOMPARE(ids(QStringLiteral("?label=tier")), QStringList{QStringLiteral("/prod/web")});
        QCOMPARE(ids(QStringLiteral("?label=env%20in%20(dev,%20qa)")), QStringList{QStringLiteral("/dev/db")});

        // Embeds on the list: counts and deployments always; tasks, lastTaskFailure and stats on request.
        const QJsonObject listed = client().get(QStringLiteral("/v2/apps?id=prod")).object().value(QLatin1String("apps")).toArray().first().toObject();
        QVERIFY(listed.contains(QLatin1String("tasksRunning")));
        QVERIFY(listed.contains(QLatin1String("deployments")));
        QVERIFY(!listed.contains(QLatin1String("tasks")));
        const QJsonObject embedded = client().get(QStringLiteral("/v2/apps?id=prod&embed=apps.tasks&embed=apps.taskStats&embed=apps.readiness"))
                                         .object().value(QLatin1String("apps")).toArray().first().toObject();
        QCOMPARE(embedded.value(QLatin1String("tasks")).toArray().size(), 1);
        QVERIFY(embedded.contains(QLatin1String("tasksStats")));
        QVERIFY(embedded.contains(QLatin1String("readinessCheckResults")));
    }

    void scaleLockAndForce()
    {
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/s"), 1)).status, 201);
        QVERIFY(waitForNoDeployments());
        client().openEvents(QStringLiteral("?event_type=deployment_failed&event_type=deployment_success"));
        QVERIFY(waitUntil([this] { return m_sim != nullptr && client().events().isEmpty(); }, 100) || true);

        m_mesos->autoRun = false; // the scale-up cannot finish
        const auto scaled = client().put(QStringLiteral("/v2/apps/s"), {{QStringLiteral("instances"), 3}});
        QCOMPARE(scaled.status, 200);
        const QString first = scaled.object().value(QLatin1String("deploymentId")).toString();
        QCOMPARE(scaled.header("Marathon-Deployment-Id"), first.toUtf8());
        QVERIFY(scaled.object().contains(QLatin1String("version")));
        QCOMPARE(getApp(QStringLiteral("/s")).value(QLatin1String("instances")).toInt(), 3);
        QCOMPARE(client().get(QStringLiteral("/v2/deployments")).array().first().toObject().value(QLatin1String("steps")).toArray()
                     .first().toObject().value(QLatin1String("actions")).toArray().first().toObject().value(QLatin1String("action")).toString(),
                 QStringLiteral("ScaleApplication"));

        const auto locked = client().put(QStringLiteral("/v2/apps/s"), {{QStringLiteral("instances"), 2}});
        QCOMPARE(locked.status, 409);
        QVERIFY(locked.object().value(QLatin1String("message")).toString().startsWith(QLatin1String("App is locked by one or more deployments.")));
        QCOMPARE(locked.object().value(QLatin1String("deployments")).toArray().first().toObject().value(QLatin1String("id")).toString(), first);
        QCOMPARE(client().call("POST", QStringLiteral("/v2/apps/s/restart")).status, 409);

        const auto forced = client().put(QStringLiteral("/v2/apps/s?force=true"), {{QStringLiteral("instances"), 1}});
        QCOMPARE(forced.status, 200);
        const QString second = forced.object().value(QLatin1String("deploymentId")).toString();
        QVERIFY(second != first);
        QVERIFY(client().waitForEvent(QStringLiteral("deployment_failed")));
        QCOMPARE(client().events().first().data.value(QLatin1String("id")).toString(), first);
        // Extra staged tasks are killed; the one running task stays.
        QVERIFY(waitForNoDeployments());
        QCOMPARE(tasksOf(QStringLiteral("/s")).size(), 1);
        QVERIFY(client().waitForEvent(QStringLiteral("deployment_success")));
        for (const auto& event : client().events())
            QVERIFY(event.type == QLatin1String("deployment_failed") || event.type == QLatin1String("deployment_success"));
    }

    void putCreatesAndUpdatesConfig()
    {
        const auto created = client().put(QStringLiteral("/v2/apps/fresh"), app(QStringLiteral("/fresh"), 1));
        QCOMPARE(created.status, 201);
        QVERIFY(!created.header("Marathon-Deployment-Id").isEmpty());
        QVERIFY(waitForNoDeployments());
        const QString v1 = getApp(QStringLiteral("/fresh")).value(QLatin1String("version")).toString();
        const QString oldTask = tasksOf(QStringLiteral("/fresh")).first().toObject().value(QLatin1String("id")).toString();

        // A config change replaces the task (RestartApplication) and records a version; the old
        // task stays until its replacement runs (minimumHealthCapacity 1).
        m_mesos->autoRun = false;
        const auto updated = client().put(QStringLiteral("/v2/apps/fresh"), {{QStringLiteral("cmd"), QStringLiteral("sleep 2000")}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(client().get(QStringLiteral("/v2/deployments")).array().first().toObject().value(QLatin1String("currentActions")).toArray()
                     .first().toObject().value(QLatin1String("action")).toString(), QStringLiteral("RestartApplication"));
        QVERIFY(waitUntil([this] { return m_mesos->launched.size() == 2; }, 5000));
        QVERIFY2(waitForLaterRound(), "a scheduling round after the replacement's launch");
        QVERIFY(!m_mesos->killed.contains(oldTask));
        QCOMPARE(tasksOf(QStringLiteral("/fresh")).size(), 2);
        m_mesos->sendStatus(m_mesos->launched.last().taskId, QStringLiteral("TASK_RUNNING"));
        QVERIFY(waitForNoDeployments());
        const QJsonArray tasks = tasksOf(QStringLiteral("/fresh"));
        QCOMPARE(tasks.size(), 1);
        QVERIFY(tasks.first().toObject().value(QLatin1String("id")).toString() != oldTask);
        QVERIFY(m_mesos->killed.contains(oldTask));
        const QJsonObject now = getApp(QStringLiteral("/fresh"));
        QCOMPARE(now.value(QLatin1String("cmd")).toString(), QStringLiteral("sleep 2000"));
        QCOMPARE(now.value(QLatin1String("cpus")).toDouble(), 0.1); // partial update kept it
        QCOMPARE(tasks.first().toObject().value(QLatin1String("version")).toString(), now.value(QLatin1String("version")).toString());

        const QJsonArray versions = client().get(QStringLiteral("/v2/apps/fresh/versions")).object().value(QLatin1String("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(1).toString(), v1); // newest first
        const auto old = client().get(QStringLiteral("/v2/apps/fresh/versions/") + v1);
        QCOMPARE(old.status, 200);
        QCOMPARE(old.object().value(QLatin1String("cmd")).toString(), QStringLiteral("sleep 1000"));
        QCOMPARE(client().get(QStringLiteral("/v2/apps/fresh/versions/2000-01-01T00:00:00.000Z")).status, 404);
        QCOMPARE(client().get(QStringLiteral("/v2/apps/none/versions")).status, 404);

        // Invalid updates are refused like creates.
        QCOMPARE(client().put(QStringLiteral("/v2/apps/fresh"), {{QStringLiteral("mem"), -5}}).status, 422);
        QCOMPARE(client().call("PUT", QStringLiteral("/v2/apps/fresh"), "nope").status, 400);
    }

    void putSeveralApps()
    {
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/one"), 1)).status, 201);
        QVERIFY(waitForNoDeployments());
        const QJsonArray body{QJsonObject{{QStringLiteral("id"), QStringLiteral("/one")}, {QStringLiteral("instances"), 2}},
                              app(QStringLiteral("/two"), 1)};
        m_mesos->autoRun = false;
        const auto reply = client().call("PUT", QStringLiteral("/v2/apps"), QJsonDocument(body).toJson());
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.header("Marathon-Deployment-Id").isEmpty());
        const QJsonArray deployments = client().get(QStringLiteral("/v2/deployments")).array();
        QCOMPARE(deployments.size(), 1); // one deployment for both
        QCOMPARE(deployments.first().toObject().value(QLatin1String("affectedApps")).toArray().size(), 2);
        QVERIFY(waitUntil([this] { return m_mesos->launched.size() == 3; }, 5000));
        m_mesos->autoRun = true;
        for (const QString& id : m_mesos->runningTaskIds())
            m_mesos->sendStatus(id, QStringLiteral("TASK_RUNNING"));
        QVERIFY(waitForNoDeployments());
        QCOMPARE(runningTasks(QStringLiteral("/one")), 2);
        QCOMPARE(runningTasks(QStringLiteral("/two")), 1);
        // One invalid app refuses the whole request.
        const QJsonArray bad{QJsonObject{{QStringLiteral("id"), QStringLiteral("/one")}, {QStringLiteral("instances"), 5}},
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("/two")}, {QStringLiteral("cpus"), -1}}};
        QCOMPARE(client().call("PUT", QStringLiteral("/v2/apps"), QJsonDocument(bad).toJson()).status, 422);
        QCOMPARE(getApp(QStringLiteral("/one")).value(QLatin1String("instances")).toInt(), 2);
        QCOMPARE(client().call("PUT", QStringLiteral("/v2/apps"), "{}").status, 400);
    }

    void restartReplacesEveryTask()
    {
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/r"), 2)).status, 201);
        QVERIFY(waitForNoDeployments());
        const QStringList before = m_mesos->runningTaskIds();
        QCOMPARE(client().call("POST", QStringLiteral("/v2/apps/nope/restart")).status, 404);
        const auto restarted = client().call("POST", QStringLiteral("/v2/apps/r/restart"));
        QCOMPARE(restarted.status, 200);
        QVERIFY(!restarted.object().value(QLatin1String("deploymentId")).toString().isEmpty());
        QVERIFY(waitForNoDeployments());
        const QStringList after = m_mesos->runningTaskIds();
        QCOMPARE(after.size(), 2);
        for (const QString& id : before)
            QVERIFY(!after.contains(id));
        const QJsonObject r = getApp(QStringLiteral("/r"));
        QCOMPARE(r.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("lastConfigChangeAt")).toString(),
                 r.value(QLatin1String("version")).toString());
    }

    void deleteApp()
    {
        client().openEvents(QStringLiteral("?event_type=app_terminated_event"));
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/d"), 2)).status, 201);
        QVERIFY(waitForNoDeployments());
        QCOMPARE(client().del(QStringLiteral("/v2/apps/missing")).status, 404);
        const auto deleted = client().del(QStringLiteral("/v2/apps/d"));
        QCOMPARE(deleted.status, 200);
        QVERIFY(!deleted.header("Marathon-Deployment-Id").isEmpty());
        QCOMPARE(client().get(QStringLiteral("/v2/apps/d")).status, 404);
        QVERIFY(client().waitForEvent(QStringLiteral("app_terminated_event")));
        QCOMPARE(client().events().last().data.value(QLatin1String("appId")).toString(), QStringLiteral("/d"));
        QVERIFY(m_mesos->runningTaskIds().isEmpty());
        QVERIFY(waitForNoDeployments());
    }

    void killTasks()
    {
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/k"), 3)).status, 201);
        QVERIFY(waitForNoDeployments());
        QStringList ids = m_mesos->runningTaskIds();

        const auto wrong = client().del(QStringLiteral("/v2/apps/k/tasks/k.nope"));
        QCOMPARE(wrong.status, 404);
        QCOMPARE(wrong.object().value(QLatin1String("message")).toString(), QStringLiteral("Task 'k.nope' does not exist"));
        const auto both = client().del(QStringLiteral("/v2/apps/k/tasks/") + ids.first() + QStringLiteral("?scale=true&wipe=true"));
        QCOMPARE(both.status, 400);
        QCOMPARE(both.object().value(QLatin1String("message")).toString(), QStringLiteral("You cannot use scale and wipe at the same time."));

        // Without scale: {"task":...} and a replacement.
        const auto one = client().del(QStringLiteral("/v2/apps/k/tasks/") + ids.first());
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QLatin1String("task")).toObject().value(QLatin1String("id")).toString(), ids.first());
        QVERIFY(waitUntil([this] { return m_mesos->launched.size() == 4 && runningTasks(QStringLiteral("/k")) == 3; }, 5000));
        QCOMPARE(getApp(QStringLiteral("/k")).value(QLatin1String("instances")).toInt(), 3);

        // With scale: a deployment, one instance fewer, no replacement.
        ids = m_mesos->runningTaskIds();
        const auto scaled = client().del(QStringLiteral("/v2/apps/k/tasks/") + ids.first() + QStringLiteral("?scale=true"));
        QCOMPARE(scaled.status, 200);
        QVERIFY(scaled.object().contains(QLatin1String("deploymentId")));
        QCOMPARE(getApp(QStringLiteral("/k")).value(QLatin1String("instances")).toInt(), 2);
        QVERIFY(waitForNoDeployments());
        QCOMPARE(m_mesos->launched.size(), 4);
        QCOMPARE(runningTasks(QStringLiteral("/k")), 2);

        // Bulk: POST /v2/tasks/delete.
        QCOMPARE(client().call("POST", QStringLiteral("/v2/tasks/delete"), "{\"ids\":[\"bad\"]}").status, 400);
        QCOMPARE(client().call("POST", QStringLiteral("/v2/tasks/delete?scale=true&wipe=true"), "{\"ids\":[]}").status, 400);
        ids = m_mesos->runningTaskIds();
        const auto bulk = client().call("POST", QStringLiteral("/v2/tasks/delete?scale=true"),
                                        QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray{ids.first()}}}).toJson());
        QCOMPARE(bulk.status, 200);
        QVERIFY(bulk.object().contains(QLatin1String("deploymentId")));
        QVERIFY(waitForNoDeployments());
        QCOMPARE(getApp(QStringLiteral("/k")).value(QLatin1String("instances")).toInt(), 1);

        // By host: every task of the app on that agent.
        const QString host = tasksOf(QStringLiteral("/k")).first().toObject().value(QLatin1String("host")).toString();
        const auto byHost = client().del(QStringLiteral("/v2/apps/k/tasks?host=") + host);
        QCOMPARE(byHost.status, 200);
        QCOMPARE(byHost.object().value(QLatin1String("tasks")).toArray().size(), 1);
        QVERIFY(waitUntil([this] { return m_mesos->launched.size() == 5; }, 5000));
    }

    void unconfirmedKillsAreRetried()
    {
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/stuck"))).status, 201);
        QVERIFY(waitForNoDeployments());
        m_mesos->autoKill = false; // Mesos never confirms
        const QString id = m_mesos->runningTaskIds().first();
        QCOMPARE(client().del(QStringLiteral("/v2/apps/stuck")).status, 200);
        QVERIFY(waitUntil([&] { return m_mesos->killed.count(id) == 1; }, 2000));
        QVERIFY(waitUntil([&] { return m_mesos->killed.count(id) == 2; }, 12000)); // Marathon's kill retry: 10 s
        QCOMPARE(deploymentCount(), 1); // StopApplication waits for the task to be gone
        m_mesos->sendStatus(id, QStringLiteral("TASK_KILLED"));
        QVERIFY(waitForNoDeployments());
    }

    void statusesFromInsideMesosCalls()
    {
        // A Mesos that answers launches and kills with status updates on the spot.
        m_mesos->synchronous = true;
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/sync"), 3)).status, 201);
        QVERIFY(waitForNoDeployments());
        QCOMPARE(runningTasks(QStringLiteral("/sync")), 3);
        QCOMPARE(client().call("POST", QStringLiteral("/v2/apps/sync/restart")).status, 200);
        QVERIFY(waitForNoDeployments());
        QCOMPARE(client().put(QStringLiteral("/v2/apps/sync"), {{QStringLiteral("instances"), 1}}).status, 200);
        QVERIFY(waitForNoDeployments());
        QCOMPARE(runningTasks(QStringLiteral("/sync")), 1);
        QCOMPARE(client().del(QStringLiteral("/v2/apps/sync")).status, 200);
        QVERIFY(waitForNoDeployments());
        QVERIFY(m_mesos->runningTaskIds().isEmpty());
    }

    void listTasksWithStatus()
    {
        m_mesos->autoRun = false;
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/t"), 2)).status, 201);
        QVERIFY(waitUntil([this] { return client().get(QStringLiteral("/v2/tasks")).object().value(QLatin1String("tasks")).toArray().size() == 2; }, 5000));
        m_mesos->sendStatus(m_mesos->runningTaskIds().first(), QStringLiteral("TASK_RUNNING"));
        const QJsonArray running = client().get(QStringLiteral("/v2/tasks?status=running")).object().value(QLatin1String("tasks")).toArray();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().toObject().value(QLatin1String("appId")).toString(), QStringLiteral("/t"));
        QVERIFY(running.first().toObject().contains(QLatin1String("startedAt")));
        QCOMPARE(client().get(QStringLiteral("/v2/tasks?status=staging")).object().value(QLatin1String("tasks")).toArray().size(), 1);

        // The tab-separated form for load balancers: one line per service port.
        const auto text = client().call("GET", QStringLiteral("/v2/apps/t/tasks"), {}, {{"Accept", "text/plain"}});
        QCOMPARE(text.status, 200);
        QVERIFY(text.header("Content-Type").startsWith("text/plain"));
        const QList<QByteArray> fields = text.body.trimmed().split('\t');
        QCOMPARE(fields.value(0), QByteArray("t"));
        QCOMPARE(fields.value(1), QByteArray("10000"));
        QCOMPARE(fields.size(), 4); // two tasks
        QVERIFY(fields.value(2).startsWith("host-S"));
        QCOMPARE(client().call("GET", QStringLiteral("/v2/tasks"), {}, {{"Accept", "text/plain"}}).body, text.body);
    }

    void deploymentRollbackAndForce()
    {
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/b"), 1)).status, 201);
        QVERIFY(waitForNoDeployments());
        m_mesos->autoRun = false;
        const QString scaleId = client().put(QStringLiteral("/v2/apps/b"), {{QStringLiteral("instances"), 3}}).object()
                                    .value(QLatin1String("deploymentId")).toString();
        const auto missing = client().del(QStringLiteral("/v2/deployments/no-such-plan"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QLatin1String("message")).toString(), QStringLiteral("DeploymentPlan no-such-plan does not exist"));

        const auto rollback = client().del(QStringLiteral("/v2/deployments/") + scaleId);
        QCOMPARE(rollback.status, 200);
        const QString rollbackId = rollback.object().value(QLatin1String("deploymentId")).toString();
        QVERIFY(!rollbackId.isEmpty() && rollbackId != scaleId);
        QCOMPARE(getApp(QStringLiteral("/b")).value(QLatin1String("instances")).toInt(), 1);
        QVERIFY(waitForNoDeployments());
        QCOMPARE(tasksOf(QStringLiteral("/b")).size(), 1);

        const QString again = client().put(QStringLiteral("/v2/apps/b"), {{QStringLiteral("instances"), 2}}).object()
                                  .value(QLatin1String("deploymentId")).toString();
        const auto forced = client().del(QStringLiteral("/v2/deployments/") + again + QStringLiteral("?force=true"));
        QCOMPARE(forced.status, 202);
        QVERIFY(forced.body.isEmpty());
        QCOMPARE(deploymentCount(), 0);
        QCOMPARE(getApp(QStringLiteral("/b")).value(QLatin1String("instances")).toInt(), 2); // no rollback
    }

    void queueShowsWhyNotLaunching()
    {
        const auto created = client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/big"), 1, 64));
        QCOMPARE(created.status, 201);
        // A round offers every agent (3): the summary is whole once one round has looked.
        QVERIFY2(waitUntil([this] { return processedOffers(QStringLiteral("/big")) >= 3; }, 20000),
                 "the three agents' offers processed for /big");
        const QJsonObject entry = client().get(QStringLiteral("/v2/queue")).object().value(QLatin1String("queue")).toArray().first().toObject();
        QCOMPARE(entry.value(QLatin1String("app")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("/big"));
        QCOMPARE(entry.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(entry.value(QLatin1String("delay")).toObject().value(QLatin1String("overdue")).toBool(), true);
        QVERIFY(entry.contains(QLatin1String("since")));
        const QJsonObject summary = entry.value(QLatin1String("processedOffersSummary")).toObject();
        QVERIFY(summary.value(QLatin1String("processedOffersCount")).toInt() >= 3);
        QVERIFY(summary.value(QLatin1String("unusedOffersCount")).toInt() >= 3);
        bool cpus = false;
        for (const QJsonValue& step : summary.value(QLatin1String("rejectSummaryLastOffers")).toArray()) {
            const QJsonObject s = step.toObject();
            if (s.value(QLatin1String("reason")).toString() == QLatin1String("InsufficientCpus")) {
                QCOMPARE(s.value(QLatin1String("declined")).toInt(), 3);
                QCOMPARE(s.value(QLatin1String("processed")).toInt(), 3);
                cpus = true;
            }
        }
        QVERIFY(cpus);
        QVERIFY(m_mesos->launched.isEmpty());
        QCOMPARE(deploymentCount(), 1);

        // A constraint that no agent satisfies.
        QJsonObject pinned = app(QStringLiteral("/pinned"));
        pinned.insert(QStringLiteral("constraints"), (QJsonArray() << QJsonArray{QStringLiteral("hostname"), QStringLiteral("CLUSTER"), QStringLiteral("elsewhere")}));
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), pinned).status, 201);
        QVERIFY2(waitUntil([this] { return processedOffers(QStringLiteral("/pinned")) >= 3; }, 20000),
                 "the three agents' offers processed for /pinned");
        bool found = false;
        for (const QJsonValue& step : queueEntry(QStringLiteral("/pinned"))
                                          .value(QLatin1String("processedOffersSummary"))
                                          .toObject()
                                          .value(QLatin1String("rejectSummaryLastOffers"))
                                          .toArray())
            found = found || (step.toObject().value(QLatin1String("reason")).toString() ==
                                  QLatin1String("UnfulfilledConstraint") &&
                              step.toObject().value(QLatin1String("declined")).toInt() == 3);
        QVERIFY(found);

        // UNIQUE hostname: at most one per agent, so 4 instances on 3 agents leave one queued.
        QJsonObject unique = app(QStringLiteral("/unique"), 4);
        unique.insert(QStringLiteral("constraints"), (QJsonArray() << QJsonArray{QStringLiteral("hostname"), QStringLiteral("UNIQUE")}));
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), unique).status, 201);
        QVERIFY(waitUntil([this] { return runningTasks(QStringLiteral("/unique")) == 3; }, 5000));
        // The fourth stays queued: later rounds offer the agents again (each one counted) and
        // launch nothing.
        const int offered = processedOffers(QStringLiteral("/unique"));
        QVERIFY2(waitUntil([&] { return processedOffers(QStringLiteral("/unique")) >= offered + 3; }, 20000),
                 "a later round's offers processed for /unique");
        QCOMPARE(runningTasks(QStringLiteral("/unique")), 3);
    }

    void failuresBackOff()
    {
        QJsonObject a = app(QStringLiteral("/crash"), 1);
        a.insert(QStringLiteral("backoffSeconds"), 2);
        a.insert(QStringLiteral("backoffFactor"), 2.0);
        a.insert(QStringLiteral("maxLaunchDelaySeconds"), 3);
        // The backoff runs on the injectable clock: it moves by steps that load cannot stretch.
        auto* clock = new ManualClock;
        Clock::setInstance(clock);
        m_mesos->autoRun = false;
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), a).status, 201);
        QVERIFY(waitUntil([this] { return m_mesos->launched.size() == 1; }, 5000));
        const QString first = m_mesos->launched.first().taskId;
        m_mesos->sendStatus(first, QStringLiteral("TASK_FAILED"), QStringLiteral("Command exited with status 1"));

        const QJsonObject crashed = getApp(QStringLiteral("/crash"));
        const QJsonObject failure = crashed.value(QLatin1String("lastTaskFailure")).toObject();
        QCOMPARE(failure.value(QLatin1String("taskId")).toString(), first);
        QCOMPARE(failure.value(QLatin1String("state")).toString(), QStringLiteral("TASK_FAILED"));
        QCOMPARE(failure.value(QLatin1String("message")).toString(), QStringLiteral("Command exited with status 1"));
        QCOMPARE(failure.value(QLatin1String("appId")).toString(), QStringLiteral("/crash"));
        for (const char* key : {"host", "slaveId", "timestamp", "version"})
            QVERIFY2(failure.contains(QLatin1String(key)), key);
        const QJsonObject listed = client().get(QStringLiteral("/v2/apps?embed=apps.lastTaskFailure")).object()
                                       .value(QLatin1String("apps")).toArray().first().toObject();
        QCOMPARE(listed.value(QLatin1String("lastTaskFailure")).toObject().value(QLatin1String("taskId")).toString(), first);

        // Delayed: backoffSeconds (2 s) before the next launch.
        clock->advance(100);
        QJsonObject entry = client().get(QStringLiteral("/v2/queue")).object().value(QLatin1String("queue")).toArray().first().toObject();
        QCOMPARE(entry.value(QLatin1String("delay")).toObject().value(QLatin1String("overdue")).toBool(), false);
        // 1.9 s left: Marathon truncates to whole seconds (LaunchStats.queueDelay).
        QCOMPARE(
            entry.value(QLatin1String("delay")).toObject().value(QLatin1String("timeLeftSeconds")).toInt(),
            1);
        clock->advance(900); // 1 s left
        QVERIFY2(waitForLaterRound(), "a scheduling round within the backoff");
        QCOMPARE(m_mesos->launched.size(), 1);
        clock->advance(1100); // past it
        QVERIFY2(waitUntil([this] { return m_mesos->launched.size() == 2; }, 20000),
                 "the launch after the backoff");

        // Second failure: 2 * 2 = 4, capped at maxLaunchDelaySeconds 3.
        m_mesos->sendStatus(m_mesos->launched.at(1).taskId, QStringLiteral("TASK_FAILED"));
        clock->advance(100);
        entry = client().get(QStringLiteral("/v2/queue")).object().value(QLatin1String("queue")).toArray().first().toObject();
        QCOMPARE(
            entry.value(QLatin1String("delay")).toObject().value(QLatin1String("timeLeftSeconds")).toInt(),
            2);

        // Reset Delay launches at once.
        QCOMPARE(client().del(QStringLiteral("/v2/queue/nope/delay")).status, 404);
        const auto reset = client().del(QStringLiteral("/v2/queue/crash/delay"));
        QCOMPARE(reset.status, 204);
        QVERIFY(reset.body.isEmpty());
        QVERIFY2(waitUntil([this] { return m_mesos->launched.size() == 3; }, 20000),
                 "the launch after Reset Delay");
        m_mesos->sendStatus(m_mesos->launched.at(2).taskId, QStringLiteral("TASK_RUNNING"));
        QVERIFY(waitForNoDeployments());
        QVERIFY(client().get(QStringLiteral("/v2/queue")).object().value(QLatin1String("queue")).toArray().isEmpty());
    }

    void lostAgentRelaunches()
    {
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/l"), 3)).status, 201);
        QVERIFY(waitForNoDeployments());
        QCOMPARE(runningTasks(QStringLiteral("/l")), 3);
        m_mesos->removeAgent(QStringLiteral("S1"));
        QVERIFY(waitUntil([this] { return runningTasks(QStringLiteral("/l")) == 3 && m_mesos->launched.size() == 4; }, 5000));
        for (const QJsonValue& task : tasksOf(QStringLiteral("/l")))
            QVERIFY(task.toObject().value(QLatin1String("slaveId")).toString() != QLatin1String("S1"));
        QCOMPARE(getApp(QStringLiteral("/l")).value(QLatin1String("lastTaskFailure")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("TASK_LOST"));

        // An agent that vanishes without status updates: its tasks are taken as lost too.
        m_mesos->removeAgent(QStringLiteral("S2"), false);
        QVERIFY(waitUntil([this] {
            const QJsonArray tasks = tasksOf(QStringLiteral("/l"));
            if (tasks.size() != 3)
                return false;
            for (const QJsonValue& t : tasks) {
                if (t.toObject().value(QLatin1String("slaveId")).toString() != QLatin1String("S0"))
                    return false;
            }
            return true;
        }, 5000));
    }

    void eventsNeedAcceptAndFilter()
    {
        const auto plain = client().get(QStringLiteral("/v2/events"));
        QCOMPARE(plain.status, 405);
        client().openEvents(QStringLiteral("?event_type=deployment_success&event_type=event_stream_attached"));
        QVERIFY(client().waitForEvent(QStringLiteral("event_stream_attached")));
        QVERIFY(client().events().first().data.contains(QLatin1String("remoteAddress")));
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/e"))).status, 201);
        QVERIFY(client().waitForEvent(QStringLiteral("deployment_success")));
        for (const QString& type : client().eventTypes())
            QVERIFY2(type == QLatin1String("deployment_success") || type == QLatin1String("event_stream_attached"), qPrintable(type));
    }

    void httpHealthChecksGateDeployments()
    {
        // The tasks' port 0 is this server: healthy while it answers 200.
        HttpServer health;
        QVERIFY(health.listen());
        int status = 503;
        int probes = 0;
        health.setHandler([&](const HttpRequest& request, HttpResponder* responder) {
            if (request.path == QLatin1String("/health"))
                ++probes;
            responder->respond(status, "{}");
        });
        m_mesos->fixedPorts = {health.port()};
        for (const char* agent : {"S0", "S1", "S2"})
            m_mesos->setHostname(QLatin1String(agent), QStringLiteral("127.0.0.1"));
        m_mesos->autoKill = true;
        client().openEvents(QStringLiteral("?event_type=health_status_changed_event&event_type=failed_health_check_event"
                                           "&event_type=unhealthy_instance_kill_event"));
        QJsonObject a = app(QStringLiteral("/h"), 1);
        a.insert(QStringLiteral("healthChecks"),
                 QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("HTTP")}, {QStringLiteral("path"), QStringLiteral("/health")},
                                        {QStringLiteral("gracePeriodSeconds"), 0}, {QStringLiteral("intervalSeconds"), 1},
                                        {QStringLiteral("timeoutSeconds"), 1}, {QStringLiteral("maxConsecutiveFailures"), 0}}});
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), a).status, 201);
        QVERIFY(waitUntil([&] { return probes >= 2; }, 6000));
        QCOMPARE(deploymentCount(), 1); // running but unhealthy: not done
        QCOMPARE(getApp(QStringLiteral("/h")).value(QLatin1String("tasksUnhealthy")).toInt(), 1);
        QVERIFY(client().waitForEvent(QStringLiteral("failed_health_check_event")));
        const QJsonObject failing = tasksOf(QStringLiteral("/h")).first().toObject().value(QLatin1String("healthCheckResults")).toArray().first().toObject();
        QCOMPARE(failing.value(QLatin1String("alive")).toBool(), false);
        QVERIFY(failing.value(QLatin1String("consecutiveFailures")).toInt() >= 1);
        QVERIFY(failing.value(QLatin1String("lastFailureCause")).toString().startsWith(QLatin1String("503")));

        status = 200;
        QVERIFY(waitForNoDeployments(6000));
        const QJsonObject h = getApp(QStringLiteral("/h"));
        QCOMPARE(h.value(QLatin1String("tasksHealthy")).toInt(), 1);
        QCOMPARE(h.value(QLatin1String("tasksUnhealthy")).toInt(), 0);
        const QJsonObject result = h.value(QLatin1String("tasks")).toArray().first().toObject().value(QLatin1String("healthCheckResults")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("alive")).toBool(), true);
        QCOMPARE(result.value(QLatin1String("consecutiveFailures")).toInt(), 0);
        QVERIFY(result.value(QLatin1String("firstSuccess")).isString());
        QVERIFY(client().waitForEvent(QStringLiteral("health_status_changed_event")));
        QVERIFY(m_mesos->killed.isEmpty()); // maxConsecutiveFailures 0: never killed
        shutDown(health);
    }

    void unhealthyTasksAreKilledAndReplaced()
    {
        HttpServer health;
        QVERIFY(health.listen());
        health.setHandler([](const HttpRequest&, HttpResponder* responder) { responder->respond(500, "{}"); });
        m_mesos->fixedPorts = {health.port()};
        for (const char* agent : {"S0", "S1", "S2"})
            m_mesos->setHostname(QLatin1String(agent), QStringLiteral("127.0.0.1"));
        client().openEvents(QStringLiteral("?event_type=unhealthy_instance_kill_event"));
        QJsonObject a = app(QStringLiteral("/sick"), 1);
        a.insert(QStringLiteral("healthChecks"),
                 QJsonArray{QJsonObject{{QStringLiteral("gracePeriodSeconds"), 0}, {QStringLiteral("intervalSeconds"), 1},
                                        {QStringLiteral("timeoutSeconds"), 1}, {QStringLiteral("maxConsecutiveFailures"), 2}}});
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), a).status, 201);
        QVERIFY(client().waitForEvent(QStringLiteral("unhealthy_instance_kill_event"), 8000));
        QCOMPARE(client().events().first().data.value(QLatin1String("reason")).toString().left(3), QStringLiteral("500"));
        QVERIFY(waitUntil([this] { return m_mesos->launched.size() >= 2; }, 5000));
        QCOMPARE(m_mesos->killed.first(), m_mesos->launched.first().taskId);
        shutDown(health);
    }

    void commandHealthCheckRunsInSandbox()
    {
        QTemporaryDir sandbox;
        QVERIFY(sandbox.isValid());
        m_mesos->sandboxDirectory = sandbox.path();
        QJsonObject a = app(QStringLiteral("/cmd"), 1);
        a.insert(QStringLiteral("healthChecks"),
                 QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("COMMAND")},
                                        {QStringLiteral("command"), QJsonObject{{QStringLiteral("value"), QStringLiteral("test -f ready && test \"$PORT0\" = 31000")}}},
                                        {QStringLiteral("gracePeriodSeconds"), 0}, {QStringLiteral("intervalSeconds"), 1},
                                        {QStringLiteral("timeoutSeconds"), 2}, {QStringLiteral("maxConsecutiveFailures"), 0}}});
        const auto created = client().post(QStringLiteral("/v2/apps"), a);
        QCOMPARE(created.status, 201);
        const QJsonObject check = created.object().value(QLatin1String("healthChecks")).toArray().first().toObject();
        QVERIFY(!check.contains(QLatin1String("path"))); // no HTTP defaults on a COMMAND check
        QVERIFY(waitUntil([this] { return getApp(QStringLiteral("/cmd")).value(QLatin1String("tasksUnhealthy")).toInt() == 1; }, 6000));
        QFile ready(sandbox.filePath(QStringLiteral("ready")));
        QVERIFY(ready.open(QIODevice::WriteOnly));
        ready.close();
        QVERIFY(waitForNoDeployments(6000));
        QCOMPARE(getApp(QStringLiteral("/cmd")).value(QLatin1String("tasksHealthy")).toInt(), 1);
    }

    // As Marathon's QueueInfoConversion: an app larger than every agent is refused by each
    // agent's offer for InsufficientCpus, the funnel's later steps see what is left, and
    // ?embed=lastUnusedOffers names each agent with all its reasons.
    void queueExplainsEveryAgent() {
        QJsonObject huge = app(QStringLiteral("/huge"), 1, 100);
        huge.insert(QStringLiteral("mem"), 100000);
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), huge).status, 201);
        auto entryOf = [this](const QString& query) {
            return client()
                .get(QStringLiteral("/v2/queue") + query)
                .object()
                .value(QLatin1String("queue"))
                .toArray()
                .first()
                .toObject();
        };
        QVERIFY(waitUntil(
            [&] {
                return entryOf({})
                           .value(QLatin1String("processedOffersSummary"))
                           .toObject()
                           .value(QLatin1String("processedOffersCount"))
                           .toInt() >= 6;
            },
            5000));
        const QJsonObject entry = entryOf(QStringLiteral("?embed=lastUnusedOffers"));
        const QJsonObject summary = entry.value(QLatin1String("processedOffersSummary")).toObject();
        const int processed = summary.value(QLatin1String("processedOffersCount")).toInt();
        QCOMPARE(summary.value(QLatin1String("unusedOffersCount")).toInt(), processed);
        QVERIFY(summary.contains(QLatin1String("lastUnusedOfferAt")));
        QVERIFY(
            !summary.contains(QLatin1String("lastUsedOfferAt"))); // never used: absent, as Marathon's None
        const QStringList funnel{QStringLiteral("UnfulfilledRole"),
                                 QStringLiteral("UnfulfilledConstraint"),
                                 QStringLiteral("NoCorrespondingReservationFound"),
                                 QStringLiteral("AgentMaintenance"),
                                 QStringLiteral("InsufficientCpus"),
                                 QStringLiteral("InsufficientMemory"),
                                 QStringLiteral("InsufficientDisk"),
                                 QStringLiteral("InsufficientGpus"),
                                 QStringLiteral("InsufficientPorts"),
                                 QStringLiteral("DeclinedScarceResources")};
        for (const auto& [key, total] :
             {std::pair{"rejectSummaryLastOffers", 3}, std::pair{"rejectSummaryLaunchAttempt", processed}}) {
            const QJsonArray steps = summary.value(QLatin1String(key)).toArray();
            QCOMPARE(steps.size(), funnel.size());
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const QJsonObject step = steps.at(i).toObject();
                QCOMPARE(step.value(QLatin1String("reason")).toString(), funnel.at(i));
                const bool cpus = funnel.at(i) == QLatin1String("InsufficientCpus");
                QCOMPARE(step.value(QLatin1String("declined")).toInt(), cpus ? total : 0);
                // Each offer counts once, for its first reason: after cpus nothing is left.
                QCOMPARE(step.value(QLatin1String("processed")).toInt(),
                         i <= funnel.indexOf(QStringLiteral("InsufficientCpus")) ? total : 0);
            }
        }
        const QJsonArray unused = entry.value(QLatin1String("lastUnusedOffers")).toArray();
        QCOMPARE(unused.size(), 3);
        QSet<QString> agents;
        for (const QJsonValue& v : unused) {
            const QJsonObject o = v.toObject();
            agents.insert(
                o.value(QLatin1String("offer")).toObject().value(QLatin1String("agentId")).toString());
            QCOMPARE(o.value(QLatin1String("reason")).toArray(),
                     (QJsonArray{QStringLiteral("InsufficientCpus"), QStringLiteral("InsufficientMemory")}));
            QVERIFY(o.value(QLatin1String("timestamp")).isString());
            QVERIFY(
                !o.value(QLatin1String("offer")).toObject().value(QLatin1String("id")).toString().isEmpty());
        }
        QCOMPARE(agents.size(), 3);
        QVERIFY(!entryOf({}).contains(QLatin1String("lastUnusedOffers"))); // only when embedded

        // No resources for an accepted role other than "*" on any agent.
        QJsonObject roleBound = app(QStringLiteral("/prod-only"));
        roleBound.insert(QStringLiteral("acceptedResourceRoles"), QJsonArray{QStringLiteral("production")});
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), roleBound).status, 201);
        QVERIFY(waitUntil(
            [&] {
                for (const QJsonValue& e : client()
                                               .get(QStringLiteral("/v2/queue"))
                                               .object()
                                               .value(QLatin1String("queue"))
                                               .toArray()) {
                    const QJsonObject o = e.toObject();
                    if (o.value(QLatin1String("app")).toObject().value(QLatin1String("id")).toString() !=
                        QLatin1String("/prod-only"))
                        continue;
                    const QJsonObject first = o.value(QLatin1String("processedOffersSummary"))
                                                  .toObject()
                                                  .value(QLatin1String("rejectSummaryLastOffers"))
                                                  .toArray()
                                                  .first()
                                                  .toObject();
                    return first.value(QLatin1String("reason")).toString() ==
                               QLatin1String("UnfulfilledRole") &&
                           first.value(QLatin1String("declined")).toInt() == 3;
                }
                return false;
            },
            5000));
    }

    // Marathon checks readiness of the tasks a deployment starts and keeps the deployment
    // going until one answers a status in httpStatusCodesForReady; the results show in the
    // deployment's currentActions and in embed=app.readiness, and go with the deployment.
    void readinessChecksHoldTheDeployment() {
        HttpServer ready;
        QVERIFY(ready.listen());
        int status = 503;
        ready.setHandler(
            [&](const HttpRequest&, HttpResponder* responder) { responder->respond(status, "warming up"); });
        m_mesos->fixedPorts = {ready.port()};
        for (const char* agent : {"S0", "S1", "S2"})
            m_mesos->setHostname(QLatin1String(agent), QStringLiteral("127.0.0.1"));
        QJsonObject a = app(QStringLiteral("/r"), 1);
        a.insert(QStringLiteral("portDefinitions"),
                 QJsonArray{QJsonObject{{QStringLiteral("port"), 0},
                                        {QStringLiteral("name"), QStringLiteral("http-api")}}});
        a.insert(QStringLiteral("readinessChecks"),
                 QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/ready")},
                                        {QStringLiteral("intervalSeconds"), 1},
                                        {QStringLiteral("timeoutSeconds"), 1},
                                        {QStringLiteral("preserveLastResponse"), true}}});
        const auto created = client().post(QStringLiteral("/v2/apps"), a);
        QCOMPARE(created.status, 201);
        const QJsonObject check =
            created.object().value(QLatin1String("readinessChecks")).toArray().first().toObject();
        QCOMPARE(check.value(QLatin1String("name")).toString(), QStringLiteral("readinessCheck"));
        QCOMPARE(check.value(QLatin1String("httpStatusCodesForReady")).toArray(), QJsonArray{200});
        QJsonObject result;
        QVERIFY(waitUntil(
            [&] {
                const QJsonArray deployments = client().get(QStringLiteral("/v2/deployments")).array();
                if (deployments.isEmpty())
                    return false;
                const QJsonArray results = deployments.first()
                                               .toObject()
                                               .value(QLatin1String("currentActions"))
                                               .toArray()
                                               .first()
                                               .toObject()
                                               .value(QLatin1String("readinessCheckResults"))
                                               .toArray();
                result = results.isEmpty() ? QJsonObject() : results.first().toObject();
                return !result.isEmpty();
            },
            6000));
        QCOMPARE(result.value(QLatin1String("ready")).toBool(), false);
        QCOMPARE(result.value(QLatin1String("name")).toString(), QStringLiteral("readinessCheck"));
        QCOMPARE(result.value(QLatin1String("taskId")).toString(),
                 tasksOf(QStringLiteral("/r")).first().toObject().value(QLatin1String("id")).toString());
        const QJsonObject last = result.value(QLatin1String("lastResponse")).toObject();
        QCOMPARE(last.value(QLatin1String("status")).toInt(), 503);
        QCOMPARE(last.value(QLatin1String("body")).toString(), QStringLiteral("warming up"));
        const QJsonArray embedded = client()
                                        .get(QStringLiteral("/v2/apps/r?embed=app.readiness"))
                                        .object()
                                        .value(QLatin1String("app"))
                                        .toObject()
                                        .value(QLatin1String("readinessCheckResults"))
                                        .toArray();
        QCOMPARE(embedded.size(), 1);
        QCOMPARE(deploymentCount(), 1); // running, no health checks, but not ready

        status = 200;
        QVERIFY(waitForNoDeployments(6000));
        QVERIFY(client()
                    .get(QStringLiteral("/v2/apps/r?embed=app.readiness"))
                    .object()
                    .value(QLatin1String("app"))
                    .toObject()
                    .value(QLatin1String("readinessCheckResults"))
                    .toArray()
                    .isEmpty());
        shutDown(ready);
    }
};

QTEST_GUILESS_MAIN(TestMarathonSim)
#include "tst_marathonsim.moc"
