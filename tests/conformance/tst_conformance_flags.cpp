// The Master page's parsers on every real body in ../shared/fixtures: both GET_FLAGS answers
// (the docs' and dcos-ui's) read whole, the flags of every master state that has them, the
// GET_LOGGING_LEVEL answer; every other file refused or read without a crash. The DataDog
// /metrics/snapshot goes through the metrics table key by key.
#include "MesosRoles.h"
#include "MetricsModel.h"
#include "TestEnvironment.h"
#include "mesos/MesosJsonParser.h"
#include "operator/OperatorParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class ConformanceFlags : public QObject {
    Q_OBJECT
    static QByteArray read(const QString& path) {
        QFile file(TestEnvironment::fixturesDir() + u'/' + path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(path));
        return file.readAll();
    }
    // The names and values as the file has them, read with Qt's own JSON (not our parser).
    static QMap<QString, QString> expectedFlags(const QByteArray& body) {
        QMap<QString, QString> flags;
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        for (const QJsonValue flag :
             root.value(QStringLiteral("get_flags")).toObject().value(QStringLiteral("flags")).toArray())
            flags.insert(flag.toObject().value(QStringLiteral("name")).toString(),
                         flag.toObject().value(QStringLiteral("value")).toString());
        const QJsonObject map = root.value(QStringLiteral("flags")).toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            flags.insert(it.key(), it.value().toString());
        return flags;
    }

private slots:
    void initTestCase() { MESOSDESK_REQUIRE_FIXTURES(); }

    void getFlags_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("docs") << "mesos-operator/apache-mesos__doc-get-flags-response.json" << 37;
        QTest::newRow("dcos-ui") << "mesos/dcos-ui__v1__get_flags.json" << 52;
    }
    void getFlags() {
        QFETCH(QString, file);
        QFETCH(int, count);
        const QByteArray body = read(file);
        const auto parsed = OperatorParser::parseFlags(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), count);
        // Key by key: every flag of the file, with its value, and sorted by name.
        const QMap<QString, QString> expected = expectedFlags(body);
        QCOMPARE(expected.size(), count);
        int i = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it, ++i)
            QCOMPARE(parsed.value.at(i), (MasterFlag{it.key(), it.value()}));
    }

    void everyFile() {
        int flagFiles = 0, stateFlags = 0;
        for (const QString& folder : {QStringLiteral("mesos"), QStringLiteral("mesos-operator")}) {
            const QDir dir(TestEnvironment::fixturesDir() + u'/' + folder);
            for (const QString& name :
                 dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.txt")}, QDir::Files)) {
                const QByteArray body = read(folder + u'/' + name);
                const auto flags = OperatorParser::parseFlags(body);
                const auto level = OperatorParser::parseLoggingLevel(body);
                const QMap<QString, QString> expected = expectedFlags(body);
                if (!flags.ok()) {
                    QVERIFY2(flags.value.isEmpty(), qPrintable(name));
                    QVERIFY2(expected.isEmpty() || !QJsonDocument::fromJson(body).isObject(),
                             qPrintable(name));
                    continue;
                }
                QCOMPARE(flags.value.size(), expected.size());
                if (name.contains(QLatin1String("get_flags")) || name.contains(QLatin1String("get-flags")))
                    ++flagFiles;
                else if (!flags.value.isEmpty()) // a master state's "flags" object: the same map
                    ++stateFlags;
                QVERIFY2(!level.ok() || name.contains(QLatin1String("logging-level")), qPrintable(name));
            }
        }
        QCOMPARE(flagFiles, 2);
        QVERIFY2(stateFlags >= 3, "the master states with flags were read");
    }

    void loggingLevel() {
        const auto parsed = OperatorParser::parseLoggingLevel(
            read(QStringLiteral("mesos-operator/apache-mesos__doc-get-logging-level-response.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value, 0);
        // The request is not an answer.
        QVERIFY(!OperatorParser::parseLoggingLevel(
                     read(QStringLiteral("mesos-operator/apache-mesos__doc-set-logging-level-request.json")))
                     .ok());
    }

    void metricsKeyByKey() {
        const QByteArray body =
            read(QStringLiteral("mesos/datadog-integrations-core__mesos_master__stats.json"));
        const auto parsed = MesosJsonParser::parseMetrics(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        MetricsModel model;
        model.apply(parsed.value);
        const QJsonObject real = QJsonDocument::fromJson(body).object();
        QCOMPARE(model.rowCount(), int(real.size()));
        for (auto it = real.constBegin(); it != real.constEnd(); ++it) {
            const int row = model.rowOf(it.key());
            QVERIFY2(row >= 0, qPrintable(it.key()));
            QCOMPARE(model.index(row, MetricsModel::Value).data(MesosRoles::SortRole).toDouble(),
                     it.value().toDouble());
        }
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("master/elected")), MetricsModel::Value).data().toString(),
            QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(ConformanceFlags)
#include "tst_conformance_flags.moc"
