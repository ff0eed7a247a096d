#include "SnapshotDifference.h"
#include "TestEnvironment.h"
#include "mesos/MesosJsonParser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

// Every Mesos fixture the parsers are meant for, cross-checked against QJsonDocument.
class TestConformanceMesos : public QObject {
    Q_OBJECT
    enum class Kind { State, Summary, Metrics, V1, JsonLines, SubscribedObject, AgentState, Other };

    // Ids, once each: a real summary lists one agent twice (dcos-ui marathon-1-task).
    static qsizetype uniqueIds(const QJsonArray& list) {
        QSet<QString> ids;
        for (const QJsonValue& v : list)
            ids.insert(v.toObject().value(u"id").toString());
        return ids.size();
    }

    static Kind classify(const QString& name, const QByteArray& bytes) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        const QJsonObject o = doc.object();
        if (!doc.isObject() && bytes.contains("\n{\"type\""))
            return Kind::JsonLines;
        if (o.value(u"type").toString() == u"SUBSCRIBED")
            return Kind::SubscribedObject;
        if (o.contains(u"type") && (o.contains(u"get_state") || o.contains(u"get_tasks")))
            return Kind::V1;
        if (o.contains(u"master/uptime_secs") || o.contains(u"master/elected") || name.contains(u"stats"))
            return Kind::Metrics;
        if (o.contains(u"slaves") && !o.contains(u"version") && !o.contains(u"leader"))
            return Kind::Summary;
        if (o.contains(u"slaves"))
            return Kind::State;
        if (o.contains(u"frameworks") && (o.contains(u"master_hostname") || name.contains(u"slave-state") ||
                                          name.contains(u"agent-state") || o.contains(u"completed_frameworks")))
            return Kind::AgentState;
        return Kind::Other;
    }

    // Big documents have their tasks built on a second thread: every fixture must come out the same
    // that way (the threshold is lowered so that small ones take that path too).
    template <typename Parse>
    static QString twoThreadDifference(Parse parse, const QByteArray& bytes) {
        const auto direct = parse(bytes);
        MesosJsonParser::setTaskPipeThreshold(0);
        const auto piped = parse(bytes);
        MesosJsonParser::setTaskPipeThreshold(-1);
        if (direct.error != piped.error)
            return QStringLiteral("errors differ: \"%1\" / \"%2\"").arg(direct.error, piped.error);
        return direct.ok() ? SnapshotDifference::between(*direct.value, *piped.value) : QString();
    }

