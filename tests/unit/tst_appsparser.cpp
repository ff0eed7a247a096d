// The simdjson app parser on the project's own data: the shapes old and new Marathons send
// (group trees, bare arrays, "*", nulls, numbers as strings, labels of any type), unicode, huge
// numbers, deep nesting; each compared with the QJsonDocument reference, field for field. Then
// what it refuses (with the JSON path), and that 5,000 apps share one document.
#include "AppsModel.h"
#include "MarathonAppDiff.h"
#include "TestEnvironment.h"
#include "marathon/MarathonAppsParser.h"
#include "marathon/MarathonParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestAppsParser : public QObject {
    Q_OBJECT
    static QByteArray data(const QString& name) {
        return TestEnvironment::testData(QStringLiteral("marathon/") + name);
    }
    static QList<MarathonApp> same(const QByteArray& body) {
        QString error;
        const auto reference = MarathonParser::parseApps(body);
        const auto apps = MarathonAppsParser::parseApps(body, &error);
        if (!reference || !apps) {
            qWarning() << body << "refused:" << error;
            return {};
        }
        const QString diff = marathonAppsDiff(*apps, *reference);
        if (!diff.isEmpty()) {
            qWarning() << body << "differs:" << diff;
            return {};
        }
        return *apps;
    }
    static QString refusal(const QByteArray& body) {
        QString error;
        return MarathonAppsParser::parseApps(body, &error) ? QString() : error;
    }

