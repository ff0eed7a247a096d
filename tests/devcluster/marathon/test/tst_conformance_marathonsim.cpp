// Conformance of the simulated Marathon with real Marathon: each endpoint's body is compared
// with the real response of the same endpoint in ../shared/fixtures/marathon (every key the
// real one has must exist in ours with the same JSON type), every app body we send validates
// against the real schema/AppDefinition.json, and every real app definition in the fixtures is
// accepted by the simulator. Differences are listed; the known ones carry their reason.
#include "FakeSchedulerApi.h"
#include "HttpServer.h"
#include "JsonSchemaValidator.h"
#include "MarathonSim.h"
#include "TestEnvironment.h"
#include "TestHttpClient.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using TestEnvironment::waitUntil;

namespace {
struct Exception {
    QString fixture;   // substring of the fixture name ("" = any)
    QString path;      // regular expression over the key path
    QString reason;
};

// Known, explained differences. Anything else fails the test.
const QList<Exception>& exceptions()
{
    static const QList<Exception> list{
        {QString(), QStringLiteral(".*"), QStringLiteral("null in the fixture: an optional field; Marathon 1.5+ omits it when unset "
                                                         "(schema/AppDefinition.json types it non-null)")},
        {QStringLiteral("go-marathon"), QStringLiteral(R"(.*/steps\[\])"),
         QStringLiteral("pre-1.0 plan format (steps as arrays of actions); 1.x uses {\"actions\":[...]}")},
        {QStringLiteral("marathon-python/test_api.test_get_deployments_pre_1_0"), QStringLiteral(R"(.*/steps\[\])"),
         QStringLiteral("pre-1.0 plan format (steps as arrays of actions)")},
        {QString(), QStringLiteral(R"(.*/healthCheckResults\[\]/taskId)"),
         QStringLiteral("Marathon 1.4+ reports instanceId instead of taskId in health results")},
        {QString(), QStringLiteral(R"(.*(/region|/zone))"),
         QStringLiteral("fault domains: simulated agents have no region/zone (Mesos omits them too when unset)")},
        {QString(), QStringLiteral(R"(.*/(residency|ipAddress|container|storeUrls|uris|executorResources|readinessChecks\[\]/portName))"),
         QStringLiteral("fields of the fixture app that this app does not set (residency, ipAddress, container, "
                        "pre-1.5 storeUrls)")},
        {QStringLiteral("deployments"), QStringLiteral(R"(.*/affectedPods\[\])"), QStringLiteral("the simulator has no pods")},
        {QStringLiteral("deployments"), QStringLiteral(R"(.*/currentActions\[\]/readinessCheckResults\[\].*)"),
         QStringLiteral("no readiness checks in the simulator: the list is always empty")},
        {QStringLiteral("deployments"), QStringLiteral(R"(.*/steps\[\]/actions\[\]/pod)"), QStringLiteral("the simulator has no pods")},
        {QStringLiteral("info"), QStringLiteral(R"(/marathon_config/(default_network_name|env_vars_prefix))"),
         QStringLiteral("flags the example sets; unset, Marathon writes null")},
        {QStringLiteral("go-marathon GET /v2/info"), QStringLiteral(R"(/event_subscriber|/zookeeper_config/zk_(future_timeout|hosts|path|state))"),
         QStringLiteral("pre-1.x /v2/info fields (event subscribers were removed in 1.5; zk_* split into zk)")},
        {QStringLiteral("api_post_event"), QStringLiteral(R"(/appDefinition/args)"),
         QStringLiteral("old Marathon wrote \"args\": [] beside cmd; the 1.5+ model leaves unset args out")},
    };
    return list;
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("undefined");
    }
}

struct Difference {
    QString path;
    QString what;
    bool realIsNull = false;
};

