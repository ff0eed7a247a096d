// The profiles dialog, the fleet home and the windows per profile, offscreen, against the
// devcluster: add/edit/duplicate/delete through the real dialog, the connection test's steps as
// they complete, "Save as profile" from the quick dialog, one window per profile, the read-only
// switch of the profile in the File menu. Screenshots go to $MESOSDESK_SCREENSHOT_DIR.
#include "ClusterWindows.h"
#include "ConfirmDialog.h"
#include "ConnectionDialog.h"
#include "DevClusterProcess.h"
#include "EndpointAuthEditor.h"
#include "FleetHome.h"
#include "FleetModel.h"
#include "LayoutAudit.h"
#include "MainWindow.h"
#include "ProfileTestView.h"
#include "ProfileTlsEditor.h"
#include "ProfilesDialog.h"
#include "ScopedLanguage.h"
#include "TestEnvironment.h"
#include "TestSecrets.h"
#include "UnavailableKeychain.h"
#include "connections/ProfileStore.h"
#include "core/ClusterLeader.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "credentials/KeychainCredentialStore.h"
#include "fleet/FleetProber.h"
#include "marathon/MarathonSource.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

namespace {
void shoot(QWidget* widget, const QString& name) {
    if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/profiles-%2.png").arg(dir, name));
}

// What the real keychain holds under key (empty when nothing).
QString keychainSecret(const QString& key) {
    KeychainCredentialStore keychain;
    QString secret;
    bool done = false;
    keychain.read(key, [&](bool, const QString& value, const QString&) {
        secret = value;
        done = true;
    });
    TestEnvironment::waitUntil([&] { return done; }, 15000);
    return secret;
}

// Alt+letter clashes among what root shows now: buttons, tab titles, group titles and the labels
// that lead to a field ('&' marks the letter, "&&" is a plain '&').
QStringList mnemonicClashes(QWidget* root) {
    QMap<QChar, QStringList> byKey;
    auto add = [&](const QString& text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) != u'&') {
                byKey[text.at(i + 1).toLower()] << text;
                return;
            }
            ++i;
        }
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text());
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            add(group->title());
        else if (auto* bar = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i));
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("Alt+%1: %2")
                           .arg(it.key().toUpper(), it.value().join(QStringLiteral(" / ")));
    }
    return clashes;
}

// A CA certificate in PEM, made with openssl like the devcluster's.
QString makeCaFile(const QString& dir) {
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=Profiles test CA"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                   QStringLiteral("-out"), QStringLiteral("ca.pem")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    return dir + QStringLiteral("/ca.pem");
}
} // namespace

class TestProfilesGui : public QObject {
    Q_OBJECT
private:
    DevClusterProcess m_devcluster;

    void type(QLineEdit* edit, const QString& text) {
        edit->selectAll();
        if (text.isEmpty())
            edit->clear();
        QTest::keyClicks(edit, text);
    }
    QStringList names(ProfilesDialog& dialog) {
        QStringList list;
        for (int i = 0; i < dialog.list()->count(); ++i)
            list << dialog.list()->item(i)->text();
        return list;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY2(m_devcluster.start(2, 1), "the devcluster starting");
    }
    void init() {
        QSettings().clear();
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
    }
    void cleanupTestCase() { QSettings().clear(); }

