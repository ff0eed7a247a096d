#include "HttpServer.h"
#include "SyntheticCluster.h"
#include "TestEnvironment.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosJsonParser.h"
#include "mesos/MesosSource.h"
#include "net/HttpTransport.h"

#include <QtTest>

using namespace std::chrono_literals;

// A fake Mesos master on loopback whose every endpoint can misbehave on demand.
class FakeMesosMaster : public QObject {
    Q_OBJECT
public:
    enum class Mode { Ok, Redirect, NoLeader, Error500, Hang, Truncated, Malformed, NotFound };
    explicit FakeMesosMaster(int agents = 4, int tasks = 30, quint32 seed = 1) {
        setCluster(agents, tasks, seed);
        server.setHandler([this](const HttpRequest& request, HttpResponder* responder) { handle(request, responder); });
        server.listen();
    }
    void setCluster(int agents, int tasks, quint32 seed) {
        state = SyntheticCluster::masterState(agents, tasks, seed);
        summary = SyntheticCluster::stateSummary(agents, tasks, seed);
        metrics = SyntheticCluster::metricsSnapshot(agents, tasks, seed);
        nAgents = agents;
        nTasks = tasks;
        this->seed = seed;
    }
    ~FakeMesosMaster() override {
        // HttpServer's socket bookkeeping outlives its list if sockets die in its destructor:
        // drop the connections and let them go while the server is whole.
        server.close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QString base() const { return server.baseUrl(); }

    HttpServer server;
    QByteArray state, summary, metrics;
    int nAgents = 0, nTasks = 0;
    quint32 seed = 1;
    Mode mode = Mode::Ok;
    Mode streamMode = Mode::NotFound; // masters before 1.1 have no /api/v1
    quint16 redirectTo = 0;
    double heartbeatSeconds = 0.3;
    bool sendHeartbeats = true;
    int subscribes = 0;
    QHash<QString, int> hits;
    QList<QPointer<HttpResponder>> hanging;
    QList<QPointer<HttpResponder>> streams;

    void sendEvent(const QByteArray& json) {
        for (const auto& s : std::as_const(streams))
            if (s && s->isOpen())
                s->writeChunk(SyntheticCluster::recordIo(json));
    }

private:
    void handle(const HttpRequest& request, HttpResponder* r) {
        hits[request.path]++;
        const bool stream = request.path == u"/api/v1";
        const Mode m = stream ? (mode == Mode::Ok ? streamMode : mode) : mode;
        switch (m) {
        case Mode::Redirect:
            r->respond(307, {}, "text/plain",
                       {{"Location", "//127.0.0.1:" + QByteArray::number(redirectTo) + request.rawPath}});
            return;
        case Mode::NoLeader:
            r->respond(503, "No leader elected", "text/plain");
            return;
        case Mode::Error500:
            r->respond(500, "Internal Server Error", "text/plain");
            return;
        case Mode::Hang:
            hanging.append(r);
            return;
        case Mode::NotFound:
            r->respond(404, {}, "text/plain");
            return;
        default:
            break;
        }
        if (stream && !request.body.contains("SUBSCRIBE")) {
            // GET_MASTER and the other calls: this fake answers only who it is.
            const QByteArray master =
                "{\"type\":\"GET_MASTER\",\"get_master\":{\"master_info\":{\"id\":\"fake\","
                "\"hostname\":\"127.0.0.1\",\"port\":" +
                QByteArray::number(server.port()) +
                ",\"version\":\"1.11.0\"},\"elected_time\":1700000000.5}}";
            r->respond(200, master, "application/json");
            return;
        }
        if (stream) {
            ++subscribes;
            r->startStream(200, "application/recordio");
            streams.append(r);
            // SUBSCRIBED as a v1 get_state built from the same cluster's events is overkill
            // here: an empty state plus the heartbeat interval, then TASK_ADDED events.
            const QByteArray subscribed = "{\"type\":\"SUBSCRIBED\",\"subscribed\":{\"get_state\":{\"get_tasks\":{\"tasks\":["
                                          "{\"name\":\"s\",\"task_id\":{\"value\":\"streamed.1\"},\"framework_id\":{\"value\":\"F\"},"
                                          "\"agent_id\":{\"value\":\"A\"},\"state\":\"TASK_RUNNING\"}]},\"get_agents\":{\"agents\":[]},"
                                          "\"get_frameworks\":{\"frameworks\":[]}},\"heartbeat_interval_seconds\":" +
                                          QByteArray::number(heartbeatSeconds) + "}}";
            r->writeChunk(SyntheticCluster::recordIo(subscribed));
            return;
        }
        QByteArray body;
        if (request.path == u"/master/state" || request.path == u"/master/state.json")
            body = state;
        else if (request.path == u"/master/state-summary")
            body = summary;
        else if (request.path == u"/metrics/snapshot")
            body = metrics;
        else {
            r->respond(404, {}, "text/plain");
            return;
        }
        if (m == Mode::Truncated && request.path != u"/metrics/snapshot") {
            r->respondTruncated(200, body, body.size() / 2);
            return;
        }
        if (m == Mode::Malformed && request.path != u"/metrics/snapshot")
            body.replace("\"slaves\":[", "\"slaves\":[,");
        r->respond(200, body);
    }
};

class TestMesosSource : public QObject {
    Q_OBJECT