private slots:
    void projectData() {
        const QList<MarathonApp> apps = same(data(QStringLiteral("apps.json")));
        QCOMPARE(apps.size(), 5);
        QCOMPARE(apps.at(0).id, QStringLiteral("/prod/web/api"));
        QVERIFY(apps.at(4).resident);
        QString error;
        const auto reference = MarathonParser::parseApp(data(QStringLiteral("app.json")));
        const auto app = MarathonAppsParser::parseApp(data(QStringLiteral("app.json")), &error);
        QVERIFY2(app, qPrintable(error));
        QCOMPARE(marathonAppDiff(*app, *reference), QString());
        QCOMPARE(app->tasks.size(), 2);
        QCOMPARE(app->tasks[1].healthCause, QStringLiteral("connection refused"));
    }
    void shapes_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("ids");
        const QStringList xy{QStringLiteral("/x"), QStringLiteral("/y")};
        QTest::newRow("apps") << QByteArray(R"({"apps":[{"id":"/x"},{"id":"/y"}]})") << xy;
        QTest::newRow("bare array, nulls skipped") << QByteArray(R"([{"id":"x"},null,{"id":"y"}])") << xy;
        QTest::newRow("star") << QByteArray(R"({"*":[{"id":"/x"},{"id":"/y"}]})") << xy;
        QTest::newRow("group, groups before apps")
            << QByteArray(
                   R"({"id":"/","groups":[{"id":"/g","groups":[{"id":"/g/h","apps":[{"id":"/g/h/y"}]}],)"
                   R"("apps":[{"id":"/g/x"}]}],"apps":[{"id":"/top"}],"pods":[]})")
            << QStringList{QStringLiteral("/top"), QStringLiteral("/g/x"), QStringLiteral("/g/h/y")};
        QTest::newRow("group without apps") << QByteArray(R"({"id":"/","groups":[]})") << QStringList();
        QTest::newRow("apps wins over star")
            << QByteArray(R"({"*":[{"id":"/s"}],"apps":[{"id":"/x"},{"id":"/y"}]})") << xy;
        QTest::newRow("duplicate apps key: the last")
            << QByteArray(R"({"apps":[{"id":"/z"}],"apps":[{"id":"/x"},{"id":"/y"}]})") << xy;
        QTest::newRow("apps not a list, star is")
            << QByteArray(R"({"apps":{"id":"/z"},"*":[{"id":"/x"},{"id":"/y"}]})") << xy;
    }
    void shapes() {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, ids);
        const auto apps = MarathonAppsParser::parseApps(body);
        QVERIFY(apps);
        QStringList got;
        for (const MarathonApp& a : *apps)
            got << a.id;
        QCOMPARE(got, ids);
        QCOMPARE(same(body).size(), ids.size());
    }
    void oldServers_data() {
        QTest::addColumn<QByteArray>("app");
        // 0.8-era: counts and resources as strings or null, commands as bare strings, no versionInfo.
        QTest::newRow("numbers as strings") << QByteArray(
            R"({"id":"legacy","instances":"3","cpus":"0.5","mem":null,"disk":"x","tasksRunning":"2"})");
        QTest::newRow("nulls everywhere")
            << QByteArray(R"({"id":"/n","cmd":null,"uris":null,"labels":null,"env":null,"healthChecks":null,)"
                          R"("container":null,"residency":null,"deployments":null,"versionInfo":null,)"
                          R"("lastTaskFailure":null,"tasks":null,"dependencies":null,"fetch":null})");
        QTest::newRow("numbers where strings go") << QByteArray(
            R"({"id":12,"cmd":3.25,"version":1e3,"env":{"N":5,"F":0.1,"Z":-0,"B":true,"U":null},)"
            R"("versionInfo":{"lastScalingAt":5}})");
        QTest::newRow("labels of any type") << QByteArray(
            R"({"id":"/l","labels":{"s":"v","n":1.5,"b":false,"z":null,"o":{"b":1,"a":[2]},"a":[1,"x"]}})");
        QTest::newRow("non-integral and huge counts") << QByteArray(
            R"({"id":"/h","instances":2.5,"gpus":1e10,"tasksStaged":1.2345678901234568e+29,"disk":18446744073709551615,)"
            R"("tasksHealthy":-2147483648,"tasksUnhealthy":2147483648,"mem":1.7976931348623157e308,"cpus":-0.0})");
        QTest::newRow("long mantissas") << QByteArray(
            R"({"id":"/m","cpus":0.888888888888888888888888888888888888888888888888888888888888888883,)"
            R"("mem":1.00000000000000011102230246251565404236316680908203125,"instances":3.000000000000000000001,)"
            R"("disk":2.2250738585072011e-308,"cmd":0.30000000000000004441})");
        QTest::newRow("unicode") << QByteArray(
            "{\"id\":\"/caf\xc3\xa9/\\u00e9\\ud83d\\ude00\",\"cmd\":\"echo "
            "\\\"\xe2\x98\x83\\\"\\n\\t\\u0000\","
            "\"labels\":{\"\xe6\x97\xa5\":\"\\u65e5\\u672c\"},\"env\":{\"K\\u00e9\":\"v\"}}");
        QTest::newRow("health, readiness, tasks") << QByteArray(
            R"({"id":"/c","healthChecks":[null,{"protocol":"HTTP","portIndex":"0","port":80.5,)"
            R"("command":"echo"},{"command":{"value":"true"},"intervalSeconds":null}],)"
            R"("readinessChecks":[{"name":"r","httpStatusCodesForReady":[200,"x",null,201.5]}],)"
            R"("readinessCheckResults":[{"name":"r","ready":"yes","lastResponse":{"status":"200","body":"ok"}},)"
            R"({"lastResponse":null}],"tasks":[null,{"id":"t","ports":[1,null,"x"],"agentId":"a",)"
            R"("healthCheckResults":[{"alive":true},{"alive":false,"lastFailureCause":404}],)"
            R"("localVolumes":[{}]},{"id":"u","slaveId":"s","agentId":"a","healthCheckResults":[]}]})");
        QTest::newRow("resident by volume, deployments, fetch") << QByteArray(
            R"({"id":"/v","container":{"volumes":[null,{"persistent":{"size":1}}]},)"
            R"("deployments":[{"id":"d1"},"d2",{"id":""}],"uris":["a",1,null,"b"],)"
            R"("fetch":[{"uri":"b"},{"uri":"c"},{"uri":"c"},{"uri":7}],"dependencies":["../x","",3]})");
        QTest::newRow("duplicate keys: the last") << QByteArray(
            R"({"id":"/first","id":"/d","labels":{"a":"1"},"labels":{"b":"2"},"versionInfo":)"
            R"({"lastScalingAt":"x","lastConfigChangeAt":"y"},"versionInfo":{"lastScalingAt":"z"},)"
            R"("residency":{},"residency":null,"tasks":[{"id":"t"}],"tasks":[]})");
        QTest::newRow("fetch before uris")
            << QByteArray(R"({"id":"/f","fetch":[{"uri":"a"},{"uri":"b"}],"uris":["b"]})");
    }
    void oldServers() {
        QFETCH(QByteArray, app);
        QCOMPARE(same('[' + app + ']').size(), 1);
        QCOMPARE(same(R"({"apps":[)" + app + "]}").size(), 1);
        const auto reference = MarathonParser::parseApp(app);
        const auto single = MarathonAppsParser::parseApp(R"({"app":)" + app + '}');
        QCOMPARE(bool(reference), bool(single));
        if (reference)
            QCOMPARE(marathonAppDiff(*single, *reference), QString());
    }
    void deepNesting() {
        // Groups 100 deep: the reference stops at 64 levels (its stack guard), and so does this one.
        QByteArray body;
        for (int i = 0; i < 100; ++i)
            body += "{\"apps\":[{\"id\":\"/a" + QByteArray::number(i) + "\"}],\"groups\":[";
        body += "{}";
        for (int i = 0; i < 100; ++i)
            body += "]}";
        const QList<MarathonApp> apps = same(body);
        QCOMPARE(apps.size(), 65);
        // Deep JSON inside an app (a label) is kept as the reference shows it.
        const QByteArray deep =
            R"([{"id":"/d","labels":{"x":)" + QByteArray(200, '[') + QByteArray(200, ']') + "}}]";
        QCOMPARE(same(deep).size(), 1);
    }
    void refusals_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("truncated") << QByteArray(R"({"apps":[{"id":"/a"})")
                                   << QStringLiteral("malformed JSON");
        QTest::newRow("broken in a skipped field")
            << QByteArray(R"({"apps":[{"id":"/a","unknown":[1,,2]}]})") << QStringLiteral("malformed JSON");
        QTest::newRow("trailing") << QByteArray(R"([] [])") << QStringLiteral("malformed JSON");
        QTest::newRow("no list") << QByteArray(R"({"message":"x"})") << QStringLiteral("\"apps\"");
        QTest::newRow("instances an object")
            << QByteArray(R"({"apps":[{"id":"/a"},{"id":"/b"},{"id":"/c"},{"id":"/d","instances":{}}]})")
            << QStringLiteral("/apps/3/instances: expected a number");
        QTest::newRow("labels a list") << QByteArray(R"([{"id":"/a","labels":["x"]}])")
                                       << QStringLiteral("/0/labels: expected an object");
        QTest::newRow("app a string")
            << QByteArray(R"({"apps":["/a"]})") << QStringLiteral("/apps/0: expected an object");
        QTest::newRow("in a group")
            << QByteArray(R"({"groups":[{"apps":[{"id":"/g/a","tasks":[{"ports":[[1]]}]}]}]})")
            << QStringLiteral("/groups/0/apps/0/tasks/0/ports/0: expected a number");
        // simdjson (here as on the Mesos side) refuses integers beyond 64 bits; no Marathon sends one.
        QTest::newRow("integer beyond 64 bits")
            << QByteArray(R"([{"id":"/a","instances":123456789012345678901234567890}])")
            << QStringLiteral("malformed JSON");
        QTest::newRow("cmd an array")
            << QByteArray(R"([{"cmd":["a"]}])") << QStringLiteral("/0/cmd: expected a string");
    }
    void refusals() {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const QString why = refusal(body);
        QVERIFY2(why.contains(error), qPrintable(why));
    }
    void singleApp() {
        QString error;
        QVERIFY(!MarathonAppsParser::parseApp(R"({"app":{}})", &error));
        QVERIFY(error.contains(QStringLiteral("\"id\"")));
        QVERIFY(!MarathonAppsParser::parseApp(R"([{"id":"/a"}])", &error));
        QVERIFY(!MarathonAppsParser::parseApp(R"({"id":5})", &error));
        const auto bare = MarathonAppsParser::parseApp(R"( {"id":"/a","cmd":"x"}  )");
        QVERIFY(bare);
        QCOMPARE(bare->raw.bytes(), QByteArray(R"({"id":"/a","cmd":"x"})"));
        const auto wrapped = MarathonAppsParser::parseApp(R"({"app":{"id":"/b" , "tasks":[]} })");
        QVERIFY(wrapped);
        QCOMPARE(wrapped->raw.bytes(), QByteArray(R"({"id":"/b" , "tasks":[]})"));
    }
    // The raw JSON is a view: every app of an answer points into one shared document, and the
    // definition is only made when asked for.
    void rawIsAView() {
        QByteArray body = "{\"apps\":[";
        for (int i = 0; i < 5000; ++i)
            body += QByteArray(i ? "," : "") + "{\"id\":\"/g/app-" + QByteArray::number(i) +
                    "\",\"instances\":1,\"labels\":{\"tier\":\"web\"},\"tasks\":[]}";
        body += "]}";
        const auto apps = MarathonAppsParser::parseApps(body);
        QVERIFY(apps);
        QCOMPARE(apps->size(), 5000);
        const char* document = apps->first().raw.document.constData();
        for (const MarathonApp& a : *apps)
            QCOMPARE(a.raw.document.constData(), document);
        QVERIFY(apps->first().raw.document.size() >= body.size()); // the body (padded), not a copy per app
        QCOMPARE(apps->at(42).definition().value(QLatin1String("id")).toString(),
                 QStringLiteral("/g/app-42"));
        QCOMPARE(apps->at(42).raw.bytes(),
                 QByteArray(R"({"id":"/g/app-42","instances":1,"labels":{"tier":"web"},"tasks":[]})"));
        // Label values repeat: one QString for all of them.
        QVERIFY(apps->at(1).labels.first().constData() == apps->at(2).labels.first().constData());
        // Equality reads the text; the same definition written otherwise is still equal.
        QVERIFY(apps->at(7) == apps->at(7));
        QVERIFY(!(apps->at(7) == apps->at(8)));
        QCOMPARE(marathonAppDiff(apps->at(7), apps->at(8)),
                 QStringLiteral("id")); // the comparison sees it too
        MarathonApp rewritten = apps->at(7);
        rewritten.raw = MarathonApp::rawJsonOf(apps->at(7).definition());
        QVERIFY(rewritten == apps->at(7));
    }
    // A poll that changes nothing still moves the tree onto the new answer's text, so the model
    // never keeps an older answer alive for the apps that did not change.
    void modelFollowsTheLatestDocument() {
        const QByteArray body = R"({"apps":[{"id":"/a","instances":1},{"id":"/b","instances":2}]})";
        const auto first = MarathonAppsParser::parseApps(body);
        AppsModel model;
        model.update(*first, {});
        const QByteArray again = QByteArray(body).append(' ').chopped(1); // same text, another buffer
        const auto second = MarathonAppsParser::parseApps(again);
        QVERIFY(second->first().raw.document.constData() != first->first().raw.document.constData());
        model.update(*second, {});
        QCOMPARE(model.app(QStringLiteral("/a"))->raw.document.constData(),
                 second->first().raw.document.constData());
        QCOMPARE(model.app(QStringLiteral("/b"))->raw.document.constData(),
                 second->first().raw.document.constData());
    }
};

QTEST_GUILESS_MAIN(TestAppsParser)
#include "tst_appsparser.moc"
