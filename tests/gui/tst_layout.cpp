// Layout at any size, in any language: the main window fits 1024 px and every tab reads at
// 1024x700 without a clipped label or a squeezed control, and the dialogs grow with their longest
// messages; each dialog's Tab order reaches every control and is never trapped. English, German, French.
#include "AboutDialog.h"
#include "AppEditorDialog.h"
#include "ConfirmDialog.h"
#include "ConnectionDialog.h"
#include "CrashReportDialog.h"
#include "CredentialPrompt.h"
#include "DevClusterProcess.h"
#include "GroupEditorDialog.h"
#include "GroupScaleDialog.h"
#include "LayoutAudit.h"
#include "LogViewerWidget.h"
#include "MainWindow.h"
#include "MaintenanceWindowEditor.h"
#include "MarathonPanel.h"
#include "ProfilesDialog.h"
#include "SandboxTab.h"
#include "ScaleDialog.h"
#include "TestEnvironment.h"
#include "connections/ProfileStore.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "marathon/MarathonClient.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "net/HttpTransport.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

namespace {
// A long id as operators have them (team/service/environment/region), as the server sends it.
QString longId(int i) {
    return QStringLiteral(
               "/payments-platform/settlement-reconciliation-service/production-eu-central-1/worker-%1")
        .arg(i);
}

QString saveDir() {
    return qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR");
}
} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private:
    DevClusterProcess m_devcluster;
    QTranslator m_translator;

    void useLanguage(const QString& lang) {
        QCoreApplication::removeTranslator(&m_translator);
        if (lang == QLatin1String("en"))
            return;
        QVERIFY2(m_translator.load(QStringLiteral(":/i18n/mesosdesk_%1.qm").arg(lang)), qPrintable(lang));
        QCoreApplication::installTranslator(&m_translator);
    }

    void audit(QWidget* widget, const QString& what) {
        const QStringList problems = LayoutAudit::problems(widget);
        if (const QString dir = saveDir(); !dir.isEmpty())
            widget->grab().save(QStringLiteral("%1/layout-%2.png").arg(dir, what));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(what + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    // Shown first, as the operator sees it open; then the message arrives (typed input, a server
    // answer), and the dialog must make room for it by itself.
    void auditDialog(QDialog* dialog, const QString& what, const std::function<void()>& provoke = {}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (provoke)
            provoke();
        TestEnvironment::settleLayouts(); // the fitter grows the dialog on a later turn
        audit(dialog, what);
        if (const QString dir = qEnvironmentVariable("MESOSDESK_LAYOUT_SHOTS"); !dir.isEmpty())
            dialog->grab().save(dir + u'/' + what + QStringLiteral(".png")); // to look at, by hand
        const QStringList tabs = LayoutAudit::tabOrderProblems(dialog);
        QVERIFY2(tabs.isEmpty(),
                 qPrintable(what + QStringLiteral(" Tab order:\n  ") + tabs.join(QStringLiteral("\n  "))));
        dialog->close();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Settings::MarathonNewAppDraft.reset(); // test-mode settings outlive a run: open New App as new
    }
    void cleanupTestCase() { m_devcluster.stop(); }
    void cleanup() { QCoreApplication::removeTranslator(&m_translator); }

    void mainWindowFits_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void mainWindowFits() {
        QFETCH(QString, lang);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        if (m_devcluster.ready().isEmpty())
            QVERIFY(m_devcluster.start(3, 3));
        useLanguage(lang);
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(window.marathonPanel() && window.session()->marathonSource()->isLive(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->mesosStore()->agents().size() == 3, 20000);
        // A followed log: its viewer's toolbar is the widest thing the window holds.
        const QJsonObject task = m_devcluster.control(
            "POST", QStringLiteral("/tasks"),
            {{QStringLiteral("name"), QStringLiteral("layout")},
             {QStringLiteral("cmd"), QStringLiteral("while true; do echo line; sleep 1; done")}});
        QCOMPARE(task.value(QStringLiteral("_status")).toInt(), 201);
        const QString agentUrl =
            m_devcluster.ready().value(QStringLiteral("agents")).toArray().first().toString();
        const QString taskId = task.value(QStringLiteral("id")).toString();
        window.sandboxTab()->openTaskSandbox(
            QUrl(agentUrl), task.value(QStringLiteral("framework_id")).toString(), taskId, taskId);
        QTRY_VERIFY_WITH_TIMEOUT(window.sandboxTab()->findChild<LogViewerWidget*>(), 10000);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        // Every page's tab in sight at 1024 px: one behind the tab bar's scroll arrows is a page
        // an operator does not know is there.
        const int tabsWidth = tabs->tabBar()->sizeHint().width();
        QVERIFY2(tabsWidth <= tabs->width(), qPrintable(QStringLiteral("the %1 tabs need %2 px, %3 are shown")
                                                            .arg(tabs->count())
                                                            .arg(tabsWidth)
                                                            .arg(tabs->width())));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QVERIFY2(window.minimumSizeHint().height() <= 700,
                     qPrintable(QStringLiteral("with the %1 tab the window needs %2 px of height")
                                    .arg(tabs->tabText(i))
                                    .arg(window.minimumSizeHint().height())));
            QVERIFY2(window.minimumSizeHint().width() <= 1024,
                     qPrintable(QStringLiteral("with the %1 tab the window needs %2 px")
                                    .arg(tabs->tabText(i))
                                    .arg(window.minimumSizeHint().width())));
            QCOMPARE(window.width(), 1024);
            const QString page =
                tabs->widget(i)->objectName().isEmpty() ? tabs->tabText(i) : tabs->widget(i)->objectName();
            audit(&window, QStringLiteral("%1-%2-1024x700").arg(lang, page));
        }
        Settings::MarathonZkPath.reset();
    }

    void dialogsFitTheirMessages_data() { mainWindowFits_data(); }
    void dialogsFitTheirMessages() {
        QFETCH(QString, lang);
        useLanguage(lang);

        ConnectionDialog badUrl;
        auditDialog(&badUrl, lang + QStringLiteral("-connect-bad-url"), [&] {
            QTest::keyClicks(badUrl.findChild<QComboBox*>()->lineEdit(), QStringLiteral("http//master:5050"));
        });
        ConnectionDialog badPort;
        auditDialog(&badPort, lang + QStringLiteral("-connect-bad-port"), [&] {
            QTest::keyClicks(
                badPort.findChild<QComboBox*>()->lineEdit(),
                QStringLiteral("zk://zk1.example.org:2181,zk2.example.org:21x81,zk3.example.org:2181/mesos"));
        });

        ConfirmDialog confirm(
            {QStringLiteral("Destroy app"),
             QStringLiteral("Destroy %1? Its 12 tasks are killed and the app is removed from Marathon. "
                            "This cannot be undone.")
                 .arg(longId(1)),
             QStringLiteral("Destroy"), longId(1), true});
        auditDialog(&confirm, lang + QStringLiteral("-confirm-destroy"));

        GroupScaleDialog::AppInstances apps;
        for (int i = 0; i < 12; ++i)
            apps.append({longId(i), i + 1});
        GroupScaleDialog group(QStringLiteral("/payments-platform/settlement-reconciliation-service"), apps);
        auditDialog(&group, lang + QStringLiteral("-group-scale"));

        HttpTransport transport;
        MarathonClient client(&transport);
        ScaleDialog scale(&client, longId(2), 3,
                          {QStringLiteral("5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43"),
                           QStringLiteral("97c136bf-5a28-4821-9d94-480d9fbb01c8")});
        auditDialog(&scale, lang + QStringLiteral("-scale-locked"));

        // New Group with a problem shown, and the group's destroy with the apps that go listed.
        GroupEditorDialog newGroup(&client, GroupEditorDialog::Mode::Create, {},
                                   GroupEditorDialog::templateText());
        auditDialog(&newGroup, lang + QStringLiteral("-new-group"), [&] {
            newGroup.jsonEdit()->setPlainText(GroupEditorDialog::templateText().replace(
                QStringLiteral("\"instances\": 1,\n"), QStringLiteral("\"instances\": -1,\n")));
        });
        QStringList doomed;
        for (int i = 0; i < 30; ++i)
            doomed << QStringLiteral("app ") + longId(i);
        ConfirmDialog destroyGroup(
            {QStringLiteral("Destroy group /payments-platform"),
             QStringLiteral("Group /payments-platform, its child groups and everything in them "
                            "are removed. This cannot be undone.\n30 apps and 0 pods will be "
                            "destroyed with all their tasks:"),
             QStringLiteral("Destroy"), QStringLiteral("/payments-platform"), true, doomed});
        auditDialog(&destroyGroup, lang + QStringLiteral("-confirm-destroy-group"));

        AppEditorDialog* newApp = AppEditorDialog::createNew(&client, nullptr);
        auditDialog(newApp, lang + QStringLiteral("-new-app"));
        delete newApp;

        CrashReportDialog crash(
            {QStringLiteral("/home/operator-with-a-long-name/.local/share/MesosDesk/mesosdesk/"
                            "crashes/crash-20261203-180208-123456.txt"),
             QStringLiteral("/tmp/crash-older.txt")});
        auditDialog(&crash, lang + QStringLiteral("-crash-report"));

        // The profiles dialog, each of its tabs: the one operators fill in field by field.
        ProfileStore store;
        ProfilesDialog profiles(&store);
        profiles.resize(1024, 700);
        auto* profileTabs = profiles.findChild<QTabWidget*>();
        QVERIFY(profileTabs);
        for (int i = 0; i < profileTabs->count(); ++i)
            auditDialog(&profiles, lang + QStringLiteral("-profiles-tab%1").arg(i),
                        [&] { profileTabs->setCurrentIndex(i); });

        MaintenanceWindowEditor window;
        auditDialog(&window, lang + QStringLiteral("-maintenance-window"));

        AuthBroker::Request request;
        request.scope = QStringLiteral("http://marathon-standby-eu-west-1.example.internal:8080");
        request.host = QStringLiteral("marathon-standby-eu-west-1.example.internal:8080");
        request.realm = QStringLiteral("mesos-master-readwrite");
        request.user = QStringLiteral("operator");
        CredentialPrompt prompt(request);
        auditDialog(&prompt, lang + QStringLiteral("-credentials"));

        AboutDialog about;
        auditDialog(&about, lang + QStringLiteral("-about"));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
