// The operator client against the devcluster binary (real ZooKeeper, two masters): roles read
// from /master/roles and GET_ROLES, quota set with UPDATE_QUOTA and weights with
// UPDATE_WEIGHTS (200, empty body), the master's 400 texts for what it refuses (overcommit,
// a limit below consumption, nested roles, a weight of 0), and a call sent to the standby
// redirected (307) to the leader and carried out there.
#include "DevClusterProcess.h"
#include "TestEnvironment.h"
#include "operator/OperatorCalls.h"
#include "operator/OperatorClient.h"
#include "operator/OperatorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestOperatorDevcluster : public QObject {
    Q_OBJECT
    DevClusterProcess m_devcluster;
    HttpTransport m_http;
    QUrl m_target; // where the client sends (the leader, or a standby on purpose)
    std::unique_ptr<OperatorClient> m_client;

    HttpTransport::Response call(const QByteArray& body) {
        HttpTransport::Response answer;
        bool done = false;
        m_client->call(body, this, [&](const HttpTransport::Response& r) {
            answer = r;
            done = true;
        });
        if (!TestEnvironment::waitUntil([&] { return done; }, 15000))
            qWarning("no answer to the operator call within 15 s");
        return answer;
    }
    HttpTransport::Response get(const QString& path) {
        HttpTransport::Response answer;
        bool done = false;
        m_client->get(path, this, [&](const HttpTransport::Response& r) {
            answer = r;
            done = true;
        });
        if (!TestEnvironment::waitUntil([&] { return done; }, 15000))
            qWarning("no answer to GET %s within 15 s", qPrintable(path));
        return answer;
    }
    MesosRole roleNamed(const QString& name) {
        const HttpTransport::Response answer = get(QStringLiteral("/master/roles"));
        const auto parsed = OperatorParser::parseRoles(answer.body);
        for (const MesosRole& role : parsed.value)
            if (role.name == name)
                return role;
        return {};
    }
    QUrl leader() {
        for (const QJsonValue& master : m_devcluster.ready().value(QLatin1String("masters")).toArray()) {
            HttpTransport::Response answer;
            bool done = false;
            m_http.get(QUrl(master.toString() + QStringLiteral("/master/roles")), this,
                       [&](const HttpTransport::Response& r) {
                           answer = r;
                           done = true;
                       });
            TestEnvironment::waitUntil([&] { return done; }, 10000);
            if (answer.ok() && answer.url.toString().startsWith(master.toString()))
                return QUrl(master.toString());
        }
        return {};
    }