    void addEditDuplicateDelete() {
        ProfileStore store;
        ProfilesDialog dialog(&store);
        dialog.resize(1024, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Empty: a new profile waits to be filled in, and says what it needs.
        QCOMPARE(names(dialog), QStringList{QStringLiteral("(new profile)")});
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());

        type(dialog.nameEdit(), QStringLiteral("staging"));
        type(dialog.zkEdit(), QStringLiteral("zk//127.0.0.1:2181/mesos"));
        QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("zk://")),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.zkEdit()->text(), QStringLiteral("zk//127.0.0.1:2181/mesos")); // kept as typed
        shoot(&dialog, QStringLiteral("dialog-error"));
        type(dialog.zkEdit(), m_devcluster.zkUrl());
        QCOMPARE(dialog.errorLabel()->text(), QString());
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(ProfileStore().byName(QStringLiteral("staging"))->zkUrl, m_devcluster.zkUrl());
        QCOMPARE(names(dialog), QStringList{QStringLiteral("staging")});
        QVERIFY(!dialog.saveButton()->isEnabled()); // nothing left to save

        // Edit: read-only on, saved.
        dialog.readOnlyBox()->setChecked(true);
        QVERIFY(dialog.isDirty());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(ProfileStore().byName(QStringLiteral("staging"))->readOnly);

        // Duplicate, then leave a changed copy: asked, and "stay" keeps what was typed.
        QTest::mouseClick(dialog.duplicateButton(), Qt::LeftButton);
        QCOMPARE(names(dialog), (QStringList{QStringLiteral("staging"), QStringLiteral("staging (copy)")}));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("staging (copy)"));
        QVERIFY(dialog.readOnlyBox()->isChecked());
        type(dialog.nameEdit(), QStringLiteral("staging b"));
        ConfirmDialog::setNextAnswer(false);
        dialog.list()->setCurrentRow(0);
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("staging b"));
        QCOMPARE(dialog.list()->currentRow(), 1);
        // A name already taken is refused at the field.
        type(dialog.nameEdit(), QStringLiteral("Staging"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorLabel()->text().contains(QLatin1String("staging")));
        type(dialog.nameEdit(), QStringLiteral("staging b"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(ProfileStore().profiles().size(), 2);
        QVERIFY(ProfileStore().byName(QStringLiteral("staging b")));

        // Delete: confirmed through ConfirmDialog; refused keeps it.
        ConfirmDialog::setNextAnswer(false);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("staging b")));
        QCOMPARE(store.profiles().size(), 2);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QCOMPARE(ProfileStore().profiles().size(), 1);
        QCOMPARE(names(dialog), QStringList{QStringLiteral("staging")});
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("staging"));
        const QStringList problems = LayoutAudit::problems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every new field through the real dialog: auth per endpoint (a URL's password moved out of it),
    // TLS; the secrets land in the real keychain and never in the settings file's bytes.
    void authAndTlsRoundTrip() {
        QTemporaryDir dir;
        const QString caFile = makeCaFile(dir.path());
        QVERIFY2(!caFile.isEmpty(), "openssl making a CA certificate");
        ProfileStore store;
        Profile pinned;
        pinned.name = QStringLiteral("secure");
        pinned.masterUrls = {QStringLiteral("https://m1:5050")};
        pinned.tls.pinned = {{QStringLiteral("m1:5050"), QString(64, u'a')},
                             {QStringLiteral("m2:5050"), QString(64, u'b')}};
        QVERIFY(store.save(pinned));
        auto dialog = std::make_unique<ProfilesDialog>(&store);
        dialog->resize(1024, 700);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        EndpointAuthEditor* masters = dialog->authEditor(Profile::Endpoint::Masters);
        EndpointAuthEditor* agents = dialog->authEditor(Profile::Endpoint::Agents);
        EndpointAuthEditor* marathon = dialog->authEditor(Profile::Endpoint::Marathon);
        EndpointAuthEditor* zooKeeper = dialog->authEditor(Profile::Endpoint::ZooKeeper);
        QCOMPARE(zooKeeper->kindBox()->count(), 2); // None, Digest

        // A password typed into the ZooKeeper URL leaves the URL when the field is left.
        type(dialog->zkEdit(), QStringLiteral("zk://%1:%2@127.0.0.1:2181/mesos")
                                   .arg(TestSecrets::User, TestSecrets::ZkPassword));
        QCOMPARE(dialog->errorLabel()->text(), QString()); // the store would refuse it; the dialog moves it
        emit dialog->zkEdit()->editingFinished();
        QCOMPARE(dialog->zkEdit()->text(), QStringLiteral("zk://127.0.0.1:2181/mesos"));
        QCOMPARE(zooKeeper->kindBox()->currentText(), QStringLiteral("Digest"));
        QCOMPARE(zooKeeper->userEdit()->text(), TestSecrets::User);
        QCOMPARE(zooKeeper->secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->noteLabel()->isVisible());
        QVERIFY(!dialog->noteLabel()->text().contains(TestSecrets::ZkPassword));

        dialog->tabs()->setCurrentIndex(1);
        masters->kindBox()->setCurrentIndex(masters->kindBox()->findText(QStringLiteral("Basic")));
        QVERIFY(!dialog->saveButton()->isEnabled()); // Basic without a user
        QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("user name")),
                 qPrintable(dialog->errorLabel()->text()));
        type(masters->userEdit(), TestSecrets::User);
        type(masters->secretEdit(), TestSecrets::Password);
        QTest::mouseClick(masters->showButton(), Qt::LeftButton);
        QCOMPARE(masters->secretEdit()->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(masters->showButton(), Qt::LeftButton);
        QCOMPARE(masters->secretEdit()->echoMode(), QLineEdit::Password);
        agents->kindBox()->setCurrentIndex(agents->kindBox()->findText(QStringLiteral("Token")));
        QVERIFY(!agents->userEdit()->isEnabled());
        type(agents->secretEdit(), TestSecrets::Token);
        marathon->kindBox()->setCurrentIndex(marathon->kindBox()->findText(QStringLiteral("Basic")));
        type(marathon->userEdit(), TestSecrets::ReadOnlyUser);
        type(marathon->secretEdit(), TestSecrets::ReadOnlyPassword);
        shoot(dialog.get(), QStringLiteral("dialog-auth-1024"));

        // TLS: a file that is no PEM is refused with the reason, a CA file is taken.
        dialog->tabs()->setCurrentIndex(2);
        ProfileTlsEditor* tls = dialog->tlsEditor();
        type(tls->caFileEdit(), dir.path() + QStringLiteral("/ca.key.missing"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("does not exist")),
                 qPrintable(dialog->errorLabel()->text()));
        type(tls->caFileEdit(), dir.path() + QStringLiteral("/ca.key"));
        QVERIFY2(tls->caStatusLabel()->text().contains(QLatin1String("no PEM certificate")),
                 qPrintable(tls->caStatusLabel()->text()));
        type(tls->caFileEdit(), caFile);
        QVERIFY2(tls->caStatusLabel()->text().contains(QLatin1String("Profiles test CA")),
                 qPrintable(tls->caStatusLabel()->text()));
        QVERIFY(!tls->discoveredHttpsBox()->isChecked());
        tls->discoveredHttpsBox()->click(); // on the TLS tab, which is not the one shown
        QVERIFY(tls->discoveredHttpsBox()->isChecked());
        type(dialog->nameEdit(), QStringLiteral("secure"));
        QCOMPARE(dialog->errorLabel()->text(), QString());
        // The profile's pins, one removed.
        QCOMPARE(tls->pinList()->topLevelItemCount(), 2);
        tls->pinList()->setCurrentItem(tls->pinList()->topLevelItem(1));
        QVERIFY(tls->removePinButton()->isEnabled());
        QTest::mouseClick(tls->removePinButton(), Qt::LeftButton);
        QCOMPARE(tls->pinList()->topLevelItemCount(), 1);
        shoot(dialog.get(), QStringLiteral("dialog-tls-1024"));
        dialog->resize(1600, 1000);
        shoot(dialog.get(), QStringLiteral("dialog-tls-1600"));
        dialog->resize(1024, 700);
        const QStringList problems = LayoutAudit::problems(dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->pendingWrites() == 0, "the keychain taking the secrets", 20000);
        QVERIFY(!dialog->isDirty());
        for (EndpointAuthEditor* editor : {masters, agents, marathon, zooKeeper}) {
            QVERIFY(editor->secretEdit()->text().isEmpty());
            QCOMPARE(editor->secretEdit()->placeholderText(), QStringLiteral("stored in the keychain"));
        }
        const Profile saved = *ProfileStore().byId(pinned.id);
        QCOMPARE(saved.zkUrl, QStringLiteral("zk://127.0.0.1:2181/mesos"));
        QCOMPARE(saved.masters, (Profile::Auth{Profile::Auth::Kind::Basic, TestSecrets::User}));
        QCOMPARE(saved.agents.kind, Profile::Auth::Kind::Token);
        QCOMPARE(saved.marathon, (Profile::Auth{Profile::Auth::Kind::Basic, TestSecrets::ReadOnlyUser}));
        QCOMPARE(saved.zooKeeper, (Profile::Auth{Profile::Auth::Kind::Basic, TestSecrets::User}));
        QCOMPARE(saved.tls.caFile, caFile);
        QCOMPARE(saved.tls.pinned.keys(), QStringList{QStringLiteral("m1:5050")});
        QVERIFY(saved.tls.discoveredHttps);
        QCOMPARE(keychainSecret(saved.secretKey(Profile::Endpoint::Masters)), TestSecrets::Password);
        QCOMPARE(keychainSecret(saved.secretKey(Profile::Endpoint::Agents)), TestSecrets::Token);
        QCOMPARE(keychainSecret(saved.secretKey(Profile::Endpoint::Marathon)), TestSecrets::ReadOnlyPassword);
        QCOMPARE(keychainSecret(saved.secretKey(Profile::Endpoint::ZooKeeper)), TestSecrets::ZkPassword);
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settingsFile.fileName()));
        const QByteArray bytes = settingsFile.readAll();
        QVERIFY(bytes.contains(TestSecrets::ReadOnlyUser.toUtf8())); // it is the file the profile went to
        for (const QString& secret : TestSecrets::all())
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret.left(6)));

        // Opened again: the fields say what the keychain holds, never the secret itself.
        dialog = std::make_unique<ProfilesDialog>(&store);
        dialog->show();
        masters = dialog->authEditor(Profile::Endpoint::Masters);
        QTRY_COMPARE_WITH_TIMEOUT(masters->secretEdit()->placeholderText(),
                                  QStringLiteral("stored in the keychain"), 15000);
        QVERIFY(masters->secretEdit()->text().isEmpty());
        QCOMPARE(masters->userEdit()->text(), TestSecrets::User);
        QCOMPARE(dialog->tlsEditor()->caFileEdit()->text(), caFile);
        QVERIFY(dialog->tlsEditor()->discoveredHttpsBox()->isChecked());
        QVERIFY(!dialog->isDirty());

        // A duplicate signs in as the original: the secrets are copied to its own entries.
        QTest::mouseClick(dialog->duplicateButton(), Qt::LeftButton);
        const QString copyId = dialog->currentId();
        QVERIFY(copyId != saved.id);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->authEditor(Profile::Endpoint::Masters)->stored(),
                                  EndpointAuthEditor::Stored::Stored, 15000);
        const Profile copy = *store.byId(copyId);
        QCOMPARE(keychainSecret(copy.secretKey(Profile::Endpoint::ZooKeeper)), TestSecrets::ZkPassword);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton); // its entries go with it
        QTRY_COMPARE_WITH_TIMEOUT(keychainSecret(copy.secretKey(Profile::Endpoint::ZooKeeper)), QString(),
                                  15000);
        QCOMPARE(dialog->currentId(), saved.id);
        masters = dialog->authEditor(Profile::Endpoint::Masters);

        // None again: its secret leaves the keychain at Save.
        agents = dialog->authEditor(Profile::Endpoint::Agents);
        QTRY_COMPARE_WITH_TIMEOUT(agents->stored(), EndpointAuthEditor::Stored::Stored, 15000);
        agents->kindBox()->setCurrentIndex(0);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(agents->stored(), EndpointAuthEditor::Stored::Missing, 15000);
        QCOMPARE(keychainSecret(saved.secretKey(Profile::Endpoint::Agents)), QString());

        // A keychain that fails: said at the field, what was typed stays, the profile stays unsaved for it.
        dialog->setCredentialStore(new UnavailableKeychain);
        marathon = dialog->authEditor(Profile::Endpoint::Marathon);
        QTRY_VERIFY_WITH_TIMEOUT(marathon->statusLabel()->isHidden() == false, 15000);
        type(marathon->secretEdit(), TestSecrets::Password);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->pendingWrites() == 0, "the failing keychain answering", 15000);
        QVERIFY2(marathon->statusLabel()->text().contains(QLatin1String("No Secret Service")),
                 qPrintable(marathon->statusLabel()->text()));
        QCOMPARE(marathon->secretEdit()->text(), TestSecrets::Password);
        QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("did not take")),
                 qPrintable(dialog->errorLabel()->text())); // seen from every tab
        QVERIFY(!dialog->errorLabel()->text().contains(TestSecrets::Password));
        QVERIFY(dialog->isDirty());
        QCOMPARE(keychainSecret(saved.secretKey(Profile::Endpoint::Marathon)), TestSecrets::ReadOnlyPassword);
        shoot(dialog.get(), QStringLiteral("dialog-keychain-error"));
        for (Profile::Endpoint endpoint :
             {Profile::Endpoint::Masters, Profile::Endpoint::Marathon, Profile::Endpoint::ZooKeeper}) {
            KeychainCredentialStore keychain;
            bool done = false;
            keychain.remove(saved.secretKey(endpoint), [&](const QString&) { done = true; });
            TestEnvironment::waitUntil([&] { return done; }, 15000);
        }
    }

    // Each tab with everything shown (a keychain error, the CA file's reason, pins), English and
    // German, fits at 1024x700 and is shot there and at 1600x1000.
    void dialogFits_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
    }
    void dialogFits() {
        QFETCH(QString, lang);
        const ScopedLanguage language(lang);
        QVERIFY(language.isLoaded(lang));
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("production eu-west-1");
        p.zkUrl = QStringLiteral(
            "zk://zk1.eu-west-1.example.internal:2181,zk2.eu-west-1.example.internal:2181/mesos");
        p.masters = {Profile::Auth::Kind::Basic, QStringLiteral("operator")};
        p.agents = {Profile::Auth::Kind::Token, {}};
        p.marathon = {Profile::Auth::Kind::Basic, QStringLiteral("deployer")};
        p.zooKeeper = {Profile::Auth::Kind::Basic, QStringLiteral("mesos")};
        p.tls.caFile = QStringLiteral("/etc/mesosdesk/eu-west-1-ca.pem");
        p.tls.pinned = {{QStringLiteral("master1.eu-west-1.example.internal:5050"), QString(64, u'c')},
                        {QStringLiteral("marathon.eu-west-1.example.internal:8443"), QString(64, u'd')}};
        QVERIFY(store.save(p));
        ProfilesDialog dialog(&store);
        dialog.setCredentialStore(new UnavailableKeychain);
        dialog.resize(1024, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.authEditor(Profile::Endpoint::Masters)->statusLabel()->isHidden() == false, 10000);
        const QString suffix = lang.isEmpty() ? QStringLiteral("en") : lang;
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                dialog.resize(size);
                QTRY_VERIFY_WITH_TIMEOUT(dialog.width() >= size.width(), 5000);
                shoot(&dialog, QStringLiteral("tab%1-%2-%3").arg(tab).arg(size.width()).arg(suffix));
            }
            dialog.resize(1024, 700);
            QVERIFY2(dialog.height() <= 700, qPrintable(QString::number(dialog.height())));
            const QStringList problems = LayoutAudit::problems(&dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }

    // No two things one tab shows answer the same Alt+letter (the dialog's buttons and tab titles
    // count on every tab). English must be clean; the translations' clashes are listed for the
    // translator (the catalogues are not this test's to change).
    void noMnemonicClashes_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void noMnemonicClashes() {
        QFETCH(QString, lang);
        const ScopedLanguage language(lang);
        QVERIFY(language.isLoaded(lang));
        ProfileStore store;
        ProfilesDialog dialog(&store);
        dialog.setCredentialStore(new UnavailableKeychain);
        dialog.show();
        QStringList clashes;
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            for (const QString& clash : mnemonicClashes(&dialog))
                clashes << dialog.tabs()->tabText(tab).remove(u'&') + QStringLiteral(" tab, ") + clash;
        }
        if (!lang.isEmpty()) {
            for (const QString& clash : std::as_const(clashes))
                qInfo("%s: %s", qPrintable(lang), qPrintable(clash));
            return;
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void connectionTestShowsEachStep() {
        ProfileStore store;
        ProfilesDialog dialog(&store);
        dialog.resize(1024, 700);
        dialog.show();
        type(dialog.nameEdit(), QStringLiteral("dev"));
        type(dialog.zkEdit(), m_devcluster.zkUrl());
        type(dialog.findChild<QLineEdit*>(QStringLiteral("profileMarathonZkPath")),
             m_devcluster.marathonZkPath());
        ProfileTestView* view = dialog.testView();
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(view->isRunning());
        QVERIFY(view->stepText(ClusterProbe::Step::Mesos).contains(QLatin1String("waiting")));
        QTRY_VERIFY2_WITH_TIMEOUT(!view->isRunning(), "the connection test finishing", 15000);
        const QString leader = view->stepText(ClusterProbe::Step::Leader);
        QVERIFY2(view->stepText(ClusterProbe::Step::Keychain).startsWith(QStringLiteral("–")),
                 qPrintable(view->stepText(ClusterProbe::Step::Keychain))); // nothing to sign in with
        QVERIFY2(view->stepText(ClusterProbe::Step::ZooKeeper).startsWith(QStringLiteral("✔")),
                 qPrintable(view->stepText(ClusterProbe::Step::ZooKeeper)));
        QVERIFY2(leader.startsWith(QStringLiteral("✔")) && leader.contains(QLatin1String("1.11.0")),
                 qPrintable(leader));
        QVERIFY2(view->stepText(ClusterProbe::Step::Mesos).contains(QLatin1String("1 agents active")),
                 qPrintable(view->stepText(ClusterProbe::Step::Mesos)));
        QVERIFY2(view->stepText(ClusterProbe::Step::Marathon).startsWith(QStringLiteral("✔")),
                 qPrintable(view->stepText(ClusterProbe::Step::Marathon)));
        shoot(&dialog, QStringLiteral("dialog-test"));
        dialog.resize(1600, 1000);
        shoot(&dialog, QStringLiteral("dialog-test-1600"));
        dialog.resize(1024, 700);

        // A refused port: the failing step says so, the later ones were not tried.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        type(dialog.zkEdit(), QString());
        type(dialog.mastersEdit(), QStringLiteral("http://127.0.0.1:%1").arg(port));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!view->isRunning(), "the refused connection test finishing", 15000);
        QVERIFY2(view->stepText(ClusterProbe::Step::Leader).startsWith(QStringLiteral("✘")),
                 qPrintable(view->stepText(ClusterProbe::Step::Leader)));
        QVERIFY(view->stepText(ClusterProbe::Step::Mesos).contains(QLatin1String("not tried")));
        QVERIFY(store.profiles().isEmpty()); // testing saves nothing
    }

    void saveAsProfileFromTheQuickDialog() {
        ProfileStore store;
        ConnectionDialog dialog;
        dialog.setProfileStore(&store);
        dialog.show();
        QVERIFY(dialog.saveProfileButton()->isVisible());
        dialog.setText(QStringLiteral("http//m:5050"));
        QVERIFY(!dialog.saveProfileButton()->isEnabled());
        dialog.setText(QStringLiteral("zk://ops:secret@127.0.0.1:2181/mesos"));
        QTest::mouseClick(dialog.saveProfileButton(), Qt::LeftButton);
        QCOMPARE(store.profiles().size(), 1);
        const Profile saved = store.profiles().first();
        QCOMPARE(saved.zkUrl, QStringLiteral("zk://127.0.0.1:2181/mesos"));
        QCOMPARE(saved.zooKeeper.user, QStringLiteral("ops"));
        QVERIFY(!Settings::Profiles.get().contains("secret")); // never stored
        // The password typed into the URL went to the keychain, under the new profile's entry.
        QTRY_COMPARE_WITH_TIMEOUT(keychainSecret(saved.secretKey(Profile::Endpoint::ZooKeeper)),
                                  QStringLiteral("secret"), 15000);
        QCOMPARE(saved.marathonZkPath, m_devcluster.marathonZkPath());
        QVERIFY(!saved.tls.discoveredHttps); // the dialog's box was not ticked
        // Twice: refused with the reason, nothing lost.
        QTest::mouseClick(dialog.saveProfileButton(), Qt::LeftButton);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("connectionError"))
                    ->text()
                    .contains(QLatin1String("Not saved")));
        KeychainCredentialStore keychain;
        bool removed = false;
        keychain.remove(saved.secretKey(Profile::Endpoint::ZooKeeper),
                        [&](const QString&) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }

    void fleetHomeOpensOneWindowPerProfile() {
        ClusterWindows windows;
        Profile zk;
        zk.name = QStringLiteral("dev zk");
        zk.zkUrl = m_devcluster.zkUrl();
        zk.marathonZkPath = m_devcluster.marathonZkPath();
        zk.readOnly = true;
        QVERIFY(windows.store()->save(zk));
        Profile master;
        master.name = QStringLiteral("dev master");
        master.masterUrls = {m_devcluster.ready().value(u"masters").toArray().first().toString()};
        QVERIFY(windows.store()->save(master));
        QTcpServer probe; // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        Profile dead;
        dead.name = QStringLiteral("gone");
        dead.masterUrls = {QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort())};
        probe.close();
        QVERIFY(windows.store()->save(dead));

        windows.showFleet();
        FleetHome* fleet = windows.fleet();
        fleet->resize(1024, 700);
        QVERIFY(QTest::qWaitForWindowExposed(fleet));
        QCOMPARE(fleet->model()->rowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(fleet->model()->count(FleetStatus::State::Connected), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(fleet->model()->count(FleetStatus::State::Unreachable), 1, 15000);
        // Worst first: the dead one on top, saying why.
        const QModelIndex top = fleet->view()->model()->index(0, FleetModel::StateColumn);
        QCOMPARE(fleet->view()->model()->index(0, FleetModel::NameColumn).data().toString(),
                 QStringLiteral("gone"));
        QVERIFY2(top.data().toString().contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(top.data().toString()));
        QCOMPARE(fleet->view()->model()->index(0, FleetModel::AgentsColumn).data().toString(), QString());
        shoot(fleet, QStringLiteral("fleet-1024"));
        fleet->resize(1600, 1000);
        shoot(fleet, QStringLiteral("fleet-1600"));
        const QStringList problems = LayoutAudit::problems(fleet);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Double-click a row: its window, connected to that profile; again: the same window.
        QTableView* view = fleet->view();
        const QModelIndex row = view->model()->index(1, FleetModel::NameColumn);
        const QString id = row.data(FleetModel::ProfileIdRole).toString();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        MainWindow* window = windows.windowOf(id);
        QVERIFY(window);
        QCOMPARE(windows.windows().size(), 1);
        QCOMPARE(windows.openProfile(id), window);
        QCOMPARE(windows.windows().size(), 1);
        QVERIFY(window->windowTitle().contains(windows.store()->byId(id)->name));

        // The read-only switch shows the profile's, and sets the profile's.
        MainWindow* zkWindow = windows.openProfile(windows.store()->byName(QStringLiteral("dev zk"))->id);
        QCOMPARE(windows.windows().size(), 2);
        auto* readOnly = zkWindow->findChild<QAction*>(QStringLiteral("readOnlyAction"));
        QVERIFY(readOnly->isChecked());
        readOnly->trigger();
        QVERIFY(!windows.store()->byName(QStringLiteral("dev zk"))->readOnly);
        QVERIFY(!ProfileStore().byName(QStringLiteral("dev zk"))->readOnly);
        QVERIFY(!Settings::MarathonReadOnly.get()); // the quick path's switch untouched
        QTRY_VERIFY_WITH_TIMEOUT(
            zkWindow->session()->leader()->summary().state == LeaderSummary::State::Known, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!zkWindow->session()->marathonSource()->marathonUrl().isEmpty(), 15000);
        zkWindow->resize(1024, 700);
        shoot(zkWindow, QStringLiteral("window"));
    }
};

QTEST_MAIN(TestProfilesGui)
#include "tst_profiles_gui.moc"
