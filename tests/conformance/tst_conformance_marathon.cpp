// Every Marathon response and app definition in ../shared/fixtures/marathon (old and new
// shapes) goes through the parser made for it, and the stream sample through the SSE framing.
#include "MarathonFixtures.h"
#include "TestEnvironment.h"
#include "marathon/AppDefinitionValidator.h"
#include "marathon/MarathonParser.h"
#include "marathon/SseParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestConformanceMarathon : public QObject {
    Q_OBJECT
    static QString dir() { return TestEnvironment::fixturesDir() + QStringLiteral("/marathon/"); }
    static QByteArray read(const QString& rel) {
        QFile f(dir() + rel);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private slots:
    void appLists_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minApps");
        QTest::newRow("examples/app_list") << QStringLiteral("examples/app_list.json") << 1;
        QTest::newRow("benchmark/155_100 (group tree)") << QStringLiteral("benchmark/155_100.json") << 100;
        QTest::newRow("marathon-python root group") << QStringLiteral("marathon-python/test_model_group.test_from_json_parses_root_group.data.json") << 0; // groups, no apps
        QTest::newRow("examples/apps_create (array)") << QStringLiteral("examples/apps_create.json") << 2;
        QTest::newRow("examples/apps_patch (array)") << QStringLiteral("examples/apps_patch.json") << 2;
    }
    void appLists() {
        MESOSDESK_REQUIRE_FIXTURES();
        QFETCH(QString, file);
        QFETCH(int, minApps);
        QString error;
        const auto apps = MarathonParser::parseApps(read(file), &error);
        QVERIFY2(apps, qPrintable(error));
        QVERIFY2(apps->size() >= minApps, qPrintable(QString::number(apps->size())));
        for (const MarathonApp& app : *apps) {
            QVERIFY(app.id.startsWith(u'/'));
            QVERIFY(app.instances >= 0);
        }
    }
    void appDefinitions_data() {
        QTest::addColumn<QString>("file");
        for (const QString& f : MarathonFixtures::appDefinitionFiles())
            QTest::newRow(qPrintable(f)) << f;
    }
    void appDefinitions() {
        MESOSDESK_REQUIRE_FIXTURES();
        QFETCH(QString, file);
        const QByteArray body = read(file);
        QVERIFY(!body.isEmpty());
        QString error;
        const auto app = MarathonParser::parseApp(body, &error);
        QVERIFY2(app, qPrintable(error));
        QVERIFY(!app->id.isEmpty());
        // Real definitions pass our schema checks, apart from keys newer than the v1.7 schema.
        for (const auto& p : AppDefinitionValidator::validate(QJsonDocument::fromJson(body).object(), false)) {
            const bool newerKey = p.message.contains(QStringLiteral("not a known"));
            const bool relativeLegacyId = p.path == QLatin1String("/id") && file.startsWith(QLatin1String("legacy"));
            // The REST doc example sets both cmd and args, which the schema's "not allOf" forbids.
            const bool docExampleCmdArgs = p.path == QLatin1String("/args") && file == QLatin1String("examples/app.json");
            QVERIFY2(newerKey || relativeLegacyId || docExampleCmdArgs, qPrintable(file + u' ' + p.path + u' ' + p.message));
        }
    }
    void tasks_data() {
        QTest::addColumn<QString>("file");
        for (const QString& f : {QStringLiteral("examples/tasks.json"), QStringLiteral("examples/app_task.json"),
                                 QStringLiteral("marathon-python/test_api.test_list_tasks_with_app_id.fake_response.json"),
                                 QStringLiteral("marathon-python/test_api.test_list_tasks_without_app_id.fake_response.json")})
            QTest::newRow(qPrintable(f)) << f;
    }
    void tasks() {
        MESOSDESK_REQUIRE_FIXTURES();
        QFETCH(QString, file);
        const auto tasks = MarathonParser::parseTasks(read(file));
        QVERIFY(tasks);
        QVERIFY(!tasks->isEmpty());
        for (const MarathonTask& t : *tasks) {
            QVERIFY(!t.id.isEmpty());
            QVERIFY(!t.host.isEmpty());
        }
    }
    void deployments_data() {
        QTest::addColumn<QString>("file");
        for (const QString& f : {QStringLiteral("examples/deployments.json"),
                                 QStringLiteral("marathon-python/test_api.test_get_deployments_pre_1_0.fake_response.json"),
                                 QStringLiteral("marathon-python/test_model_deployment.test_env_defaults_to_empty_dict.deployment_json.json")})
            QTest::newRow(qPrintable(f)) << f;
    }
    void deployments() {
        MESOSDESK_REQUIRE_FIXTURES();
        QFETCH(QString, file);
        const auto d = MarathonParser::parseDeployments(read(file));
        QVERIFY(d);
        QVERIFY(!d->isEmpty());
        for (const MarathonDeployment& dep : *d) {
            QVERIFY(!dep.id.isEmpty());
            QVERIFY(!dep.steps.isEmpty());
            QVERIFY(!dep.steps.first().isEmpty());
            QVERIFY(!dep.steps.first().first().action.isEmpty());
            QVERIFY(dep.totalSteps >= 1);
        }
    }
    void deploymentSteps() {
        MESOSDESK_REQUIRE_FIXTURES();
        const MarathonDeployment d = MarathonParser::deploymentFromJson(QJsonDocument::fromJson(read(QStringLiteral("examples/deployment_steps.json"))).object());
        QVERIFY(!d.steps.isEmpty());
    }
    void info() {
        MESOSDESK_REQUIRE_FIXTURES();
        const auto info = MarathonParser::parseInfo(read(QStringLiteral("examples/info.json")));
        QVERIFY(info);
        QVERIFY(!info->frameworkId.isEmpty());
        QVERIFY(!info->version.isEmpty());
        QVERIFY(!info->leader.isEmpty());
    }
    void eventStream() {
        MESOSDESK_REQUIRE_FIXTURES();
        SseParser sse;
        const auto frames = sse.feed(read(QStringLiteral("examples/events.txt")));
        QVERIFY(frames.size() >= 3);
        int failures = 0;
        for (const auto& f : frames) {
            const auto e = MarathonParser::parseEvent(f.data, f.event);
            QVERIFY2(e, f.data.constData());
            QCOMPARE(e->type, f.event);
            failures += e->isTaskFailure() ? 1 : 0;
        }
        QCOMPARE(failures, 1); // the TASK_FAILED of /foo
    }
};

QTEST_GUILESS_MAIN(TestConformanceMarathon)
#include "tst_conformance_marathon.moc"
