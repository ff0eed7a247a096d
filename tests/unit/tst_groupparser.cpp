// Groups (#16) on the project's own data (tests/data/marathon/group_shop.json): the group
// parser, what the editor strips before a PUT, the definition checks, the dependency graph and
// the JSON pointer locator the editors mark lines with.
#include "TestEnvironment.h"
#include "marathon/GroupDefinitionValidator.h"
#include "marathon/JsonPathLocator.h"
#include "marathon/MarathonDependencies.h"
#include "marathon/MarathonGroupParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestGroupParser : public QObject {
    Q_OBJECT
    static QByteArray data(const QString& name) {
        return TestEnvironment::testData(QStringLiteral("marathon/") + name);
    }
    static QStringList paths(const QJsonObject& group) {
        QStringList out;
        for (const auto& p : GroupDefinitionValidator::validate(group))
            out << p.path;
        out.sort();
        return out;
    }
    static QJsonObject json(const char* text) { return QJsonDocument::fromJson(text).object(); }

private slots:
    void parsesTheTree() {
        QString error;
        const auto group = MarathonGroupParser::parseGroup(data(QStringLiteral("group_shop.json")), &error);
        QVERIFY2(group, qPrintable(error));
        QCOMPARE(group->id, QStringLiteral("/shop"));
        QCOMPARE(group->appIds, (QStringList{QStringLiteral("/shop/db"), QStringLiteral("/shop/web")}));
        QCOMPARE(group->podIds, QStringList{QStringLiteral("/shop/cache")});
        QCOMPARE(group->dependencies, QStringList{QStringLiteral("/infra")});
        QCOMPARE(group->groups.size(), 1);
        QCOMPARE(group->groups.first().dependencies,
                 QStringList{QStringLiteral("/shop/web")}); // "../web" from /shop/batch
        QCOMPARE(group->allAppIds(), (QStringList{QStringLiteral("/shop/batch/report"),
                                                  QStringLiteral("/shop/db"), QStringLiteral("/shop/web")}));
        QVERIFY(group->find(QStringLiteral("/shop/batch")));
        QVERIFY(!group->find(QStringLiteral("/nope")));
    }

    void refusesMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no id") << QByteArray(R"({"apps":[]})");
        QTest::newRow("apps not array") << QByteArray(R"({"id":"/a","apps":{}})");
        QTest::newRow("app without id") << QByteArray(R"({"id":"/a","apps":[{}]})");
        QTest::newRow("dependency not string") << QByteArray(R"({"id":"/a","dependencies":[1]})");
        QTest::newRow("group not object") << QByteArray(R"({"id":"/a","groups":[1]})");
        QByteArray deep = "{\"id\":\"/a\",\"groups\":[";
        for (int i = 0; i < 70; ++i)
            deep += "{\"id\":\"x\",\"groups\":[";
        for (int i = 0; i < 70; ++i)
            deep += "]}";
        QTest::newRow("too deep") << deep + "]}";
    }
    void refusesMalformed() {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!MarathonGroupParser::parseGroup(body, &error));
        QVERIFY(!error.isEmpty());
    }

    void editableDropsWhatAPutRefuses() {
        const QJsonObject raw = QJsonDocument::fromJson(data(QStringLiteral("group_shop.json"))).object();
        const QJsonObject e = MarathonGroupParser::editable(raw);
        QVERIFY(!e.contains(QLatin1String("version"))); // would be a rollback
        QVERIFY(!e.contains(QLatin1String("pods")));
        const QJsonObject db = e.value(QLatin1String("apps")).toArray().first().toObject();
        for (const char* key : {"tasksRunning", "deployments", "version", "versionInfo"})
            QVERIFY2(!db.contains(QLatin1String(key)), key);
        QCOMPARE(db.value(QLatin1String("instances")).toInt(), 1);
        const QJsonObject batch = e.value(QLatin1String("groups")).toArray().first().toObject();
        QVERIFY(!batch.contains(QLatin1String("version")));
        QVERIFY(paths(e).isEmpty()); // what the editor shows is sendable as it is
    }

    void canonical() {
        QCOMPARE(MarathonGroupParser::canonical(QStringLiteral("db"), QStringLiteral("/g")),
                 QStringLiteral("/g/db"));
        QCOMPARE(MarathonGroupParser::canonical(QStringLiteral("../db"), QStringLiteral("/g/h")),
                 QStringLiteral("/g/db"));
        QCOMPARE(MarathonGroupParser::canonical(QStringLiteral("/x/"), QStringLiteral("/g")),
                 QStringLiteral("/x"));
        QCOMPARE(MarathonGroupParser::canonical(QStringLiteral("../../.."), QStringLiteral("/g")),
                 QStringLiteral("/"));
        QVERIFY(MarathonGroupParser::isUnder(QStringLiteral("/g/a"), QStringLiteral("/g")));
        QVERIFY(!MarathonGroupParser::isUnder(QStringLiteral("/gx/a"), QStringLiteral("/g")));
        QVERIFY(!MarathonGroupParser::isUnder(QStringLiteral("/g"), QStringLiteral("/g")));
    }

    void validation_data() {
        QTest::addColumn<QByteArray>("group");
        QTest::addColumn<QStringList>("paths");
        const auto none = QStringList();
        QTest::newRow("fine") << QByteArray(R"({"id":"/g","apps":[{"id":"a","cmd":"x"},{"id":"/g/b","cmd":"x",
            "dependencies":["a"]}],"dependencies":["/other"]})")
                              << none;
        QTest::newRow("no id") << QByteArray(R"({"apps":[]})") << QStringList{QStringLiteral("/id")};
        QTest::newRow("relative id") << QByteArray(R"({"id":"g"})") << QStringList{QStringLiteral("/id")};
        QTest::newRow("bad id") << QByteArray(R"({"id":"/G_x"})") << QStringList{QStringLiteral("/id")};
        QTest::newRow("apps not array")
            << QByteArray(R"({"id":"/g","apps":{}})") << QStringList{QStringLiteral("/apps")};
        QTest::newRow("app elsewhere") << QByteArray(R"({"id":"/g","apps":[{"id":"/h/a","cmd":"x"}]})")
                                       << QStringList{QStringLiteral("/apps/0/id")};
        QTest::newRow("app too deep") << QByteArray(R"({"id":"/g","apps":[{"id":"s/a","cmd":"x"}]})")
                                      << QStringList{QStringLiteral("/apps/0/id")};
        QTest::newRow("app checks")
            << QByteArray(R"({"id":"/g","apps":[{"id":"a","cmd":"x"},{"id":"b","cmd":"x","instances":-1}]})")
            << QStringList{QStringLiteral("/apps/1/instances")};
        QTest::newRow("dependency on itself") << QByteArray(R"({"id":"/g","dependencies":["/g/a"]})")
                                              << QStringList{QStringLiteral("/dependencies/0")};
        QTest::newRow("dependency not a path") << QByteArray(R"({"id":"/g","dependencies":[3]})")
                                               << QStringList{QStringLiteral("/dependencies/0")};
        QTest::newRow("pods, version, scaleBy, unknown")
            << QByteArray(R"({"id":"/g","pods":[],"version":"v","scaleBy":2,"colour":"red"})")
            << QStringList{QStringLiteral("/colour"), QStringLiteral("/pods"), QStringLiteral("/scaleBy"),
                           QStringLiteral("/version")};
        QTest::newRow("child group")
            << QByteArray(R"({"id":"/g","groups":[{"id":"c","apps":[{"id":"/g/x","cmd":"y"}]}]})")
            << QStringList{QStringLiteral("/groups/0/apps/0/id")};
    }
    void validation() {
        QFETCH(QByteArray, group);
        QFETCH(QStringList, paths);
        const QJsonDocument doc = QJsonDocument::fromJson(group);
        QVERIFY(doc.isObject());
        QCOMPARE(TestGroupParser::paths(doc.object()), paths);
    }

    void dependencies() {
        const auto group = MarathonGroupParser::parseGroup(data(QStringLiteral("group_shop.json")));
        QVERIFY(group);
        MarathonDependencies deps;
        deps.addGroup(*group);
        QCOMPARE(deps.dependsOn(QStringLiteral("/shop/web")), QStringList{QStringLiteral("/shop/db")});
        QCOMPARE(deps.dependsOn(QStringLiteral("/shop")), QStringList{QStringLiteral("/infra")});
        QCOMPARE(deps.neededBy(QStringLiteral("/shop/db")),
                 (QStringList{QStringLiteral("/shop/batch/report"), QStringLiteral("/shop/web")}));
        QCOMPARE(deps.neededBy(QStringLiteral("/shop/web")), QStringList{QStringLiteral("/shop/batch")});
        QCOMPARE(deps.neededBy(QStringLiteral("/infra/dns")),
                 QStringList{QStringLiteral("/shop")});                  // inside /infra
        QCOMPARE(deps.neededBy(QStringLiteral("/shop")), QStringList()); // its own apps are not "needed by"
        MarathonApp app;
        app.id = QStringLiteral("/x/y");
        app.dependencies = {QStringLiteral("../shop")};
        deps.addApps({app});
        QCOMPARE(deps.neededBy(QStringLiteral("/shop")), QStringList{QStringLiteral("/x/y")});
        QCOMPARE(deps.neededBy(QStringLiteral("/shop/db")).size(), 3); // inside /shop
    }

    void locator() {
        // Plain literals: moc loses track of a raw string spanning lines.
        const QString text =
            QStringLiteral("{\n"
                           "  \"id\": \"/g\",\n"
                           "  \"apps\": [\n"
                           "    { \"id\": \"a\", \"instances\": 1, \"labels\": {\"x\": \"}]\\\"\"} },\n"
                           "    { \"id\": \"b\", \"instances\": 2 }\n"
                           "  ]\n"
                           "}");
        const auto lineOf = [&](const QString& pointer) {
            const qsizetype at = JsonPathLocator::offsetOf(text, pointer);
            return at < 0 ? -1 : int(text.left(at).count(u'\n'));
        };
        QCOMPARE(lineOf(QStringLiteral("/id")), 1);
        QCOMPARE(lineOf(QStringLiteral("/apps/1/instances")), 4);
        QCOMPARE(lineOf(QStringLiteral("/apps/0/instances")), 3);
        QCOMPARE(lineOf(QStringLiteral("/apps/1")), 4);
        QCOMPARE(lineOf(QStringLiteral("/apps/2")), -1);
        QCOMPARE(lineOf(QStringLiteral("/nope")), -1);
        QCOMPARE(JsonPathLocator::offsetOf(QStringLiteral("{\"a\": [1,"), QStringLiteral("/a/3")), -1);
        QCOMPARE(JsonPathLocator::normalized(QStringLiteral("/apps(1)/instances")),
                 QStringLiteral("/apps/1/instances"));
        QCOMPARE(JsonPathLocator::normalized(QStringLiteral("upgradeStrategy.minimumHealthCapacity")),
                 QStringLiteral("/upgradeStrategy/minimumHealthCapacity"));
        QCOMPARE(JsonPathLocator::normalized(QStringLiteral("/labels/com.example")),
                 QStringLiteral("/labels/com.example"));
    }
};

QTEST_GUILESS_MAIN(TestGroupParser)
#include "tst_groupparser.moc"
