// Signing in through the real MainWindow against the devcluster with --auth: the first 401s ask
// (one prompt per group of hosts, naming host and realm), a wrong password is asked again with
// the reason, the right one lets the masters and Marathon answer; a password that stops working
// while the operator fills in New App asks in place and the draft is created once signed in;
// the read-only user's action is refused with the reason and the actions are disabled; without a
// keychain the prompt says so and offers this run only. Screenshots with MESOSDESK_SCREENSHOTS.
#include "AppEditorDialog.h"
#include "AuthPromptController.h"
#include "ConnectionDialog.h"
#include "CredentialPrompt.h"
#include "DevClusterProcess.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "TestEnvironment.h"
#include "TestSecrets.h"
#include "UnavailableKeychain.h"
#include "auth/AuthBroker.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "credentials/MemoryCredentialStore.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

namespace {
QString shotDir() {
    return qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
}

CredentialPrompt* promptFor(MainWindow& window, const QString& scope) {
    for (CredentialPrompt* prompt : window.authPrompts()->openPrompts())
        if (prompt->request().scope == scope)
            return prompt;
    return nullptr;
}

// Who is asking, and where Marathon is: what a wait for a prompt says when it is not there.
QString asking(MainWindow& window) {
    QStringList scopes;
    for (CredentialPrompt* prompt : window.authPrompts()->openPrompts())
        scopes << prompt->request().scope;
    const QString marathon =
        window.session() ? window.session()->marathonSource()->marathonUrl().toString() : QString();
    return QStringLiteral("open prompts: [%1]; Marathon at %2").arg(scopes.join(u','), marathon);
}

void signIn(CredentialPrompt* prompt, const QString& user, const QString& password) {
    prompt->userEdit()->clear();
    QTest::keyClicks(prompt->userEdit(), user);
    prompt->secretEdit()->clear();
    QTest::keyClicks(prompt->secretEdit(), password);
    QTest::keyClick(prompt->secretEdit(), Qt::Key_Return);
}
} // namespace