    struct Client {
        HttpTransport http;
        ClusterStore store;
        MesosSource source{&http, &store};
        explicit Client(bool streaming = true) {
            http.setTimeout(1500ms);
            source.setPollInterval(150ms);
            source.setHeartbeatSlack(300ms);
            source.setStreamingEnabled(streaming);
        }
        bool waitFor(MesosSource::State state, const QString& containing = {}, int ms = 8000) {
            return TestEnvironment::waitUntil(
                [&] {
                    // The sentence says what fails in general; the failing request is in the details.
                    const MesosSource::Status s = source.status();
                    return s.state == state && (s.message.contains(containing, Qt::CaseInsensitive) ||
                                                s.details.contains(containing, Qt::CaseInsensitive));
                },
                ms);
        }
    };

private slots:
    void pollsStateWhenTheMasterDoesNotStream() {
        FakeMesosMaster master(4, 30);
        Client c;
        c.source.setMaster(QUrl(master.base()));
        QVERIFY(TestEnvironment::waitUntil([&] { return c.store.tasks().size() == 30; }, 8000));
        QVERIFY(c.source.streamUnsupported());
        QVERIFY(c.waitFor(MesosSource::State::Live, QStringLiteral("polling")));
        QCOMPARE(c.store.agents().size(), 4);
        QVERIFY(c.store.hasMetrics());
        QVERIFY(master.hits.value(QStringLiteral("/master/state-summary")) >= 1);
    }

    // Bodies come with room past their end, so the state parser takes them without a copy.
    void bodiesHaveParserPadding() {
        FakeMesosMaster master(4, 30);
        HttpTransport transport;
        QByteArray body;
        bool done = false;
        transport.get(QUrl(master.base() + QStringLiteral("/master/state")), this, [&](const HttpTransport::Response& r) {
            body = r.body;
            done = true;
        });
        QVERIFY(TestEnvironment::waitUntil([&] { return done; }, 8000));
        QCOMPARE(body, master.state);
        QVERIFY(body.capacity() - body.size() >= 64);
        QCOMPARE(MesosJsonParser::padded(body).constData(), body.constData());
    }

    void followsProtocolRelativeRedirect() {
        FakeMesosMaster leader(3, 10);
        FakeMesosMaster standby(3, 10);
        standby.mode = FakeMesosMaster::Mode::Redirect;
        standby.redirectTo = leader.server.port();
        Client c;
        c.source.setMaster(QUrl(standby.base()));
        QVERIFY(TestEnvironment::waitUntil([&] { return c.store.tasks().size() == 10; }, 8000));
        QCOMPARE(c.source.master().port(), int(leader.server.port())); // talks to the leader directly now
    }

