// MarathonClient and MarathonSource against a fake Marathon on loopback: every action's
// request, success and error paths (400, 404, 409 locked/duplicate, 422, 500, timeout, not
// reachable, unreadable answers), force only on request, and the live event stream (302 to
// the leader, events trigger re-fetch, reconnect after a drop, polling fallback).
#include "FakeMarathon.h"
#include "TestEnvironment.h"
#include "marathon/MarathonClient.h"
#include "marathon/MarathonSource.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;

class TestMarathonClient : public QObject {
    Q_OBJECT

    std::unique_ptr<FakeMarathon> m_fake;
    std::unique_ptr<HttpTransport> m_http;
    std::unique_ptr<MarathonClient> m_client;

    MarathonResult wait(const std::function<void(MarathonClient::ResultCallback)>& call) {
        std::optional<MarathonResult> result;
        call([&](const MarathonResult& r) { result = r; });
        if (!TestEnvironment::waitUntil([&] { return result.has_value(); }, 5000))
            qFatal("no answer");
        return *result;
    }

private slots:
    void init() {
        m_fake = std::make_unique<FakeMarathon>();
        QVERIFY(m_fake->start());
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/web")}, {QStringLiteral("instances"), 2},
                                   {QStringLiteral("cmd"), QStringLiteral("serve")}, {QStringLiteral("cpus"), 0.1},
                                   {QStringLiteral("mem"), 32}});
        m_http = std::make_unique<HttpTransport>();
        m_http->setTimeout(800ms);
        m_client = std::make_unique<MarathonClient>(m_http.get());
        m_client->setBaseUrl(QUrl(m_fake->baseUrl()));
    }
    void cleanup() {
        m_client.reset();
        m_http.reset();
        m_fake.reset();
    }

    void reads() {
        std::optional<QList<MarathonApp>> apps;
        m_client->listApps(this, [&](const ApiError& e, const QList<MarathonApp>& a) {
            QVERIFY(!e.isError());
            apps = a;
        });
        QVERIFY(TestEnvironment::waitUntil([&] { return apps.has_value(); }, 5000));
        QCOMPARE(apps->size(), 1);
        QCOMPARE(apps->first().tasksRunning, 2);
        const auto seen = m_fake->requests().last();
        QCOMPARE(seen.path, QStringLiteral("/v2/apps"));
        for (const char* embed : {"apps.counts", "apps.deployments", "apps.lastTaskFailure", "apps.taskStats", "apps.readiness"})
            QVERIFY2(seen.rawPath.contains(QByteArray(QByteArray("embed=") + embed)), seen.rawPath.constData());

        std::optional<MarathonApp> app;
        m_client->getApp(QStringLiteral("/web"), this, [&](const ApiError&, const MarathonApp& a) { app = a; });
        QVERIFY(TestEnvironment::waitUntil([&] { return app.has_value(); }, 5000));
        QCOMPARE(app->tasks.size(), 2);
        std::optional<QStringList> versions;
        m_client->listVersions(QStringLiteral("/web"), this, [&](const ApiError&, const QStringList& v) { versions = v; });
        QVERIFY(TestEnvironment::waitUntil([&] { return versions.has_value(); }, 5000));
        QCOMPARE(versions->size(), 1);
        std::optional<MarathonInfo> info;
        m_client->info(this, [&](const ApiError&, const MarathonInfo& i) { info = i; });
        QVERIFY(TestEnvironment::waitUntil([&] { return info.has_value(); }, 5000));
        QCOMPARE(info->frameworkId, QStringLiteral("fw-fake"));
    }

    void changesSendTheRightRequests() {
        MarathonResult r = wait([&](auto done) { m_client->scaleApp(QStringLiteral("/web"), 3, false, this, done); });
        QVERIFY(r.ok());
        QVERIFY(r.deploymentId.startsWith(QStringLiteral("dep-")));
        QCOMPARE(m_fake->lastChange().method, QByteArray("PUT"));
        QCOMPARE(m_fake->lastChange().path, QStringLiteral("/v2/apps/web"));
        QVERIFY(!m_fake->lastChange().rawPath.contains("force"));
        QCOMPARE(QJsonDocument::fromJson(m_fake->lastChange().body).object(), (QJsonObject{{QStringLiteral("instances"), 3}}));
        QCOMPARE(m_fake->tasksOf(QStringLiteral("/web")).size(), 3);

        r = wait([&](auto done) { m_client->restartApp(QStringLiteral("/web"), false, this, done); });
        QVERIFY(r.ok());
        QCOMPARE(m_fake->lastChange().path, QStringLiteral("/v2/apps/web/restart"));

        const QString task = m_fake->tasksOf(QStringLiteral("/web")).first().value(QLatin1String("id")).toString();
        r = wait([&](auto done) { m_client->killTasks({task}, MarathonClient::KillMode::KillAndScale, false, this, done); });
        QVERIFY(r.ok());
        QCOMPARE(m_fake->lastChange().path, QStringLiteral("/v2/tasks/delete"));
        QVERIFY(m_fake->lastChange().rawPath.contains("scale=true"));
        QVERIFY(m_fake->lastChange().rawPath.contains("wipe=false"));
        QCOMPARE(QJsonDocument::fromJson(m_fake->lastChange().body).object().value(QLatin1String("ids")).toArray().first().toString(), task);
        QCOMPARE(m_fake->app(QStringLiteral("/web")).value(QLatin1String("instances")).toInt(), 2);

        r = wait([&](auto done) { m_client->applyVersion(QStringLiteral("/web"), QStringLiteral("v1"), false, this, done); });
        QVERIFY(r.ok());
        QCOMPARE(QJsonDocument::fromJson(m_fake->lastChange().body).object().value(QLatin1String("version")).toString(), QStringLiteral("v1"));

        r = wait([&](auto done) { m_client->resetDelay(QStringLiteral("/web"), this, done); });
        QVERIFY(r.ok()); // 204
        QCOMPARE(m_fake->lastChange().path, QStringLiteral("/v2/queue/web/delay"));

        m_fake->lock(QStringLiteral("/web"), QStringLiteral("d-lock"));
        r = wait([&](auto done) { m_client->forceStopDeployment(QStringLiteral("d-lock"), this, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.httpStatus, 202);
        QVERIFY(m_fake->lastChange().rawPath.contains("force=true"));

        r = wait([&](auto done) { m_client->destroyApp(QStringLiteral("/web"), this, done); });
        QVERIFY(r.ok());
        QVERIFY(!m_fake->hasApp(QStringLiteral("/web")));
    }

    void lockedThenForce() {
        m_fake->lock(QStringLiteral("/web"), QStringLiteral("97c1"));
        MarathonResult r = wait([&](auto done) { m_client->scaleApp(QStringLiteral("/web"), 5, false, this, done); });
        QVERIFY(!r.ok());
        QVERIFY(r.isLocked());
        QCOMPARE(r.error.httpStatus, 409);
        QCOMPARE(r.error.deploymentIds, QStringList{QStringLiteral("97c1")});
        QVERIFY(r.error.summary().contains(QStringLiteral("locked")));
        r = wait([&](auto done) { m_client->scaleApp(QStringLiteral("/web"), 5, true, this, done); });
        QVERIFY(r.ok());
        QVERIFY(m_fake->lastChange().rawPath.contains("force=true"));
        QCOMPARE(m_fake->tasksOf(QStringLiteral("/web")).size(), 5);
    }

    void duplicateCreate() {
        const MarathonResult r = wait([&](auto done) {
            m_client->createApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/web")}, {QStringLiteral("cmd"), QStringLiteral("x")}}, this, done);
        });
        QCOMPARE(r.error.httpStatus, 409);
        QVERIFY(!r.isLocked());
        QVERIFY(r.error.message.contains(QStringLiteral("already exists")));
    }

    void httpErrors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expect");
        QTest::newRow("400 invalid JSON") << 400 << QByteArray(R"({"message":"Invalid JSON","details":"Unexpected end-of-input"})") << QStringLiteral("Invalid JSON");
        QTest::newRow("404") << 404 << QByteArray(R"({"message":"App '/web' does not exist"})") << QStringLiteral("does not exist");
        QTest::newRow("422") << 422 << QByteArray(R"({"message":"Object is not valid","details":[{"path":"/mem","errors":["got -1, expected 0 or more"]}]})") << QStringLiteral("/mem: got -1");
        QTest::newRow("500") << 500 << QByteArray(R"({"message":"boom"})") << QStringLiteral("HTTP 500: boom");
        QTest::newRow("503 empty") << 503 << QByteArray() << QStringLiteral("no leader");
        QTest::newRow("401 html") << 401 << QByteArray("<html>Unauthorized</html>") << QStringLiteral("HTTP 401");
    }
    void httpErrors() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expect);
        using Call = std::function<void(MarathonClient::ResultCallback)>;
        const QList<QPair<QByteArray, Call>> calls{
            {"PUT", [&](auto done) { m_client->scaleApp(QStringLiteral("/web"), 1, false, this, done); }},
            {"POST", [&](auto done) { m_client->createApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/n")}}, this, done); }},
            {"DELETE", [&](auto done) { m_client->destroyApp(QStringLiteral("/web"), this, done); }},
            {"POST", [&](auto done) { m_client->killTasks({QStringLiteral("t")}, MarathonClient::KillMode::Kill, false, this, done); }},
            {"DELETE", [&](auto done) { m_client->rollbackDeployment(QStringLiteral("d"), this, done); }},
        };
        for (const auto& [method, call] : calls) {
            m_fake->failNext(method, QStringLiteral("/v2/"), status, body);
            const MarathonResult r = wait(call);
            QVERIFY(!r.ok());
            QCOMPARE(r.error.httpStatus, status);
            QVERIFY2(r.error.fullText().contains(expect), qPrintable(r.error.fullText()));
        }
        // Reads say the same.
        m_fake->failNext("GET", QStringLiteral("/v2/apps"), status, body);
        std::optional<ApiError> error;
        m_client->listApps(this, [&](const ApiError& e, const QList<MarathonApp>&) { error = e; });
        QVERIFY(TestEnvironment::waitUntil([&] { return error.has_value(); }, 5000));
        QCOMPARE(error->httpStatus, status);
    }

    void timeoutAndUnreachable() {
        m_fake->stallNext("PUT", QStringLiteral("/v2/apps"));
        MarathonResult r = wait([&](auto done) { m_client->scaleApp(QStringLiteral("/web"), 4, false, this, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY(r.error.summary().contains(QStringLiteral("did not answer in time")));

        // A dropped connection (QNAM retries once on a reused connection, so drop every attempt).
        for (int i = 0; i < 3; ++i)
            m_fake->abortNext("POST", QStringLiteral("/v2/apps"));
        r = wait([&](auto done) { m_client->restartApp(QStringLiteral("/web"), false, this, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::Network);

        HttpServer closed;
        QVERIFY(closed.listen());
        const QUrl dead(closed.baseUrl());
        closed.close();
        m_client->setBaseUrl(dead);
        r = wait([&](auto done) { m_client->scaleApp(QStringLiteral("/web"), 4, false, this, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QVERIFY2(r.error.summary().contains(QStringLiteral("not reachable")), qPrintable(r.error.summary()));

        m_client->setBaseUrl(QUrl());
        r = wait([&](auto done) { m_client->scaleApp(QStringLiteral("/web"), 4, false, this, done); });
        QVERIFY(r.error.summary().contains(QStringLiteral("not been found")));
    }

    void unreadableAnswers() {
        m_fake->failNext("GET", QStringLiteral("/v2/apps"), 200, R"({"apps":[{"id":"/x")");
        std::optional<ApiError> error;
        m_client->listApps(this, [&](const ApiError& e, const QList<MarathonApp>&) { error = e; });
        QVERIFY(TestEnvironment::waitUntil([&] { return error.has_value(); }, 5000));
        QCOMPARE(error->kind, ApiError::Kind::Parse);
        QVERIFY(error->summary().contains(QStringLiteral("cannot read")));
    }

    void sourceFollowsEventsThroughRedirect() {
        // A standby answers /v2/events with 302 to the leader, as Marathon 1.7+ does.
        HttpServer standby;
        QVERIFY(standby.listen());
        standby.setHandler([&](const HttpRequest& r, HttpResponder* out) {
            if (r.path == QLatin1String("/v2/events"))
                out->respond(302, {}, "text/plain", {{"Location", (m_fake->baseUrl() + QString::fromLatin1(r.rawPath)).toLatin1()}});
            else
                out->respond(503, R"({"message":"standby"})");
        });
        HttpTransport http;
        MarathonSource source(&http);
        source.setPollInterval(60000);
        source.setLivePollInterval(60000);
        source.setBackoffLimits(100, 400);
        source.setMarathonUrl(QUrl(m_fake->baseUrl()));
        QVERIFY(TestEnvironment::waitUntil([&] { return !source.apps().isEmpty(); }, 5000));
        // Point the event stream at the standby: the redirect must lead to the leader's stream.
        source.setMarathonUrl(QUrl(standby.baseUrl()));
        QVERIFY(TestEnvironment::waitUntil([&] { return m_fake->eventStreams() == 1; }, 5000));
        QVERIFY(TestEnvironment::waitUntil([&] { return source.isLive(); }, 5000));
        const auto seen = m_fake->requests();
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](const FakeMarathon::Seen& r) {
            return r.path == QLatin1String("/v2/events") && r.rawPath.contains("event_type=deployment_success");
        }));
    }

    void sourceRefetchesOnEventsAndReconnects() {
        HttpTransport http;
        MarathonSource source(&http);
        source.setPollInterval(60000);
        source.setLivePollInterval(60000);
        source.setBackoffLimits(100, 400);
        QSignalSpy events(&source, &MarathonSource::eventReceived);
        source.setMarathonUrl(QUrl(m_fake->baseUrl()));
        QVERIFY(TestEnvironment::waitUntil([&] { return source.isLive() && source.apps().size() == 1; }, 5000));
        QCOMPARE(source.info().frameworkId, QStringLiteral("fw-fake"));
        QCOMPARE(source.displayName(), QStringLiteral("marathon (fw-fake)"));

        // A change made elsewhere + an event: the source re-fetches without polling.
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/other")}, {QStringLiteral("instances"), 1}});
        m_fake->pushEvent("deployment_success", QJsonObject{{QStringLiteral("id"), QStringLiteral("dep-x")}});
        QVERIFY(TestEnvironment::waitUntil([&] { return source.apps().size() == 2; }, 5000));
        QVERIFY(std::any_of(events.begin(), events.end(), [](const QList<QVariant>& a) {
            return a.first().value<MarathonEvent>().type == QLatin1String("deployment_success");
        }));

        // The stream drops; a change happens while detached; after reconnecting everything is fetched.
        QSignalSpy live(&source, &MarathonSource::liveChanged);
        m_fake->dropEventStreams();
        QVERIFY(TestEnvironment::waitUntil([&] { return !source.isLive(); }, 5000));
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/missed")}, {QStringLiteral("instances"), 1}});
        QVERIFY(TestEnvironment::waitUntil([&] { return source.isLive() && source.apps().size() == 3; }, 5000));
    }

    void sourceAppliesEventsToWhatTheyName() {
        HttpTransport http;
        MarathonSource source(&http);
        source.setPollInterval(60000);
        source.setLivePollInterval(60000);
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/other")}, {QStringLiteral("instances"), 1}});
        source.setMarathonUrl(QUrl(m_fake->baseUrl()));
        QVERIFY(TestEnvironment::waitUntil([&] { return source.isLive() && source.apps().size() == 2; }, 5000));
        QVERIFY2(TestEnvironment::waitUntil([&] { return !source.isRefreshing(); }, 5000),
                 "the attach-time full rounds done, within 5 s");
        const int fullRounds = source.fullRefreshCount();
        auto listed = [&] {
            return std::count_if(m_fake->requests().cbegin(), m_fake->requests().cend(),
                                 [](const FakeMarathon::Seen& s) { return s.method == "GET" && s.path == QLatin1String("/v2/apps"); });
        };
        auto appOf = [&](const QString& id) {
            for (const MarathonApp& a : source.apps())
                if (a.id == id)
                    return a;
            return MarathonApp{};
        };

        // A task event: only that app is fetched again (and the queue), not the list.
        m_fake->clearRequests();
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/web")}, {QStringLiteral("instances"), 4},
                                   {QStringLiteral("cmd"), QStringLiteral("serve")}});
        m_fake->pushEvent("status_update_event", QJsonObject{{QStringLiteral("appId"), QStringLiteral("/web")},
                                                             {QStringLiteral("taskId"), QStringLiteral("web.1")},
                                                             {QStringLiteral("taskStatus"), QStringLiteral("TASK_RUNNING")}});
        QVERIFY(TestEnvironment::waitUntil([&] { return appOf(QStringLiteral("/web")).instances == 4; }, 5000));
        QVERIFY(appOf(QStringLiteral("/web")).tasks.isEmpty()); // the list's shape: no tasks
        QCOMPARE(listed(), 0);
        QCOMPARE(source.fullRefreshCount(), fullRounds);
        QVERIFY(std::any_of(m_fake->requests().cbegin(), m_fake->requests().cend(),
                            [](const FakeMarathon::Seen& s) { return s.path == QLatin1String("/v2/apps/web"); }));

        // A deployment event: the apps of its plan and the deployments.
        m_fake->clearRequests();
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/other")}, {QStringLiteral("instances"), 3}});
        const QJsonObject plan{{QStringLiteral("id"), QStringLiteral("dep-1")},
                               {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("actions"),
                                   QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("ScaleApplication")},
                                                          {QStringLiteral("app"), QStringLiteral("/other")}}}}}}}};
        m_fake->pushEvent("deployment_success", QJsonObject{{QStringLiteral("id"), QStringLiteral("dep-1")}, {QStringLiteral("plan"), plan}});
        QVERIFY(TestEnvironment::waitUntil([&] { return appOf(QStringLiteral("/other")).instances == 3; }, 5000));
        QVERIFY(TestEnvironment::waitUntil([&] {
            return std::any_of(m_fake->requests().cbegin(), m_fake->requests().cend(),
                               [](const FakeMarathon::Seen& s) { return s.path == QLatin1String("/v2/deployments"); });
        }, 5000));
        QCOMPARE(listed(), 0);

        // An app destroyed elsewhere: its 404 removes it.
        MarathonClient other(&http);
        other.setBaseUrl(QUrl(m_fake->baseUrl()));
        bool destroyed = false;
        other.destroyApp(QStringLiteral("/other"), this, [&](const MarathonResult& r) { destroyed = r.ok(); });
        QVERIFY(TestEnvironment::waitUntil([&] { return destroyed; }, 5000));
        m_fake->pushEvent("app_terminated_event", QJsonObject{{QStringLiteral("appId"), QStringLiteral("/other")}});
        QVERIFY(TestEnvironment::waitUntil([&] { return source.apps().size() == 1; }, 5000));
        QCOMPARE(source.fullRefreshCount(), fullRounds);

        // A burst naming many apps, or an event it cannot place: one full round instead.
        source.setTargetedLimit(3);
        for (int i = 0; i < 5; ++i)
            m_fake->pushEvent("status_update_event", QJsonObject{{QStringLiteral("appId"), QStringLiteral("/burst%1").arg(i)},
                                                                 {QStringLiteral("taskStatus"), QStringLiteral("TASK_RUNNING")}});
        QVERIFY(TestEnvironment::waitUntil([&] { return source.fullRefreshCount() == fullRounds + 1; }, 5000));
        m_fake->pushEvent("group_change_success", QJsonObject{{QStringLiteral("groupId"), QStringLiteral("/")}});
        QVERIFY(TestEnvironment::waitUntil([&] { return source.fullRefreshCount() == fullRounds + 2; }, 5000));
    }

    // Live, an event names a change, and fetching it fails (and the full round after it): the
    // source must not wait for its live poll (here a minute) to learn it, but poll as it does
    // without events until a round succeeds (the chaos test's seed 7, step 21: 22 s of a stale
    // instance count after Marathon answered again).
    void sourceRetriesAFailedRoundWhileLive() {
        HttpTransport http;
        MarathonSource source(&http);
        source.setPollInterval(300);
        source.setLivePollInterval(60000);
        source.setMarathonUrl(QUrl(m_fake->baseUrl()));
        QVERIFY(
            TestEnvironment::waitUntil([&] { return source.isLive() && source.apps().size() == 1; }, 5000));
        QVERIFY2(TestEnvironment::waitUntil([&] { return !source.isRefreshing(); }, 5000),
                 "the attach-time full rounds done, within 5 s");
        auto instances = [&] { return source.apps().isEmpty() ? -1 : source.apps().first().instances; };
        m_fake->failNext("GET", QStringLiteral("/v2/apps"), 500, R"({"message":"busy"})"); // the app
        m_fake->failNext("GET", QStringLiteral("/v2/apps"), 500, R"({"message":"busy"})"); // the round
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/web")},
                                   {QStringLiteral("instances"), 4},
                                   {QStringLiteral("cmd"), QStringLiteral("serve")}});
        m_fake->pushEvent("status_update_event",
                          QJsonObject{{QStringLiteral("appId"), QStringLiteral("/web")},
                                      {QStringLiteral("taskId"), QStringLiteral("web.1")},
                                      {QStringLiteral("taskStatus"), QStringLiteral("TASK_RUNNING")}});
        QVERIFY2(TestEnvironment::waitUntil([&] { return !source.problem().isEmpty(); }, 10000),
                 "the failed round told as a problem, within 10 s");
        QVERIFY(source.isLive());
        QVERIFY2(
            TestEnvironment::waitUntil([&] { return instances() == 4 && source.problem().isEmpty(); }, 10000),
            qPrintable(QStringLiteral("4 instances after a retry within 10 s; shown %1").arg(instances())));
    }

    void sourcePollsWithoutEvents() {
        HttpTransport http;
        MarathonSource source(&http);
        source.setPollInterval(200);
        source.setBackoffLimits(5000, 5000);
        m_fake->failNext("GET", QStringLiteral("/v2/events"), 404, R"({"message":"URI not found"})");
        source.setMarathonUrl(QUrl(m_fake->baseUrl()));
        QVERIFY(TestEnvironment::waitUntil([&] { return source.apps().size() == 1; }, 5000));
        QVERIFY(!source.isLive());
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/polled")}, {QStringLiteral("instances"), 1}});
        QVERIFY(TestEnvironment::waitUntil([&] { return source.apps().size() == 2; }, 3000));
    }

    // "No deployments" is an answer: it is told, so a follower that then sees one in a poll
    // knows it started now (it was taken for one that ran before we came, and not announced).
    void sourceTellsTheFirstEmptyDeploymentList() {
        HttpTransport http;
        MarathonSource source(&http);
        QSignalSpy changed(&source, &MarathonSource::deploymentsChanged);
        QVERIFY(!source.deploymentsKnown());
        source.setMarathonUrl(QUrl(m_fake->baseUrl()));
        QVERIFY(TestEnvironment::waitUntil([&] { return source.deploymentsKnown(); }, 5000));
        QCOMPARE(changed.count(), 1);
        QVERIFY(source.deployments().isEmpty());
        m_fake->lock(QStringLiteral("/web"), QStringLiteral("d-1"));
        source.refresh();
        QVERIFY(TestEnvironment::waitUntil([&] { return changed.count() == 2; }, 5000));
        QCOMPARE(source.deployments().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMarathonClient)
#include "tst_marathonclient.moc"
