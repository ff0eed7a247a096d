// HTTP authentication against the devcluster started with --auth, --read-only-user and
// --auth-token: what its servers answer (as Mesos and Marathon do), and the client's broker:
// 401 -> asked once -> the parked requests are resent and succeed; a wrong password asked again
// with the reason and then no more; cancel; a token; 403 for the read-only user; no credential
// sent to a host outside the connection, not even through a redirect.
#include "DevClusterProcess.h"
#include "HttpServer.h"
#include "TestEnvironment.h"
#include "TestSecrets.h"
#include "auth/AuthBroker.h"
#include "auth/AuthChallenge.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

namespace {
HttpCredential basic(const QString& user, const QString& password) {
    return {HttpCredential::Kind::Basic, user, password};
}

// Sends one request and keeps its answer.
struct Call {
    bool done = false;
    HttpTransport::Response response;
};

std::shared_ptr<Call> send(HttpTransport& http, const QByteArray& method, const QUrl& url,
                           const QByteArray& body = {}, const QByteArray& contentType = "application/json") {
    auto call = std::make_shared<Call>();
    http.send(method, url, body, body.isEmpty() ? QByteArray() : contentType, &http,
              [call](const HttpTransport::Response& r) {
                  call->response = r;
                  call->done = true;
              });
    return call;
}
} // namespace

class TestAuthDevcluster : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void serversAnswerAsMesosAndMarathon();
    void readyLineCarriesNoSecret();
    void promptOnceThenRetry();
    void wrongPasswordAskedAgainThenStops();
    void cancelFailsParkedRequests();
    void tokenCredential();
    void readOnlyUserGets403();
    void teardownEndpointIsReadWrite();
    void noCredentialOutsideTheConnection();

private:
    QUrl master(int i = 0) const {
        return QUrl(m_cluster.ready().value(QLatin1String("masters")).toArray().at(i).toString());
    }
    QUrl marathon() const {
        return QUrl(m_cluster.ready().value(QLatin1String("marathon")).toArray().at(0).toString());
    }
    QUrl agent() const {
        return QUrl(m_cluster.ready().value(QLatin1String("agents")).toArray().at(0).toString());
    }
    void trustAll(AuthBroker& broker) const;
    // A transport with a broker that trusts the devcluster's hosts.
    struct Client {
        explicit Client(const TestAuthDevcluster& test) {
            broker.install(&http);
            test.trustAll(broker);
        }
        HttpTransport http;
        AuthBroker broker;
    };

    DevClusterProcess m_cluster;
};

void TestAuthDevcluster::initTestCase() {
    MESOSDESK_REQUIRE_DEVCLUSTER();
    QVERIFY2(m_cluster.start(1, 1, TestSecrets::devclusterArguments()),
             "the devcluster with --auth did not get ready in 30 s");
}

void TestAuthDevcluster::trustAll(AuthBroker& broker) const {
    broker.trust(master(), Profile::Endpoint::Masters);
    broker.trust(agent(), Profile::Endpoint::Agents);
    broker.trust(marathon(), Profile::Endpoint::Marathon);
}