void compare(const QJsonValue& real, const QJsonValue& ours, const QString& path, QList<Difference>& out)
{
    if (real.isNull())
        return; // "null" in a fixture says nothing about the type; checked by the caller
    if (real.type() != ours.type()) {
        out.append({path, QStringLiteral("type %1 in the fixture, %2 here").arg(typeName(real), typeName(ours))});
        return;
    }
    if (real.isObject()) {
        const QJsonObject r = real.toObject();
        const QJsonObject o = ours.toObject();
        // Free-form maps: their keys are data, not API.
        static const QRegularExpression freeForm(QStringLiteral(R"((^|/)(env|labels|secrets)$)"));
        if (freeForm.match(path).hasMatch())
            return;
        for (auto it = r.begin(); it != r.end(); ++it) {
            const QString child = path + QLatin1Char('/') + it.key();
            if (!o.contains(it.key())) {
                out.append({child, it.value().isNull() ? QStringLiteral("missing (null in the fixture)") : QStringLiteral("missing"),
                            it.value().isNull()});
                continue;
            }
            compare(it.value(), o.value(it.key()), child, out);
        }
    } else if (real.isArray()) {
        const QJsonArray r = real.toArray();
        const QJsonArray o = ours.toArray();
        if (!r.isEmpty() && !o.isEmpty())
            compare(r.first(), o.first(), path + QStringLiteral("[]"), out);
    }
}

QJsonDocument readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

// go-marathon's methods.yml: "- uri:", "  method:", "  content: |" and the body indented by 4.
struct CannedResponse {
    QString uri;
    QString method;
    QByteArray content;
};

QList<CannedResponse> readMethodsYml(const QString& path)
{
    QList<CannedResponse> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    bool inContent = false;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("- uri: ")) {
            out.append({QString::fromUtf8(line.mid(7)).trimmed(), QString(), QByteArray()});
            inContent = false;
        } else if (line.startsWith("  method: ") && !out.isEmpty()) {
            out.last().method = QString::fromUtf8(line.mid(10)).trimmed();
        } else if (line.startsWith("  content: |")) {
            inContent = true;
        } else if (inContent && (line.startsWith("    ") || line.trimmed().isEmpty())) {
            out.last().content += line.mid(4) + '\n';
        } else {
            inContent = false;
        }
    }
    return out;
}

// The app fields that are not part of the definition (AppDefinition.json has no place for them).
QJsonObject definitionOnly(QJsonObject app)
{
    for (const char* key : {"tasksStaged", "tasksRunning", "tasksHealthy", "tasksUnhealthy", "deployments", "tasks",
                            "lastTaskFailure", "tasksStats", "readinessCheckResults"})
        app.remove(QLatin1String(key));
    return app;
}

void shutDown(HttpServer& server)
{
    server.close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
} // namespace

class TestConformanceMarathonSim : public QObject {
    Q_OBJECT

private:
    QString m_fixtures;
    std::unique_ptr<FakeSchedulerApi> m_mesos;
    std::unique_ptr<MarathonSim> m_sim;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TestHttpClient> m_client;
    QTemporaryDir m_sandbox;
    QList<CannedResponse> m_canned;
    QStringList m_undocumented;
    int m_compared = 0;

    QString fixture(const QString& relative) const { return m_fixtures + QStringLiteral("/marathon/") + relative; }

    QByteArray canned(const QString& method, const QString& uri) const
    {
        for (const CannedResponse& c : m_canned) {
            if (c.method == method && c.uri == uri && !c.content.isEmpty())
                return c.content;
        }
        return {};
    }

