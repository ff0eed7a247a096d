// Groups (#16) through the real MainWindow against the devcluster (real ZooKeeper, simulated
// masters, agents and Marathon): New Group with two apps, web waiting for db, through the JSON
// editor; both apps and the dependency in the tree; a local check and a server 422 shown with
// the draft kept; Edit scales one app in the JSON; Restart all (every app a new version);
// Destroy with the typed id (the apps go); read-only disables every group action.
#include "AppsModel.h"
#include "AppsView.h"
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "GroupActions.h"
#include "GroupEditorDialog.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBlock>
#include <QtTest>

namespace {
const QString Group = QStringLiteral("/shop");
const QString Db = QStringLiteral("/shop/db");
const QString Web = QStringLiteral("/shop/web");
const char* const kGroup = R"({
  "id": "/shop",
  "apps": [
    { "id": "db", "cmd": "exec sleep 300", "cpus": 0.05, "mem": 16, "instances": 1 },
    { "id": "web", "cmd": "exec sleep 300", "cpus": 0.05, "mem": 16, "instances": 1,
      "dependencies": ["db"] }
  ]
})";
} // namespace

class TestGroupsGui : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;

    static GroupEditorDialog* openEditor(QAction* action, GroupActions* actions) {
        action->trigger();
        GroupEditorDialog* editor = nullptr;
        if (!QTest::qWaitFor([&] { return (editor = actions->editor()) && editor->isVisible(); }, 10000))
            return nullptr;
        return editor;
    }
    static bool settled(MarathonPanel* panel, const QString& id) {
        const MarathonApp* app = panel->appsModel()->app(id);
        return app && app->deploymentIds.isEmpty() && app->tasksRunning == app->instances;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 2));
    }
    void cleanupTestCase() { m_devcluster.stop(); }
    void cleanup() {
        while (ConfirmDialog::pendingAnswers() > 0) // an unused answer is a test bug
            ConfirmDialog::ask(nullptr, {});
    }

    void groupWalk() {
        Settings::MarathonReadOnly.reset();
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        MarathonPanel* panel = window.marathonPanel();
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(panel);
        MarathonSource* source = window.session()->marathonSource();
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 20000);
        QAbstractItemModelTester tester(panel->appsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        GroupActions* groups = panel->groupActions();
        QVERIFY(groups->newGroupAction()->isEnabled());
        for (QAction* a :
             {groups->editGroupAction(), groups->restartGroupAction(), groups->destroyGroupAction()})
            QVERIFY2(!a->isEnabled() && a->toolTip() == QStringLiteral("Select a group first."),
                     qPrintable(a->text()));

        // New Group: a local check on the right app's line first, then a 422 from Marathon
        // (a dependency cycle), the draft kept through a cancel; then the real one.
        GroupEditorDialog* editor = openEditor(groups->newGroupAction(), groups);
        QVERIFY(editor);
        editor->jsonEdit()->setPlainText(
            QString::fromUtf8(kGroup).replace(QStringLiteral("\"instances\": 1,\n      \"dep"),
                                              QStringLiteral("\"instances\": -1,\n      \"dep")));
        QVERIFY2(editor->shownProblems().contains(QStringLiteral("/apps/1/instances")),
                 qPrintable(QStringList(editor->shownProblems().keys()).join(u',')));
        QVERIFY(!editor->submitButton()->isEnabled());
        const QList<QTextEdit::ExtraSelection> marks = editor->jsonEdit()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(
            marks.first().cursor.block().text().trimmed(),
            QStringLiteral("{ \"id\": \"web\", \"cmd\": \"exec sleep 300\", \"cpus\": 0.05, \"mem\": 16, "
                           "\"instances\": -1,")); // web's line, not db's
        const QString cyclic = QString::fromUtf8(kGroup).replace(
            QStringLiteral("\"mem\": 16, \"instances\": 1 }"),
            QStringLiteral("\"mem\": 16, \"instances\": 1, \"dependencies\": [\"web\"] }"));
        editor->jsonEdit()->setPlainText(cyclic);
        QVERIFY(editor->shownProblems().isEmpty());
        QVERIFY(editor->submitButton()->isEnabled());
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(editor->bannerText().contains(QStringLiteral("cyclic")),
                                  qPrintable(editor->bannerText()), 10000);
        QVERIFY(editor->isVisible());
        QVERIFY(!editor->sent());
        editor->reject();
        QTRY_VERIFY(!groups->editor());
        editor = openEditor(groups->newGroupAction(), groups);
        QVERIFY(editor);
        QCOMPARE(editor->jsonText(), cyclic); // the draft, not the template
        editor->jsonEdit()->setPlainText(QString::fromUtf8(kGroup));
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!groups->editor(), "the editor closes once Marathon took the group", 20000);

        // Both apps under the group row, web's dependency on db both ways.
        QTRY_VERIFY_WITH_TIMEOUT(settled(panel, Db) && settled(panel, Web), 30000);
        AppsModel* model = panel->appsModel();
        QVERIFY(model->indexOfId(Group).data(AppsModel::IsGroupRole).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOfId(Web).data(AppsModel::DependsOnRole).toStringList(),
                                  QStringList{Db}, 10000);
        QCOMPARE(model->indexOfId(Db).data(AppsModel::NeededByRole).toStringList(), QStringList{Web});
        QCOMPARE(model->indexOfId(Web, AppsModel::DependenciesColumn).data().toString(),
                 QStringLiteral("→ /shop/db"));
        QVERIFY(model->indexOfId(Db, AppsModel::DependenciesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(Web));

        // The group row makes its actions live.
        QVERIFY(panel->appsView()->selectApp(Group));
        QCOMPARE(panel->appsView()->currentGroupId(), Group);
        for (QAction* a : groups->actions())
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));

        // Edit: the group as GET /v2/groups/shop gave it, without what a PUT refuses; db to 2.
        editor = openEditor(groups->editGroupAction(), groups);
        QVERIFY(editor);
        QVERIFY(!editor->jsonText().contains(QStringLiteral("\"version\"")));
        QVERIFY(!editor->jsonText().contains(QStringLiteral("tasksRunning")));
        QVERIFY(editor->shownProblems().isEmpty());
        QJsonObject edited = QJsonDocument::fromJson(editor->jsonText().toUtf8()).object();
        QJsonArray apps = edited.value(QLatin1String("apps")).toArray();
        for (qsizetype i = 0; i < apps.size(); ++i) {
            QJsonObject app = apps.at(i).toObject();
            if (app.value(QLatin1String("id")).toString() == Db)
                app.insert(QStringLiteral("instances"), 2);
            apps[i] = app;
        }
        edited.insert(QStringLiteral("apps"), apps);
        editor->jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        QVERIFY2(editor->shownProblems().isEmpty(),
                 qPrintable(QStringList(editor->shownProblems().values()).join(u',')));
        const QPointer<GroupEditorDialog> open = editor; // gone once Marathon took the change
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!groups->editor(), qPrintable(open ? open->bannerText() : QString()),
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->app(Db)->instances, 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(panel, Db) && settled(panel, Web), 30000);
        QCOMPARE(model->app(Web)->instances, 1);

        // Restart all: confirmed with the count and the apps; each app gets a new version.
        const QString dbVersion = model->app(Db)->version;
        const QString webVersion = model->app(Web)->version;
        QVERIFY(panel->appsView()->selectApp(Group));
        ConfirmDialog::setNextAnswer(true);
        groups->restartGroupAction()->trigger();
        QVERIFY2(ConfirmDialog::lastText().startsWith(QStringLiteral("2 app")),
                 qPrintable(ConfirmDialog::lastText()));
        QCOMPARE(ConfirmDialog::lastItems(), (QStringList{Db, Web}));
        QTRY_VERIFY_WITH_TIMEOUT(
            model->app(Db)->version != dbVersion && model->app(Web)->version != webVersion, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(panel, Db) && settled(panel, Web), 30000);

        // Read-only: every group action off, the reason in its tooltip.
        panel->setReadOnly(true);
        for (QAction* a : groups->actions()) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QCOMPARE(a->toolTip(), panel->readOnlyLabel()->text());
        }
        panel->setReadOnly(false);
        QVERIFY(groups->destroyGroupAction()->isEnabled());

        // Destroy: typed id, the apps that go listed; cancelled first, nothing goes.
        ConfirmDialog::setNextAnswer(false);
        groups->destroyGroupAction()->trigger();
        QCOMPARE(ConfirmDialog::lastItems(),
                 (QStringList{QStringLiteral("app /shop/db"), QStringLiteral("app /shop/web")}));
        QVERIFY2(ConfirmDialog::lastText().contains(QStringLiteral("2 app")),
                 qPrintable(ConfirmDialog::lastText()));
        QVERIFY(model->app(Db));
        ConfirmDialog::setNextAnswer(true);
        groups->destroyGroupAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!model->app(Db) && !model->app(Web), 20000);
        QTRY_VERIFY(!model->indexOfId(Group).isValid());
        QVERIFY(panel->appsView()->currentGroupId().isEmpty());
        QVERIFY(!groups->destroyGroupAction()->isEnabled());
    }

    // The typed confirmation itself: the button waits for the exact id, the list scrolls.
    void destroyDialogNeedsTheId() {
        QStringList many;
        for (int i = 0; i < 40; ++i)
            many << QStringLiteral("app /big/a%1").arg(i);
        ConfirmDialog dialog({QStringLiteral("Destroy group /big"), QStringLiteral("text"),
                              QStringLiteral("Destroy"), QStringLiteral("/big"), true, many});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.itemList());
        QCOMPARE(dialog.itemList()->count(), 40);
        QVERIFY(dialog.itemList()->verticalScrollBar()->maximum() > 0);
        QVERIFY(dialog.height() < 700);
        QVERIFY(!dialog.actionButton()->isEnabled());
        QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("/bi"));
        QVERIFY(!dialog.actionButton()->isEnabled());
        QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("g"));
        QVERIFY(dialog.actionButton()->isEnabled());
    }
};

QTEST_MAIN(TestGroupsGui)
#include "tst_groups_gui.moc"
