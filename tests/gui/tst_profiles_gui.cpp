// The profiles dialog, the fleet home and the windows per profile, offscreen, against the
// devcluster: add/edit/duplicate/delete through the real dialog, the connection test's steps as
// they complete, "Save as profile" from the quick dialog, one window per profile, the read-only
// switch of the profile in the File menu. Screenshots go to $MESOSDESK_SCREENSHOT_DIR.
#include "ClusterWindows.h"
#include "ConfirmDialog.h"
#include "ConnectionDialog.h"
#include "DevClusterProcess.h"
#include "FleetHome.h"
#include "FleetModel.h"
#include "LayoutAudit.h"
#include "MainWindow.h"
#include "ProfileTestView.h"
#include "ProfilesDialog.h"
#include "TestEnvironment.h"
#include "connections/ProfileStore.h"
#include "core/ClusterLeader.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "fleet/FleetProber.h"
#include "marathon/MarathonSource.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTranslator>
#include <QtTest>

namespace {
void shoot(QWidget* widget, const QString& name) {
    if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/profiles-%2.png").arg(dir, name));
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
        QCOMPARE(saved.marathonZkPath, m_devcluster.marathonZkPath());
        // Twice: refused with the reason, nothing lost.
        QTest::mouseClick(dialog.saveProfileButton(), Qt::LeftButton);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("connectionError"))
                    ->text()
                    .contains(QLatin1String("Not saved")));
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
