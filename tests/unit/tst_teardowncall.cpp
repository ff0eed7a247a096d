// The teardown request for each master version: v1 TEARDOWN from 1.5 (and for a version not yet
// known), the v0 form POST /master/teardown before; and OperatorClient sends the form as a form.
#include "HttpServer.h"
#include "TestEnvironment.h"
#include "net/HttpTransport.h"
#include "operator/OperatorClient.h"
#include "operator/TeardownCall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestTeardownCall : public QObject {
    Q_OBJECT
private slots:
    void v1FromMesos15() {
        for (const QString& version : {QStringLiteral("1.5.0"), QStringLiteral("1.11.0"),
                                       QStringLiteral("2.0.0"), QString(), QStringLiteral("unknown")}) {
            const TeardownCall::Request request = TeardownCall::request(QStringLiteral("fw-1"), version);
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path, QStringLiteral("/api/v1"));
            QCOMPARE(request.contentType, QByteArray("application/json"));
            QCOMPARE(
                QJsonDocument::fromJson(request.body).object(),
                QJsonDocument::fromJson(R"({"type":"TEARDOWN","teardown":{"framework_id":{"value":"fw-1"}}})")
                    .object());
        }
    }
    void formBeforeIt() {
        for (const QString& version :
             {QStringLiteral("1.4.3"), QStringLiteral("1.0.0"), QStringLiteral("0.28.2")}) {
            const TeardownCall::Request request =
                TeardownCall::request(QStringLiteral("a b&c=d-0001"), version);
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path, QStringLiteral("/master/teardown"));
            QCOMPARE(request.contentType, QByteArray("application/x-www-form-urlencoded"));
            QCOMPARE(request.body, QByteArray("frameworkId=a%20b%26c%3Dd-0001"));
        }
    }
    void clientSendsTheFormAsAForm() {
        HttpServer server;
        QByteArray contentType;
        QByteArray body;
        server.setHandler([&](const HttpRequest& request, HttpResponder* responder) {
            contentType = request.header("content-type");
            body = request.body;
            responder->respond(400, "No framework found with specified ID", "text/plain; charset=utf-8");
        });
        QVERIFY(server.listen(0));
        HttpTransport http;
        OperatorClient client(&http, [&] { return QUrl(server.baseUrl()); });
        const TeardownCall::Request request =
            TeardownCall::request(QStringLiteral("fw-2"), QStringLiteral("1.4.0"));
        HttpTransport::Response answer;
        bool done = false;
        client.send(request.method, request.path, request.body, request.contentType, this,
                    [&](const HttpTransport::Response& r) {
                        answer = r;
                        done = true;
                    });
        QVERIFY2(TestEnvironment::waitUntil([&] { return done; }, 10000),
                 "the fake master's answer within 10 s");
        QCOMPARE(contentType, QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(body, QByteArray("frameworkId=fw-2"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.summary(), QStringLiteral("HTTP 400: No framework found with specified ID"));
    }
};

QTEST_GUILESS_MAIN(TestTeardownCall)
#include "tst_teardowncall.moc"
