// The simulated Marathon's /v2/groups, in-process over real HTTP: embeds and their defaults,
// create (201, 409), update (apps replaced, dependency order, locks and force), versions and
// delete, with the answers real Marathon gives.
#include "FakeSchedulerApi.h"
#include "HttpServer.h"
#include "MarathonSim.h"
#include "TestEnvironment.h"
#include "TestHttpClient.h"

#include <QtTest>
#include <memory>

using TestEnvironment::waitUntil;

class TestMarathonSimGroups : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeSchedulerApi> m_mesos;
    std::unique_ptr<MarathonSim> m_sim;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TestHttpClient> m_client;

    TestHttpClient& client() { return *m_client; }
    static QJsonObject app(const QString& id, int instances = 1) {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("cmd"), QStringLiteral("sleep 1000")},
                {QStringLiteral("instances"), instances},
                {QStringLiteral("cpus"), 0.1},
                {QStringLiteral("mem"), 16}};
    }
    bool waitForNoDeployments() {
        return waitUntil([this] { return client().get(QStringLiteral("/v2/deployments")).array().isEmpty(); },
                         10000);
    }
    static QStringList ids(const QJsonArray& items) {
        QStringList out;
        for (const QJsonValue& item : items)
            out << item.toObject().value(QLatin1String("id")).toString();
        out.sort();
        return out;
    }
    QJsonObject shop() {
        QJsonObject web = app(QStringLiteral("web"));
        return {{QStringLiteral("id"), QStringLiteral("/shop")},
                {QStringLiteral("apps"), QJsonArray{web, app(QStringLiteral("/shop/cache"))}},
                {QStringLiteral("groups"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("db")},
                                        {QStringLiteral("apps"), QJsonArray{app(QStringLiteral("pg"))}}}}},
                {QStringLiteral("dependencies"), QJsonArray{QStringLiteral("db")}}};
    }