    // A master URL that is a standby: the leader it names says who it is and when it was
    // elected; when that leader goes, the standby is asked again and names the next one.
    void entryStandbyNamesTheLeaderAndIsAskedAgainOnFailover() {
        auto leader = std::make_unique<FakeMesosMaster>(3, 10);
        FakeMesosMaster next(3, 10);
        FakeMesosMaster standby(3, 10);
        leader->streamMode = next.streamMode = FakeMesosMaster::Mode::Ok; // a v1 API (1.1+)
        leader->heartbeatSeconds = next.heartbeatSeconds = 30;
        standby.mode = FakeMesosMaster::Mode::Redirect;
        standby.redirectTo = leader->server.port();
        Client c;
        c.source.setEntry(QUrl(standby.base()));
        QVERIFY(TestEnvironment::waitUntil([&] { return !c.source.leaderInfo().isNull(); }, 8000));
        QCOMPARE(c.source.leaderInfo().port, int(leader->server.port()));
        QCOMPARE(c.source.electedTime().toMSecsSinceEpoch(), qint64(1700000000500));
        QCOMPARE(c.source.entry().port(), int(standby.server.port()));
        standby.redirectTo = next.server.port();
        leader.reset(); // refused from now on
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return c.source.leaderInfo().port == int(next.server.port()); }, 15000),
                 qPrintable(c.source.status().message));
        QCOMPARE(c.source.master().port(), int(next.server.port()));
        QVERIFY(TestEnvironment::waitUntil(
            [&] { return c.source.status().state == MesosSource::State::Live; }, 8000));
    }

    void noLeaderYet() {
        FakeMesosMaster master;
        master.mode = FakeMesosMaster::Mode::NoLeader;
        Client c;
        c.source.setMaster(QUrl(master.base()));
        QVERIFY(c.waitFor(MesosSource::State::Connecting, QStringLiteral("no leading master elected yet")));
        master.mode = FakeMesosMaster::Mode::Ok;
        QVERIFY(c.waitFor(MesosSource::State::Live));
    }

    void faultsMarkDataStaleAndKeepIt_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << int(FakeMesosMaster::Mode::Error500) << QStringLiteral("500");
        QTest::newRow("timeout") << int(FakeMesosMaster::Mode::Hang) << QStringLiteral("time");
        QTest::newRow("truncated") << int(FakeMesosMaster::Mode::Truncated) << QStringLiteral("/master/state");
        QTest::newRow("malformed") << int(FakeMesosMaster::Mode::Malformed) << QStringLiteral("malformed");
    }
    void faultsMarkDataStaleAndKeepIt() {
        QFETCH(int, mode);
        QFETCH(QString, message);
        FakeMesosMaster master(4, 30);
        Client c;
        c.source.setMaster(QUrl(master.base()));
        QVERIFY(c.waitFor(MesosSource::State::Live));
        QVERIFY(TestEnvironment::waitUntil([&] { return c.store.tasks().size() == 30; }, 8000));
        master.mode = FakeMesosMaster::Mode(mode);
        QVERIFY2(c.waitFor(MesosSource::State::Stale, message), qPrintable(c.source.status().message));
        // One sentence of what fails and what happens next; which requests, and how, in the details.
        QVERIFY2(c.source.status().message.contains(QStringLiteral("retrying")),
                 qPrintable(c.source.status().message));
        QVERIFY(!c.source.status().message.contains(QStringLiteral("/master/")));
        QVERIFY2(c.source.status().details.contains(message, Qt::CaseInsensitive),
                 qPrintable(c.source.status().details));
        QCOMPARE(c.store.tasks().size(), 30); // the last good data stays
        QCOMPARE(c.store.agents().size(), 4);
        QVERIFY(c.source.status().lastGood.isValid());
        master.mode = FakeMesosMaster::Mode::Ok;
        QVERIFY(c.waitFor(MesosSource::State::Live));
    }

    void failoverMidPollKeepsData() {
        FakeMesosMaster first(4, 30, 1);
        FakeMesosMaster second(4, 25, 1); // the same cluster, five tasks later gone
        Client c;
        c.source.setMaster(QUrl(first.base()));
        QVERIFY(TestEnvironment::waitUntil([&] { return c.store.tasks().size() == 30; }, 8000));
        first.mode = FakeMesosMaster::Mode::Hang; // the old leader stops answering mid-poll
        QVERIFY2(TestEnvironment::waitUntil([&] { return !first.hanging.isEmpty(); }, 8000),
                 "a poll of the old leader left unanswered, within 8 s");
        c.source.setMaster(QUrl(second.base()));
        QCOMPARE(c.store.tasks().size(), 30); // not cleared by the switch
        QVERIFY(TestEnvironment::waitUntil([&] { return c.store.tasks().size() == 25; }, 8000));
        QVERIFY(c.waitFor(MesosSource::State::Live, QString::number(second.server.port())));
    }

    void streamAppliesEventsAndResubscribesOnHeartbeatLoss() {
        FakeMesosMaster master(2, 5);
        master.streamMode = FakeMesosMaster::Mode::Ok;
        Client c;
        c.source.setMaster(QUrl(master.base()));
        QVERIFY(TestEnvironment::waitUntil([&] { return c.store.tasks().contains(QStringLiteral("F/streamed.1")); }, 8000));
        QVERIFY(c.source.isStreaming());
        master.sendEvent(R"({"type":"TASK_UPDATED","task_updated":{"framework_id":{"value":"F"},"status":{"task_id":{"value":"streamed.1"},"state":"TASK_FAILED","timestamp":5.0},"state":"TASK_FAILED"}})");
        QVERIFY(TestEnvironment::waitUntil([&] {
            const auto t = c.store.tasks().value(QStringLiteral("F/streamed.1"));
            return t && t->state == MesosTaskState::Failed;
        }, 5000));
        // No heartbeats are sent: after 2 x 0.3 s + slack the stream counts as dropped.
        QCOMPARE(master.subscribes, 1);
        QVERIFY2(TestEnvironment::waitUntil([&] { return master.subscribes >= 2; }, 8000), "never resubscribed");
        QVERIFY(TestEnvironment::waitUntil([&] {
            const auto t = c.store.tasks().value(QStringLiteral("F/streamed.1"));
            return t && t->state == MesosTaskState::Running; // resynchronised from SUBSCRIBED
        }, 5000));
    }

    void failoverMidStream() {
        FakeMesosMaster first(2, 5);
        FakeMesosMaster second(2, 5);
        first.streamMode = FakeMesosMaster::Mode::Ok;
        second.streamMode = FakeMesosMaster::Mode::Ok;
        first.heartbeatSeconds = second.heartbeatSeconds = 30; // no heartbeat loss in this test
        Client c;
        c.source.setMaster(QUrl(first.base()));
        QVERIFY(TestEnvironment::waitUntil([&] { return c.source.isStreaming() && c.store.hasTasks(); }, 8000));
        c.source.setMaster(QUrl(second.base()));
        QVERIFY(c.store.hasTasks());
        QVERIFY(TestEnvironment::waitUntil([&] { return second.subscribes == 1 && c.source.isStreaming(); }, 8000));
        second.sendEvent(R"({"type":"TASK_UPDATED","task_updated":{"framework_id":{"value":"F"},"status":{"task_id":{"value":"streamed.1"},"state":"TASK_KILLED"},"state":"TASK_KILLED"}})");
        QVERIFY(TestEnvironment::waitUntil([&] {
            const auto t = c.store.tasks().value(QStringLiteral("F/streamed.1"));
            return t && t->state == MesosTaskState::Killed;
        }, 5000));
    }

    void intervalsGrowWithTheCluster() {
        QCOMPARE(MesosSource::stateInterval(100), 10s);
        QCOMPARE(MesosSource::stateInterval(5000), 120s);
        QCOMPARE(MesosSource::stateInterval(30000), 960s);
        QVERIFY(MesosSource::summaryInterval(100) < MesosSource::summaryInterval(20000));
        QVERIFY(MesosSource::summaryInterval(20000) <= MesosSource::stateInterval(20000));
    }
};

QTEST_GUILESS_MAIN(TestMesosSource)
#include "tst_mesossource.moc"