    // Compares and records; returns the undocumented differences.
    void check(const QString& name, const QJsonValue& real, const QJsonValue& ours)
    {
        QVERIFY2(!real.isUndefined() && !(real.isObject() && real.toObject().isEmpty() && real.isArray()),
                 qPrintable(name + QStringLiteral(": fixture missing or unreadable")));
        ++m_compared;
        QList<Difference> diffs;
        compare(real, ours, QString(), diffs);
        for (const Difference& diff : diffs) {
            QString reason;
            for (const Exception& e : exceptions()) {
                if (e.path == QLatin1String(".*") && !diff.realIsNull)
                    continue; // the null rule only covers null fixture values
                if (!e.fixture.isEmpty() && !name.contains(e.fixture))
                    continue;
                if (QRegularExpression(QRegularExpression::anchoredPattern(e.path)).match(diff.path).hasMatch()) {
                    reason = e.reason;
                    break;
                }
            }
            const QString line = QStringLiteral("%1: %2 %3").arg(name, diff.path, diff.what);
            if (reason.isEmpty()) {
                m_undocumented << line;
                qWarning().noquote() << "UNDOCUMENTED" << line;
            } else {
                qInfo().noquote() << "documented" << line << "--" << reason;
            }
        }
    }

    void checkCanned(const QString& method, const QString& uri, const QJsonValue& ours)
    {
        const QByteArray content = canned(method, uri);
        QVERIFY2(!content.isEmpty(), qPrintable(QStringLiteral("no canned %1 %2").arg(method, uri)));
        const QJsonDocument doc = QJsonDocument::fromJson(content);
        check(QStringLiteral("go-marathon %1 %2").arg(method, uri), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
              ours);
    }

    void validateApp(const QString& where, const QJsonObject& app)
    {
        static const JsonSchemaValidator validator(readJson(fixture(QStringLiteral("schema/AppDefinition.json"))).object());
        const QList<JsonSchemaValidator::Issue> issues = validator.validate(definitionOnly(app));
        QStringList text;
        for (const auto& issue : issues)
            text << issue.path + QStringLiteral(": ") + issue.message;
        QVERIFY2(issues.isEmpty(), qPrintable(where + QStringLiteral(": ") + text.join(QStringLiteral("; "))));
    }

private slots:
    void initTestCase()
    {
        MESOSDESK_REQUIRE_FIXTURES();
        m_fixtures = TestEnvironment::fixturesDir();
        QVERIFY(QFile::exists(fixture(QStringLiteral("schema/AppDefinition.json"))));
        m_canned = readMethodsYml(fixture(QStringLiteral("go-marathon/methods.yml")));
        QVERIFY(m_canned.size() > 20);
    }