void TestAuthDevcluster::serversAnswerAsMesosAndMarathon() {
    HttpTransport http;
    const auto state = send(http, "GET", master().resolved(QUrl(QStringLiteral("/master/state-summary"))));
    const auto api =
        send(http, "POST", master().resolved(QUrl(QStringLiteral("/api/v1"))), R"({"type":"GET_HEALTH"})");
    const auto version = send(http, "GET", master().resolved(QUrl(QStringLiteral("/version"))));
    const auto agentState = send(http, "GET", agent().resolved(QUrl(QStringLiteral("/slave(1)/state"))));
    const auto agentApi =
        send(http, "POST", agent().resolved(QUrl(QStringLiteral("/api/v1"))), R"({"type":"GET_HEALTH"})");
    const auto apps = send(http, "GET", marathon().resolved(QUrl(QStringLiteral("/v2/apps"))));
    QVERIFY2(TestEnvironment::waitUntil(
                 [&] {
                     return state->done && api->done && version->done && agentState->done && agentApi->done &&
                            apps->done;
                 },
                 10000),
             "the devcluster's answers to unauthenticated requests within 10 s");
    // libprocess: 401, empty body, the realm of the endpoint.
    QCOMPARE(state->response.status, 401);
    QCOMPARE(state->response.header("WWW-Authenticate"), QByteArray("Basic realm=\"mesos-master-readonly\""));
    QVERIFY(state->response.body.isEmpty());
    QCOMPARE(api->response.header("WWW-Authenticate"), QByteArray("Basic realm=\"mesos-master-readwrite\""));
    QCOMPARE(version->response.status, 200); // open, as in Mesos
    QCOMPARE(agentState->response.header("WWW-Authenticate"),
             QByteArray("Basic realm=\"mesos-agent-readonly\""));
    QCOMPARE(agentApi->response.header("WWW-Authenticate"),
             QByteArray("Basic realm=\"mesos-agent-readwrite\""));
    // Jetty: lower-case scheme, --http_realm's default, its HTML error page.
    QCOMPARE(apps->response.status, 401);
    QCOMPARE(apps->response.header("WWW-Authenticate"), QByteArray("basic realm=\"Mesosphere\""));
    QVERIFY(apps->response.header("Content-Type").startsWith("text/html"));
    QVERIFY(apps->response.body.contains("<title>Error 401 Unauthorized</title>"));
    const AuthChallenge jetty = AuthChallenge::parse(apps->response.header("WWW-Authenticate"));
    QCOMPARE(jetty.scheme, QStringLiteral("basic"));
    QCOMPARE(jetty.realm, QStringLiteral("Mesosphere"));
}

void TestAuthDevcluster::readyLineCarriesNoSecret() {
    const QByteArray line = QJsonDocument(m_cluster.ready()).toJson(QJsonDocument::Compact);
    for (const QString& secret : TestSecrets::all())
        QVERIFY2(!line.contains(secret.toUtf8()), "a test secret in the ready line");
    const QJsonObject auth = m_cluster.ready().value(QLatin1String("auth")).toObject();
    QCOMPARE(auth.value(QLatin1String("user")).toString(), TestSecrets::User);
    QCOMPARE(auth.value(QLatin1String("read_only_user")).toString(), TestSecrets::ReadOnlyUser);
    QCOMPARE(auth.value(QLatin1String("token")).toBool(), true);
}

void TestAuthDevcluster::promptOnceThenRetry() {
    Client client(*this);
    HttpTransport& http = client.http;
    AuthBroker& broker = client.broker;
    QSignalSpy asked(&broker, &AuthBroker::credentialsNeeded);
    QSignalSpy accepted(&broker, &AuthBroker::credentialAccepted);
    const auto first = send(http, "GET", master().resolved(QUrl(QStringLiteral("/master/state-summary"))));
    const auto second = send(http, "GET", master().resolved(QUrl(QStringLiteral("/metrics/snapshot"))));
    QVERIFY2(TestEnvironment::waitUntil([&] { return !asked.isEmpty(); }, 10000),
             "credentialsNeeded after a 401, within 10 s");
    const auto request = asked.first().first().value<AuthBroker::Request>();
    QCOMPARE(request.realm, QStringLiteral("mesos-master-readonly"));
    QCOMPARE(request.host, master().authority());
    QVERIFY(request.trusted);
    QCOMPARE(request.group, Profile::Endpoint::Masters);
    QVERIFY(request.error.isEmpty());
    // The second 401 comes too: coalesced into the one question, nothing answered yet.
    QVERIFY2(TestEnvironment::waitUntil([&] { return broker.parkedCount(request.scope) == 2; }, 10000),
             "both requests parked for the one sign-in, within 10 s");
    QCOMPARE(asked.size(), 1);
    QVERIFY(!first->done && !second->done);
    broker.provide(request.scope, basic(TestSecrets::User, TestSecrets::Password));
    QVERIFY2(TestEnvironment::waitUntil([&] { return first->done && second->done; }, 10000),
             "both parked requests resent, within 10 s");
    QCOMPARE(first->response.status, 200);
    QCOMPARE(second->response.status, 200);
    QVERIFY(first->response.ok());
    QCOMPARE(accepted.size(), 1);
    // One sign-in serves the connection's masters: the readwrite realm needs no new prompt.
    const auto api =
        send(http, "POST", master().resolved(QUrl(QStringLiteral("/api/v1"))), R"({"type":"GET_HEALTH"})");
    QVERIFY2(TestEnvironment::waitUntil([&] { return api->done; }, 10000), "GET_HEALTH answered within 10 s");
    QCOMPARE(api->response.status, 200);
    QCOMPARE(asked.size(), 1);
    // The agent is another group with its own realm: asked for separately.
    const auto agentState = send(http, "GET", agent().resolved(QUrl(QStringLiteral("/slave(1)/state"))));
    QVERIFY2(TestEnvironment::waitUntil([&] { return asked.size() == 2; }, 10000),
             "the agent's 401 asks within 10 s");
    const auto agentRequest = asked.last().first().value<AuthBroker::Request>();
    QCOMPARE(agentRequest.realm, QStringLiteral("mesos-agent-readonly"));
    QCOMPARE(agentRequest.group, Profile::Endpoint::Agents);
    broker.provide(agentRequest.scope, basic(TestSecrets::User, TestSecrets::Password));
    QVERIFY2(TestEnvironment::waitUntil([&] { return agentState->done; }, 10000),
             "the agent state resent within 10 s");
    QCOMPARE(agentState->response.status, 200);
}

