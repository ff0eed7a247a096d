// A profile's credentials and trust, end to end in the real MainWindow (#13): its keychain entries
// sign in to a devcluster with --auth before the first request (Basic, and a token), so no prompt
// opens; a wrong stored password asks once, with the reason, and the right one ends it; a profile's
// CA file trusts a --tls devcluster with no certificate dialog; its ZooKeeper digest password
// reaches the session before it connects, so a node only that digest may read is read. The fleet
// home's rows and the profiles dialog's connection test sign in with the same stored secrets.
#include "AuthPromptController.h"
#include "CertificatePrompt.h"
#include "CredentialPrompt.h"
#include "DevClusterProcess.h"
#include "DigestZnode.h"
#include "EndpointAuthEditor.h"
#include "FleetHome.h"
#include "FleetModel.h"
#include "MainWindow.h"
#include "ProfileTestView.h"
#include "ProfilesDialog.h"
#include "ScopedLanguage.h"
#include "TestEnvironment.h"
#include "TestKeychain.h"
#include "TestSecrets.h"
#include "auth/AuthBroker.h"
#include "connections/ProfileStore.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "credentials/KeychainCredentialStore.h"
#include "fleet/FleetProber.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "sandbox/AgentState.h"
#include "zookeeper/ZkSession.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>
#include <zookeeper/zookeeper.h>

namespace {
void shoot(QWidget* widget, const QString& name) {
    if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/fleetcreds-%2.png").arg(dir, name));
}

// The group prompts opened (a host outside the connection has its own, see tst_auth_gui).
int groupPrompts(const QList<QString>& scopes, const QString& group) {
    return int(std::count(scopes.begin(), scopes.end(), group));
}
} // namespace

