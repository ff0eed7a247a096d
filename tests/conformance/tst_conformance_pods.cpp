// Every pod document in ../shared/fixtures/marathon goes through the pod parser: the system
// tests' pod definitions and go-marathon's canned /v2/pods answers (GET, POST, PUT).
#include "MarathonFixtures.h"
#include "TestEnvironment.h"
#include "marathon/MarathonPodParser.h"
#include "marathon/PodDefinitionValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

class TestConformancePods : public QObject {
    Q_OBJECT
    static QString dir() { return TestEnvironment::fixturesDir() + QStringLiteral("/marathon/"); }
    static QByteArray read(const QString& rel) {
        QFile f(dir() + rel);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void systemTestPods_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(dir() + QStringLiteral("system-tests/pods"))
                                      .entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString& name : files)
            QTest::newRow(qPrintable(name)) << QStringLiteral("system-tests/pods/") + name;
        if (files.isEmpty())
            QTest::newRow("no pod files") << QString();
    }
    void systemTestPods() {
        MESOSDESK_REQUIRE_FIXTURES();
        QFETCH(QString, file);
        QVERIFY2(!file.isEmpty(), "system-tests/pods holds pod definitions");
        const QByteArray body = read(file);
        QString error;
        const auto pod = MarathonPodParser::parsePod(body, &error);
        QVERIFY2(pod, qPrintable(error));
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QCOMPARE(pod->id, json.value(QLatin1String("id")).toString());
        QVERIFY(!pod->containers.isEmpty());
        for (const MarathonPod::ContainerSpec& c : pod->containers) {
            QVERIFY(!c.name.isEmpty());
            QVERIFY(c.resources.known);
        }
        QCOMPARE(QJsonDocument::fromJson(pod->specJson).object(), json); // the editor gets it whole
        QCOMPARE(pod->volumes.size(), json.value(QLatin1String("volumes")).toArray().size());
        // Marathon runs these: the editor's checks must not refuse any of them.
        const QList<PodDefinitionValidator::Problem> problems = PodDefinitionValidator::validate(json);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString()
                                               : problems.first().path + u' ' + problems.first().message));
    }

    // go-marathon's canned /v2/pods answers.
    void cannedAnswers() {
        MESOSDESK_REQUIRE_FIXTURES();
        const QList<MarathonFixtures::CannedAnswer> answers = MarathonFixtures::goMarathonAnswers();
        QVERIFY2(!answers.isEmpty(), "go-marathon/methods.yml");
        int seen = 0;
        for (const MarathonFixtures::CannedAnswer& a : answers) {
            const QString &uri = a.uri, &method = a.method;
            if (!uri.startsWith(QLatin1String("/v2/pods")) || a.body.isEmpty())
                continue;
            const QString body = QString::fromUtf8(a.body);
            QString error;
            const QString what = method + u' ' + uri;
            if (uri == QLatin1String("/v2/pods") && method == QLatin1String("GET")) {
                const auto pods = MarathonPodParser::parsePods(body.toUtf8(), &error);
                QVERIFY2(pods, qPrintable(what + QStringLiteral(": ") + error));
                QCOMPARE(pods->size(), 2);
                QCOMPARE(pods->at(1).id, QStringLiteral("/fake-pod2"));
            } else {
                const auto pod = MarathonPodParser::parsePod(body.toUtf8(), &error);
                QVERIFY2(pod, qPrintable(what + QStringLiteral(": ") + error));
                QCOMPARE(pod->id, QStringLiteral("/fake-pod"));
                QCOMPARE(pod->labels.value(QStringLiteral("key")), QStringLiteral("value"));
                QVERIFY(pod->instances.has_value());
            }
            ++seen;
        }
        QCOMPARE(seen, 4); // GET one, GET all, POST, PUT
    }

    // The status document is described only by the RAML: its required fields are the ones the
    // parser insists on.
    void statusRequiredFieldsMatchRaml() {
        MESOSDESK_REQUIRE_FIXTURES();
        const QString raml = QString::fromUtf8(read(QStringLiteral("spec/v2/types/podStatus.raml")));
        QVERIFY2(!raml.isEmpty(), "spec/v2/types/podStatus.raml");
        for (const char* required : {"      id: strings.PathId", "      spec:", "      status: PodState",
                                     "      status: PodInstanceState", "      status: ContainerState"})
            QVERIFY2(raml.contains(QLatin1String(required)), required);
        for (const char* optional : {"      instances?:", "      terminationHistory?:", "      containers?:",
                                     "      endpoints?:", "      resources?:", "      allocatedHostPort?:"})
            QVERIFY2(raml.contains(QLatin1String(optional)), optional);
    }
};

QTEST_GUILESS_MAIN(TestConformancePods)
#include "tst_conformance_pods.moc"