void TestAuthDevcluster::wrongPasswordAskedAgainThenStops() {
    Client client(*this);
    HttpTransport& http = client.http;
    AuthBroker& broker = client.broker;
    QSignalSpy asked(&broker, &AuthBroker::credentialsNeeded);
    QSignalSpy blocked(&broker, &AuthBroker::blockedChanged);
    const QUrl apps = marathon().resolved(QUrl(QStringLiteral("/v2/apps")));
    const auto call = send(http, "GET", apps);
    for (int attempt = 1; attempt <= AuthBroker::MaxRefusals; ++attempt) {
        QVERIFY2(TestEnvironment::waitUntil([&] { return asked.size() == attempt; }, 10000),
                 qPrintable(QStringLiteral("ask number %1 within 10 s").arg(attempt)));
        const auto request = asked.last().first().value<AuthBroker::Request>();
        QCOMPARE(request.realm, QStringLiteral("Mesosphere"));
        QCOMPARE(request.refusals, attempt - 1);
        if (attempt > 1) {
            QVERIFY2(request.error.contains(QStringLiteral("refused")), qPrintable(request.error));
            QVERIFY(request.error.contains(TestSecrets::User));
            QVERIFY(!request.error.contains(TestSecrets::WrongPassword));
            QCOMPARE(request.user, TestSecrets::User);
        }
        QVERIFY(!call->done);
        broker.provide(request.scope, basic(TestSecrets::User, TestSecrets::WrongPassword));
    }
    QVERIFY2(TestEnvironment::waitUntil([&] { return call->done; }, 10000),
             "the request fails after the last refusal, within 10 s");
    QCOMPARE(call->response.error.httpStatus, 401);
    QVERIFY2(call->response.error.summary().contains(marathon().authority()),
             qPrintable(call->response.error.summary()));
    QCOMPARE(blocked.size(), 1);
    // No loop: a further 401 fails at once, without asking.
    const auto again = send(http, "GET", apps);
    QVERIFY2(TestEnvironment::waitUntil([&] { return again->done; }, 10000),
             "a blocked scope's request fails within 10 s");
    QCOMPARE(again->response.error.httpStatus, 401);
    QCOMPARE(asked.size(), AuthBroker::MaxRefusals);
    // Until the operator asks to sign in again.
    broker.resumeAsking();
    const auto third = send(http, "GET", apps);
    QVERIFY2(TestEnvironment::waitUntil([&] { return asked.size() == AuthBroker::MaxRefusals + 1; }, 10000),
             "asked again after resumeAsking, within 10 s");
    broker.provide(asked.last().first().value<AuthBroker::Request>().scope,
                   basic(TestSecrets::User, TestSecrets::Password));
    QVERIFY2(TestEnvironment::waitUntil([&] { return third->done; }, 10000),
             "the right password works, within 10 s");
    QCOMPARE(third->response.status, 200);
}

void TestAuthDevcluster::cancelFailsParkedRequests() {
    Client client(*this);
    HttpTransport& http = client.http;
    AuthBroker& broker = client.broker;
    QSignalSpy asked(&broker, &AuthBroker::credentialsNeeded);
    const auto call = send(http, "GET", master().resolved(QUrl(QStringLiteral("/master/state"))));
    QVERIFY2(TestEnvironment::waitUntil([&] { return !asked.isEmpty(); }, 10000), "asked within 10 s");
    broker.cancel(asked.first().first().value<AuthBroker::Request>().scope);
    QVERIFY2(TestEnvironment::waitUntil([&] { return call->done; }, 10000),
             "the canceled request fails within 10 s");
    QCOMPARE(call->response.status, 401);
    QCOMPARE(call->response.error.httpStatus, 401);
    QVERIFY2(call->response.error.summary().contains(QStringLiteral("canceled")),
             qPrintable(call->response.error.summary()));
}

