// The pod parser (simdjson On-Demand, strict) on the project's own data (tests/data/marathon).
#include "TestEnvironment.h"
#include "marathon/MarathonPodParser.h"
#include "marathon/PodDefinitionValidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestPodParser : public QObject {
    Q_OBJECT
    static QByteArray data(const QString& name) {
        return TestEnvironment::testData(QStringLiteral("marathon/") + name);
    }

private slots:
    void statuses() {
        QString error;
        const auto pods = MarathonPodParser::parseStatuses(data(QStringLiteral("pod_statuses.json")), &error);
        QVERIFY2(pods, qPrintable(error));
        QCOMPARE(pods->size(), 2);
        const MarathonPod& web = pods->at(0);
        QCOMPARE(web.id, QStringLiteral("/prod/web"));
        QVERIFY(web.statusKnown);
        QCOMPARE(web.status, QStringLiteral("DEGRADED"));
        QCOMPARE(web.message, QStringLiteral("1 of 2 instances stable"));
        QCOMPARE(web.version, QStringLiteral("2026-11-30T09:00:00.000Z"));
        QCOMPARE(web.instances, 2);
        QCOMPARE(web.maxInstances, 4);
        QCOMPARE(web.user, QStringLiteral("nobody"));
        QCOMPARE(web.labels.value(QStringLiteral("tier")), QStringLiteral("frontend"));
        QCOMPARE(web.networks, QStringList{QStringLiteral("container/dcos")});
        QCOMPARE(web.containers.size(), 2);
        const MarathonPod::ContainerSpec& nginx = web.containers.at(0);
        QCOMPARE(nginx.name, QStringLiteral("nginx"));
        QCOMPARE(nginx.resources.cpus, 0.5);
        QCOMPARE(nginx.resources.mem, 128.0);
        QCOMPARE(nginx.image, QStringLiteral("DOCKER nginx:1.25"));
        QCOMPARE(nginx.endpoints.size(), 1);
        QCOMPARE(nginx.endpoints.at(0).containerPort, 80);
        QCOMPARE(nginx.endpoints.at(0).hostPort, 0);
        QCOMPARE(nginx.endpoints.at(0).protocols, QStringList{QStringLiteral("tcp")});
        QVERIFY(nginx.volumeMounts.at(0).readOnly);
        QCOMPARE(web.containers.at(1).command, QStringLiteral("tail -f /srv/log"));
        QCOMPARE(web.volumes.size(), 2);
        QCOMPARE(web.volumes.at(1).host, QStringLiteral("/var/data"));
        // The spec's own text, whole, for the editor.
        const QJsonObject spec = QJsonDocument::fromJson(web.specJson).object();
        QCOMPARE(spec.value(QLatin1String("id")).toString(), QStringLiteral("/prod/web"));
        QVERIFY(spec.contains(QLatin1String("scheduling")));

        QCOMPARE(web.instanceStatus.size(), 2);
        QCOMPARE(web.stableInstances(), 1);
        const MarathonPod::Instance& first = web.instanceStatus.at(0);
        QCOMPARE(first.status, QStringLiteral("STABLE"));
        QCOMPARE(first.agentHostname, QStringLiteral("agent-1.example"));
        QCOMPARE(first.agentZone, QStringLiteral("eu-1a"));
        QCOMPARE(first.role, QStringLiteral("prod"));
        QCOMPARE(first.resources.mem, 192.0);
        QCOMPARE(first.conditions.size(), 1);
        QCOMPARE(first.conditions.at(0).name, QStringLiteral("healthy"));
        QCOMPARE(first.containers.size(), 2);
        QCOMPARE(first.containers.at(0).endpoints.at(0).allocatedHostPort, 31001);
        QCOMPARE(first.containers.at(0).endpoints.at(0).healthy, true);
        QVERIFY(!first.containers.at(1).resources.known); // not sent: not shown as zero
        QCOMPARE(web.instanceStatus.at(1).message, QStringLiteral("waiting for the agent"));
        QCOMPARE(web.terminationHistory.size(), 1);
        const MarathonPod::TerminatedInstance& gone = web.terminationHistory.at(0);
        QCOMPARE(gone.message, QStringLiteral("killed by the operator"));
        QCOMPARE(gone.containers.at(0).lastKnownState, QStringLiteral("TASK_KILLED"));
        QCOMPARE(gone.containers.at(0).termination.exitCode, 137);

        const MarathonPod& batch = pods->at(1);
        QCOMPARE(batch.instances, 0);
        QCOMPARE(batch.containers.at(0).command, QStringLiteral("run --fast"));
        QVERIFY(batch.instanceStatus.isEmpty());
    }
    void sameBytesSamePod() {
        const QByteArray body = data(QStringLiteral("pod_statuses.json"));
        QCOMPARE(*MarathonPodParser::parseStatuses(body), *MarathonPodParser::parseStatuses(body));
    }
    void definitions() {
        QString error;
        const auto pods = MarathonPodParser::parsePods(
            R"([{"id":"/a","containers":[{"name":"c","resources":{"cpus":0.1,"mem":16}}]},{"id":"/b"}])",
            &error);
        QVERIFY2(pods, qPrintable(error));
        QCOMPARE(pods->size(), 2);
        QVERIFY(!pods->at(0).statusKnown);
        QVERIFY(!pods->at(1).instances); // not sent; Marathon's default applies
        QCOMPARE(pods->at(1).desiredInstances(), 1);
        QCOMPARE(pods->at(1).specJson, QByteArray(R"({"id":"/b"})"));
        const auto one = MarathonPodParser::parsePod(R"(  {"id":"/x","scaling":{"instances":3}}  )", &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->instances, 3);
        QCOMPARE(one->specJson, QByteArray(R"({"id":"/x","scaling":{"instances":3}})"));
        const auto versions =
            MarathonPodParser::parseVersions(R"(["2026-01-02T00:00:00.000Z","2026-01-01T00:00:00.000Z"])");
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
    }
    void strictErrors_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an array")
            << QByteArray(R"({"id":"/a"})") << QStringLiteral("/: expected an array");
        QTest::newRow("malformed") << QByteArray(R"([{"id":"/a",}])") << QStringLiteral("malformed JSON");
        QTest::newRow("truncated") << QByteArray(R"([{"id":"/a","spec":{"id":"/a"})")
                                   << QStringLiteral("malformed JSON");
        QTest::newRow("trailing") << QByteArray(R"([] [])") << QStringLiteral("malformed JSON");
        QTest::newRow("no spec") << QByteArray(R"([{"id":"/a","status":"STABLE"}])")
                                 << QStringLiteral("/0/spec");
        QTest::newRow("no status") << QByteArray(R"([{"id":"/a","spec":{"id":"/a"}}])")
                                   << QStringLiteral("/0/status");
        QTest::newRow("spec without id")
            << QByteArray(R"([{"spec":{},"status":"STABLE"}])") << QStringLiteral("/0/spec/id");
        QTest::newRow("status a number") << QByteArray(R"([{"id":"/a","spec":{"id":"/a"},"status":7}])")
                                         << QStringLiteral("/0/status: expected a string");
        QTest::newRow("instance without id")
            << QByteArray(
                   R"([{"id":"/a","spec":{"id":"/a"},"status":"STABLE","instances":[{"status":"STABLE"}]}])")
            << QStringLiteral("/0/instances/0/id");
        QTest::newRow("port not an integer")
            << QByteArray(
                   R"([{"id":"/a","spec":{"id":"/a"},"status":"STABLE","instances":[{"id":"i","status":"STABLE","containers":[{"name":"c","status":"TASK_RUNNING","endpoints":[{"name":"e","allocatedHostPort":1.5}]}]}]}])")
            << QStringLiteral(
                   "/0/instances/0/containers/0/endpoints/0/allocatedHostPort: expected an integer");
        QTest::newRow("instances a string")
            << QByteArray(R"([{"id":"/a","spec":{"id":"/a","scaling":{"instances":"2"}},"status":"STABLE"}])")
            << QStringLiteral("/0/spec/scaling/instances: expected a number");
        QTest::newRow("containers an object")
            << QByteArray(R"([{"id":"/a","spec":{"id":"/a","containers":{}},"status":"STABLE"}])")
            << QStringLiteral("/0/spec/containers: expected an array");
    }
    void strictErrors() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!MarathonPodParser::parseStatuses(body, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
    void definitionChecks_data() {
        QTest::addColumn<QByteArray>("pod");
        QTest::addColumn<QString>("path"); // empty: no problem
        const QByteArray ok =
            R"({"id":"/a/b","containers":[{"name":"c-1","resources":{"cpus":0.1,"mem":16}}]})";
        QTest::newRow("fine") << ok << QString();
        QTest::newRow("no id") << QByteArray(
                                      R"({"containers":[{"name":"c","resources":{"cpus":1,"mem":1}}]})")
                               << QStringLiteral("/id");
        QTest::newRow("no containers")
            << QByteArray(R"({"id":"/a","containers":[]})") << QStringLiteral("/containers");
        QTest::newRow("upper-case name")
            << QByteArray(R"({"id":"/a","containers":[{"name":"Web","resources":{"cpus":1,"mem":1}}]})")
            << QStringLiteral("/containers/0/name");
        QTest::newRow("same name twice")
            << QByteArray(
                   R"({"id":"/a","containers":[{"name":"w","resources":{"cpus":1,"mem":1}},{"name":"w","resources":{"cpus":1,"mem":1}}]})")
            << QStringLiteral("/containers/1/name");
        QTest::newRow("no resources") << QByteArray(R"({"id":"/a","containers":[{"name":"w"}]})")
                                      << QStringLiteral("/containers/0/resources");
        QTest::newRow("negative cpus")
            << QByteArray(R"({"id":"/a","containers":[{"name":"w","resources":{"cpus":-1,"mem":1}}]})")
            << QStringLiteral("/containers/0/resources/cpus");
        QTest::newRow("port out of range")
            << QByteArray(
                   R"({"id":"/a","containers":[{"name":"w","resources":{"cpus":1,"mem":1},"endpoints":[{"name":"h","containerPort":70000}]}]})")
            << QStringLiteral("/containers/0/endpoints/0/containerPort");
        QTest::newRow("mount of no volume")
            << QByteArray(
                   R"({"id":"/a","containers":[{"name":"w","resources":{"cpus":1,"mem":1},"volumeMounts":[{"name":"v","mountPath":"m"}]}]})")
            << QStringLiteral("/containers/0/volumeMounts/0/name");
        QTest::newRow("scaling kind")
            << QByteArray(
                   R"({"id":"/a","containers":[{"name":"w","resources":{"cpus":1,"mem":1}}],"scaling":{"kind":"auto"}})")
            << QStringLiteral("/scaling/kind");
        QTest::newRow("unknown field")
            << QByteArray(
                   R"({"id":"/a","containers":[{"name":"w","resources":{"cpus":1,"mem":1}}],"cmd":"x"})")
            << QStringLiteral("/cmd");
    }
    void definitionChecks() {
        QFETCH(QByteArray, pod);
        QFETCH(QString, path);
        const QList<PodDefinitionValidator::Problem> problems =
            PodDefinitionValidator::validate(QJsonDocument::fromJson(pod).object());
        if (path.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().path));
            return;
        }
        QVERIFY(!problems.isEmpty());
        QStringList paths;
        for (const auto& p : problems)
            paths << p.path;
        QVERIFY2(paths.contains(path), qPrintable(paths.join(u',')));
    }
    void nullsAreAbsent() {
        QString error;
        const auto pod = MarathonPodParser::parsePod(
            R"({"id":"/n","user":null,"labels":null,"scaling":{"instances":null}})", &error);
        QVERIFY2(pod, qPrintable(error));
        QVERIFY(pod->user.isEmpty());
        QVERIFY(!pod->instances);
    }
};

QTEST_GUILESS_MAIN(TestPodParser)
#include "tst_podparser.moc"
