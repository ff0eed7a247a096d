// The simulated Marathon's /v2/pods, in-process over real HTTP with Mesos faked: HEAD, create
// (task groups: one executor per instance, task ids <instanceId>.<container>), ::status with
// instances and containers, versions, validation errors as Marathon words them, scaling, a
// killed instance replaced, failures in terminationHistory, delete, and the pod events.
#include "FakeSchedulerApi.h"
#include "HttpServer.h"
#include "MarathonSim.h"
#include "TestEnvironment.h"
#include "TestHttpClient.h"

#include <QtTest>
#include <memory>

using TestEnvironment::waitUntil;

class TestMarathonSimPods : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeSchedulerApi> m_mesos;
    std::unique_ptr<MarathonSim> m_sim;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TestHttpClient> m_client;

    TestHttpClient& client() { return *m_client; }

    static QJsonObject container(const QString& name, const QString& shell, bool endpoint = false) {
        QJsonObject c{{QStringLiteral("name"), name},
                      {QStringLiteral("resources"),
                       QJsonObject{{QStringLiteral("cpus"), 0.1}, {QStringLiteral("mem"), 32}}},
                      {QStringLiteral("exec"), QJsonObject{{QStringLiteral("command"),
                                                            QJsonObject{{QStringLiteral("shell"), shell}}}}}};
        if (endpoint)
            c.insert(QStringLiteral("endpoints"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("web")},
                                            {QStringLiteral("hostPort"), 0}}});
        return c;
    }
    static QJsonObject pod(const QString& id, int instances = 1) {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("scaling"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("fixed")},
                                                        {QStringLiteral("instances"), instances}}},
                {QStringLiteral("containers"),
                 QJsonArray{container(QStringLiteral("web"), QStringLiteral("sleep 1000"), true),
                            container(QStringLiteral("side"), QStringLiteral("sleep 1000"))}}};
    }
    QJsonObject status(const QString& id) {
        return client().get(QStringLiteral("/v2/pods") + id + QStringLiteral("::status")).object();
    }
    QJsonArray instances(const QString& id) { return status(id).value(QLatin1String("instances")).toArray(); }
    int stableInstances(const QString& id) {
        int n = 0;
        for (const QJsonValue& i : instances(id))
            n += i.toObject().value(QLatin1String("status")).toString() == QLatin1String("STABLE") ? 1 : 0;
        return n;
    }
    bool waitStable(const QString& id, int count) {
        return waitUntil(
            [&] {
                return status(id).value(QLatin1String("status")).toString() == QLatin1String("STABLE") &&
                       stableInstances(id) == count && int(instances(id).size()) == count;
            },
            8000);
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

    void headSaysPodsAreSupported() {
        const auto head = client().call("HEAD", QStringLiteral("/v2/pods"));
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(client().get(QStringLiteral("/v2/pods")).array().size(), 0);
        QCOMPARE(client().get(QStringLiteral("/v2/pods/::status")).array().size(), 0);
    }

    void createRunsOneTaskGroupPerInstance() {
        client().openEvents();
        QVERIFY(client().waitForEvent(QStringLiteral("event_stream_attached")));
        const auto created = client().post(QStringLiteral("/v2/pods"), pod(QStringLiteral("/group/duo")));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("Location"), QByteArray("/group/duo"));
        QVERIFY(!created.header("Marathon-Deployment-Id").isEmpty());
        const QJsonObject spec = created.object();
        QVERIFY(!spec.value(QLatin1String("version")).toString().isEmpty());
        QCOMPARE(
            spec.value(QLatin1String("executorResources")).toObject().value(QLatin1String("mem")).toInt(),
            32);
        QCOMPARE(spec.value(QLatin1String("scheduling"))
                     .toObject()
                     .value(QLatin1String("backoff"))
                     .toObject()
                     .value(QLatin1String("backoffFactor"))
                     .toDouble(),
                 1.15);
        QCOMPARE(spec.value(QLatin1String("containers"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("resources"))
                     .toObject()
                     .value(QLatin1String("disk"))
                     .toInt(),
                 0);
        QVERIFY(client().waitForEvent(QStringLiteral("pod_created_event")));

        QVERIFY2(waitStable(QStringLiteral("/group/duo"), 1), "the pod's one instance reached STABLE");
        const QJsonObject instance = instances(QStringLiteral("/group/duo")).at(0).toObject();
        const QString instanceId = instance.value(QLatin1String("id")).toString();
        QVERIFY2(instanceId.startsWith(QLatin1String("group_duo.instance-")), qPrintable(instanceId));
        QCOMPARE(m_mesos->launched.size(), 2);
        const QString uuid = instanceId.mid(int(qstrlen("group_duo.instance-")));
        for (const SimTaskSpec& task : m_mesos->launched)
            QCOMPARE(task.executorId, QStringLiteral("instance-group_duo.") + uuid);
        QCOMPARE(m_mesos->launched.at(0).taskId, instanceId + QStringLiteral(".web"));
        QCOMPARE(m_mesos->launched.at(1).taskId, instanceId + QStringLiteral(".side"));
        QCOMPARE(m_mesos->launched.at(0).portCount, 1);
        QCOMPARE(m_mesos->agentOf(m_mesos->launched.at(0).taskId),
                 m_mesos->agentOf(m_mesos->launched.at(1).taskId));

        const QJsonArray containers = instance.value(QLatin1String("containers")).toArray();
        QCOMPARE(containers.size(), 2);
        const QJsonObject web = containers.at(0).toObject();
        QCOMPARE(web.value(QLatin1String("status")).toString(), QStringLiteral("TASK_RUNNING"));
        QCOMPARE(web.value(QLatin1String("containerId")).toString(), instanceId + QStringLiteral(".web"));
        QVERIFY(web.value(QLatin1String("endpoints"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("allocatedHostPort"))
                    .toInt() >= 31000);
        // Sum of the containers plus the executor's own resources.
        QCOMPARE(instance.value(QLatin1String("resources")).toObject().value(QLatin1String("mem")).toDouble(),
                 96.0);
        QCOMPARE(instance.value(QLatin1String("specReference")).toString(),
                 QStringLiteral("/v2/pods/group/duo::versions/") +
                     spec.value(QLatin1String("version")).toString());
        QVERIFY(client().waitForEvent(QStringLiteral("instance_changed_event")));
        bool running = false;
        for (const TestHttpClient::Event& event : client().events()) {
            running =
                running ||
                (event.type == QLatin1String("instance_changed_event") &&
                 event.data.value(QLatin1String("condition")).toString() == QLatin1String("Running") &&
                 event.data.value(QLatin1String("runSpecId")).toString() == QLatin1String("/group/duo"));
        }
        QVERIFY(running);

        QCOMPARE(
            client().get(QStringLiteral("/v2/pods/group/duo")).object().value(QLatin1String("id")).toString(),
            QStringLiteral("/group/duo"));
        QCOMPARE(client().get(QStringLiteral("/v2/pods")).array().size(), 1);
        QCOMPARE(client().get(QStringLiteral("/v2/pods/::status")).array().size(), 1);
        const auto again = client().post(QStringLiteral("/v2/pods"), pod(QStringLiteral("/group/duo")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.object().value(QLatin1String("message")).toString(),
                 QStringLiteral("A pod with id [/group/duo] already exists."));
    }

    void errorsAreMarathons() {
        QCOMPARE(
            client().get(QStringLiteral("/v2/pods/nope")).object().value(QLatin1String("message")).toString(),
            QStringLiteral("Pod '/nope' does not exist"));
        QCOMPARE(client().get(QStringLiteral("/v2/pods/nope::status")).status, 404);
        QCOMPARE(client().del(QStringLiteral("/v2/pods/nope")).status, 404);

        const auto garbage = client().call("POST", QStringLiteral("/v2/pods"), "{nope");
        QCOMPARE(garbage.status, 400);
        QCOMPARE(garbage.object().value(QLatin1String("message")).toString(), QStringLiteral("Invalid JSON"));

        QJsonObject noName = pod(QStringLiteral("/bad"));
        QJsonArray containers = noName.value(QLatin1String("containers")).toArray();
        QJsonObject first = containers.at(0).toObject();
        first.remove(QStringLiteral("name"));
        containers[0] = first;
        noName.insert(QStringLiteral("containers"), containers);
        const auto missing = client().post(QStringLiteral("/v2/pods"), noName);
        QCOMPARE(missing.status, 400);
        const QJsonObject detail =
            missing.object().value(QLatin1String("details")).toArray().at(0).toObject();
        QCOMPARE(detail.value(QLatin1String("path")).toString(), QStringLiteral("/containers(0)/name"));
        QCOMPARE(detail.value(QLatin1String("errors")).toArray().at(0).toString(),
                 QStringLiteral("error.path.missing"));

        QJsonObject negative = pod(QStringLiteral("/bad"), -1);
        const auto invalid = client().post(QStringLiteral("/v2/pods"), negative);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.object()
                     .value(QLatin1String("details"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("path"))
                     .toString(),
                 QStringLiteral("/scaling/instances"));

        const auto mismatch = client().put(QStringLiteral("/v2/pods/other"), pod(QStringLiteral("/bad")));
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.object().value(QLatin1String("message")).toString(),
                 QStringLiteral("'/other' does not match definition's id ('/bad')"));
        QCOMPARE(client().get(QStringLiteral("/v2/pods")).array().size(), 0);
    }

    void scaleKillAndReplace() {
        QCOMPARE(client().post(QStringLiteral("/v2/pods"), pod(QStringLiteral("/duo"))).status, 201);
        QVERIFY2(waitStable(QStringLiteral("/duo"), 1), "one stable instance");
        const auto scaled = client().put(QStringLiteral("/v2/pods/duo"), pod(QStringLiteral("/duo"), 2));
        QCOMPARE(scaled.status, 200);
        QVERIFY2(waitStable(QStringLiteral("/duo"), 2), "scaled to two stable instances");
        QCOMPARE(m_mesos->launched.size(), 4); // scaling did not restart the first instance

        const QString victim =
            instances(QStringLiteral("/duo")).at(0).toObject().value(QLatin1String("id")).toString();
        const auto killed = client().del(QStringLiteral("/v2/pods/duo::instances/") + victim);
        QCOMPARE(killed.status, 200);
        QCOMPARE(killed.object().value(QLatin1String("instanceId")).toString(), victim);
        QVERIFY(m_mesos->killed.contains(victim + QStringLiteral(".web")));
        QVERIFY(m_mesos->killed.contains(victim + QStringLiteral(".side")));
        QVERIFY2(waitUntil(
                     [&] {
                         const QJsonArray list = instances(QStringLiteral("/duo"));
                         return list.size() == 2 && stableInstances(QStringLiteral("/duo")) == 2 &&
                                list.at(0).toObject().value(QLatin1String("id")).toString() != victim &&
                                list.at(1).toObject().value(QLatin1String("id")).toString() != victim;
                     },
                     8000),
                 "the killed instance was replaced");
        QCOMPARE(client().del(QStringLiteral("/v2/pods/duo::instances/duo.instance-unknown")).status, 404);
        QCOMPARE(client().del(QStringLiteral("/v2/pods/duo::instances/not-an-instance")).status, 422);

        // Several at once, with a JSON array body.
        QStringList both;
        for (const QJsonValue& i : instances(QStringLiteral("/duo")))
            both << i.toObject().value(QLatin1String("id")).toString();
        const auto many = client().call("DELETE", QStringLiteral("/v2/pods/duo::instances"),
                                        QJsonDocument(QJsonArray::fromStringList(both)).toJson(),
                                        {{"Content-Type", "application/json"}});
        QCOMPARE(many.status, 200);
        QCOMPARE(many.array().size(), 2);
        QVERIFY2(waitUntil(
                     [&] {
                         const QJsonArray list = instances(QStringLiteral("/duo"));
                         return list.size() == 2 && stableInstances(QStringLiteral("/duo")) == 2 &&
                                !both.contains(list.at(0).toObject().value(QLatin1String("id")).toString()) &&
                                !both.contains(list.at(1).toObject().value(QLatin1String("id")).toString());
                     },
                     8000),
                 "both killed instances were replaced");
        const QJsonArray history =
            status(QStringLiteral("/duo")).value(QLatin1String("terminationHistory")).toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0)
                     .toObject()
                     .value(QLatin1String("containers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("lastKnownState"))
                     .toString(),
                 QStringLiteral("TASK_KILLED"));
    }

    void failedContainerEndsTheGroupAndIsRecorded() {
        QCOMPARE(client().post(QStringLiteral("/v2/pods"), pod(QStringLiteral("/duo"))).status, 201);
        QVERIFY2(waitStable(QStringLiteral("/duo"), 1), "one stable instance");
        const QString first =
            instances(QStringLiteral("/duo")).at(0).toObject().value(QLatin1String("id")).toString();
        m_mesos->sendStatus(first + QStringLiteral(".side"), QStringLiteral("TASK_FAILED"),
                            QStringLiteral("Command exited with status 3"));
        QVERIFY2(waitUntil([&] { return m_mesos->killed.contains(first + QStringLiteral(".web")); }, 5000),
                 "the group's other task was killed");
        QVERIFY2(waitUntil(
                     [&] {
                         return !status(QStringLiteral("/duo"))
                                     .value(QLatin1String("terminationHistory"))
                                     .toArray()
                                     .isEmpty();
                     },
                     5000),
                 "the failed instance is in the termination history");
        const QJsonObject entry = status(QStringLiteral("/duo"))
                                      .value(QLatin1String("terminationHistory"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(entry.value(QLatin1String("instanceID")).toString(), first);
        bool failed = false;
        for (const QJsonValue& c : entry.value(QLatin1String("containers")).toArray()) {
            const QJsonObject container = c.toObject();
            if (container.value(QLatin1String("containerId")).toString() == first + QStringLiteral(".side")) {
                failed = container.value(QLatin1String("lastKnownState")).toString() ==
                             QLatin1String("TASK_FAILED") &&
                         container.value(QLatin1String("termination"))
                                 .toObject()
                                 .value(QLatin1String("message"))
                                 .toString() == QLatin1String("Command exited with status 3");
            }
        }
        QVERIFY(failed);
        QVERIFY2(waitStable(QStringLiteral("/duo"), 1),
                 "a new instance replaced the failed one after the backoff");
        QVERIFY(instances(QStringLiteral("/duo")).at(0).toObject().value(QLatin1String("id")).toString() !=
                first);
    }

    void versionsAndRestartOnChange() {
        const QString v1 = client()
                               .post(QStringLiteral("/v2/pods"), pod(QStringLiteral("/duo")))
                               .object()
                               .value(QLatin1String("version"))
                               .toString();
        QVERIFY2(waitStable(QStringLiteral("/duo"), 1), "one stable instance");
        const QString before =
            instances(QStringLiteral("/duo")).at(0).toObject().value(QLatin1String("id")).toString();
        QJsonObject changed = pod(QStringLiteral("/duo"));
        changed.insert(QStringLiteral("environment"),
                       QJsonObject{{QStringLiteral("MODE"), QStringLiteral("two")}});
        const QString v2 = client()
                               .put(QStringLiteral("/v2/pods/duo"), changed)
                               .object()
                               .value(QLatin1String("version"))
                               .toString();
        QVERIFY(v2 > v1);
        const QJsonArray versions = client().get(QStringLiteral("/v2/pods/duo::versions")).array();
        QCOMPARE(versions, (QJsonArray{v2, v1}));
        QCOMPARE(client()
                     .get(QStringLiteral("/v2/pods/duo::versions/") + v1)
                     .object()
                     .value(QLatin1String("environment"))
                     .toObject()
                     .size(),
                 0);
        QCOMPARE(client().get(QStringLiteral("/v2/pods/duo::versions/2001-01-01T00:00:00.000Z")).status, 404);
        QVERIFY2(waitUntil(
                     [&] {
                         const QJsonArray list = instances(QStringLiteral("/duo"));
                         return list.size() == 1 &&
                                list.at(0).toObject().value(QLatin1String("id")).toString() != before &&
                                list.at(0)
                                    .toObject()
                                    .value(QLatin1String("specReference"))
                                    .toString()
                                    .endsWith(v2) &&
                                stableInstances(QStringLiteral("/duo")) == 1;
                     },
                     8000),
                 "the changed definition replaced the instance");
        QCOMPARE(m_mesos->launched.last().env.value(QStringLiteral("MODE")), QStringLiteral("two"));
    }

    void deleteKillsEverything() {
        client().openEvents();
        QVERIFY(client().waitForEvent(QStringLiteral("event_stream_attached")));
        QCOMPARE(client().post(QStringLiteral("/v2/pods"), pod(QStringLiteral("/duo"), 2)).status, 201);
        QVERIFY2(waitStable(QStringLiteral("/duo"), 2), "two stable instances");
        const auto deleted = client().del(QStringLiteral("/v2/pods/duo"));
        QCOMPARE(deleted.status, 202);
        QVERIFY(!deleted.header("Marathon-Deployment-Id").isEmpty());
        QVERIFY(client().waitForEvent(QStringLiteral("pod_deleted_event")));
        QCOMPARE(client().get(QStringLiteral("/v2/pods/duo")).status, 404);
        QVERIFY2(waitUntil([&] { return m_mesos->runningTaskIds().isEmpty(); }, 5000),
                 "every container was killed");
        QCOMPARE(m_mesos->killed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMarathonSimPods)
#include "tst_marathonsim_pods.moc"