void TestAuthDevcluster::tokenCredential() {
    Client client(*this);
    HttpTransport& http = client.http;
    AuthBroker& broker = client.broker;
    broker.setCredential(Profile::Endpoint::Marathon, {HttpCredential::Kind::Token, {}, TestSecrets::Token});
    QSignalSpy asked(&broker, &AuthBroker::credentialsNeeded);
    const auto apps = send(http, "GET", marathon().resolved(QUrl(QStringLiteral("/v2/apps"))));
    QVERIFY2(TestEnvironment::waitUntil([&] { return apps->done; }, 10000),
             "/v2/apps with the token within 10 s");
    QCOMPARE(apps->response.status, 200);
    QVERIFY(asked.isEmpty());
    // A rejected token is asked for as a token.
    broker.setCredential(Profile::Endpoint::Marathon,
                         {HttpCredential::Kind::Token, {}, TestSecrets::WrongPassword});
    const auto refused = send(http, "GET", marathon().resolved(QUrl(QStringLiteral("/v2/info"))));
    QVERIFY2(TestEnvironment::waitUntil([&] { return !asked.isEmpty(); }, 10000),
             "a rejected token asks within 10 s");
    const auto request = asked.first().first().value<AuthBroker::Request>();
    QVERIFY(request.wantsToken);
    QVERIFY2(request.error.contains(QStringLiteral("token")), qPrintable(request.error));
    broker.provide(request.scope, {HttpCredential::Kind::Token, {}, TestSecrets::Token});
    QVERIFY2(TestEnvironment::waitUntil([&] { return refused->done; }, 10000),
             "resent with the right token within 10 s");
    QCOMPARE(refused->response.status, 200);
}

void TestAuthDevcluster::teardownEndpointIsReadWrite() {
    // /master/teardown is in the readwrite realm: 403 for the read-only user, the master's own
    // 400 for a full user naming no known framework.
    for (const bool full : {false, true}) {
        Client client(*this);
        client.broker.setCredential(Profile::Endpoint::Masters,
                                    full ? basic(TestSecrets::User, TestSecrets::Password)
                                         : basic(TestSecrets::ReadOnlyUser, TestSecrets::ReadOnlyPassword));
        const auto call =
            send(client.http, "POST", master().resolved(QUrl(QStringLiteral("/master/teardown"))),
                 "frameworkId=x", "application/x-www-form-urlencoded");
        QVERIFY2(TestEnvironment::waitUntil([&] { return call->done; }, 10000),
                 "/master/teardown answered within 10 s");
        QCOMPARE(call->response.status, full ? 400 : 403);
        if (full)
            QCOMPARE(call->response.error.message, QStringLiteral("No framework found with specified ID"));
    }
}

void TestAuthDevcluster::readOnlyUserGets403() {
    Client client(*this);
    HttpTransport& http = client.http;
    AuthBroker& broker = client.broker;
    broker.setCredential(Profile::Endpoint::Marathon,
                         basic(TestSecrets::ReadOnlyUser, TestSecrets::ReadOnlyPassword));
    broker.setCredential(Profile::Endpoint::Masters,
                         basic(TestSecrets::ReadOnlyUser, TestSecrets::ReadOnlyPassword));
    QSignalSpy forbidden(&broker, &AuthBroker::forbidden);
    const auto read = send(http, "GET", marathon().resolved(QUrl(QStringLiteral("/v2/apps"))));
    const auto create = send(http, "POST", marathon().resolved(QUrl(QStringLiteral("/v2/apps"))),
                             R"({"id":"/ro-test","cmd":"sleep 100","cpus":0.1,"mem":16,"instances":1})");
    const auto teardown = send(http, "POST", master().resolved(QUrl(QStringLiteral("/api/v1"))),
                               R"({"type":"TEARDOWN","teardown":{"framework_id":{"value":"x"}}})");
    const auto stateCall =
        send(http, "POST", master().resolved(QUrl(QStringLiteral("/api/v1"))), R"({"type":"GET_STATE"})");
    QVERIFY2(TestEnvironment::waitUntil(
                 [&] { return read->done && create->done && teardown->done && stateCall->done; }, 10000),
             "the read-only user's four calls answered within 10 s");
    QCOMPARE(read->response.status, 200);
    QCOMPARE(stateCall->response.status, 200);
    QCOMPARE(create->response.status, 403);
    QCOMPARE(create->response.error.message, QStringLiteral("Not Authorized to perform this action!"));
    QCOMPARE(teardown->response.status, 403);
    QVERIFY(teardown->response.body.isEmpty());
    QCOMPARE(forbidden.size(), 2);
    QStringList groups;
    for (const QList<QVariant>& signal : forbidden)
        groups << AuthBroker::groupName(signal.first().value<AuthBroker::Request>().group);
    groups.sort();
    QCOMPARE(groups, (QStringList{QStringLiteral("marathon"), QStringLiteral("masters")}));
    QCOMPARE(forbidden.first().first().value<AuthBroker::Request>().user, TestSecrets::ReadOnlyUser);
}