private slots:
    void everyFixture() {
        MESOSDESK_REQUIRE_FIXTURES();
        const QDir dir(TestEnvironment::fixturesDir() + QStringLiteral("/mesos"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 30);
        int checked = 0;
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const Kind kind = classify(name, bytes);
            const QJsonObject o = QJsonDocument::fromJson(bytes).object();
            switch (kind) {
            case Kind::State: {
                const auto r = MesosJsonParser::parseState(bytes);
                QVERIFY2(r.ok(), qPrintable(name + u": " + r.error));
                QVERIFY2(r.value->agents.size() == uniqueIds(o.value(u"slaves").toArray()),
                         qPrintable(name + QStringLiteral(": %1 agents").arg(r.value->agents.size())));
                int tasks = 0;
                for (const char16_t* list : {u"frameworks", u"completed_frameworks"})
                    for (const QJsonValue& fw : o.value(QStringView(list)).toArray())
                        for (const char16_t* key : {u"tasks", u"completed_tasks", u"unreachable_tasks"})
                            tasks += fw.toObject().value(QStringView(key)).toArray().size();
                QVERIFY2(r.value->tasks.size() <= tasks && (tasks == 0 || r.value->tasks.size() > 0), qPrintable(name));
                for (const MesosTaskPtr& t : r.value->tasks) {
                    QVERIFY2(t->state != MesosTaskState::Unknown, qPrintable(name + u": " + t->id));
                    QVERIFY(!t->raw.bytes().isEmpty());
                    QVERIFY2(!QJsonDocument::fromJson(t->raw.bytes()).isNull(), qPrintable(name + u": raw of " + t->id));
                }
                if (o.contains(u"version"))
                    QCOMPARE(r.value->master.version, o.value(u"version").toString());
                const QString difference = twoThreadDifference(&MesosJsonParser::parseState, bytes);
                QVERIFY2(difference.isEmpty(), qPrintable(name + u": " + difference));
                ++checked;
                break;
            }
            case Kind::Summary: {
                const auto r = MesosJsonParser::parseStateSummary(bytes);
                QVERIFY2(r.ok(), qPrintable(name + u": " + r.error));
                QVERIFY2(r.value->agents.size() == uniqueIds(o.value(u"slaves").toArray()),
                         qPrintable(name + QStringLiteral(": %1 agents").arg(r.value->agents.size())));
                QVERIFY2(r.value->frameworks.size() == uniqueIds(o.value(u"frameworks").toArray()),
                         qPrintable(name + QStringLiteral(": %1 frameworks").arg(r.value->frameworks.size())));
                for (const MesosAgentPtr& a : r.value->agents)
                    QVERIFY2(a->total.cpus > 0, qPrintable(name + u": " + a->id));
                ++checked;
                break;
            }
            case Kind::Metrics: {
                const auto r = MesosJsonParser::parseMetrics(bytes);
                QVERIFY2(r.ok(), qPrintable(name + u": " + r.error));
                int numbers = 0;
                for (auto it = o.begin(); it != o.end(); ++it)
                    numbers += it.value().isDouble() ? 1 : 0;
                QCOMPARE(r.value.values.size(), numbers);
                ++checked;
                break;
            }
            case Kind::V1:
            case Kind::SubscribedObject: {
                const auto r = MesosJsonParser::parseV1Response(bytes);
                QVERIFY2(r.ok(), qPrintable(name + u": " + r.error));
                if (kind == Kind::SubscribedObject) {
                    const auto e = MesosJsonParser::parseEvent(bytes);
                    QVERIFY2(e.ok(), qPrintable(name + u": " + e.error));
                    QCOMPARE(e.value.type, MesosEvent::Type::Subscribed);
                    QCOMPARE(e.value.state->tasks.size(), r.value->tasks.size());
                }
                for (const MesosTaskPtr& t : r.value->tasks)
                    QVERIFY2(!t->id.isEmpty() && !t->frameworkId.isEmpty(), qPrintable(name));
                const QString difference = twoThreadDifference(&MesosJsonParser::parseV1Response, bytes);
                QVERIFY2(difference.isEmpty(), qPrintable(name + u": " + difference));
                ++checked;
                break;
            }
            case Kind::JsonLines: {
                int events = 0;
                for (const QByteArray& line : bytes.split('\n')) {
                    if (line.trimmed().isEmpty())
                        continue;
                    const auto e = MesosJsonParser::parseEvent(line);
                    QVERIFY2(e.ok(), qPrintable(name + u": " + e.error));
                    QVERIFY2(e.value.type != MesosEvent::Type::Unknown, qPrintable(name + u": " + e.value.typeName));
                    ++events;
                }
                QVERIFY2(events > 0, qPrintable(name));
                ++checked;
                break;
            }
            case Kind::AgentState: {
                const auto r = MesosJsonParser::parseState(bytes);
                QVERIFY2(r.ok(), qPrintable(name + u": " + r.error));
                ++checked;
                break;
            }
            case Kind::Other:
                // Files API listings, flags, GET_MASTER, ZooKeeper data: not for these parsers.
                break;
            }
        }
        qInfo("checked %d fixture files", checked);
        QVERIFY(checked >= 20);
    }
};

QTEST_GUILESS_MAIN(TestConformanceMesos)
#include "tst_conformance_mesos.moc"
