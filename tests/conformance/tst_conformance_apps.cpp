// Both app parsers on every Marathon file in ../shared/fixtures/marathon: the simdjson one
// (MarathonAppsParser) must accept every app-bearing file and give the QJsonDocument reference
// (MarathonParser) field for field; on every other JSON file, whatever both accept is the same.
#include "MarathonAppDiff.h"
#include "MarathonFixtures.h"
#include "TestEnvironment.h"
#include "marathon/MarathonAppsParser.h"
#include "marathon/MarathonParser.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestConformanceApps : public QObject {
    Q_OBJECT
    static QString dir() { return MarathonFixtures::dir(); }
    static QByteArray read(const QString& rel) { return MarathonFixtures::read(rel); }
    // Both parsers accept the body and agree on every field of every app ("" then).
    template <typename Reference, typename Parser, typename Diff>
    static QString agree(const QByteArray& body, Reference reference, Parser parser, Diff diff) {
        QString oldError, newError;
        const auto expected = reference(body, &oldError);
        const auto got = parser(body, &newError);
        if (!expected)
            return QStringLiteral("reference refused: ") + oldError;
        if (!got)
            return QStringLiteral("refused: ") + newError;
        return diff(*got, *expected);
    }
    static QString sameApps(const QByteArray& body) {
        return agree(body, &MarathonParser::parseApps, &MarathonAppsParser::parseApps, &marathonAppsDiff);
    }
    static QString sameApp(const QByteArray& body) {
        return agree(body, &MarathonParser::parseApp, &MarathonAppsParser::parseApp, &marathonAppDiff);
    }

private slots:
    void appLists_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("apps");
        QTest::newRow("examples/app_list") << QStringLiteral("examples/app_list.json") << 1;
        QTest::newRow("benchmark/155_100 (group tree)") << QStringLiteral("benchmark/155_100.json") << 100;
        QTest::newRow("marathon-python root group")
            << QStringLiteral("marathon-python/test_model_group.test_from_json_parses_root_group.data.json")
            << 0;
        QTest::newRow("examples/apps_create (array)") << QStringLiteral("examples/apps_create.json") << 2;
        QTest::newRow("examples/apps_patch (array)") << QStringLiteral("examples/apps_patch.json") << 2;
    }
    void appLists() {
        MESOSDESK_REQUIRE_FIXTURES();
        QFETCH(QString, file);
        QFETCH(int, apps);
        const QByteArray body = read(file);
        QVERIFY2(!body.isEmpty(), qPrintable(file));
        const QString diff = sameApps(body);
        QVERIFY2(diff.isEmpty(), qPrintable(file + QStringLiteral(": ") + diff));
        QCOMPARE(MarathonAppsParser::parseApps(body)->size(), qsizetype(apps));
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
        QVERIFY2(!body.isEmpty(), qPrintable(file));
        const QString diff = sameApp(body);
        QVERIFY2(diff.isEmpty(), qPrintable(file + QStringLiteral(": ") + diff));
        // The raw view is the definition's own text, whole.
        const auto app = MarathonAppsParser::parseApp(body);
        QVERIFY(app->raw.length <= body.size());
        QCOMPARE(QJsonDocument::fromJson(app->raw.bytes()).object(), QJsonDocument::fromJson(body).object());
    }
    // go-marathon's canned answers: every /v2/apps entry with a body, lists and single apps.
    void cannedAnswers() {
        MESOSDESK_REQUIRE_FIXTURES();
        int lists = 0, singles = 0;
        for (const MarathonFixtures::CannedAnswer& a : MarathonFixtures::goMarathonAnswers()) {
            if (!a.uri.startsWith(QLatin1String("/v2/apps")) || a.body.isEmpty())
                continue;
            const QString what = a.method + u' ' + a.uri + QStringLiteral(": ");
            if (MarathonParser::parseApps(a.body)) {
                const QString diff = sameApps(a.body);
                QVERIFY2(diff.isEmpty(), qPrintable(what + diff));
                ++lists;
            }
            if (MarathonParser::parseApp(a.body)) {
                const QString diff = sameApp(a.body);
                QVERIFY2(diff.isEmpty(), qPrintable(what + diff));
                ++singles;
            }
        }
        QVERIFY2(lists >= 2, qPrintable(QString::number(lists)));     // GET /v2/apps, ?cmd=nginx
        QVERIFY2(singles >= 2, qPrintable(QString::number(singles))); // GET /v2/apps/fake-app, POST
    }
    // Every other JSON file (deployments, tasks, pods, schemas...): the new parser may refuse what
    // is not an app document, but whatever both accept, they read alike.
    void everyFile() {
        MESOSDESK_REQUIRE_FIXTURES();
        int files = 0, bothAccepted = 0;
        for (QDirIterator it(dir(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString path = it.next();
            const QByteArray body = read(QDir(dir()).relativeFilePath(path));
            ++files;
            if (MarathonParser::parseApps(body) && MarathonAppsParser::parseApps(body)) {
                const QString diff = sameApps(body);
                QVERIFY2(diff.isEmpty(), qPrintable(path + QStringLiteral(" (list): ") + diff));
                ++bothAccepted;
            }
            if (MarathonParser::parseApp(body) && MarathonAppsParser::parseApp(body)) {
                const QString diff = sameApp(body);
                QVERIFY2(diff.isEmpty(), qPrintable(path + QStringLiteral(": ") + diff));
                ++bothAccepted;
            }
            QString error; // a refusal always says why
            if (!MarathonAppsParser::parseApps(body, &error))
                QVERIFY2(!error.isEmpty(), qPrintable(path));
        }
        QVERIFY2(files >= 30, qPrintable(QString::number(files)));
        QVERIFY2(bothAccepted >= 20, qPrintable(QString::number(bothAccepted)));
    }
};

QTEST_GUILESS_MAIN(TestConformanceApps)
#include "tst_conformance_apps.moc"
