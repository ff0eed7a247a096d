// AgentDetails on every agent of every real master answer in ../shared/fixtures (state,
// state-summary, GET_STATE / GET_AGENTS, SUBSCRIBED, AGENT_ADDED): each agent's raw JSON, as the
// parser keeps it, read against the same agent read with Qt's own JSON (times, reservations
// summed over roles, the deactivated flag and drain), and the known values of a few by name.
#include "TestEnvironment.h"
#include "mesos/AgentDetails.h"
#include "mesos/MesosJsonParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
QByteArray read(const QString& path) {
    QFile file(TestEnvironment::fixturesDir() + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

QString idOf(const QJsonObject& agent) {
    const QJsonValue id = agent.contains(QLatin1String("agent_info"))
                              ? agent.value(QLatin1String("agent_info")).toObject().value(QLatin1String("id"))
                              : agent.value(QLatin1String("id"));
    return id.isObject() ? id.toObject().value(QLatin1String("value")).toString() : id.toString();
}

// Every agent entry of a document, wherever it nests them (slaves[], agents[], agent_added.agent).
void collect(const QJsonValue& v, QHash<QString, QJsonObject>& out) {
    if (v.isArray()) {
        for (const QJsonValue item : v.toArray())
            collect(item, out);
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if ((it.key() == QLatin1String("slaves") || it.key() == QLatin1String("agents")) &&
            it.value().isArray()) {
            for (const QJsonValue agent : it.value().toArray())
                out.insert(idOf(agent.toObject()), agent.toObject());
        } else if (it.key() == QLatin1String("agent") && it.value().isObject()) {
            out.insert(idOf(it.value().toObject()), it.value().toObject());
        } else if (it.value().isObject() || it.value().isArray()) {
            collect(it.value(), out);
        }
    }
}

double seconds(const QJsonValue& v) {
    return v.isObject() ? v.toObject().value(QLatin1String("nanoseconds")).toDouble() / 1e9 : v.toDouble();
}

// The agents the parser built (and their raw JSON), whichever kind of answer the file is.
QHash<QString, MesosAgentPtr> parsedAgents(const QByteArray& body) {
    for (auto parse : {&MesosJsonParser::parseV1Response, &MesosJsonParser::parseStateSummary,
                       &MesosJsonParser::parseState}) {
        const auto result = parse(body);
        if (result.ok() && !result.value->agents.isEmpty())
            return result.value->agents;
    }
    const auto event = MesosJsonParser::parseEvent(body);
    QHash<QString, MesosAgentPtr> agents;
    if (event.ok()) {
        if (event.value.state)
            return event.value.state->agents;
        if (event.value.agent)
            agents.insert(event.value.agent->id, event.value.agent);
    }
    return agents;
}
} // namespace

class ConformanceAgentDetails : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MESOSDESK_REQUIRE_FIXTURES(); }

    void everyAgentOfEveryFile() {
        int files = 0, agents = 0, reserved = 0, reregistered = 0;
        for (const QString& folder : {QStringLiteral("mesos"), QStringLiteral("mesos-operator")}) {
            const QDir dir(TestEnvironment::fixturesDir() + u'/' + folder);
            for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
                const QByteArray body = read(folder + u'/' + name);
                QHash<QString, QJsonObject> expected;
                collect(QJsonDocument::fromJson(body).object(), expected);
                const QHash<QString, MesosAgentPtr> parsed = parsedAgents(body);
                if (parsed.isEmpty())
                    continue;
                ++files;
                for (const MesosAgentPtr& agent : parsed) {
                    const QString where = name + u' ' + agent->id;
                    QVERIFY2(expected.contains(agent->id), qPrintable(where));
                    const QJsonObject json = expected.value(agent->id);
                    QString error;
                    const AgentDetails d = AgentDetails::parse(agent->raw.bytes(), &error);
                    QVERIFY2(error.isEmpty(), qPrintable(where + u' ' + error));
                    ++agents;
                    QCOMPARE(d.registeredTime, seconds(json.value(QLatin1String("registered_time"))));
                    QCOMPARE(d.reregisteredTime, seconds(json.value(QLatin1String("reregistered_time"))));
                    reregistered += d.reregisteredTime > 0;
                    const QJsonValue v0 = json.value(QLatin1String("reserved_resources"));
                    if (v0.isObject()) {
                        QVERIFY(d.hasReserved);
                        double cpus = 0, mem = 0;
                        const QJsonObject roles = v0.toObject();
                        for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
                            cpus += it.value().toObject().value(QLatin1String("cpus")).toDouble();
                            mem += it.value().toObject().value(QLatin1String("mem")).toDouble();
                        }
                        QCOMPARE(d.reservedByRole.size(), roles.size());
                        QCOMPARE(d.reserved.cpus, cpus);
                        QCOMPARE(d.reserved.mem, mem);
                        reserved += !roles.isEmpty();
                    }
                    QCOMPARE(d.hasDeactivated, json.value(QLatin1String("deactivated")).isBool());
                    QCOMPARE(d.deactivated, json.value(QLatin1String("deactivated")).toBool());
                    QCOMPARE(d.drainState, json.value(QLatin1String("drain_info"))
                                               .toObject()
                                               .value(QLatin1String("state"))
                                               .toString());
                }
            }
        }
        // What the fixtures hold today: a change there shows here.
        QVERIFY2(files >= 10, qPrintable(QString::number(files)));
        QVERIFY(agents >= 30);
        QVERIFY(reserved >= 3);
        QVERIFY(reregistered >= 3);
    }

    void knownAgents() {
        // The Cassandra agent of dcos-ui's fixture: one role holds a quarter of its CPUs.
        const auto agents =
            parsedAgents(read(QStringLiteral("mesos/dcos-ui__1-service-with-executor-task__state.json")));
        bool found = false;
        for (const MesosAgentPtr& agent : agents) {
            const AgentDetails d = AgentDetails::parse(agent->raw.bytes());
            if (d.reservedByRole.isEmpty() ||
                d.reservedByRole.constFirst().first != QLatin1String("cassandra_role"))
                continue; // (the public agent's resources are all reserved for slave_public)
            found = true;
            QCOMPARE(d.reservedByRole.size(), 1);
            QCOMPARE(d.reserved.cpus, 1.0);
            QCOMPARE(d.reserved.mem, 4864.0);
            QCOMPARE(d.reserved.disk, 9216.0);
            QCOMPARE(d.reserved.ports,
                     QStringLiteral("[7000-7001, 7199-7199, 9000-9001, 9042-9042, 9160-9160]"));
        }
        QVERIFY(found);
        // A 1.9+ summary: deactivated, drained (no config given), in a fault domain. The file lists
        // S0 twice (DRAINING, then DRAINED): the later entry is the one kept.
        const auto summary =
            parsedAgents(read(QStringLiteral("mesos/dcos-ui__marathon-1-task__summary.json")));
        const AgentDetails d = AgentDetails::parse(
            summary.value(QStringLiteral("20151002-000353-1695027628-5050-1177-S0"))->raw.bytes());
        QVERIFY(d.hasDeactivated && d.deactivated);
        QCOMPARE(d.drainState, QStringLiteral("DRAINED"));
        QCOMPARE(d.drainMaxGraceSeconds, -1.0);
        QVERIFY(!d.drainMarkGone);
        QCOMPARE(d.region, QStringLiteral("eu-central-1"));
        // v1 AGENT_ADDED: times in nanoseconds, capabilities as objects.
        const auto added =
            parsedAgents(read(QStringLiteral("mesos-operator/apache-mesos__doc-event-agent-added.json")));
        if (!added.isEmpty()) { // the docs' example has a trailing comma: a strict parser refuses it
            const AgentDetails v1 = AgentDetails::parse(added.constBegin().value()->raw.bytes());
            QCOMPARE(qRound64(v1.reregisteredTime), qint64(1500993263));
        }
    }
};

QTEST_GUILESS_MAIN(ConformanceAgentDetails)
#include "tst_conformance_agentdetails.moc"