    void init()
    {
        m_mesos = std::make_unique<FakeSchedulerApi>();
        for (const char* agent : {"S0", "S1", "S2"}) {
            m_mesos->addAgent(QLatin1String(agent));
            m_mesos->setHostname(QLatin1String(agent), QStringLiteral("127.0.0.1"));
        }
        m_mesos->sandboxDirectory = m_sandbox.path();
        m_sim = std::make_unique<MarathonSim>(m_mesos.get());
        m_server = std::make_unique<HttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const HttpRequest& r, HttpResponder* w) { m_sim->handle(r, w); });
        m_sim->setLeader(QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        m_sim->setMesosLeaderUrl(QStringLiteral("http://127.0.0.1:5050/"));
        m_sim->setZkUrl(QStringLiteral("zk://127.0.0.1:2181/marathon")); // what MarathonNodes passes
        m_client = std::make_unique<TestHttpClient>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        if (m_server)
            shutDown(*m_server);
        m_server.reset();
        m_sim.reset();
        m_mesos.reset();
    }

    void endpointsMatchRealResponses()
    {
        TestHttpClient& c = *m_client;
        c.openEvents();

        // /ping, /v2/info
        QCOMPARE(c.get(QStringLiteral("/ping")).body, canned(QStringLiteral("GET"), QStringLiteral("/ping")).trimmed());
        const QJsonObject info = c.get(QStringLiteral("/v2/info")).object();
        check(QStringLiteral("examples/info.json"), readJson(fixture(QStringLiteral("examples/info.json"))).object(), info);
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/info"), info);

        // POST an app with an HTTP health check against a local server (health results appear).
        HttpServer health;
        QVERIFY(health.listen());
        health.setHandler([](const HttpRequest&, HttpResponder* responder) { responder->respond(200, "{}"); });
        m_mesos->fixedPorts = {health.port()};
        const QJsonObject definition{
            {QStringLiteral("id"), QStringLiteral("/fake-app")}, {QStringLiteral("cmd"), QStringLiteral("sleep 1000")},
            {QStringLiteral("instances"), 2}, {QStringLiteral("cpus"), 0.1}, {QStringLiteral("mem"), 16},
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("zeus")}}},
            {QStringLiteral("healthChecks"), QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("HTTP")},
                                                                    {QStringLiteral("path"), QStringLiteral("/health")},
                                                                    {QStringLiteral("gracePeriodSeconds"), 0},
                                                                    {QStringLiteral("intervalSeconds"), 1}}}}};
        const auto created = c.post(QStringLiteral("/v2/apps"), definition);
        QCOMPARE(created.status, 201);
        checkCanned(QStringLiteral("POST"), QStringLiteral("/v2/apps"), created.object());
        validateApp(QStringLiteral("POST /v2/apps"), created.object());
        QVERIFY(waitUntil([&] { return c.get(QStringLiteral("/v2/deployments")).array().isEmpty(); }, 8000));

        // A failure for lastTaskFailure (the task is replaced after the backoff).
        m_mesos->sendStatus(m_mesos->runningTaskIds().first(), QStringLiteral("TASK_FAILED"), QStringLiteral("Command exited with status 1"));
        QVERIFY(waitUntil([&] { return m_mesos->runningTaskIds().size() == 2; }, 5000));
        QVERIFY(waitUntil([&] {
            const QJsonObject app = c.get(QStringLiteral("/v2/apps/fake-app")).object().value(QLatin1String("app")).toObject();
            return app.value(QLatin1String("tasksHealthy")).toInt() == 2;
        }, 8000));

        // /v2/apps and /v2/apps/{id}
        const QJsonObject list = c.get(QStringLiteral("/v2/apps?embed=apps.counts&embed=apps.deployments&embed=apps.lastTaskFailure"
                                                      "&embed=apps.taskStats&embed=apps.readiness")).object();
        check(QStringLiteral("examples/app_list.json"), readJson(fixture(QStringLiteral("examples/app_list.json"))).object(), list);
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/apps"), list);
        for (const QJsonValue& app : list.value(QLatin1String("apps")).toArray())
            validateApp(QStringLiteral("GET /v2/apps"), app.toObject());
        const QJsonObject single = c.get(QStringLiteral("/v2/apps/fake-app")).object();
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/apps/fake-app"), single);
        validateApp(QStringLiteral("GET /v2/apps/fake-app"), single.value(QLatin1String("app")).toObject());
        check(QStringLiteral("marathon-ui/minimalAppFullConfig.json"),
              readJson(fixture(QStringLiteral("marathon-ui/minimalAppFullConfig.json"))).object(), single.value(QLatin1String("app")));
        const QJsonObject cmdFiltered = c.get(QStringLiteral("/v2/apps?cmd=sleep")).object();
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/apps?cmd=nginx"), cmdFiltered);

        // versions
        const QJsonObject versions = c.get(QStringLiteral("/v2/apps/fake-app/versions")).object();
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/apps/fake-app/versions"), versions);
        const QString version = versions.value(QLatin1String("versions")).toArray().first().toString();
        validateApp(QStringLiteral("GET /versions/v"), c.get(QStringLiteral("/v2/apps/fake-app/versions/") + version).object());

        // tasks
        const QJsonObject appTasks = c.get(QStringLiteral("/v2/apps/fake-app/tasks")).object();
        check(QStringLiteral("examples/tasks.json"), readJson(fixture(QStringLiteral("examples/tasks.json"))).object(), appTasks);
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/apps/fake-app/tasks"), appTasks);
        const QJsonObject allTasks = c.get(QStringLiteral("/v2/tasks")).object();
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/tasks"), allTasks);
        check(QStringLiteral("marathon-python/test_api.test_list_tasks_with_app_id"),
              readJson(fixture(QStringLiteral("marathon-python/test_api.test_list_tasks_with_app_id.fake_response.json"))).object(), appTasks);
        check(QStringLiteral("marathon-python/test_api.test_list_tasks_without_app_id"),
              readJson(fixture(QStringLiteral("marathon-python/test_api.test_list_tasks_without_app_id.fake_response.json"))).object(), allTasks);

        // A held deployment (tasks never start) for /v2/deployments.
        m_mesos->autoRun = false;
        const auto scaled = c.put(QStringLiteral("/v2/apps/fake-app"), {{QStringLiteral("instances"), 3}});
        QCOMPARE(scaled.status, 200);
        checkCanned(QStringLiteral("PUT"), QStringLiteral("/v2/apps/fake-app"), scaled.object());
        const QJsonArray deployments = c.get(QStringLiteral("/v2/deployments")).array();
        QCOMPARE(deployments.size(), 1);
        check(QStringLiteral("examples/deployments.json"), readJson(fixture(QStringLiteral("examples/deployments.json"))).array(), deployments);
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/deployments"), deployments);
        check(QStringLiteral("marathon-python/test_api.test_get_deployments_pre_1_0"),
              readJson(fixture(QStringLiteral("marathon-python/test_api.test_get_deployments_pre_1_0.fake_response.json"))).array(),
              deployments);
        const auto forced = c.put(QStringLiteral("/v2/apps/fake-app?force=true"), {{QStringLiteral("instances"), 2}});
        checkCanned(QStringLiteral("PUT"), QStringLiteral("/v2/apps/fake-app?force=true"), forced.object());
        m_mesos->autoRun = true;
        QVERIFY(waitUntil([&] { return c.get(QStringLiteral("/v2/deployments")).array().isEmpty(); }, 8000));

        // Killing tasks.
        const QString taskId = m_mesos->runningTaskIds().first();
        const QJsonObject killed = c.del(QStringLiteral("/v2/apps/fake-app/tasks/") + taskId).object();
        check(QStringLiteral("examples/app_task.json"), readJson(fixture(QStringLiteral("examples/app_task.json"))).object(), killed);
        checkCanned(QStringLiteral("DELETE"), QStringLiteral("/v2/apps/fake-app/tasks/fake-app.fake-task"), killed);
        checkCanned(QStringLiteral("DELETE"), QStringLiteral("/v2/apps/fake-app/tasks"),
                    c.del(QStringLiteral("/v2/apps/fake-app/tasks")).object());
        QVERIFY(waitUntil([&] { return c.get(QStringLiteral("/v2/deployments")).array().isEmpty(); }, 8000));

        // Restart and delete give deployment results.
        checkCanned(QStringLiteral("POST"), QStringLiteral("/v2/apps/fake-app/restart"),
                    c.call("POST", QStringLiteral("/v2/apps/fake-app/restart?force=true")).object());
        checkCanned(QStringLiteral("DELETE"), QStringLiteral("/v2/apps/fake-app"), c.del(QStringLiteral("/v2/apps/fake-app")).object());

        // Events: each type the fixtures show, against our first event of that type.
        QVERIFY(c.waitForEvent(QStringLiteral("app_terminated_event"), 8000));
        QHash<QString, QJsonObject> ours;
        for (const auto& event : c.events()) {
            if (!ours.contains(event.type))
                ours.insert(event.type, event.data);
        }
        QFile eventsTxt(fixture(QStringLiteral("examples/events.txt")));
        QVERIFY(eventsTxt.open(QIODevice::ReadOnly));
        QStringList seen;
        for (const QByteArray& line : eventsTxt.readAll().split('\n')) {
            if (!line.startsWith("data: "))
                continue;
            const QJsonObject real = QJsonDocument::fromJson(line.mid(6)).object();
            const QString type = real.value(QLatin1String("eventType")).toString();
            if (seen.contains(type))
                continue;
            seen << type;
            QVERIFY2(ours.contains(type), qPrintable(type));
            check(QStringLiteral("examples/events.txt ") + type, real, ours.value(type));
        }
        QFile bus(fixture(QStringLiteral("spec/docs/event-bus.md")));
        QVERIFY(bus.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(bus.readAll());
        static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
        int busCompared = 0;
        for (auto it = block.globalMatch(markdown); it.hasNext();) {
            const QJsonObject real = QJsonDocument::fromJson(it.next().captured(1).toUtf8()).object();
            const QString type = real.value(QLatin1String("eventType")).toString();
            // Only the events this scenario produced; the doc's deployment examples use an old plan shape.
            if (!ours.contains(type) || type.startsWith(QLatin1String("deployment_")) || type == QLatin1String("event_stream_attached"))
                continue;
            check(QStringLiteral("spec/docs/event-bus.md ") + type, real, ours.value(type));
            ++busCompared;
        }
        QVERIFY(busCompared >= 5);

        shutDown(health);
        qInfo("compared %d fixture bodies", m_compared);
        QVERIFY2(m_undocumented.isEmpty(), qPrintable(m_undocumented.join(QLatin1Char('\n'))));
    }

    void groupsMatchRealResponses() {
        // The canned group documents (go-marathon, marathon-python) against ours for the same tree.
        TestHttpClient& c = *m_client;
        const auto created =
            c.post(QStringLiteral("/v2/groups"),
                   {{QStringLiteral("id"), QStringLiteral("/test")},
                    {QStringLiteral("apps"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("app")},
                                            {QStringLiteral("cmd"), QStringLiteral("sleep 30")},
                                            {QStringLiteral("cpus"), 0.1},
                                            {QStringLiteral("mem"), 16}}}}});
        QCOMPARE(created.status, 201);
        QVERIFY(waitUntil([&] { return c.get(QStringLiteral("/v2/deployments")).array().isEmpty(); }, 8000));
        QCOMPARE(
            c.post(QStringLiteral("/v2/groups"), {{QStringLiteral("id"), QStringLiteral("/foo")}}).status,
            201);
        const QJsonObject root = c.get(QStringLiteral("/v2/groups")).object();
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/groups"), root);
        check(QStringLiteral("marathon-python/test_model_group.test_from_json_parses_root_group"),
              readJson(fixture(QStringLiteral(
                           "marathon-python/test_model_group.test_from_json_parses_root_group.data.json")))
                  .object(),
              root);
        checkCanned(QStringLiteral("GET"), QStringLiteral("/v2/groups/test"),
                    c.get(QStringLiteral("/v2/groups/test")).object());
        for (const QJsonValue& app :
             c.get(QStringLiteral("/v2/groups/test")).object().value(QLatin1String("apps")).toArray())
            validateApp(QStringLiteral("GET /v2/groups/test"), app.toObject());
        checkCanned(QStringLiteral("PUT"), QStringLiteral("/v2/groups/:groupId"),
                    c.put(QStringLiteral("/v2/groups/test"), {{QStringLiteral("scaleBy"), 2}}).object());
        checkCanned(QStringLiteral("DELETE"), QStringLiteral("/v2/groups/:groupId"),
                    c.del(QStringLiteral("/v2/groups/test?force=true")).object());
        QVERIFY2(m_undocumented.isEmpty(), qPrintable(m_undocumented.join(QLatin1Char('\n'))));
    }

    void realAppDefinitionsAreAccepted()
    {
        // Every app request body in the fixtures: the simulator accepts it as Marathon does and
        // answers with the normalized app, keeping every field the request had.
        QStringList files{QStringLiteral("articles/app-simple.json")};
        for (const QString& dir : {QStringLiteral("legacy-examples"), QStringLiteral("system-tests/apps")}) {
            for (const QString& name : QDir(fixture(dir)).entryList({QStringLiteral("*.json")}, QDir::Files))
                files << dir + QLatin1Char('/') + name;
        }
        files << QStringLiteral("examples/app.json");
        int accepted = 0;
        for (const QString& file : files) {
            QJsonObject app = readJson(fixture(file)).object();
            QVERIFY2(!app.isEmpty(), qPrintable(file));
            if (file == QLatin1String("examples/app.json")) {
                // The doc example sets both cmd and args, which Marathon refuses (422); without
                // args it is a valid app.
                const auto refused = m_client->post(QStringLiteral("/v2/apps"), app);
                QCOMPARE(refused.status, 422);
                QCOMPARE(refused.object().value(QLatin1String("details")).toArray().first().toObject().value(QLatin1String("path")).toString(),
                         QStringLiteral("/"));
                app.remove(QStringLiteral("args"));
            }
            // The real schema agrees (apart from fields it does not know: Marathon ignores those).
            const JsonSchemaValidator realSchema(readJson(fixture(QStringLiteral("schema/AppDefinition.json"))).object());
            for (const auto& issue : realSchema.validate(app)) {
                const bool unknownField = issue.message == QLatin1String("unknown property");
                if (unknownField)
                    qInfo().noquote() << "documented" << file << issue.path
                                      << "unknown to schema/AppDefinition.json -- Marathon ignores unknown fields (marathon#2164)";
                else
                    m_undocumented << file + QStringLiteral(": real schema rejects ") + issue.path + QLatin1Char(' ') + issue.message;
            }
            const auto reply = m_client->post(QStringLiteral("/v2/apps"), app);
            QVERIFY2(reply.status == 201, qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(reply.body)));
            const QJsonObject body = reply.object();
            for (auto it = app.begin(); it != app.end(); ++it)
                QVERIFY2(body.contains(it.key()), qPrintable(file + QStringLiteral(" lost ") + it.key()));
            check(file + QStringLiteral(" (request vs POST answer)"), app, body);
            QCOMPARE(m_client->del(QStringLiteral("/v2/apps") + body.value(QLatin1String("id")).toString()).status, 200);
            ++accepted;
        }
        QVERIFY(accepted >= 10);

        // Invalid definitions: refused by the real schema and by the simulator alike.
        const JsonSchemaValidator realSchema(readJson(fixture(QStringLiteral("schema/AppDefinition.json"))).object());
        const QList<QByteArray> invalid{
            R"({"id":"a","cmd":"x","cpus":-1})", R"({"id":"a","cmd":"x","instances":-3})", R"({"id":"a","cmd":"x","mem":"big"})",
            R"({"id":"a","cmd":"x","upgradeStrategy":{"minimumHealthCapacity":1.5}})",
            R"({"id":"a","cmd":"x","healthChecks":[{"protocol":"GOPHER"}]})", R"({"id":"a","cmd":"x","args":["y"]})",
            R"({"id":"a","cmd":"x","constraints":[["hostname"]]})", R"({"id":"a","cmd":"x","backoffFactor":0.5})",
            R"({"id":"a","cmd":"x","portDefinitions":[{"port":70000}]})", R"({"id":"a","cmd":"x","killSelection":"RANDOM"})",
            R"({"cmd":"x"})"};
        for (const QByteArray& body : invalid) {
            QVERIFY2(!realSchema.validate(QJsonDocument::fromJson(body).object()).isEmpty(), body.constData());
            const int status = m_client->call("POST", QStringLiteral("/v2/apps"), body).status;
            QVERIFY2(status == 400 || status == 422, body.constData());
        }
        QVERIFY2(m_undocumented.isEmpty(), qPrintable(m_undocumented.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestConformanceMarathonSim)
#include "tst_conformance_marathonsim.moc"
