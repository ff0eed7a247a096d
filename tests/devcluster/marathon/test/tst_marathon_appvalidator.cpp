// The simulated Marathon's request checking: the JSON schema checker on its own, and the
// parse -> validate -> normalize path with Marathon's defaults and messages.
#include "AppValidator.h"
#include "JsonSchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
// JSON written with single quotes: moc (Qt 6.4) misreads raw string literals holding JSON.
QByteArray j(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList describe(const QList<JsonSchemaValidator::Issue>& issues)
{
    QStringList out;
    for (const auto& issue : issues)
        out << issue.path + QLatin1Char(' ') + issue.message + (issue.typeError ? QStringLiteral(" [type]") : QString());
    return out;
}
} // namespace

class TestMarathonAppValidator : public QObject {
    Q_OBJECT

private slots:
    void schemaFeatures_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("valid") << (j("{'name':'a-b','n':1,'x':0.5,'tags':['t'],'pair':['k','LIKE'],'m':{'a':'1'}}"))
                               << QStringList();
        QTest::newRow("required") << (j("{'n':1}")) << QStringList{QStringLiteral("/name error.path.missing [type]")};
        QTest::newRow("type") << (j("{'name':3}")) << QStringList{QStringLiteral("/name error.expected.jsstring [type]")};
        QTest::newRow("integer") << (j("{'name':'a','n':2.5}")) << QStringList{QStringLiteral("/n error.expected.int [type]")};
        QTest::newRow("minimum") << (j("{'name':'a','n':-2}")) << QStringList{QStringLiteral("/n got -2, expected 0 or more")};
        QTest::newRow("maximum") << (j("{'name':'a','x':1.25}")) << QStringList{QStringLiteral("/x got 1.25, expected 1.0 or less")};
        QTest::newRow("pattern via $ref") << (j("{'name':'A_B'}"))
                                          << QStringList{QStringLiteral("/name must fully match regular expression '^[a-z][a-z0-9-]*$'")};
        QTest::newRow("items") << (j("{'name':'a','tags':['ok',1]}")) << QStringList{QStringLiteral("/tags(1) error.expected.jsstring [type]")};
        QTest::newRow("tuple and minItems") << (j("{'name':'a','pair':['k']}"))
                                            << QStringList{QStringLiteral("/pair must have at least 2 elements")};
        QTest::newRow("enum") << (j("{'name':'a','pair':['k','NEAR']}"))
                              << QStringList{QStringLiteral("/pair(1) error.unknown.enum.literal [type]")};
        QTest::newRow("additionalProperties") << (j("{'name':'a','extra':1}"))
                                              << QStringList{QStringLiteral("/extra unknown property")};
        QTest::newRow("additional schema") << (j("{'name':'a','m':{'a':1}}"))
                                           << QStringList{QStringLiteral("/m/a error.expected.jsstring [type]")};
        QTest::newRow("oneOf") << (j("{'name':'a','either':true}"))
                               << QStringList{QStringLiteral("/either must match exactly one of the allowed forms")};
        QTest::newRow("not") << (j("{'name':'a','cmd':'x','args':'y'}"))
                             << QStringList{QStringLiteral("/ must not match the excluded form")};
        QTest::newRow("minLength") << (j("{'name':''}")) << QStringList{QStringLiteral("/name must not be empty")};
    }

    void schemaFeatures()
    {
        QFETCH(QByteArray, value);
        QFETCH(QStringList, expected);
        const JsonSchemaValidator validator(parse(j("{"
"            'type': 'object', 'required': ['name'], 'additionalProperties': false,"
"            'definitions': {'name': {'type': 'string', 'minLength': 1, 'pattern': '^[a-z][a-z0-9-]*$'}},"
"            'not': {'allOf': [{'required': ['cmd']}, {'required': ['args']}]},"
"            'properties': {"
"                'name': {'$ref': '#/definitions/name'},"
"                'n': {'type': 'integer', 'minimum': 0},"
"                'x': {'type': 'number', 'maximum': 1.0},"
"                'tags': {'type': 'array', 'items': {'type': 'string'}},"
"                'pair': {'type': 'array', 'minItems': 2, 'items': [{'type': 'string'}, {'type': 'string', 'enum': ['LIKE', 'UNIQUE']}]},"
"                'm': {'type': 'object', 'additionalProperties': {'type': 'string'}},"
"                'either': {'oneOf': [{'type': 'string'}, {'type': 'number'}]},"
"                'cmd': {'type': 'string'}, 'args': {'type': 'string'}"
"            }}")));
        QCOMPARE(describe(validator.validate(QJsonDocument::fromJson(value).object())), expected);
    }

    void selfReferenceDoesNotHang()
    {
        const JsonSchemaValidator validator(parse(j("{'definitions':{'a':{'$ref':'#/definitions/a'}},'$ref':'#/definitions/a'}")));
        QVERIFY(validator.validate(QJsonValue(1)).isEmpty());
    }

    void parseErrors()
    {
        const AppValidator::Result bad = AppValidator::parseObject("{\"id\":");
        QCOMPARE(bad.status, 400);
        const QJsonObject body = QJsonDocument::fromJson(bad.errorBody).object();
        QCOMPARE(body.value(QLatin1String("message")).toString(), QStringLiteral("Invalid JSON"));
        QVERIFY(body.value(QLatin1String("details")).isString());
        QCOMPARE(AppValidator::parseObject("\"text\"").status, 400);
        QVERIFY(AppValidator::parseObject("{}").ok());
    }

    void groupsDetailsByPath()
    {
        const AppValidator::Result r = AppValidator::validate(parse(j("{'id':'/A','cpus':-1,'mem':-2,'cmd':'x'}")));
        QCOMPARE(r.status, 422);
        const QJsonArray details = QJsonDocument::fromJson(r.errorBody).object().value(QLatin1String("details")).toArray();
        QStringList paths;
        for (const QJsonValue& d : details)
            paths << d.toObject().value(QLatin1String("path")).toString();
        QCOMPARE(paths, (QStringList{QStringLiteral("/cpus"), QStringLiteral("/mem"), QStringLiteral("/id")}));
        QCOMPARE(details.at(1).toObject().value(QLatin1String("errors")).toArray().first().toString(),
                 QStringLiteral("got -2.0, expected 0.0 or more"));
    }

    void idSegments()
    {
        QVERIFY(AppValidator::isValidIdSegment(QStringLiteral("web")));
        QVERIFY(AppValidator::isValidIdSegment(QStringLiteral("web-1.v2")));
        QVERIFY(AppValidator::isValidIdSegment(QStringLiteral("..")));
        QVERIFY(!AppValidator::isValidIdSegment(QStringLiteral("Web")));
        QVERIFY(!AppValidator::isValidIdSegment(QStringLiteral("-web")));
        QVERIFY(!AppValidator::isValidIdSegment(QStringLiteral("web_1")));
        QVERIFY(AppValidator::validate(parse(j("{'id':'/prod/web-1','cmd':'x'}"))).ok());
    }

    void unknownFieldsAreIgnoredLikeMarathon()
    {
        QVERIFY(AppValidator::validate(parse(j("{'id':'a','cmd':'x','colour':'blue'}"))).ok());
    }

    void normalizeFillsDefaults()
    {
        int next = 10000;
        const QJsonObject app = AppValidator::normalize(parse(j("{'id':'grp/app/','cmd':'x','uris':['/srv/a.tgz'],"
"            'healthChecks':[{'protocol':'HTTP'},{'protocol':'COMMAND','command':{'value':'true'}}]}")),
                                                        [&next] { return next++; });
        QCOMPARE(app.value(QLatin1String("id")).toString(), QStringLiteral("/grp/app"));
        QCOMPARE(app.value(QLatin1String("instances")).toInt(), 1);
        QCOMPARE(app.value(QLatin1String("cpus")).toDouble(), 1.0);
        QCOMPARE(app.value(QLatin1String("mem")).toDouble(), 128.0);
        QCOMPARE(app.value(QLatin1String("backoffSeconds")).toInt(), 1);
        QCOMPARE(app.value(QLatin1String("killSelection")).toString(), QStringLiteral("YOUNGEST_FIRST"));
        QCOMPARE(app.value(QLatin1String("ports")).toArray(), QJsonArray{10000});
        QCOMPARE(app.value(QLatin1String("portDefinitions")).toArray().first().toObject().value(QLatin1String("protocol")).toString(),
                 QStringLiteral("tcp"));
        QCOMPARE(app.value(QLatin1String("fetch")).toArray().first().toObject().value(QLatin1String("uri")).toString(),
                 QStringLiteral("/srv/a.tgz"));
        const QJsonArray checks = app.value(QLatin1String("healthChecks")).toArray();
        const QJsonObject http = checks.at(0).toObject();
        QCOMPARE(http.value(QLatin1String("path")).toString(), QStringLiteral("/"));
        QCOMPARE(http.value(QLatin1String("portIndex")).toInt(), 0);
        QCOMPARE(http.value(QLatin1String("gracePeriodSeconds")).toInt(), 300);
        QCOMPARE(http.value(QLatin1String("intervalSeconds")).toInt(), 60);
        QCOMPARE(http.value(QLatin1String("timeoutSeconds")).toInt(), 20);
        QCOMPARE(http.value(QLatin1String("maxConsecutiveFailures")).toInt(), 3);
        const QJsonObject command = checks.at(1).toObject();
        QVERIFY(!command.contains(QLatin1String("path")));
        QVERIFY(!command.contains(QLatin1String("portIndex")));

        // Deprecated "ports": each becomes a port definition; fixed ports are kept.
        const QJsonObject ported = AppValidator::normalize(parse(j("{'id':'p','cmd':'x','ports':[0,8080]}")), [&next] { return next++; });
        QCOMPARE(ported.value(QLatin1String("ports")).toArray(), (QJsonArray{10001, 8080}));
        // A container app without ports gets none.
        const QJsonObject docker = AppValidator::normalize(parse(j("{'id':'d','container':{'type':'DOCKER','docker':{'image':'x'}}}")),
                                                           [&next] { return next++; });
        QVERIFY(docker.value(QLatin1String("portDefinitions")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarathonAppValidator)
#include "tst_marathon_appvalidator.moc"
