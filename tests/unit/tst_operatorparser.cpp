// The operator console's parsers on our own bodies (each shape and the edge cases of older
// masters), the request bodies it sends, and the version rule of UPDATE_QUOTA.
#include "operator/OperatorCalls.h"
#include "operator/OperatorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestOperatorParser : public QObject {
    Q_OBJECT
private slots:
    void rolesOf19() {
        const auto parsed = OperatorParser::parseRoles(R"({"roles":[
            {"name":"*","weight":1.0,"frameworks":["f-1","f-2"],"resources":{"cpus":2.5},
             "allocated":{"cpus":2.5,"mem":256},"offered":{},"reserved":{"disk":10},
             "quota":{"role":"*","consumed":{"cpus":2.5},"guarantee":{},"limit":{}}},
            {"name":"eng/web","weight":3,"frameworks":[],"allocated":{},"offered":{},"reserved":{},
             "quota":{"role":"eng/web","consumed":{},"guarantee":{"cpus":1},"limit":{"cpus":2,"mem":1024}}}]})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 2);
        const MesosRole& star = parsed.value.at(0);
        QCOMPARE(star.name, QStringLiteral("*"));
        QCOMPARE(star.frameworkIds, (QStringList{QStringLiteral("f-1"), QStringLiteral("f-2")}));
        QVERIFY(star.hasBreakdown);
        QCOMPARE(star.allocated.value(QStringLiteral("mem")), 256.0);
        QCOMPARE(star.reserved.value(QStringLiteral("disk")), 10.0);
        QVERIFY(star.hasQuota && star.hasConsumed);
        QVERIFY(star.limit.isEmpty()); // no limit at all
        const MesosRole& web = parsed.value.at(1);
        QCOMPARE(web.weight, 3.0); // an integer where Mesos writes a double
        QCOMPARE(web.guarantee.value(QStringLiteral("cpus")), 1.0);
        QCOMPARE(web.limit.value(QStringLiteral("mem")), 1024.0);
        QVERIFY(!web.limit.contains(QStringLiteral("disk")));
    }

    void rolesOfOlderMasters() {
        // 1.3-1.8: quota with a guarantee only (which was the limit too), no breakdown; before 1.3 no quota.
        const auto parsed = OperatorParser::parseRoles(
            R"({"roles":[{"name":"a","weight":1,"frameworks":[],"resources":{"cpus":1},
                          "quota":{"role":"a","guarantee":{"cpus":4}}},
                         {"name":"b","weight":2,"frameworks":[],"resources":{}}]})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const MesosRole& a = parsed.value.at(0);
        QVERIFY(!a.hasBreakdown);
        QVERIFY(a.hasQuota);
        QVERIFY(!a.hasConsumed);
        QCOMPARE(a.limit.value(QStringLiteral("cpus")), 4.0);
        QCOMPARE(a.resources.value(QStringLiteral("cpus")), 1.0);
        QVERIFY(!parsed.value.at(1).hasQuota);
    }

    void rolesV1() {
        const auto parsed = OperatorParser::parseRoles(R"({"type":"GET_ROLES","get_roles":{"roles":[
            {"name":"r","weight":2.5,"frameworks":[{"value":"fw"}],
             "resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":0.5}},
                          {"name":"cpus","type":"SCALAR","scalar":{"value":0.25}},
                          {"name":"ports","type":"RANGES","ranges":{"range":[{"begin":1,"end":2}]}}]}]}})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.value.first().frameworkIds, QStringList{QStringLiteral("fw")});
        QCOMPARE(parsed.value.first().resources.value(QStringLiteral("cpus")), 0.75);
        QVERIFY(!parsed.value.first().resources.contains(QStringLiteral("ports")));
        QVERIFY(!parsed.value.first().hasQuota);
        // No roles: protobuf JSON leaves the list out.
        const auto empty = OperatorParser::parseRoles(R"({"type":"GET_ROLES","get_roles":{}})");
        QVERIFY(empty.ok());
        QVERIFY(empty.value.isEmpty());
    }

    void rolesErrors() {
        QVERIFY(!OperatorParser::parseRoles(R"({"roles":[{"name":"a"})").ok()); // truncated
        QVERIFY(!OperatorParser::parseRoles(R"({"frameworks":[]})").ok());      // another answer
        QVERIFY(!OperatorParser::parseRoles(R"({"roles":{}})").ok());
        QVERIFY(!OperatorParser::parseRoles("No leader elected").ok());
        // Entries without a name are not roles; the rest stays.
        const auto partial = OperatorParser::parseRoles(R"({"roles":[{"weight":1},{"name":"x"}]})");
        QVERIFY(partial.ok());
        QCOMPARE(partial.value.size(), 1);
    }

    void quota() {
        // The real shape: infos (deprecated, guarantee only) beside configs; configs win.
        const auto real = OperatorParser::parseQuota(R"({"type":"GET_QUOTA","get_quota":{"status":{
            "infos":[{"role":"r","guarantee":[{"name":"cpus","type":"SCALAR","scalar":{"value":1}}]},
                     {"role":"old","guarantee":[{"name":"mem","type":"SCALAR","scalar":{"value":64}}]}],
            "configs":[{"role":"r","guarantees":{"cpus":{"value":1}},"limits":{"cpus":{"value":3}}}]}}})");
        QVERIFY2(real.ok(), qPrintable(real.error));
        QCOMPARE(real.value.size(), 2);
        QCOMPARE(real.value.at(0).role, QStringLiteral("r"));
        QCOMPARE(real.value.at(0).limits.value(QStringLiteral("cpus")), 3.0);
        QCOMPARE(real.value.at(1).limits.value(QStringLiteral("mem")), 64.0); // a guarantee was its limit
        const auto none = OperatorParser::parseQuota(R"({"type":"GET_QUOTA","get_quota":{"status":{}}})");
        QVERIFY(none.ok());
        QVERIFY(none.value.isEmpty());
        QVERIFY(!OperatorParser::parseQuota("[1,").ok());
    }

    void weights() {
        const auto v1 = OperatorParser::parseWeights(
            R"({"type":"GET_WEIGHTS","get_weights":{"weight_infos":[{"role":"a","weight":2}]}})");
        QVERIFY(v1.ok());
        QCOMPARE(v1.value.value(QStringLiteral("a")), 2.0);
        const auto v0 = OperatorParser::parseWeights(R"([{"role":"b","weight":0.5}])");
        QVERIFY(v0.ok());
        QCOMPARE(v0.value.value(QStringLiteral("b")), 0.5);
        QVERIFY(OperatorParser::parseWeights(R"({"type":"GET_WEIGHTS","get_weights":{}})").value.isEmpty());
        QVERIFY(!OperatorParser::parseWeights(R"({"weights":1})").ok());
    }

    void agents() {
        const auto parsed = OperatorParser::parseAgents(R"({"type":"GET_AGENTS","get_agents":{"agents":[
            {"agent_info":{"id":{"value":"S0"},"hostname":"h","port":5051},"active":true,"deactivated":true,
             "drain_info":{"state":"DRAINING","config":{"mark_gone":true,"max_grace_period":{"nanoseconds":5000000000}}},
             "estimated_drain_start_time":{"nanoseconds":1700000000000000000}},
            {"agent_info":{"id":{"value":"S1"},"hostname":"h","port":5052},"active":false,"deactivated":false},
            {"agent_info":{"id":{"value":"S2"},"hostname":"h","port":5053},"active":true,"deactivated":true},
            {"agent_info":{"id":{"value":"S3"},"hostname":"h","port":5054},"active":true,"deactivated":true,
             "drain_info":{"state":"DRAINED","config":{"mark_gone":false}}},
            {"agent_info":{"hostname":"no id"}}]}})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 4);
        const AgentDrain& draining = parsed.value.at(0);
        QCOMPARE(draining.state(), AgentDrain::State::Draining);
        QVERIFY(draining.markGone);
        QCOMPARE(draining.maxGraceSeconds, 5.0);
        QCOMPARE(draining.drainStartTime, 1700000000.0);
        QCOMPARE(draining.port, 5051);
        QCOMPARE(parsed.value.at(1).state(), AgentDrain::State::Disconnected);
        QCOMPARE(parsed.value.at(2).state(), AgentDrain::State::Deactivated);
        QCOMPARE(parsed.value.at(3).state(), AgentDrain::State::Drained);
        QCOMPARE(parsed.value.at(3).maxGraceSeconds, -1.0); // not given: the kill policies apply
        // A pre-1.9 master: no deactivated field, no drain_info: active.
        const auto old = OperatorParser::parseAgents(
            R"({"type":"GET_AGENTS","get_agents":{"agents":[{"agent_info":{"id":{"value":"A"},"hostname":"x"},"active":true}]}})");
        QCOMPARE(old.value.first().state(), AgentDrain::State::Active);
        QVERIFY(OperatorParser::parseAgents(R"({"type":"GET_AGENTS","get_agents":{}})").value.isEmpty());
        QVERIFY(!OperatorParser::parseAgents(R"({"roles":[]})").ok());
        // Found by fuzz_operator: a port beyond any int was converted (undefined behaviour).
        const auto huge = OperatorParser::parseAgents(
            R"({"type":"GET_AGENTS","get_agents":{"agents":[{"agent_info":{"id":{"value":"A"},"port":500000000000}}]}})");
        QCOMPARE(huge.value.size(), 1);
        QCOMPARE(huge.value.first().port, AgentDrain{}.port);
    }

    void drainBodies() {
        const QJsonObject drain =
            QJsonDocument::fromJson(OperatorCalls::drainAgent(QStringLiteral("S0"), 600, false))
                .object()
                .value(QStringLiteral("drain_agent"))
                .toObject();
        // A Duration object, as dcos-ui sends it: never the docs' "10mins".
        QCOMPARE(drain.value(QStringLiteral("max_grace_period"))
                     .toObject()
                     .value(QStringLiteral("seconds"))
                     .toInt(),
                 600);
        QCOMPARE(drain.value(QStringLiteral("agent_id")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("S0"));
        QVERIFY(!QJsonDocument::fromJson(OperatorCalls::drainAgent(QStringLiteral("S0"), -1, true))
                     .object()
                     .value(QStringLiteral("drain_agent"))
                     .toObject()
                     .contains(QStringLiteral("max_grace_period")));
        const QJsonObject deactivate =
            QJsonDocument::fromJson(
                OperatorCalls::agentCall(QStringLiteral("DEACTIVATE_AGENT"), QStringLiteral("S1")))
                .object();
        QCOMPARE(deactivate.value(QStringLiteral("type")).toString(), QStringLiteral("DEACTIVATE_AGENT"));
        QCOMPARE(deactivate.value(QStringLiteral("deactivate_agent"))
                     .toObject()
                     .value(QStringLiteral("agent_id"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("S1"));
    }

    void updateQuotaBody() {
        const QJsonObject call =
            QJsonDocument::fromJson(OperatorCalls::updateQuota(
                                        QStringLiteral("dev"), {{QStringLiteral("cpus"), 1}},
                                        {{QStringLiteral("cpus"), 2}, {QStringLiteral("mem"), 512}}, false))
                .object();
        QCOMPARE(call.value(QStringLiteral("type")).toString(), QStringLiteral("UPDATE_QUOTA"));
        const QJsonObject update = call.value(QStringLiteral("update_quota")).toObject();
        QCOMPARE(update.value(QStringLiteral("force")).toBool(), false);
        const QJsonObject config = update.value(QStringLiteral("quota_configs")).toArray().first().toObject();
        QCOMPARE(config.value(QStringLiteral("role")).toString(), QStringLiteral("dev"));
        QCOMPARE(config.value(QStringLiteral("limits"))
                     .toObject()
                     .value(QStringLiteral("mem"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 512.0);
        QCOMPARE(config.value(QStringLiteral("guarantees")).toObject().size(), 1);
        // Reset: empty maps, as Mesos expects.
        const QJsonObject reset =
            QJsonDocument::fromJson(OperatorCalls::updateQuota(QStringLiteral("dev"), {}, {}, true))
                .object()
                .value(QStringLiteral("update_quota"))
                .toObject();
        QVERIFY(reset.value(QStringLiteral("force")).toBool());
        QVERIFY(reset.value(QStringLiteral("quota_configs"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("limits"))
                    .toObject()
                    .isEmpty());
    }

    void updateWeightBody() {
        const QJsonObject call =
            QJsonDocument::fromJson(OperatorCalls::updateWeight(QStringLiteral("a"), 2.5)).object();
        QCOMPARE(call.value(QStringLiteral("type")).toString(), QStringLiteral("UPDATE_WEIGHTS"));
        const QJsonObject info = call.value(QStringLiteral("update_weights"))
                                     .toObject()
                                     .value(QStringLiteral("weight_infos"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(info.value(QStringLiteral("weight")).toDouble(), 2.5);
    }

    void versions() {
        QVERIFY(OperatorCalls::versionAtLeast(QStringLiteral("1.9.0"), 1, 9));
        QVERIFY(OperatorCalls::versionAtLeast(QStringLiteral("1.11.0"), 1, 9)); // not a string comparison
        QVERIFY(OperatorCalls::versionAtLeast(QStringLiteral("2.0"), 1, 9));
        QVERIFY(!OperatorCalls::versionAtLeast(QStringLiteral("1.8.1"), 1, 9));
        QVERIFY(!OperatorCalls::versionAtLeast(QStringLiteral("0.28.2"), 1, 9));
        QVERIFY(!OperatorCalls::versionAtLeast(QString(), 1, 9));
        QVERIFY(!OperatorCalls::versionAtLeast(QStringLiteral("unknown"), 1, 9));
    }
};

QTEST_GUILESS_MAIN(TestOperatorParser)
#include "tst_operatorparser.moc"
