// AuthPromptController's races (#11, tst_auth_gui's flake): a host asks as one outside the
// connection, its remembered credential is being looked up (asynchronously), and meanwhile the
// connection names the host (a Marathon found through the framework list before ZooKeeper named
// it): the broker withdraws that request and asks for the group instead. The look-up's answer
// must not open a prompt for the withdrawn scope: nobody would answer it, and a window-modal
// prompt nobody answers blocks the one that is asking.
#include "AuthPromptController.h"
#include "CredentialPrompt.h"
#include "HttpServer.h"
#include "auth/AuthBroker.h"
#include "credentials/MemoryCredentialStore.h"
#include "net/HttpTransport.h"

#include <QSignalSpy>
#include <QWidget>
#include <QtTest>

class TestAuthPromptRace : public QObject {
    Q_OBJECT

    static QStringList scopes(const AuthPromptController& controller) {
        QStringList open;
        for (CredentialPrompt* prompt : controller.openPrompts())
            open << prompt->request().scope;
        return open;
    }

private slots:
    void withdrawnWhileLookingUpOpensNoPrompt() {
        HttpServer marathon;
        marathon.setHandler([](const HttpRequest&, HttpResponder* responder) {
            responder->respond(401, "<html>Error 401 Unauthorized</html>", "text/html;charset=iso-8859-1",
                               {{"WWW-Authenticate", "basic realm=\"Mesosphere\""}});
        });
        QVERIFY(marathon.listen());
        const QUrl url(marathon.baseUrl() + QStringLiteral("/v2/apps"));

        QWidget window;
        window.show();
        AuthPromptController controller(&window, new MemoryCredentialStore);
        HttpTransport http;
        AuthBroker broker;
        broker.install(&http);
        controller.attach(&broker);
        // After the controller's own slot (its look-up has begun): the connection names the host.
        QStringList asked;
        connect(&broker, &AuthBroker::credentialsNeeded, this, [&](const AuthBroker::Request& request) {
            asked << request.scope;
            if (!request.trusted)
                broker.trust(url, Profile::Endpoint::Marathon);
        });
        QSignalSpy withdrawn(&broker, &AuthBroker::requestWithdrawn);
        http.get(url, this, [](const HttpTransport::Response&) {});

        QTRY_VERIFY2_WITH_TIMEOUT(
            scopes(controller).contains(QStringLiteral("marathon")),
            qPrintable(QStringLiteral("the marathon group's prompt; asked [%1], open [%2]")
                           .arg(asked.join(u','), scopes(controller).join(u','))),
            10000);
        QCOMPARE(withdrawn.count(), 1);
        QCOMPARE(asked.size(), 2); // the outside origin first, then the group
        // The outside scope's look-up was answered before the group's (same store, asked first).
        QCOMPARE(scopes(controller), QStringList{QStringLiteral("marathon")});
    }
};

QTEST_MAIN(TestAuthPromptRace)
#include "tst_authprompt_race.moc"