class TestProfileAuthGui : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    QList<Profile> m_saved; // their keychain entries go at the end

    Profile profile(const QString& name) {
        Profile p;
        p.name = name;
        p.zkUrl = m_devcluster.zkUrl();
        p.marathonZkPath = m_devcluster.marathonZkPath();
        return p;
    }
    // Saved in the store, with these secrets in the real keychain.
    bool save(ProfileStore& store, Profile& p, const QHash<Profile::Endpoint, QString>& secrets) {
        if (!store.save(p))
            return false;
        m_saved << p;
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (!TestKeychain::keep(p.secretKey(it.key()), it.value()))
                return false;
        }
        return true;
    }
    // Connects and waits for the masters, their agents and Marathon; scopes: each prompt opened.
    void connectAndWait(MainWindow& window, const Profile& p, QStringList& scopes) {
        connect(window.authPrompts(), &AuthPromptController::promptOpened, this,
                [&scopes](CredentialPrompt* prompt) { scopes << prompt->request().scope; });
        window.connectTo(p);
        QTRY_VERIFY2_WITH_TIMEOUT(window.session() && !window.session()->mesosStore()->agents().isEmpty(),
                                  "the masters answering with the profile's credentials", 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(window.session()->marathonSource()->isLive(),
                                  "Marathon answering with the profile's credentials", 30000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY2(m_devcluster.start(1, 1, TestSecrets::devclusterArguments()), "the devcluster with --auth");
    }
    void cleanupTestCase() {
        for (const Profile& p : std::as_const(m_saved)) {
            for (Profile::Endpoint e : {Profile::Endpoint::Masters, Profile::Endpoint::Agents,
                                        Profile::Endpoint::Marathon, Profile::Endpoint::ZooKeeper})
                TestKeychain::keep(p.secretKey(e), {});
        }
        QSettings().clear();
    }

    void basicProfileSignsInWithoutAPrompt() {
        ProfileStore store;
        Profile p = profile(QStringLiteral("basic"));
        p.masters = p.agents = p.marathon = {Profile::Auth::Kind::Basic, TestSecrets::User};
        QVERIFY(save(store, p,
                     {{Profile::Endpoint::Masters, TestSecrets::Password},
                      {Profile::Endpoint::Agents, TestSecrets::Password},
                      {Profile::Endpoint::Marathon, TestSecrets::Password}}));
        MainWindow window;
        window.setProfileStore(&store);
        window.resize(1024, 700);
        window.show();
        QStringList scopes;
        connectAndWait(window, p, scopes);
        QCOMPARE(groupPrompts(scopes, QStringLiteral("masters")), 0);
        QCOMPARE(groupPrompts(scopes, QStringLiteral("marathon")), 0);
        // The agents the masters list get the agents' credential (sandbox logs), others none.
        const MesosAgentPtr agent = *window.session()->mesosStore()->agents().cbegin();
        QVERIFY(
            window.session()->authBroker()->hasCredential(AgentState::agentUrl(agent->hostname, agent->pid)));
        QVERIFY(
            !window.session()->authBroker()->hasCredential(QUrl(QStringLiteral("http://198.51.100.7:5050"))));
        QVERIFY(!window.windowTitle().contains(TestSecrets::Password));
    }

    void tokenProfileSignsIn() {
        ProfileStore store;
        Profile p = profile(QStringLiteral("token"));
        p.masters = p.marathon = {Profile::Auth::Kind::Token, {}};
        QVERIFY(save(store, p,
                     {{Profile::Endpoint::Masters, TestSecrets::Token},
                      {Profile::Endpoint::Marathon, TestSecrets::Token}}));
        MainWindow window;
        window.setProfileStore(&store);
        window.show();
        QStringList scopes;
        connectAndWait(window, p, scopes);
        QCOMPARE(groupPrompts(scopes, QStringLiteral("masters")), 0);
        QCOMPARE(groupPrompts(scopes, QStringLiteral("marathon")), 0);
    }

    void wrongStoredPasswordAsksOnce() {
        ProfileStore store;
        Profile p = profile(QStringLiteral("wrong"));
        p.masters = p.marathon = {Profile::Auth::Kind::Basic, TestSecrets::User};
        QVERIFY(save(store, p,
                     {{Profile::Endpoint::Masters, TestSecrets::WrongPassword},
                      {Profile::Endpoint::Marathon, TestSecrets::Password}}));
        MainWindow window;
        window.setProfileStore(&store);
        window.show();
        QStringList scopes;
        connect(window.authPrompts(), &AuthPromptController::promptOpened, this,
                [&scopes](CredentialPrompt* prompt) { scopes << prompt->request().scope; });
        window.connectTo(p);
        QTRY_VERIFY2_WITH_TIMEOUT(groupPrompts(scopes, QStringLiteral("masters")) == 1,
                                  "the masters refusing the stored password and asking", 30000);
        CredentialPrompt* prompt = nullptr;
        for (CredentialPrompt* open : window.authPrompts()->openPrompts())
            if (open->request().scope == QLatin1String("masters"))
                prompt = open;
        QVERIFY(prompt);
        QVERIFY2(prompt->errorLabel()->text().contains(QLatin1String("refused")),
                 qPrintable(prompt->errorLabel()->text()));
        QCOMPARE(prompt->userEdit()->text(), TestSecrets::User);
        QVERIFY(prompt->secretEdit()->text().isEmpty());
        // Every other request of the masters waits for this answer instead of asking again.
        QTRY_VERIFY2_WITH_TIMEOUT(window.session()->authBroker()->parkedCount(QStringLiteral("masters")) >= 1,
                                  "the masters' requests waiting for the prompt", 20000);
        QCOMPARE(groupPrompts(scopes, QStringLiteral("masters")), 1);
        QTest::keyClicks(prompt->secretEdit(), TestSecrets::Password);
        QTest::keyClick(prompt->secretEdit(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(),
                                  "the masters answering after the right password", 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->marathonSource()->isLive(), 30000);
        QCOMPARE(groupPrompts(scopes, QStringLiteral("masters")), 1); // no loop of dialogs
        QCOMPARE(groupPrompts(scopes, QStringLiteral("marathon")), 0);
    }

    void caFileProfileTrustsTls() {
        DevClusterProcess tls;
        QVERIFY2(tls.start(1, 1, {QStringLiteral("--tls")}), "the devcluster with --tls");
        QVERIFY2(!tls.caFile().isEmpty() && QFile::exists(tls.caFile()), "the ready line naming its CA file");
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("tls");
        p.masterUrls = {tls.ready().value(QLatin1String("masters")).toArray().at(0).toString()};
        p.tls.caFile = tls.caFile();
        QVERIFY(p.masterUrls.first().startsWith(QLatin1String("https://")));
        QVERIFY(save(store, p, {}));
        Settings::TlsCaFile.reset();
        Settings::TlsPinnedCertificates.reset();
        MainWindow window;
        window.setProfileStore(&store);
        window.show();
        QSignalSpy refused(window.certificatePrompt(), &CertificatePrompt::refused);
        window.connectTo(p);
        QTRY_VERIFY2_WITH_TIMEOUT(window.session() && !window.session()->mesosStore()->agents().isEmpty(),
                                  "the TLS master answering through the profile's CA", 30000);
        QVERIFY(!window.certificatePrompt()->openDialog());
        QCOMPARE(refused.count(), 0);
        QVERIFY(store.byId(p.id)->tls.pinned.isEmpty()); // trusted by the CA, nothing pinned
        QVERIFY(Settings::TlsPinnedCertificates.get().isEmpty());
    }

    // The connection test reads the saved profile's secrets, says which it has, and signs in with
    // them; a password typed and not saved wins (and a wrong one says so).
    void connectionTestSignsIn() {
        QSettings().clear(); // only this test's profiles
        ProfileStore store;
        Profile p = profile(QStringLiteral("tested"));
        p.masters = p.marathon = {Profile::Auth::Kind::Basic, TestSecrets::User};
        QVERIFY(save(store, p,
                     {{Profile::Endpoint::Masters, TestSecrets::Password},
                      {Profile::Endpoint::Marathon, TestSecrets::Password}}));
        ProfilesDialog dialog(&store);
        dialog.select(p.id);
        dialog.resize(1024, 700);
        dialog.show();
        ProfileTestView* view = dialog.testView();
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!view->isRunning(), "the connection test finishing", 20000);
        const QString credentials = view->stepText(ClusterProbe::Step::Keychain);
        QVERIFY2(credentials.startsWith(QStringLiteral("✔")) &&
                     credentials.contains(QLatin1String("masters")) &&
                     credentials.contains(QLatin1String("Marathon")),
                 qPrintable(credentials));
        for (ClusterProbe::Step step : {ClusterProbe::Step::ZooKeeper, ClusterProbe::Step::Leader})
            QVERIFY2(view->stepText(step).startsWith(QStringLiteral("✔")), qPrintable(view->stepText(step)));
        for (ClusterProbe::Step step : {ClusterProbe::Step::Mesos, ClusterProbe::Step::Marathon}) {
            const QString text = view->stepText(step);
            QVERIFY2(text.startsWith(QStringLiteral("✔")) &&
                         text.contains(QLatin1String("signed in as alice")),
                     qPrintable(text));
        }
        shoot(&dialog, QStringLiteral("test-ok-1024"));
        dialog.resize(1600, 1000);
        shoot(&dialog, QStringLiteral("test-ok-1600"));
        dialog.resize(1024, 700);

        // A wrong password typed (not saved): the masters refuse it, with their realm.
        dialog.tabs()->setCurrentIndex(1);
        auto* secret = dialog.authEditor(Profile::Endpoint::Masters)
                           ->findChild<QLineEdit*>(QStringLiteral("authSecret"));
        QVERIFY(secret);
        QTest::keyClicks(secret, TestSecrets::WrongPassword);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!view->isRunning(), "the connection test with the typed password", 20000);
        const QString mesos = view->stepText(ClusterProbe::Step::Mesos);
        QVERIFY2(mesos.startsWith(QStringLiteral("✘")) &&
                     mesos.contains(QLatin1String("Authentication failed")) &&
                     mesos.contains(QLatin1String("refused \"alice\"")) &&
                     mesos.contains(QLatin1String("mesos-master-readonly")),
                 qPrintable(mesos));
        QVERIFY(!mesos.contains(TestSecrets::WrongPassword));
        QVERIFY(view->stepText(ClusterProbe::Step::Marathon).contains(QLatin1String("not tried")));
        QCOMPARE(store.byId(p.id)->masters.user, TestSecrets::User); // testing saved nothing
        dialog.tabs()->setCurrentIndex(0);
        shoot(&dialog, QStringLiteral("test-refused-1024"));
    }

    // The fleet home's rows: connected with the stored secret, "authentication needed" without,
    // "authentication failed" with a wrong one; shot in English and German at both sizes.
    void fleetHomeRowsSignIn_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
    }
    void fleetHomeRowsSignIn() {
        QFETCH(QString, lang);
        const ScopedLanguage language(lang);
        QVERIFY(language.isLoaded(lang));
        QSettings().clear(); // only this test's rows
        ProfileStore store;
        const Profile::Auth basic{Profile::Auth::Kind::Basic, TestSecrets::User};
        Profile good = profile(QStringLiteral("signed in"));
        good.masters = good.marathon = basic;
        QVERIFY(save(store, good,
                     {{Profile::Endpoint::Masters, TestSecrets::Password},
                      {Profile::Endpoint::Marathon, TestSecrets::Password}}));
        Profile missing = profile(QStringLiteral("nothing stored"));
        missing.masters = missing.marathon = basic;
        QVERIFY(save(store, missing, {}));
        Profile wrong = profile(QStringLiteral("wrong password"));
        wrong.masters = wrong.marathon = basic;
        QVERIFY(save(store, wrong,
                     {{Profile::Endpoint::Masters, TestSecrets::WrongPassword},
                      {Profile::Endpoint::Marathon, TestSecrets::WrongPassword}}));
        FleetHome home(&store);
        home.resize(1024, 700);
        home.show();
        FleetModel* model = home.model();
        auto stateOf = [&](const Profile& p) { return model->status(model->rowOf(p.id)).state; };
        QTRY_VERIFY2_WITH_TIMEOUT(stateOf(good) == FleetStatus::State::Connected &&
                                      stateOf(missing) == FleetStatus::State::AuthNeeded &&
                                      stateOf(wrong) == FleetStatus::State::AuthFailed,
                                  "the rows connected, authentication needed, authentication failed", 30000);
        const QString failed =
            model->data(model->index(model->rowOf(wrong.id), FleetModel::StateColumn)).toString();
        QVERIFY2(failed.contains(QLatin1String("mesos-master-readonly")), qPrintable(failed));
        QVERIFY(!failed.contains(TestSecrets::WrongPassword));
        // The selected row's reason in full under the table; a row without one shows none.
        QTableView* view = home.view();
        auto select = [&](const Profile& p) {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                if (view->model()->index(r, 0).data(FleetModel::ProfileIdRole).toString() == p.id)
                    view->selectRow(r);
            }
        };
        select(good);
        QVERIFY(home.detailLabel()->isHidden());
        select(wrong);
        QVERIFY(home.detailLabel()->isVisible());
        QVERIFY2(home.detailLabel()->text().contains(QLatin1String("mesos-master-readonly")),
                 qPrintable(home.detailLabel()->text()));
        const QString suffix = lang.isEmpty() ? QStringLiteral("en") : lang;
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            home.resize(size);
            QTRY_VERIFY_WITH_TIMEOUT(home.width() == size.width(), 5000);
            shoot(&home, QStringLiteral("fleet-%1-%2").arg(size.width()).arg(suffix));
        }
    }

    void zooKeeperDigestReadsAProtectedNode() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString node = TestEnvironment::uniqueZnodePath(QStringLiteral("digest"));
        QString error;
        QVERIFY2(DigestZnode::create(hosts, TestSecrets::User, TestSecrets::ZkPassword, node,
                                     "only for the digest", {}, &error),
                 qPrintable(error));
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("digest");
        p.zkUrl = QStringLiteral("zk://%1%2/mesos").arg(hosts, node);
        p.zooKeeper = {Profile::Auth::Kind::Basic, TestSecrets::User};
        QVERIFY(save(store, p, {{Profile::Endpoint::ZooKeeper, TestSecrets::ZkPassword}}));
        Profile without = p;
        without.id.clear();
        without.name = QStringLiteral("digest, nothing stored");
        QVERIFY(save(store, without, {}));

        auto read = [&](const Profile& profile) {
            MainWindow window;
            window.setProfileStore(&store);
            window.connectTo(profile);
            int rc = 1;
            QByteArray data;
            if (!TestEnvironment::waitUntil(
                    [&] {
                        return window.session() && window.session()->zooKeeper() &&
                               window.session()->zooKeeper()->state() == ZkSession::State::Connected;
                    },
                    20000))
                return qMakePair(rc, data);
            window.session()->zooKeeper()->getData(node, false, [&](int r, const QByteArray& d) {
                rc = r;
                data = d;
            });
            TestEnvironment::waitUntil([&] { return rc != 1; }, 20000);
            if (window.windowTitle().contains(TestSecrets::ZkPassword))
                rc = 2; // never shown
            return qMakePair(rc, data);
        };
        const auto withDigest = read(p);
        QCOMPARE(withDigest.first, int(ZOK));
        QCOMPARE(withDigest.second, QByteArray("only for the digest"));
        QCOMPARE(read(without).first, int(ZNOAUTH)); // the node is really closed to others
    }
};

QTEST_MAIN(TestProfileAuthGui)
#include "tst_profile_auth_gui.moc"