void TestAuthDevcluster::noCredentialOutsideTheConnection() {
    // A trusted "master" that redirects to a host the connection does not name, and that host.
    QList<QByteArray> seenOutside;
    QList<QByteArray> seenInside;
    HttpServer outside;
    outside.setHandler([&](const HttpRequest& request, HttpResponder* responder) {
        seenOutside << request.header("authorization");
        responder->respond(200, "{}");
    });
    QVERIFY(outside.listen());
    HttpServer inside;
    inside.setHandler([&](const HttpRequest& request, HttpResponder* responder) {
        seenInside << request.header("authorization");
        responder->respond(307, {}, {}, {{"Location", outside.baseUrl().toUtf8() + request.rawPath}});
    });
    QVERIFY(inside.listen());
    Client client(*this);
    HttpTransport& http = client.http;
    AuthBroker& broker = client.broker;
    broker.trust(QUrl(inside.baseUrl()), Profile::Endpoint::Masters);
    broker.setCredential(Profile::Endpoint::Masters, basic(TestSecrets::User, TestSecrets::Password));
    QVERIFY(!broker.isTrusted(QUrl(outside.baseUrl())));
    const auto redirected = send(http, "GET", QUrl(inside.baseUrl() + QStringLiteral("/master/state")));
    const auto direct = send(http, "GET", QUrl(outside.baseUrl() + QStringLiteral("/v2/info")));
    QVERIFY2(TestEnvironment::waitUntil([&] { return redirected->done && direct->done; }, 10000),
             "both answered within 10 s");
    QCOMPARE(redirected->response.status, 200);
    QCOMPARE(seenInside.size(), 1);
    QCOMPARE(seenInside.first(), basic(TestSecrets::User, TestSecrets::Password).authorization());
    QCOMPARE(seenOutside.size(), 2);
    QVERIFY2(seenOutside.at(0).isEmpty() && seenOutside.at(1).isEmpty(),
             "a credential reached a host outside the connection");

    // A Marathon the connection does not name (found in the framework list) asks on its own,
    // said to be outside, though the connection's Marathon credential is held.
    HttpTransport other;
    AuthBroker mastersOnly;
    mastersOnly.install(&other);
    mastersOnly.trust(master(), Profile::Endpoint::Masters);
    mastersOnly.setCredential(Profile::Endpoint::Masters, basic(TestSecrets::User, TestSecrets::Password));
    QSignalSpy asked(&mastersOnly, &AuthBroker::credentialsNeeded);
    const auto apps = send(other, "GET", marathon().resolved(QUrl(QStringLiteral("/v2/apps"))));
    QVERIFY2(TestEnvironment::waitUntil([&] { return !asked.isEmpty(); }, 10000),
             "the outside Marathon asks within 10 s");
    const auto request = asked.first().first().value<AuthBroker::Request>();
    QVERIFY(!request.trusted);
    QCOMPARE(request.host, marathon().authority());
    mastersOnly.provide(request.scope, basic(TestSecrets::User, TestSecrets::Password));
    QVERIFY2(TestEnvironment::waitUntil([&] { return apps->done; }, 10000),
             "the outside Marathon answers once signed in, within 10 s");
    QCOMPARE(apps->response.status, 200);
}

QTEST_GUILESS_MAIN(TestAuthDevcluster)
#include "tst_auth_devcluster.moc"
