// WWW-Authenticate as the real servers send it, and the credential's header and keychain form.
#include "auth/AuthChallenge.h"
#include "auth/HttpCredential.h"

#include <QtTest>

class TestAuthChallenge : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("realm");
        QTest::addColumn<bool>("token");
        QTest::newRow("mesos") << QByteArray("Basic realm=\"mesos-master-readonly\"") << "basic"
                               << "mesos-master-readonly" << false;
        QTest::newRow("jetty") << QByteArray("basic realm=\"Mesosphere\"") << "basic"
                               << "Mesosphere" << false;
        QTest::newRow("escaped") << QByteArray("Basic realm=\"a \\\"b\\\"\", charset=\"UTF-8\"") << "basic"
                                 << "a \"b\"" << false;
        QTest::newRow("unquoted") << QByteArray("Basic realm=ops, charset=UTF-8") << "basic"
                                  << "ops" << false;
        QTest::newRow("dcos") << QByteArray("acsjwt") << "acsjwt"
                              << "" << true;
        QTest::newRow("missing") << QByteArray() << ""
                                 << "" << false;
    }
    void parse() {
        QFETCH(QByteArray, header);
        const AuthChallenge challenge = AuthChallenge::parse(header);
        QTEST(challenge.scheme, "scheme");
        QTEST(challenge.realm, "realm");
        QTEST(challenge.wantsToken(), "token");
    }
    void credential() {
        const HttpCredential basic{HttpCredential::Kind::Basic, QStringLiteral("bob"),
                                   QStringLiteral("pa:ss")};
        QCOMPARE(basic.authorization(), QByteArray("Basic ") + QByteArray("bob:pa:ss").toBase64());
        QVERIFY(!basic.who().contains(QStringLiteral("pa:ss")));
        const HttpCredential token{HttpCredential::Kind::Token, {}, QStringLiteral("eyJ0")};
        QCOMPARE(token.authorization(), QByteArray("token=eyJ0"));
        QCOMPARE(HttpCredential::deserialize(basic.serialize()), std::optional(basic));
        QCOMPARE(HttpCredential::deserialize(token.serialize()), std::optional(token));
        QVERIFY(!HttpCredential::deserialize(QStringLiteral("not json")));
        QVERIFY(!HttpCredential{}.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
