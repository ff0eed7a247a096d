// The credential store against a real Secret Service (gnome-keyring in the private D-Bus
// session that scripts/test.sh starts), and its in-memory twin.
#include "TestEnvironment.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"

#include <QProcess>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace {
bool keychainAvailable() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

struct ReadResult {
    bool done = false;
    bool found = false;
    QString secret;
    QString error;
};

ReadResult readBack(CredentialStore& store, const QString& key) {
    ReadResult result;
    store.read(key, [&](bool found, const QString& secret, const QString& error) {
        result = {true, found, secret, error};
    });
    TestEnvironment::waitUntil([&] { return result.done; }, 15000);
    return result;
}

QString writeSecret(CredentialStore& store, const QString& key, const QString& secret) {
    bool done = false;
    QString error = QStringLiteral("no answer");
    store.write(key, secret, [&](const QString& e) {
        error = e;
        done = true;
    });
    TestEnvironment::waitUntil([&] { return done; }, 15000);
    return error;
}

QString removeSecret(CredentialStore& store, const QString& key) {
    bool done = false;
    QString error = QStringLiteral("no answer");
    store.remove(key, [&](const QString& e) {
        error = e;
        done = true;
    });
    TestEnvironment::waitUntil([&] { return done; }, 15000);
    return error;
}
} // namespace

class TestCredentialStore : public QObject {
    Q_OBJECT
private slots:
    void keychainRoundTrip_data() {
        QTest::addColumn<bool>("real");
        QTest::newRow("memory") << false;
        QTest::newRow("keychain") << true;
    }
    void keychainRoundTrip() {
        QFETCH(bool, real);
        if (real)
            MESOSDESK_REQUIRE(keychainAvailable(), "a Secret Service on a private D-Bus session");
        std::unique_ptr<CredentialStore> store;
        const QString service = QStringLiteral("mesosdesk-test-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (real)
            store = std::make_unique<KeychainCredentialStore>(service);
        else
            store = std::make_unique<MemoryCredentialStore>();
        const QString key = CredentialStore::keyFor(QStringLiteral("zk://ops@zk1:2181/mesos"));

        ReadResult missing = readBack(*store, key);
        QVERIFY(missing.done);
        QVERIFY2(missing.error.isEmpty(), qPrintable(missing.error));
        QVERIFY(!missing.found);

        QCOMPARE(writeSecret(*store, key, QStringLiteral("s3cr:et ünïcode")), QString());
        ReadResult back = readBack(*store, key);
        QVERIFY2(back.found, qPrintable(back.error));
        QCOMPARE(back.secret, QStringLiteral("s3cr:et ünïcode"));

        if (real) {
            // Really in the keyring, as QtKeychain's Secret Service schema stores it.
            QProcess secretTool;
            secretTool.start(QStringLiteral("secret-tool"),
                             {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
            QVERIFY(secretTool.waitForFinished(10000));
            QCOMPARE(QString::fromUtf8(secretTool.readAllStandardOutput()), QStringLiteral("s3cr:et ünïcode"));
        }

        QCOMPARE(removeSecret(*store, key), QString());
        QVERIFY(!readBack(*store, key).found);
        QCOMPARE(removeSecret(*store, key), QString()); // removing twice is not an error
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