private slots:
    void initTestCase() {
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(2, 2));
        m_client = std::make_unique<OperatorClient>(&m_http, [this] { return m_target; });
        QVERIFY(TestEnvironment::waitUntil([this] { return (m_target = leader()).isValid(); }, 30000));
    }
    void cleanupTestCase() {
        m_client.reset();
        m_devcluster.stop();
    }

    void rolesListTheFrameworksRole() {
        // A task of the devcluster's framework (role "*") so that "*" consumes something.
        const QJsonObject launched =
            m_devcluster.control("POST", QStringLiteral("/tasks"),
                                 {{QStringLiteral("cmd"), QStringLiteral("sleep 600")},
                                  {QStringLiteral("id"), QStringLiteral("operator-roles")},
                                  {QStringLiteral("cpus"), 0.5},
                                  {QStringLiteral("mem"), 64}});
        QCOMPARE(launched.value(QLatin1String("_status")).toInt(), 201);
        MesosRole star;
        QVERIFY(TestEnvironment::waitUntil(
            [&] {
                star = roleNamed(QStringLiteral("*"));
                // The devcluster's framework also keeps what it is offered (an offer per agent).
                return star.allocated.value(QStringLiteral("cpus")) >= 0.5 &&
                       star.offered.value(QStringLiteral("cpus")) > 0;
            },
            15000));
        QVERIFY(star.hasBreakdown && star.hasQuota && star.hasConsumed);
        // Offered apart from allocated, the deprecated "resources" both together, as in Mesos.
        for (const QString& kind : {QStringLiteral("cpus"), QStringLiteral("mem")})
            QCOMPARE(star.resources.value(kind), star.allocated.value(kind) + star.offered.value(kind));
        // The same amount as the role's frameworks hold (/master/frameworks; two requests, so
        // asked again while an offer moved between them).
        double frameworksOffered = -1;
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] {
                         frameworksOffered = 0;
                         const HttpTransport::Response frameworks = get(QStringLiteral("/master/frameworks"));
                         for (const QJsonValue f :
                              QJsonDocument::fromJson(frameworks.body)[QLatin1String("frameworks")].toArray())
                             if (f[QLatin1String("role")].toString() == QLatin1String("*"))
                                 frameworksOffered +=
                                     f[QLatin1String("offered_resources")][QLatin1String("cpus")].toDouble();
                         return qFuzzyCompare(
                             roleNamed(QStringLiteral("*")).offered.value(QStringLiteral("cpus")),
                             frameworksOffered);
                     },
                     15000),
                 qPrintable(QStringLiteral("role * offered %1 cpus, its frameworks hold %2")
                                .arg(roleNamed(QStringLiteral("*")).offered.value(QStringLiteral("cpus")))
                                .arg(frameworksOffered)));
        QVERIFY(!star.frameworkIds.isEmpty());
        QCOMPARE(star.consumed.value(QStringLiteral("mem")), star.allocated.value(QStringLiteral("mem")));
        // v1 GET_ROLES: the same role, no quota fields.
        const HttpTransport::Response v1 = call(R"({"type":"GET_ROLES"})");
        QVERIFY2(v1.ok(), qPrintable(v1.error.summary()));
        const auto parsed = OperatorParser::parseRoles(v1.body);
        QVERIFY(parsed.ok());
        QVERIFY(std::any_of(parsed.value.cbegin(), parsed.value.cend(), [](const MesosRole& r) {
            return r.name == QLatin1String("*") && !r.hasQuota &&
                   r.resources.value(QStringLiteral("cpus")) >= 0.5;
        }));
    }

    void setQuotaAndSeeIt() {
        const HttpTransport::Response answer = call(
            OperatorCalls::updateQuota(QStringLiteral("dev"), {{QStringLiteral("cpus"), 1}},
                                       {{QStringLiteral("cpus"), 2}, {QStringLiteral("mem"), 1024}}, false));
        QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
        QCOMPARE(answer.status, 200); // not the docs' 202
        QVERIFY(answer.body.isEmpty());
        const MesosRole dev = roleNamed(QStringLiteral("dev")); // known now because it has quota
        QCOMPARE(dev.name, QStringLiteral("dev"));
        QCOMPARE(dev.guarantee.value(QStringLiteral("cpus")), 1.0);
        QCOMPARE(dev.limit.value(QStringLiteral("mem")), 1024.0);
        const auto quota = OperatorParser::parseQuota(call(R"({"type":"GET_QUOTA"})").body);
        QVERIFY(quota.ok());
        QCOMPARE(quota.value.size(), 1);
        QCOMPARE(quota.value.first().limits.value(QStringLiteral("cpus")), 2.0);
        // Empty guarantees and limits reset the role: it is no longer known.
        QVERIFY(call(OperatorCalls::updateQuota(QStringLiteral("dev"), {}, {}, false)).ok());
        QVERIFY(roleNamed(QStringLiteral("dev")).name.isEmpty());
    }

    void refusalsCarryTheMastersText() {
        HttpTransport::Response answer =
            call(OperatorCalls::updateQuota(QStringLiteral("big"), {{QStringLiteral("cpus"), 10000}},
                                            {{QStringLiteral("cpus"), 10000}}, false));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.error.summary().contains(QLatin1String("exceed cluster capacity")),
                 qPrintable(answer.error.summary()));
        // With force the same request passes.
        QVERIFY(call(OperatorCalls::updateQuota(QStringLiteral("big"), {{QStringLiteral("cpus"), 10000}},
                                                {{QStringLiteral("cpus"), 10000}}, true))
                    .ok());
        QVERIFY(call(OperatorCalls::updateQuota(QStringLiteral("big"), {}, {}, false)).ok());

        answer =
            call(OperatorCalls::updateQuota(QStringLiteral("*"), {}, {{QStringLiteral("cpus"), 0.1}}, false));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.error.message.startsWith(
                     QLatin1String("Invalid QuotaConfig: Role '*' is already consuming")),
                 qPrintable(answer.error.message));

        answer = call(
            OperatorCalls::updateQuota(QStringLiteral("eng/web"), {}, {{QStringLiteral("cpus"), 1}}, false));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.message,
                 QStringLiteral("Updating quota on nested role 'eng/web' is not supported yet"));

        answer = call(OperatorCalls::updateQuota(QStringLiteral("g"), {{QStringLiteral("cpus"), 2}},
                                                 {{QStringLiteral("cpus"), 1}}, false));
        QCOMPARE(answer.status, 400);
        QVERIFY(
            answer.error.message.contains(QLatin1String("is not contained within the 'QuotaConfig.limits'")));

        answer = call(R"({"type":"UPDATE_QUOTA"})");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.message,
                 QStringLiteral("Failed to validate master::Call: Expecting 'update_quota' to be present"));
    }

    void weights() {
        HttpTransport::Response answer = call(OperatorCalls::updateWeight(QStringLiteral("analytics"), 2.5));
        QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
        QCOMPARE(answer.status, 200);
        QCOMPARE(roleNamed(QStringLiteral("analytics")).weight, 2.5);
        const auto weights = OperatorParser::parseWeights(call(R"({"type":"GET_WEIGHTS"})").body);
        QCOMPARE(weights.value.value(QStringLiteral("analytics")), 2.5);
        const auto v0 = OperatorParser::parseWeights(get(QStringLiteral("/master/weights")).body);
        QCOMPARE(v0.value.value(QStringLiteral("analytics")), 2.5);
        answer = call(OperatorCalls::updateWeight(QStringLiteral("analytics"), 0));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.error.message.endsWith(QLatin1String("Weights must be positive")),
                 qPrintable(answer.error.message));
    }

    void standbyRedirectsToTheLeader() {
        QUrl standby;
        for (const QJsonValue& master : m_devcluster.ready().value(QLatin1String("masters")).toArray())
            if (QUrl(master.toString()) != m_target)
                standby = QUrl(master.toString());
        QVERIFY(standby.isValid());
        const QUrl leaderUrl = m_target;
        m_target = standby;
        const HttpTransport::Response answer =
            call(OperatorCalls::updateWeight(QStringLiteral("redirected"), 3));
        m_target = leaderUrl;
        QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
        QVERIFY(answer.url.toString().startsWith(leaderUrl.toString()));
        QCOMPARE(roleNamed(QStringLiteral("redirected")).weight, 3.0);
    }

    void agentCalls() {
        const auto agents = OperatorParser::parseAgents(call(R"({"type":"GET_AGENTS"})").body);
        QVERIFY(agents.ok());
        QCOMPARE(agents.value.size(), 2);
        // The agent without the task of rolesListTheFrameworksRole: drained at once.
        const QStringList busy = [&] {
            QStringList ids;
            const QJsonObject state =
                QJsonDocument::fromJson(get(QStringLiteral("/master/state")).body).object();
            for (const QJsonValue& framework : state.value(QLatin1String("frameworks")).toArray())
                for (const QJsonValue& task : framework.toObject().value(QLatin1String("tasks")).toArray())
                    ids << task.toObject().value(QLatin1String("slave_id")).toString();
            return ids;
        }();
        QString idle;
        for (const AgentDrain& agent : agents.value)
            if (!busy.contains(agent.id))
                idle = agent.id;
        QVERIFY(!idle.isEmpty());
        auto stateOf = [&](const QString& id) {
            for (const AgentDrain& agent :
                 OperatorParser::parseAgents(call(R"({"type":"GET_AGENTS"})").body).value)
                if (agent.id == id)
                    return agent;
            return AgentDrain();
        };
        HttpTransport::Response answer =
            call(OperatorCalls::agentCall(QStringLiteral("REACTIVATE_AGENT"), idle));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.message, QStringLiteral("Agent is not deactivated"));
        answer = call(
            OperatorCalls::agentCall(QStringLiteral("DEACTIVATE_AGENT"), QStringLiteral("no-such-agent")));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.message, QStringLiteral("Unknown agent"));
        // The docs' "10mins" is not a Duration.
        answer = call(QStringLiteral(R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"%1"},)"
                                     R"("max_grace_period":"10mins"}})")
                          .arg(idle)
                          .toUtf8());
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.error.message.contains(
            QLatin1String("Not expecting a JSON string for field 'max_grace_period'")));

        answer = call(OperatorCalls::agentCall(QStringLiteral("DEACTIVATE_AGENT"), idle));
        QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
        QCOMPARE(stateOf(idle).state(), AgentDrain::State::Deactivated);
        QVERIFY(call(OperatorCalls::agentCall(QStringLiteral("REACTIVATE_AGENT"), idle)).ok());
        QCOMPARE(stateOf(idle).state(), AgentDrain::State::Active);

        // No task on it: DRAINED at once, with the config as sent; v0 state says the same.
        answer = call(OperatorCalls::drainAgent(idle, 30, false));
        QVERIFY2(answer.ok(), qPrintable(answer.error.summary()));
        QCOMPARE(answer.status, 200);
        const AgentDrain drained = stateOf(idle);
        QCOMPARE(drained.state(), AgentDrain::State::Drained);
        QVERIFY(drained.deactivated);
        QCOMPARE(drained.maxGraceSeconds, 30.0);
        QVERIFY(!drained.markGone);
        QVERIFY(drained.drainStartTime > 0);
        const QJsonObject slaves =
            QJsonDocument::fromJson(get(QStringLiteral("/master/slaves")).body).object();
        bool found = false;
        for (const QJsonValue& slave : slaves.value(QLatin1String("slaves")).toArray()) {
            const QJsonObject agent = slave.toObject();
            if (agent.value(QLatin1String("id")).toString() != idle)
                continue;
            found = true;
            QVERIFY(agent.value(QLatin1String("deactivated")).toBool());
            QCOMPARE(
                agent.value(QLatin1String("drain_info")).toObject().value(QLatin1String("state")).toString(),
                QStringLiteral("DRAINED"));
            QVERIFY(agent.value(QLatin1String("estimated_drain_start_time_seconds")).isDouble());
        }
        QVERIFY(found);
        // A drained agent may be reactivated; then nothing of the drain is left.
        QVERIFY(call(OperatorCalls::agentCall(QStringLiteral("REACTIVATE_AGENT"), idle)).ok());
        const AgentDrain back = stateOf(idle);
        QCOMPARE(back.state(), AgentDrain::State::Active);
        QVERIFY(back.drainState.isEmpty());
    }

    void noLeaderKnown() {
        const QUrl leaderUrl = m_target;
        m_target = QUrl();
        const HttpTransport::Response answer = get(QStringLiteral("/master/roles"));
        m_target = leaderUrl;
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error.kind, ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestOperatorDevcluster)
#include "tst_operator_devcluster.moc"
