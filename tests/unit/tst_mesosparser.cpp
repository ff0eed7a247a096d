#include "SnapshotDifference.h"
#include "SyntheticCluster.h"
#include "TestEnvironment.h"
#include "mesos/MesosJsonParser.h"
#include "mesos/MesosKeys.h"
#include "mesos/RecordIoDecoder.h"

#include <QFile>
#include <QtTest>

// The Mesos parsers on the project's own data: every version shape, and every kind of bad input.
class TestMesosParser : public QObject {
    Q_OBJECT
    static QByteArray read(const QString& name) {
        QFile f(TestEnvironment::testDataDir() + QStringLiteral("/mesos/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(name));
        return f.readAll();
    }
private slots:
    void state14() {
        const auto r = MesosJsonParser::parseState(read(QStringLiteral("state-1.4.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const MesosSnapshot& s = *r.value;
        QCOMPARE(s.master.version, QStringLiteral("1.4.1"));
        QCOMPARE(s.master.leader, QStringLiteral("m1.example:5050"));
        QCOMPARE(s.master.activatedAgents, 1); // sent as 1.0
        QCOMPARE(s.agents.size(), 2);
        const MesosAgentPtr a0 = s.agents.value(QStringLiteral("A-S0"));
        QVERIFY(a0);
        QCOMPARE(a0->hostname, QStringLiteral("a0.example"));
        QCOMPARE(a0->total.cpus, 8.0);
        QCOMPARE(a0->used.mem, 1536.0);
        QCOMPARE(a0->total.ports, QStringLiteral("[31000-32000]"));
        QCOMPARE(a0->attributesText(), QStringLiteral("rack:r1; cores:8")); // a number attribute as text
        QVERIFY(!s.agents.value(QStringLiteral("A-S1"))->active);
        QCOMPARE(s.frameworks.size(), 2);
        const MesosFrameworkPtr fw = s.frameworks.value(QStringLiteral("F-0000"));
        QCOMPARE(fw->name, QStringLiteral("marathon"));
        QCOMPARE(fw->webuiUrl, QStringLiteral("http://m1.example:8080"));
        QCOMPARE(fw->activeTasks(), 2);
        QCOMPARE(fw->failedTasks(), 1);
        QVERIFY(!s.frameworks.value(QStringLiteral("F-0001"))->active);
        QCOMPARE(s.tasks.size(), 3);
        const MesosTaskPtr web = s.tasks.value(MesosKeys::task(QStringLiteral("F-0000"), QStringLiteral("web.1")));
        QVERIFY(web);
        QCOMPARE(web->state, MesosTaskState::Running);
        QCOMPARE(web->health, MesosTask::Health::Healthy);
        QCOMPARE(web->startTime, 1600001002.5);
        QCOMPARE(web->ip, QStringLiteral("10.1.1.1"));
        QCOMPARE(web->agentId, QStringLiteral("A-S0"));
        // The raw JSON is exactly the object's text in the document.
        const QByteArray raw = web->raw.bytes();
        QVERIFY(raw.startsWith('{') && raw.endsWith('}'));
        QVERIFY(raw.contains("\"web.1\""));
        QVERIFY(!raw.contains("gpu.1"));
        QCOMPARE(s.tasks.value(MesosKeys::task(QStringLiteral("F-0000"), QStringLiteral("batch.9")))->state,
                 MesosTaskState::Failed);
    }
    void identicalObjectsHashEqual() {
        const auto a = MesosJsonParser::parseState(read(QStringLiteral("state-1.4.json")));
        const auto b = MesosJsonParser::parseState(read(QStringLiteral("state-1.4-next.json")));
        QVERIFY(a.ok() && b.ok());
        const QString web = MesosKeys::task(QStringLiteral("F-0000"), QStringLiteral("web.1"));
        QVERIFY(a.value->tasks.value(web)->rawHash != b.value->tasks.value(web)->rawHash); // healthy changed
        QCOMPARE(b.value->tasks.value(web)->health, MesosTask::Health::Unhealthy);
        // Same object, differently formatted documents, differ in text: only same text hashes equal.
        const auto again = MesosJsonParser::parseState(read(QStringLiteral("state-1.4.json")));
        QCOMPARE(again.value->agents.value(QStringLiteral("A-S0"))->rawHash, a.value->agents.value(QStringLiteral("A-S0"))->rawHash);
    }
    void state019() {
        const auto r = MesosJsonParser::parseState(read(QStringLiteral("state-0.19.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value->master.leader, QStringLiteral("192.168.0.2:5050")); // from the pid
        const MesosFrameworkPtr fw = r.value->frameworks.value(QStringLiteral("20140101-0000"));
        QCOMPARE(fw->used.cpus, 0.5); // "resources" when there is no used_resources
        QVERIFY(fw->connected);       // no "connected" field before 0.21: follows active
        QCOMPARE(r.value->tasks.size(), 1);
        QCOMPARE(r.value->agents.value(QStringLiteral("20140101-S0"))->version, QString());
    }
    void summary() {
        const auto r = MesosJsonParser::parseStateSummary(read(QStringLiteral("state-summary.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.value->hasTasks);
        QCOMPARE(r.value->agents.value(QStringLiteral("A-S0"))->runningTasks, 1);
        const MesosFrameworkPtr fw = r.value->frameworks.value(QStringLiteral("F-0000"));
        QCOMPARE(fw->taskCounts[size_t(MesosTaskState::Finished)], 3); // 3.0 in the JSON
        QCOMPARE(fw->failedTasks(), 2);
    }
    void metrics() {
        const auto r = MesosJsonParser::parseMetrics(read(QStringLiteral("metrics.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value.value(QStringLiteral("master/cpus_total")), 12.0);
        QCOMPARE(r.value.value(QStringLiteral("master/mem_total")), 24576.0);
        QVERIFY(!r.value.contains(QStringLiteral("legacy_string")));
        QVERIFY(!MesosJsonParser::parseMetrics("[1,2]").ok());
    }
    void v1State() {
        const auto r = MesosJsonParser::parseV1Response(read(QStringLiteral("v1-get-state.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const MesosSnapshot& s = *r.value;
        QCOMPARE(s.tasks.size(), 1);
        const MesosTaskPtr t = s.tasks.value(MesosKeys::task(QStringLiteral("F-9"), QStringLiteral("v1task.1")));
        QVERIFY(t);
        QCOMPARE(t->resources.cpus, 0.75); // two cpus entries (a reservation) add up
        QVERIFY(t->resources.ports.isEmpty()); // a task's ports stay in its raw JSON
        QVERIFY(t->raw.bytes().contains("31001"));
        QCOMPARE(t->health, MesosTask::Health::Unhealthy);
        const MesosAgentPtr a = s.agents.value(QStringLiteral("A-9"));
        QCOMPARE(a->hostname, QStringLiteral("v1agent"));
        QCOMPARE(a->total.mem, 4096.0);
        QCOMPARE(a->used.cpus, 0.75);
        QCOMPARE(a->attributesText(), QStringLiteral("rack:r9; level:3"));
        QCOMPARE(a->registeredTime, 1600000000.5);
        const MesosFrameworkPtr f = s.frameworks.value(QStringLiteral("F-9"));
        QCOMPARE(f->name, QStringLiteral("v1fw"));
        QCOMPARE(f->taskCounts[size_t(MesosTaskState::Running)], 1);
    }
    void recordIoAndEvents() {
        const QByteArray stream = read(QStringLiteral("subscribe.recordio"));
        // Feed in awkward pieces: records must come out whole, in order.
        RecordIoDecoder decoder;
        QList<QByteArray> records;
        for (qsizetype i = 0; i < stream.size(); i += 7)
            records += decoder.feed(stream.mid(i, 7));
        QVERIFY(!decoder.hasError());
        QCOMPARE(records.size(), 10);
        QCOMPARE(decoder.pendingBytes(), 0);
        QList<MesosEvent::Type> types;
        for (const QByteArray& record : records) {
            const auto e = MesosJsonParser::parseEvent(record);
            QVERIFY2(e.ok(), qPrintable(e.error));
            types.append(e.value.type);
        }
        QCOMPARE(types.first(), MesosEvent::Type::Subscribed);
        QCOMPARE(types.last(), MesosEvent::Type::Unknown); // new event types are ignored, not errors
        const auto subscribed = MesosJsonParser::parseEvent(records.first());
        QCOMPARE(subscribed.value.heartbeatIntervalSeconds, 15.0);
        QCOMPARE(subscribed.value.state->tasks.size(), 1);
        const auto updated = MesosJsonParser::parseEvent(records.at(3));
        QCOMPARE(updated.value.type, MesosEvent::Type::TaskUpdated);
        QCOMPARE(updated.value.id, QStringLiteral("new.1"));
        QCOMPARE(updated.value.frameworkId, QStringLiteral("F-9"));
        QCOMPARE(updated.value.taskState, MesosTaskState::Running);
        QCOMPARE(updated.value.health, MesosTask::Health::Healthy);
        const auto removed = MesosJsonParser::parseEvent(records.at(7));
        QCOMPARE(removed.value.type, MesosEvent::Type::AgentRemoved);
        QCOMPARE(removed.value.id, QStringLiteral("A-10"));
        QCOMPARE(MesosJsonParser::parseEvent(records.at(8)).value.id, QStringLiteral("F-10"));
    }
    void recordIoErrors() {
        RecordIoDecoder bad;
        bad.feed("abc\n{}");
        QVERIFY(bad.hasError());
        RecordIoDecoder noNewline;
        noNewline.feed(QByteArray(40, '1'));
        QVERIFY(noNewline.hasError());
        RecordIoDecoder partial;
        QVERIFY(partial.feed("10\n{\"type\"").isEmpty());
        QVERIFY(!partial.hasError());
        QCOMPARE(partial.feed(":1}").size(), 1);
    }
    void badInput_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("truncated") << QStringLiteral("state-truncated.json");
        QTest::newRow("malformed") << QStringLiteral("state-malformed.json");
        QTest::newRow("html") << QStringLiteral("not-json.html");
    }
    void badInput() {
        QFETCH(QString, file);
        const QByteArray bytes = read(file);
        const auto state = MesosJsonParser::parseState(bytes);
        QVERIFY(!state.ok());
        QVERIFY(!state.value);
        QVERIFY(!state.error.isEmpty());
        QVERIFY(!MesosJsonParser::parseStateSummary(bytes).ok());
        QVERIFY(!MesosJsonParser::parseMetrics(bytes).ok());
        QVERIFY(!MesosJsonParser::parseEvent(bytes).ok());
    }
    void edgeCases() {
        QVERIFY(!MesosJsonParser::parseState({}).ok());
        QVERIFY(!MesosJsonParser::parseState("{}").ok()); // no agents or frameworks: not a state
        QVERIFY(!MesosJsonParser::parseState("{\"slaves\":[]} trailing").ok());
        QVERIFY(MesosJsonParser::parseState("{\"slaves\":[],\"frameworks\":[]}").ok());
        // Wrong types where objects are expected are skipped, not fatal.
        const auto odd = MesosJsonParser::parseState(
            R"({"slaves":[{"id":"x","resources":null,"attributes":[1,2],"active":1}],"frameworks":[{"id":"f","tasks":5}]})");
        QVERIFY2(odd.ok(), qPrintable(odd.error));
        QVERIFY(odd.value->agents.value(QStringLiteral("x"))->active);
        QVERIFY(!MesosJsonParser::parseEvent(R"({"type":"TASK_UPDATED","task_updated":{}})").ok());
    }
    // A task id listed twice (a master that reports a task both as running and as completed) is one
    // task, the last one listed, and is counted once in its framework's counters.
    void repeatedTaskIdCountsOnce() {
        const auto r = MesosJsonParser::parseState(R"({"slaves":[],"frameworks":[{"id":"F","tasks":[
            {"id":"t1","framework_id":"F","state":"TASK_RUNNING"},{"id":"t2","framework_id":"F","state":"TASK_RUNNING"}],
            "completed_tasks":[{"id":"t1","framework_id":"F","state":"TASK_FINISHED"}]}]})");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value->tasks.size(), 2);
        QCOMPARE(r.value->tasks.value(MesosKeys::task(QStringLiteral("F"), QStringLiteral("t1")))->state,
                 MesosTaskState::Finished);
        const MesosFrameworkPtr f = r.value->frameworks.value(QStringLiteral("F"));
        QCOMPARE(f->taskCounts[size_t(MesosTaskState::Running)], 1);
        QCOMPARE(f->taskCounts[size_t(MesosTaskState::Finished)], 1);
    }
    // From a megabyte on, tasks are built on a second thread while the document is walked: every
    // task must come out exactly as the one-thread path (a TASK_ADDED event) builds it from the
    // same text, in document order, and the frameworks' counters must match the master's summary.
    void bigStateBuiltOnTwoThreadsMatchesTheOneThreadPath() {
        const int agents = 200, tasks = 3000;
        const QByteArray state = SyntheticCluster::masterState(agents, tasks);
        QVERIFY(state.size() > 2 * 1024 * 1024);
        const auto r = MesosJsonParser::parseState(state);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const MesosSnapshot& s = *r.value;
        QCOMPARE(s.tasks.size(), tasks);
        QCOMPARE(s.taskOrder.size(), tasks);
        qsizetype lastOffset = -1;
        for (const MesosTaskPtr& t : s.taskOrder) {
            QVERIFY(t->raw.offset > lastOffset); // document order
            lastOffset = t->raw.offset;
            QCOMPARE(s.tasks.value(t->key), t);
            const QByteArray event = "{\"type\":\"TASK_ADDED\",\"task_added\":{\"task\":" + t->raw.bytes() + "}}";
            const auto one = MesosJsonParser::parseEvent(event);
            QVERIFY2(one.ok() && one.value.task, qPrintable(one.error));
            QVERIFY2(SnapshotDifference::sameTask(*t, *one.value.task), qPrintable(t->key));
            QVERIFY(s.agents.contains(t->agentId));
        }
        // The stream's SUBSCRIBED carries a whole state in one record: built on two threads too.
        QByteArray list;
        for (const MesosTaskPtr& t : s.taskOrder)
            list += (list.isEmpty() ? "" : ",") + t->raw.bytes();
        const auto subscribed = MesosJsonParser::parseEvent(
            R"({"type":"SUBSCRIBED","subscribed":{"get_state":{"get_tasks":{"tasks":[)" + list +
            R"(]}},"heartbeat_interval_seconds":15}})");
        QVERIFY2(subscribed.ok() && subscribed.value.state, qPrintable(subscribed.error));
        QCOMPARE(subscribed.value.state->tasks.size(), tasks);
        for (const MesosTaskPtr& t : s.taskOrder) {
            const MesosTaskPtr streamed = subscribed.value.state->tasks.value(t->key);
            QVERIFY(streamed);
            QCOMPARE(streamed->rawHash, t->rawHash);
            QCOMPARE(streamed->state, t->state);
            QCOMPARE(streamed->agentId, t->agentId);
        }

        const auto summary = MesosJsonParser::parseStateSummary(SyntheticCluster::stateSummary(agents, tasks));
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(s.frameworks.size(), summary.value->frameworks.size());
        for (const MesosFrameworkPtr& f : s.frameworks) {
            const MesosFrameworkPtr counted = summary.value->frameworks.value(f->id);
            QVERIFY(counted);
            // The summary lists the states it counts; compare those.
            for (MesosTaskState st : {MesosTaskState::Staging, MesosTaskState::Starting, MesosTaskState::Running,
                                      MesosTaskState::Finished, MesosTaskState::Killed, MesosTaskState::Failed,
                                      MesosTaskState::Lost, MesosTaskState::Killing})
                QCOMPARE(f->taskCounts[size_t(st)], counted->taskCounts[size_t(st)]);
        }
    }
    // A big document (each cut still over the pipe's megabyte) that breaks off while its tasks are
    // being built on the second thread.
    void bigStateTruncatedMidwayIsAnError() {
        const QByteArray state = SyntheticCluster::masterState(200, 3000);
        for (const double at : {0.45, 0.6, 0.97}) {
            const auto r = MesosJsonParser::parseState(state.left(qsizetype(double(state.size()) * at)));
            QVERIFY2(!r.ok(), qPrintable(QString::number(at)));
            QVERIFY(!r.value);
        }
    }

};

QTEST_GUILESS_MAIN(TestMesosParser)
#include "tst_mesosparser.moc"