private slots:
    void init() {
        m_mesos = std::make_unique<FakeSchedulerApi>();
        m_mesos->addAgent(QStringLiteral("S0"));
        m_mesos->addAgent(QStringLiteral("S1"));
        m_sim = std::make_unique<MarathonSim>(m_mesos.get());
        m_server = std::make_unique<HttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const HttpRequest& r, HttpResponder* w) { m_sim->handle(r, w); });
        m_sim->setLeader(QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        m_client = std::make_unique<TestHttpClient>(m_server->baseUrl());
    }

    void cleanup() {
        m_client.reset();
        m_server->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_server.reset();
        m_sim.reset();
        m_mesos.reset();
    }

    void rootAndEmbeds() {
        const auto empty = client().get(QStringLiteral("/v2/groups"));
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.object().value(QLatin1String("id")).toString(), QStringLiteral("/"));
        QVERIFY(empty.object().value(QLatin1String("apps")).isArray());
        QVERIFY(!empty.object().value(QLatin1String("version")).toString().isEmpty());

        // An app made through /v2/apps makes its groups.
        QCOMPARE(client().post(QStringLiteral("/v2/apps"), app(QStringLiteral("/team/svc/a"))).status, 201);
        QVERIFY(waitForNoDeployments());
        const QJsonObject root = client().get(QStringLiteral("/v2/groups")).object();
        // Without embed: apps, pods and groups, recursively.
        QCOMPARE(ids(root.value(QLatin1String("groups")).toArray()), QStringList{QStringLiteral("/team")});
        const QJsonObject team = root.value(QLatin1String("groups")).toArray().first().toObject();
        QVERIFY(team.value(QLatin1String("pods")).isArray());
        const QJsonObject svc = team.value(QLatin1String("groups")).toArray().first().toObject();
        QCOMPARE(ids(svc.value(QLatin1String("apps")).toArray()), QStringList{QStringLiteral("/team/svc/a")});
        QVERIFY(!svc.value(QLatin1String("apps"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QLatin1String("tasksRunning")));

        // Only groups asked for: no apps key.
        const QJsonObject groupsOnly =
            client().get(QStringLiteral("/v2/groups/team?embed=group.groups")).object();
        QVERIFY(!groupsOnly.contains(QLatin1String("apps")));
        QVERIFY(!groupsOnly.contains(QLatin1String("pods")));
        QCOMPARE(ids(groupsOnly.value(QLatin1String("groups")).toArray()),
                 QStringList{QStringLiteral("/team/svc")});
        // App embeds come with group.apps only.
        const QJsonObject counted =
            client()
                .get(QStringLiteral(
                    "/v2/groups/team/svc?embed=group.apps&embed=group.apps.counts&embed=group.apps.tasks"))
                .object();
        const QJsonObject a = counted.value(QLatin1String("apps")).toArray().first().toObject();
        QCOMPARE(a.value(QLatin1String("tasksRunning")).toInt(), 1);
        QCOMPARE(a.value(QLatin1String("tasks")).toArray().size(), 1);
        QVERIFY(a.value(QLatin1String("deployments")).isArray()); // tasks implies deployments
        QVERIFY(!counted.contains(QLatin1String("groups")));
        const QJsonObject noApps =
            client().get(QStringLiteral("/v2/groups/team/svc?embed=group.apps.counts")).object();
        QVERIFY(!noApps.contains(QLatin1String("apps")));

        // The group stays when its last app goes (Marathon keeps groups).
        QCOMPARE(client().del(QStringLiteral("/v2/apps/team/svc/a")).status, 200);
        QCOMPARE(client().get(QStringLiteral("/v2/groups/team/svc")).status, 200);

        const auto missing = client().get(QStringLiteral("/v2/groups/nope"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QLatin1String("message")).toString(),
                 QStringLiteral("Group '/nope' does not exist"));
    }

    void createConflictsAndDependencies() {
        client().openEvents(QStringLiteral("?event_type=deployment_info&event_type=event_stream_attached"));
        QVERIFY2(client().waitForEvent(QStringLiteral("event_stream_attached"), 8000),
                 "the event stream attached");
        const auto created = client().post(QStringLiteral("/v2/groups"), shop());
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("Location"), QByteArray("/shop"));
        const QString deploymentId = created.object().value(QLatin1String("deploymentId")).toString();
        QVERIFY(!deploymentId.isEmpty());
        QCOMPARE(QString::fromLatin1(created.header("Marathon-Deployment-Id")), deploymentId);
        QVERIFY(!created.object().value(QLatin1String("version")).toString().isEmpty());

        // The plan: start all, then /shop/db/pg before the apps of /shop that depend on it.
        QVERIFY2(client().waitForEvent(QStringLiteral("deployment_info"), 8000),
                 "the deployment_info event of the create");
        QJsonObject plan;
        for (const auto& event : client().events()) {
            if (event.type == QLatin1String("deployment_info"))
                plan = event.data.value(QLatin1String("plan")).toObject();
        }
        QCOMPARE(plan.value(QLatin1String("id")).toString(), deploymentId);
        const QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        const auto appsOf = [](const QJsonValue& step) {
            QStringList apps;
            for (const QJsonValue& action : step.toObject().value(QLatin1String("actions")).toArray())
                apps << action.toObject().value(QLatin1String("app")).toString();
            apps.sort();
            return apps;
        };
        QCOMPARE(appsOf(steps.at(1)), QStringList{QStringLiteral("/shop/db/pg")});
        QCOMPARE(appsOf(steps.at(2)),
                 (QStringList{QStringLiteral("/shop/cache"), QStringLiteral("/shop/web")}));
        QVERIFY(waitForNoDeployments());

        const QJsonObject group = client().get(QStringLiteral("/v2/groups/shop")).object();
        QCOMPARE(group.value(QLatin1String("dependencies")).toArray(),
                 QJsonArray{QStringLiteral("/shop/db")});
        QCOMPARE(ids(group.value(QLatin1String("apps")).toArray()),
                 (QStringList{QStringLiteral("/shop/cache"), QStringLiteral("/shop/web")}));
        QCOMPARE(m_mesos->runningTaskIds().size(), 3);

        const auto again = client().post(QStringLiteral("/v2/groups"), shop());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.object().value(QLatin1String("message")).toString(),
                 QStringLiteral("Group /shop is already created. Use PUT to change this group."));
        const auto overApp = client().post(QStringLiteral("/v2/groups"),
                                           {{QStringLiteral("id"), QStringLiteral("/shop/web")}});
        QCOMPARE(overApp.status, 409);
        QCOMPARE(overApp.object().value(QLatin1String("message")).toString(),
                 QStringLiteral("An app with the path /shop/web already exists."));
        QCOMPARE(client().call("POST", QStringLiteral("/v2/groups"), "{nope").status, 400);
        const auto cycle = client().post(
            QStringLiteral("/v2/groups"),
            {{QStringLiteral("id"), QStringLiteral("/loop")},
             {QStringLiteral("groups"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                     {QStringLiteral("dependencies"), QJsonArray{QStringLiteral("../b")}},
                                     {QStringLiteral("apps"), QJsonArray{app(QStringLiteral("x"))}}},
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                                     {QStringLiteral("dependencies"), QJsonArray{QStringLiteral("../a")}},
                                     {QStringLiteral("apps"), QJsonArray{app(QStringLiteral("y"))}}}}}});
        QCOMPARE(cycle.status, 422);
        QCOMPARE(client().get(QStringLiteral("/v2/groups/loop")).status, 404);
        QCOMPARE(client().get(QStringLiteral("/v2/apps/loop/a/x")).status, 404);
    }

    void updateVersionsAndDelete() {
        QCOMPARE(client().post(QStringLiteral("/v2/groups"), shop()).status, 201);
        QVERIFY(waitForNoDeployments());
        const QJsonArray versionsBefore = client().get(QStringLiteral("/v2/groups/shop/versions")).array();
        QCOMPARE(versionsBefore.size(), 1);

        // The listed apps are the group's apps: cache goes, web changes (restart), db stays.
        QJsonObject web = app(QStringLiteral("web"), 2);
        web.insert(QStringLiteral("cmd"), QStringLiteral("sleep 2000"));
        const auto updated =
            client().put(QStringLiteral("/v2/groups/shop"), {{QStringLiteral("apps"), QJsonArray{web}}});
        QCOMPARE(updated.status, 200);
        QVERIFY(!updated.object().value(QLatin1String("deploymentId")).toString().isEmpty());
        QVERIFY(waitForNoDeployments());
        QCOMPARE(client().get(QStringLiteral("/v2/apps/shop/cache")).status, 404);
        QCOMPARE(client()
                     .get(QStringLiteral("/v2/apps/shop/web"))
                     .object()
                     .value(QLatin1String("app"))
                     .toObject()
                     .value(QLatin1String("cmd"))
                     .toString(),
                 QStringLiteral("sleep 2000"));
        QCOMPARE(client().get(QStringLiteral("/v2/apps/shop/db/pg")).status, 200);
        // Dependencies not given are kept.
        QCOMPARE(client()
                     .get(QStringLiteral("/v2/groups/shop"))
                     .object()
                     .value(QLatin1String("dependencies"))
                     .toArray()
                     .size(),
                 1);

        const QJsonArray versions = client().get(QStringLiteral("/v2/groups/shop/versions")).array();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.first().toString(), updated.object().value(QLatin1String("version")).toString());
        const QJsonObject old =
            client().get(QStringLiteral("/v2/groups/shop/versions/") + versions.last().toString()).object();
        QCOMPARE(ids(old.value(QLatin1String("apps")).toArray()),
                 (QStringList{QStringLiteral("/shop/cache"), QStringLiteral("/shop/web")}));
        QCOMPARE(client().get(QStringLiteral("/v2/groups/shop/versions/2001-01-01T00:00:00.000Z")).status,
                 404);

        // A deployment that cannot finish locks the group's apps: 409 without force.
        m_mesos->autoRun = false;
        QCOMPARE(client().put(QStringLiteral("/v2/groups/shop"), {{QStringLiteral("scaleBy"), 2}}).status,
                 200);
        const auto locked = client().call("DELETE", QStringLiteral("/v2/groups/shop"));
        QCOMPARE(locked.status, 409);
        QVERIFY(locked.object().value(QLatin1String("message")).toString().contains(QLatin1String("force")));
        m_mesos->autoRun = true;
        const auto deleted = client().del(QStringLiteral("/v2/groups/shop?force=true"));
        QCOMPARE(deleted.status, 200);
        QVERIFY(!deleted.object().value(QLatin1String("deploymentId")).toString().isEmpty());
        QVERIFY(!deleted.object().value(QLatin1String("version")).toString().isEmpty());
        QVERIFY(waitForNoDeployments());
        QCOMPARE(client().get(QStringLiteral("/v2/groups/shop")).status, 404);
        QCOMPARE(client().get(QStringLiteral("/v2/groups/shop/db")).status, 404);
        QVERIFY(client()
                    .get(QStringLiteral("/v2/apps"))
                    .object()
                    .value(QLatin1String("apps"))
                    .toArray()
                    .isEmpty());
        QVERIFY(waitUntil([this] { return m_mesos->runningTaskIds().isEmpty(); }, 10000));
        QCOMPARE(client().del(QStringLiteral("/v2/groups/shop")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestMarathonSimGroups)
#include "tst_marathonsim_groups.moc"