class TestAuthGui : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;

    void shot(QWidget* widget, const QString& name) {
        if (shotDir().isEmpty())
            return;
        QVERIFY(widget->grab().save(shotDir() + QStringLiteral("/auth_") + name + QStringLiteral(".png")));
    }
    static void showWindow(MainWindow& window, CredentialStore* keychain, QSize size) {
        window.authPrompts()->setKeychain(keychain);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    // New App on the Marathon tab, with an id and a command typed in.
    static AppEditorDialog* startNewApp(MainWindow& window, const QString& id) {
        MarathonPanel* panel = window.marathonPanel();
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(panel);
        if (!panel->newAppAction()->isEnabled())
            return nullptr;
        panel->newAppAction()->trigger();
        AppEditorDialog* editor = panel->editor();
        if (!editor || !QTest::qWaitForWindowExposed(editor))
            return nullptr;
        editor->idEdit()->clear();
        QTest::keyClicks(editor->idEdit(), id);
        QTest::keyClicks(editor->cmdEdit(), QStringLiteral("exec sleep 600"));
        return editor;
    }
    // Connects and signs in to the masters and Marathon as user; returns once Marathon is live.
    void connectAndSignIn(MainWindow& window, const QString& user, const QString& password) {
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        for (const QString& scope : {QStringLiteral("masters"), QStringLiteral("marathon")}) {
            QTRY_VERIFY2_WITH_TIMEOUT(promptFor(window, scope),
                                      qPrintable(scope + QStringLiteral(" prompt; ") + asking(window)),
                                      20000);
            signIn(promptFor(window, scope), user, password);
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->marathonSource()->isLive(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 20000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 1, TestSecrets::devclusterArguments()));
    }
    void init() {
        Settings::MarathonNewAppDraft.reset();
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
    }

    void wrongThenRightPassword() {
        MainWindow window;
        showWindow(window, new MemoryCredentialStore, QSize(1024, 700));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(promptFor(window, QStringLiteral("masters")), 20000);
        CredentialPrompt* prompt = promptFor(window, QStringLiteral("masters"));
        QVERIFY(prompt->isVisible());
        QVERIFY(!prompt->windowTitle().contains(TestSecrets::Password));
        const QString intro = prompt->findChild<QLabel*>(QStringLiteral("credentialIntro"))->text();
        QVERIFY2(intro.contains(QStringLiteral("mesos-master-readonly")) ||
                     intro.contains(QStringLiteral("mesos-master-readwrite")),
                 qPrintable(intro));
        QVERIFY2(intro.contains(QStringLiteral("127.0.0.1:")), qPrintable(intro));
        QVERIFY(!prompt->errorLabel()->isVisible());
        QCOMPARE(prompt->rememberBox()->text(), QStringLiteral("Remember in the keychain"));
        shot(prompt, QStringLiteral("prompt"));
        signIn(prompt, TestSecrets::User, TestSecrets::WrongPassword);
        // Asked again, with why, the user kept and the password not.
        QTRY_VERIFY_WITH_TIMEOUT(promptFor(window, QStringLiteral("masters")) &&
                                     promptFor(window, QStringLiteral("masters"))->errorLabel()->isVisible(),
                                 20000);
        prompt = promptFor(window, QStringLiteral("masters"));
        QVERIFY2(prompt->errorLabel()->text().contains(QStringLiteral("refused")),
                 qPrintable(prompt->errorLabel()->text()));
        QVERIFY(!prompt->errorLabel()->text().contains(TestSecrets::WrongPassword));
        QCOMPARE(prompt->userEdit()->text(), TestSecrets::User);
        QVERIFY(prompt->secretEdit()->text().isEmpty());
        int mastersPrompts = 0;
        for (CredentialPrompt* open : window.authPrompts()->openPrompts())
            mastersPrompts += open->request().scope == QLatin1String("masters");
        QCOMPARE(mastersPrompts, 1); // one at a time, never a pile of dialogs
        shot(prompt, QStringLiteral("prompt_refused"));
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            window.resize(size);
            shot(&window, QStringLiteral("window_prompt_%1").arg(size.width()));
        }
        prompt->rememberBox()->setChecked(true);
        signIn(prompt, TestSecrets::User, TestSecrets::Password);
        QTRY_VERIFY2_WITH_TIMEOUT(promptFor(window, QStringLiteral("marathon")), qPrintable(asking(window)),
                                  20000);
        signIn(promptFor(window, QStringLiteral("marathon")), TestSecrets::User, TestSecrets::Password);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->marathonSource()->isLive(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 20000);
        // The last prompt closes once its retried request is answered; what is still open says who asks.
        auto openScopes = [&] {
            QStringList scopes;
            for (CredentialPrompt* open : window.authPrompts()->openPrompts())
                scopes << open->request().scope;
            return scopes;
        };
        // Known gap (noted on #13): on a loaded machine a Marathon instance can be reached through the
        // framework list before the connection names it, and asks as a host outside the connection
        // (its own origin as the scope). The connection's own groups must not be asking any more.
        auto groupsAsking = [&] {
            QStringList groups = openScopes();
            groups.removeIf([](const QString& scope) { return scope.contains(QLatin1String("://")); });
            return groups;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(groupsAsking().isEmpty(), qPrintable(openScopes().join(u',')), 10000);
        if (!openScopes().isEmpty())
            qWarning("a host outside the connection still asks: %s", qPrintable(openScopes().join(u',')));
        // Remembered (here: the test's keychain), so a reconnect does not ask for the masters.
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY2_WITH_TIMEOUT(promptFor(window, QStringLiteral("marathon")), qPrintable(asking(window)),
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 20000);
        QVERIFY(!promptFor(window, QStringLiteral("masters")));
    }

    void newAppDraftSurvivesASignIn() {
        MainWindow window;
        showWindow(window, new MemoryCredentialStore, QSize(1400, 860));
        connectAndSignIn(window, TestSecrets::User, TestSecrets::Password);
        MarathonPanel* panel = window.marathonPanel();
        AppEditorDialog* editor = startNewApp(window, QStringLiteral("/auth/draft"));
        QVERIFY(editor);
        // Meanwhile the password stops working (changed, or an expired token): the next call is refused.
        window.session()->authBroker()->setCredential(
            Profile::Endpoint::Marathon,
            {HttpCredential::Kind::Basic, TestSecrets::User, TestSecrets::WrongPassword});
        QSignalSpy finished(panel, &MarathonPanel::actionFinished);
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(promptFor(window, QStringLiteral("marathon")), qPrintable(asking(window)),
                                  20000);
        CredentialPrompt* prompt = promptFor(window, QStringLiteral("marathon"));
        QVERIFY(prompt->request().realm == QLatin1String("Mesosphere"));
        QCOMPARE(panel->editor(), editor); // the draft is still open, as typed
        QCOMPARE(editor->idEdit()->text(), QStringLiteral("/auth/draft"));
        QCOMPARE(finished.count(), 0);
        signIn(prompt, TestSecrets::User, TestSecrets::Password);
        // The POST that was refused is sent again, and the app is created from the draft.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->editor(), 20000);
        QCOMPARE(finished.count(), 1);
        auto created = [&] {
            const QList<MarathonApp>& apps = window.session()->marathonSource()->apps();
            return std::any_of(apps.begin(), apps.end(),
                               [](const MarathonApp& app) { return app.id == QLatin1String("/auth/draft"); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(created(), 20000);
    }

    void readOnlyUserDisablesActions() {
        MainWindow window;
        showWindow(window, new MemoryCredentialStore, QSize(1024, 700));
        connectAndSignIn(window, TestSecrets::ReadOnlyUser, TestSecrets::ReadOnlyPassword);
        MarathonPanel* panel = window.marathonPanel();
        QVERIFY(!panel->isReadOnly());
        AppEditorDialog* editor = startNewApp(window, QStringLiteral("/auth/readonly"));
        QVERIFY(editor);
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReadOnly(), 20000);
        const QString why = panel->readOnlyLabel()->text();
        QVERIFY2(why.contains(QStringLiteral("Read-only credentials")) &&
                     why.contains(TestSecrets::ReadOnlyUser) && why.contains(QStringLiteral("Mesosphere")),
                 qPrintable(why));
        QVERIFY(panel->readOnlyLabel()->isVisible());
        shot(&window, QStringLiteral("readonly_1024"));
    }

    void urlPasswordMovesToTheKeychain() {
        MainWindow window;
        auto* keychain = new MemoryCredentialStore;
        showWindow(window, keychain, QSize(1024, 700));
        auto stored = [keychain](const QString& key) {
            QString secret;
            bool done = false;
            keychain->read(key, [&](bool, const QString& value, const QString&) {
                secret = value;
                done = true;
            });
            TestEnvironment::waitUntil([&] { return done; }, 5000);
            return secret;
        };
        // https://user:pw@master: the masters' Basic credential, no prompt, nothing shown or kept.
        const QUrl master(m_devcluster.ready().value(QLatin1String("masters")).toArray().at(0).toString());
        const QString typed = QStringLiteral("http://%1:%2@%3")
                                  .arg(TestSecrets::User, TestSecrets::Password, master.authority());
        window.connectTo(ConnectionTarget::parse(typed));
        const QString shown = window.session()->target().toDisplayString();
        QCOMPARE(shown, QStringLiteral("http://%1@%2").arg(TestSecrets::User, master.authority()));
        ConnectionDialog::remember(window.session()->target());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 20000);
        QVERIFY(!promptFor(window, QStringLiteral("masters")));
        QCOMPARE(stored(CredentialStore::keyFor(shown)), TestSecrets::Password);
        QVERIFY(!Settings::RecentConnections.get().join(u' ').contains(TestSecrets::Password));
        QVERIFY(Settings::RecentConnections.get().contains(shown));
        Settings::RecentConnections.reset(); // the other tests' recent list stays theirs
        QVERIFY(!window.windowTitle().contains(TestSecrets::Password));
        // The recent URL (no password) signs in with the keychain's.
        window.connectTo(ConnectionTarget::parse(shown));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.session() && window.session()->target().password() == TestSecrets::Password, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 20000);
        QVERIFY(!promptFor(window, QStringLiteral("masters")));

        // zk://user:pw@...: the digest password goes the same way.
        const QString zk = m_devcluster.zkUrl();
        const QString zkTyped = QString(zk).replace(
            QStringLiteral("zk://"),
            QStringLiteral("zk://%1:%2@").arg(TestSecrets::User, TestSecrets::ZkPassword));
        window.connectTo(ConnectionTarget::parse(zkTyped));
        const QString zkShown = window.session()->target().toDisplayString();
        QVERIFY(!zkShown.contains(TestSecrets::ZkPassword));
        QCOMPARE(stored(CredentialStore::keyFor(zkShown)), TestSecrets::ZkPassword);
        window.connectTo(ConnectionTarget::parse(zkShown));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.session() && window.session()->target().password() == TestSecrets::ZkPassword, 10000);
    }

    // Every text of the prompt at once (refused, outside host, no keychain), English and German:
    // each label gets the height its wrapped text needs, and the dialog fits in 1024x700.
    void promptFits_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
    }
    void promptFits() {
        QFETCH(QString, lang);
        QTranslator translator;
        if (!lang.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/mesosdesk_%1.qm").arg(lang)));
            QCoreApplication::installTranslator(&translator);
        }
        AuthBroker::Request request;
        request.scope = QStringLiteral("http://marathon-standby-eu-west-1.example.internal:8080");
        request.host = QStringLiteral("marathon-standby-eu-west-1.example.internal:8080");
        request.realm = QStringLiteral("mesos-master-readwrite");
        request.trusted = false;
        request.user = TestSecrets::User;
        request.error = QStringLiteral("%1 refused \"%2\" (realm \"%3\").")
                            .arg(request.host, request.user, request.realm);
        CredentialPrompt prompt(request);
        prompt.setKeychainProblem(
            QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"));
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        QTRY_VERIFY_WITH_TIMEOUT(prompt.errorLabel()->height() >=
                                     prompt.errorLabel()->heightForWidth(prompt.errorLabel()->width()),
                                 5000);
        for (QLabel* label : prompt.findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->wordWrap())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->objectName() + u' ' + label->text()));
        }
        QVERIFY(prompt.width() <= 1024 && prompt.height() <= 700);
        QVERIFY(!prompt.windowTitle().contains(TestSecrets::Password));
        shot(&prompt, QStringLiteral("prompt_all_") + (lang.isEmpty() ? QStringLiteral("en") : lang));
        QCoreApplication::removeTranslator(&translator);
    }

    void noKeychainOffersThisRun() {
        MainWindow window;
        showWindow(window, new UnavailableKeychain, QSize(1024, 700));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(promptFor(window, QStringLiteral("masters")), 20000);
        CredentialPrompt* prompt = promptFor(window, QStringLiteral("masters"));
        QCOMPARE(prompt->rememberBox()->text(), QStringLiteral("Keep in memory for this run"));
        QVERIFY(prompt->keychainLabel()->isVisible());
        QVERIFY2(prompt->keychainLabel()->text().contains(QStringLiteral("No Secret Service")),
                 qPrintable(prompt->keychainLabel()->text()));
        shot(prompt, QStringLiteral("prompt_nokeychain"));
        prompt->rememberBox()->setChecked(true);
        signIn(prompt, TestSecrets::User, TestSecrets::Password);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 20000);
        // Kept for this run: the next session of this window signs in to the masters by itself.
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 20000);
        QVERIFY(!promptFor(window, QStringLiteral("masters")));
        // Cancel stops asking; the File menu's Sign In Again asks again.
        QTRY_VERIFY2_WITH_TIMEOUT(promptFor(window, QStringLiteral("marathon")), qPrintable(asking(window)),
                                  20000);
        QVERIFY(!window.authPrompts()->signInAgainAction()->isEnabled());
        promptFor(window, QStringLiteral("marathon"))->reject();
        QTRY_VERIFY_WITH_TIMEOUT(window.authPrompts()->signInAgainAction()->isEnabled(), 10000);
        // Marathon's polls go on, refused: none of them may ask again. A round has begun only when
        // the one before it is over, so two more begun means one more answered whole.
        MarathonSource* marathon = window.session()->marathonSource();
        const int roundsAtCancel = marathon->fullRefreshCount();
        QTRY_VERIFY2_WITH_TIMEOUT(marathon->fullRefreshCount() >= roundsAtCancel + 2,
                                  "two more of Marathon's poll rounds after the cancel", 30000);
        QVERIFY(!promptFor(window, QStringLiteral("marathon")));
        window.authPrompts()->signInAgainAction()->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(promptFor(window, QStringLiteral("marathon")), qPrintable(asking(window)),
                                  20000);
    }
};

QTEST_MAIN(TestAuthGui)
#include "tst_auth_gui.moc"
